/**
 * The card a reader opens on a painted mention: its host element and shadow root, where it is placed, which mention
 * a click landed on, and the keyboard commands that step through the mentions. The card's content is
 * src/ui/card.ts; what the mentions are and how they are saved is the controller's business (CardSource).
 */
import type { Mention } from '../engine/index';
import type { LeverCard, SideInfo } from '../messaging/protocol';
import { CARD_CSS, renderCard } from '../ui/card/card';
import type { PageContext } from './context';

export const CARD_TAG = 'pressure-points-card';

/** A painted mention, in document order among the others. */
export interface Entry {
  range: Range;
  mention: Mention;
  layer: string;
  savedId?: number;
}

/** What the card needs from the page's state. */
export interface CardSource {
  readonly entries: readonly Entry[];
  lever(id: string): LeverCard | undefined;
  readonly sides: Record<string, SideInfo>;
  /** Marks the mention the card is about (null: none). */
  focus(range: Range | null): void;
  /** The layers painted at a point, when the painter can tell; undefined when it cannot. */
  layersAt(x: number, y: number): string[] | undefined;
  save(entry: Entry, note: string, tags: string[]): Promise<void>;
  /** Runs a change to the page's DOM that the rescan watcher must not take for new content. */
  quietly(fn: () => void): void;
}

export class CardHost {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private openIndex = -1;
  private listening = false;

  constructor(
    private readonly ctx: PageContext,
    private readonly doc: Document,
    private readonly source: CardSource,
  ) {}

  /** Clicks on mentions open their card; Esc and a click outside close it. Installed once there is something to click. */
  listen(): void {
    if (this.listening) return;
    this.listening = true;
    // Only the reader's own clicks and keys count: events a page script makes up (isTrusted false) are ignored.
    this.ctx.listen<MouseEvent>(this.doc, 'click', (ev) => {
      if (ev.isTrusted) this.onClick(ev);
    });
    this.ctx.listen<MouseEvent>(this.doc, 'mousedown', (ev) => {
      if (ev.isTrusted && this.openIndex >= 0 && this.host && !ev.composedPath().includes(this.host)) this.close();
    });
    this.ctx.listen<KeyboardEvent>(this.doc, 'keydown', (ev) => {
      if (ev.isTrusted && ev.key === 'Escape' && this.openIndex >= 0) this.close();
    });
  }

  /** Opens the next (1) or previous (-1) mention's card, from the keyboard commands or the card's arrows. */
  step(delta: 1 | -1): void {
    const n = this.source.entries.length;
    if (n === 0) return;
    const next = this.openIndex < 0 ? (delta === 1 ? 0 : n - 1) : (this.openIndex + delta + n) % n;
    void this.open(next, true);
  }

  /** Opens the card of a lever's first mention (from the popup). */
  openLever(lever: string): boolean {
    const index = this.source.entries.findIndex((e) => e.mention.lever === lever);
    if (index < 0) return false;
    void this.open(index, true);
    return true;
  }

  /** Opens the card of the mention a saved annotation is attached to; false when none is. */
  openSaved(id: number): boolean {
    const index = this.source.entries.findIndex((e) => e.savedId === id);
    if (index < 0) return false;
    void this.open(index, true);
    return true;
  }

  async open(index: number, scroll: boolean): Promise<void> {
    const entry = this.source.entries[index];
    if (!entry) return;
    const lever = this.source.lever(entry.mention.lever);
    if (!lever) return;
    this.source.focus(entry.range);
    this.openIndex = index;
    if (scroll) scrollToRange(entry.range);
    const container = this.mount();
    const card = renderCard(
      this.doc,
      container,
      lever,
      {
        text: entry.mention.text,
        sentence: entry.mention.sentence,
        side: entry.mention.side,
        stance: entry.mention.stance,
        confidence: entry.mention.confidence,
        saved: entry.savedId !== undefined,
      },
      this.source.sides,
      { index, total: this.source.entries.length },
      {
        onSave: (note, tags) => this.source.save(entry, note, tags),
        onClose: () => this.close(),
        onNext: (d) => this.step(d),
      },
    );
    this.place(card, entry.range);
    card.focus({ preventScroll: true });
  }

