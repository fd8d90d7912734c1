/**
 * Paints mentions on the page. With the CSS Custom Highlight API nothing in the page's DOM changes: one Highlight per
 * side (`pp-us`, `pp-china`, …), one for saved annotations (`pp-saved`) and one for the focused mention
 * (`pp-focus`), styled by a constructed stylesheet. Where the API is missing, a `<pp-mark>` wrapper is used instead.
 * Either way `destroy()` leaves the page as it was.
 */
import type { SideInfo } from '../messaging/protocol';

export const NO_SIDE_NAME = 'pp-none';

export interface Painter {
  readonly kind: 'highlight' | 'wrapper';
  /** Paints a range for a side (or `saved` / `focus`). Returns false if the range could not be painted. */
  add(range: Range, layer: string, data: { lever: string; side: string | null }): boolean;
  remove(range: Range, layer: string): void;
  clear(layer?: string): void;
  setSides(sides: Record<string, SideInfo>): void;
  destroy(): void;
}

/** Underline styles so that colour is never the only cue between sides. */
const UNDERLINES = ['solid', 'dashed', 'dotted', 'double', 'wavy'];

/**
 * The layer of a side: `pp-` and the side's id without any character but ASCII letters, digits and '-'. Asked once per
 * mention, so the names are kept; and without a regular expression, whose compilation on its first use cost a page
 * where levers are painted a tenth of a millisecond or more (CPU profile, Chromium 156), as hexToRgb's did.
 */
export function layerName(side: string | null): string {
  if (!side) return NO_SIDE_NAME;
  let name = layerNames.get(side);
  if (name === undefined) {
    name = 'pp-';
    for (let i = 0; i < side.length; i++) {
      const c = side.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) name += side[i];
    }
    if (layerNames.size < 1000) layerNames.set(side, name);
  }
  return name;
}

const layerNames = new Map<string, string>();