  close(): void {
    if (this.openIndex < 0) return;
    this.openIndex = -1;
    this.source.focus(null);
    this.container?.replaceChildren();
  }

  /** Removes the card's host from the page. */
  destroy(): void {
    this.close();
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
  }

  private onClick(ev: MouseEvent): void {
    if (ev.defaultPrevented || ev.button !== 0 || this.source.entries.length === 0) return;
    if (this.host && ev.composedPath().includes(this.host)) return;
    // Links and controls keep their own behaviour; the keyboard command still reaches those mentions.
    const target = ev.target as Element | null;
    if (target?.closest?.('a, button, input, textarea, select, label, [contenteditable]')) return;
    const selection = this.doc.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    const index = this.entryAt(ev.clientX, ev.clientY);
    if (index >= 0) void this.open(index, false);
  }

  /** The mention under a point: caret hit-test, confirmed against the range's boxes. */
  private entryAt(x: number, y: number): number {
    const layers = this.source.layersAt(x, y);
    if (layers && layers.length === 0) return -1;
    const doc = this.doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    let node: Node | undefined;
    let offset = 0;
    const pos = doc.caretPositionFromPoint?.(x, y);
    if (pos) {
      node = pos.offsetNode;
      offset = pos.offset;
    } else {
      const r = this.doc.caretRangeFromPoint?.(x, y);
      if (r) {
        node = r.startContainer;
        offset = r.startOffset;
      }
    }
    const entries = this.source.entries;
    const inBox = (range: Range) => [...range.getClientRects()].some((b) => x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1);
    if (node) {
      const i = entries.findIndex((e) => {
        try {
          return e.range.isPointInRange(node!, offset) && inBox(e.range);
        } catch {
          return false;
        }
      });
      if (i >= 0) return i;
    }
    return entries.findIndex((e) => inBox(e.range));
  }

  /**
   * The card's host: a custom element with a shadow root holding the card's own stylesheet, so site CSS cannot reach
   * the card and the card's CSS cannot reach the site. Keys typed in the card do not bubble out to the page.
   */
  private mount(): HTMLElement {
    if (this.container) return this.container;
    const host = this.doc.createElement(CARD_TAG);
    // Open, as WXT's createShadowRootUi made it (the browser tests read the card through it); closing it is the
    // page-hardening work that follows.
    const shadow = host.attachShadow({ mode: 'open' });
    const html = this.doc.createElement('html');
    const head = this.doc.createElement('head');
    const style = this.doc.createElement('style');
    style.textContent = `:host{all:initial !important;}\n${CARD_CSS}`;
    head.append(style);
    const body = this.doc.createElement('body');
    for (const type of ['keydown', 'keyup', 'keypress']) body.addEventListener(type, (e) => e.stopPropagation());
    html.append(head, body);
    shadow.append(html);
    this.source.quietly(() => this.doc.body.append(host));
    this.host = host;
    this.container = body;
    return body;
  }

  /** Next to the term, inside the viewport, never covering the term: below or above it, whichever has room. */
  private place(card: HTMLElement, range: Range): void {
    let box = range.getBoundingClientRect();
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const MIN = 220;
    if (vh - box.bottom - 16 < MIN && box.top - 16 < MIN) {
      window.scrollBy({ top: box.top - 24, behavior: 'instant' as ScrollBehavior });
      box = range.getBoundingClientRect();
    }
    const below = vh - box.bottom - 16;
    const above = box.top - 16;
    const useBelow = below >= Math.min(card.offsetHeight, MIN) || below >= above;
    card.style.maxHeight = `${Math.max(MIN, Math.min(560, useBelow ? below : above))}px`;
    const h = card.offsetHeight;
    const w = card.offsetWidth;
    const left = Math.max(8, Math.min(box.left, vw - w - 8));
    const top = useBelow ? box.bottom + 8 : box.top - h - 8;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(Math.max(8, top))}px`;
  }
}

/** Scrolls a range to a third of the viewport's height. */
export function scrollToRange(range: Range): void {
  const box = range.getBoundingClientRect();
  window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
}