/** A colour written "#rrggbb" or "rrggbb" (any case, white space around it) as its channels; grey otherwise. */
export function hexToRgb(hex: string): [number, number, number] {
  let digits = hex.trim();
  if (digits.charCodeAt(0) === 35) digits = digits.slice(1);
  let ok = digits.length === 6;
  for (let i = 0; ok && i < 6; i++) {
    const c = digits.charCodeAt(i) | 32;
    ok = (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
  }
  const n = ok ? parseInt(digits, 16) : 0x6b7280;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Is the page dark? Looks at the computed background of body and html. */
export function pageIsDark(doc: Document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const bg = doc.defaultView?.getComputedStyle(el).backgroundColor ?? '';
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(bg);
    if (!m) continue;
    if (m[4] !== undefined && Number(m[4]) < 0.5) continue;
    const lum = (0.2126 * Number(m[1]) + 0.7152 * Number(m[2]) + 0.0722 * Number(m[3])) / 255;
    return lum < 0.45;
  }
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** The stylesheet text for the given sides, for light or dark pages. */
export function highlightCss(sides: Record<string, SideInfo>, dark: boolean, selector: (layer: string) => string): string {
  const rules: string[] = [];
  const ids = Object.keys(sides).sort();
  ids.forEach((id, i) => {
    const [r, g, b] = hexToRgb(sides[id].color);
    // On dark pages lift the colour towards white so the underline stays visible; keep the text colour.
    const mix = (c: number) => (dark ? Math.round(c + (255 - c) * 0.45) : c);
    const line = `rgb(${mix(r)} ${mix(g)} ${mix(b)})`;
    const fill = `rgb(${r} ${g} ${b} / ${dark ? 0.32 : 0.16})`;
    rules.push(
      `${selector(layerName(id))}{background-color:${fill};text-decoration-line:underline;text-decoration-style:${UNDERLINES[i % UNDERLINES.length]};text-decoration-color:${line};text-decoration-thickness:2px;}`,
    );
  });
  rules.push(`${selector(NO_SIDE_NAME)}{background-color:rgb(107 114 128 / ${dark ? 0.35 : 0.15});text-decoration-line:underline;text-decoration-style:dotted;text-decoration-color:${dark ? '#d1d5db' : '#6b7280'};text-decoration-thickness:2px;}`);
  rules.push(`${selector('pp-saved')}{background-color:${dark ? 'rgb(250 204 21 / 0.35)' : 'rgb(250 204 21 / 0.45)'};text-decoration-line:underline overline;text-decoration-color:#ca8a04;text-decoration-thickness:2px;}`);
  rules.push(`${selector('pp-focus')}{background-color:${dark ? 'rgb(255 255 255 / 0.35)' : 'rgb(17 24 39 / 0.18)'};text-decoration-line:underline;text-decoration-style:solid;text-decoration-thickness:3px;}`);
  return rules.join('\n');
}

/** Adds a stylesheet to the page without adding an element where possible (constructed stylesheet). */
function installSheet(doc: Document, css: string): () => void {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.dataset.pressurePoints = '';
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

export class HighlightPainter implements Painter {
  readonly kind = 'highlight' as const;
  private readonly layers = new Map<string, Highlight>();
  private uninstall: (() => void) | undefined;

  constructor(private readonly doc: Document) {}

  static available(doc: Document): boolean {
    const w = doc.defaultView as (Window & { Highlight?: unknown; CSS?: { highlights?: unknown } }) | null;
    return Boolean(w && typeof w.Highlight === 'function' && w.CSS && 'highlights' in w.CSS);
  }

  setSides(sides: Record<string, SideInfo>): void {
    this.uninstall?.();
    this.uninstall = installSheet(this.doc, highlightCss(sides, pageIsDark(this.doc), (l) => `::highlight(${l})`));
  }

  add(range: Range, layer: string): boolean {
    let h = this.layers.get(layer);
    if (!h) {
      const w = this.doc.defaultView as Window & typeof globalThis;
      h = new w.Highlight();
      // Saved and focused marks paint over the side colours.
      h.priority = layer === 'pp-focus' ? 2 : layer === 'pp-saved' ? 1 : 0;
      this.layers.set(layer, h);
      w.CSS.highlights.set(layer, h);
    }
    h.add(range);
    return true;
  }

  remove(range: Range, layer: string): void {
    this.layers.get(layer)?.delete(range);
  }

  clear(layer?: string): void {
    for (const [name, h] of this.layers) if (!layer || layer === name) h.clear();
  }

  /** The layer names painted at a point, if the browser can tell (highlightsFromPoint). */
  layersAt(x: number, y: number): string[] | undefined {
    const reg = (this.doc.defaultView as Window & typeof globalThis).CSS.highlights as HighlightRegistry & {
      highlightsFromPoint?: (x: number, y: number) => { highlight: Highlight }[];
    };
    if (typeof reg.highlightsFromPoint !== 'function') return undefined;
    const found = reg.highlightsFromPoint(x, y).map((r) => r.highlight);
    return [...this.layers].filter(([, h]) => found.includes(h)).map(([name]) => name);
  }

  destroy(): void {
    const w = this.doc.defaultView as Window & typeof globalThis;
    for (const [name, h] of this.layers) {
      h.clear();
      if (w.CSS.highlights.get(name) === h) w.CSS.highlights.delete(name);
    }
    this.layers.clear();
    this.uninstall?.();
    this.uninstall = undefined;
  }
}

/**
 * Fallback: wraps each painted piece of text in a `<pp-mark data-lever data-side>` element. Only text nodes are split;
 * `destroy()` unwraps every mark and re-joins the split text.
 */
export class WrapperPainter implements Painter {
  readonly kind = 'wrapper' as const;
  private readonly marks = new Map<string, Set<HTMLElement>>();
  private readonly byRange = new WeakMap<Range, HTMLElement[]>();
  private uninstall: (() => void) | undefined;

  constructor(private readonly doc: Document) {}

  setSides(sides: Record<string, SideInfo>): void {
    this.uninstall?.();
    this.uninstall = installSheet(
      this.doc,
      `pp-mark{display:inline;font:inherit;color:inherit;}\n${highlightCss(sides, pageIsDark(this.doc), (l) => `pp-mark[data-layer~="${l}"]`)}`,
    );
  }

  add(range: Range, layer: string, data: { lever: string; side: string | null }): boolean {
    const existing = this.byRange.get(range);
    if (existing) {
      for (const el of existing) el.dataset.layer = `${el.dataset.layer ?? ''} ${layer}`.trim();
      this.track(layer, existing);
      return true;
    }
    const pieces = textPieces(range);
    if (pieces.length === 0) return false;
    const made: HTMLElement[] = [];
    for (const { node, start, end } of pieces) {
      let target = node;
      if (start > 0) target = target.splitText(start);
      if (end - start < target.data.length) target.splitText(end - start);
      const mark = this.doc.createElement('pp-mark');
      mark.dataset.lever = data.lever;
      mark.dataset.side = data.side ?? '';
      mark.dataset.layer = layer;
      target.parentNode!.insertBefore(mark, target);
      mark.append(target);
      made.push(mark);
    }
    // The range now spans the marks; keep it pointing at the same text.
    range.setStart(made[0].firstChild!, 0);
    const last = made[made.length - 1].firstChild as Text;
    range.setEnd(last, last.data.length);
    this.byRange.set(range, made);
    this.track(layer, made);
    return true;
  }

  private track(layer: string, els: HTMLElement[]): void {
    const set = this.marks.get(layer) ?? new Set<HTMLElement>();
    for (const el of els) set.add(el);
    this.marks.set(layer, set);
  }

  remove(range: Range, layer: string): void {
    for (const el of this.byRange.get(range) ?? []) {
      el.dataset.layer = (el.dataset.layer ?? '').split(' ').filter((l) => l !== layer).join(' ');
      this.marks.get(layer)?.delete(el);
    }
  }

  clear(layer?: string): void {
    for (const [name, set] of this.marks) {
      if (layer && layer !== name) continue;
      for (const el of set) {
        el.dataset.layer = (el.dataset.layer ?? '').split(' ').filter((l) => l !== name).join(' ');
        if (!el.dataset.layer) unwrap(el);
      }
      set.clear();
    }
  }

  destroy(): void {
    for (const set of this.marks.values()) for (const el of set) unwrap(el);
    this.marks.clear();
    this.uninstall?.();
    this.uninstall = undefined;
  }
}

function unwrap(el: HTMLElement): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
  parent.normalize();
}

/** The text-node pieces a range covers. */
export function textPieces(range: Range): { node: Text; start: number; end: number }[] {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(n)) continue;
    const start = n === range.startContainer ? range.startOffset : 0;
    const end = n === range.endContainer ? range.endOffset : n.data.length;
    if (end > start) pieces.push({ node: n, start, end });
  }
  return pieces;
}
