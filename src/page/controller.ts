/**
 * Everything the content script does on one page: find the article, ask the background for its levers, paint them,
 * open cards, save annotations, re-anchor saved ones, follow new content, and undo all of it on `destroy()`.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Mention } from '../engine/analyze';
import { send } from '../messaging/client';
import type { Annotation, LeverCard, SideInfo } from '../messaging/protocol';
import { CARD_CSS, renderCard } from '../ui/card/card';
import { readPageFacts } from './page-facts';
import { anchorQuote, describeQuote } from './anchor-text';
import { extractText, findArticleRoot, insideSkipped, type ArticleText } from './article';
import { HighlightPainter, layerName, WrapperPainter, type Painter } from './paint';
import { rangeFor } from './ranges';
import { CANDIDATES_KEY, DISABLED_SITES_KEY, WRAPPER_MODE_KEY } from './settings';
import { siteOf } from './url';

interface Entry {
  range: Range;
  mention: Mention;
  layer: string;
  savedId?: number;
}

const CARD_TAG = 'pressure-points-card';
const RESCAN_DELAY = 400;

export class PageController {
  private painter: Painter | undefined;
  private entries: Entry[] = [];
  private readonly savedRanges = new Map<number, Range>();
  private scanned = new WeakSet<Text>();
  private root: Element | null = null;
  private levers: Record<string, LeverCard> = {};
  private sides: Record<string, SideInfo> = {};
  private ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  private openIndex = -1;
  private observer: MutationObserver | undefined;
  private rescanTimer: number | undefined;
  private running = false;
  /** This page's address and publication day went to the reading log (once per page; again after a navigation). */
  private factsSent = false;
  private busy: Promise<void> = Promise.resolve();
  private candidates: Set<string> | null = null;
  private wrapperMode = false;
  /** The reader switched this site off: nothing may start, not even after an in-page navigation. */
  private disabled = false;
  private readonly site: string;

  constructor(private readonly ctx: ContentScriptContext, private readonly doc: Document = document) {
    this.site = siteOf(doc.location.href);
  }

  /** Wires the listeners that live as long as the content script, then runs on the page if the site is on. */
  async init(): Promise<void> {
    const stored = await browser.storage.local.get([DISABLED_SITES_KEY, CANDIDATES_KEY, WRAPPER_MODE_KEY]);
    const list = stored[CANDIDATES_KEY] as string[] | undefined;
    this.candidates = list ? new Set(list) : null;
    this.wrapperMode = stored[WRAPPER_MODE_KEY] === true;
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (changes[CANDIDATES_KEY]) {
        const next = changes[CANDIDATES_KEY].newValue as string[] | undefined;
        this.candidates = next ? new Set(next) : null;
      }
      if (changes[DISABLED_SITES_KEY]) {
        const disabled = ((changes[DISABLED_SITES_KEY].newValue as string[] | undefined) ?? []).includes(this.site);
        this.disabled = disabled;
        if (disabled) {
          this.stop();
          this.report(false, [], []);
        }
        else if (!this.running) void this.start();
      }
    };
    browser.storage.onChanged.addListener(onStorage);
    const onMessage = (message: unknown) => {
      const m = message as { pp?: string; command?: string };
      if (m?.pp !== 'command' || !this.running) return undefined;
      if (m.command === 'next-mention') this.step(1, true);
      if (m.command === 'previous-mention') this.step(-1, true);
      if (m.command === 'open-lever' && typeof (m as { lever?: unknown }).lever === 'string') {
        return Promise.resolve(this.openLever((m as { lever: string }).lever));
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
      this.stop();
    });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.restart());
    this.disabled = ((stored[DISABLED_SITES_KEY] as string[] | undefined) ?? []).includes(this.site);
    if (!this.disabled) await this.start();
    // Still tell the background which page this tab shows, so the popup can offer to switch the site back on.
    else this.report(false, [], []);
  }

  /** Runs on the page: article, engine, paint. */
  async start(): Promise<void> {
    if (this.running || this.ctx.isInvalid) return;
    this.running = true;
    const t0 = performance.now();
    this.watch();
    const root = findArticleRoot(this.doc);
    if (!root) {
      this.report(false, [], []);
      return;
    }
    this.root = root;
    const article = extractText(root);
    if (!this.hasCandidates(article.text)) {
      for (const s of article.segments) this.scanned.add(s.node);
      this.report(true, [], []);
      return;
    }
    await this.run(article, false, t0);
  }

  /** Removes everything painted and stops watching; listeners that turn it back on stay. */
  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.rescanTimer !== undefined) clearTimeout(this.rescanTimer);
    this.closeCard();
    this.ui?.remove();
    this.ui = undefined;
    this.painter?.destroy();
    this.painter = undefined;
    this.entries = [];
    this.savedRanges.clear();
    this.scanned = new WeakSet();
    this.root = null;
    this.factsSent = false;
  }

  private restart(): void {
    this.stop();
    // Give a single-page app a moment to render the new view.
    this.ctx.setTimeout(() => {
      if (!this.disabled) void this.start();
    }, 250);
  }

  /** Stops at the first word that can start a lever: most pages a person opens have none. */
  private hasCandidates(text: string): boolean {
    if (!this.candidates) return true;
    const word = /[\p{L}\p{N}]+/gu;
    for (let m = word.exec(text); m; m = word.exec(text)) if (this.candidates.has(m[0].toLowerCase())) return true;
    return false;
  }

  private getPainter(): Painter {
    if (!this.painter) {
      this.painter = !this.wrapperMode && HighlightPainter.available(this.doc) ? new HighlightPainter(this.doc) : new WrapperPainter(this.doc);
    }
    return this.painter;
  }

  /** Analyses article text (the whole article, or text added to it) and paints the result. */
  private async run(article: ArticleText, fragment: boolean, t0 = performance.now()): Promise<void> {
    for (const s of article.segments) this.scanned.add(s.node);
    let analysis;
    try {
      analysis = await send('analyzePage', { pageUrl: this.doc.location.href, title: this.doc.title, text: article.text, fragment });
    } catch (err) {
      if (!this.ctx.isInvalid) console.warn('Pressure Points: could not analyse this page.', err);
      return;
    }
    if (!this.running || this.ctx.isInvalid) return;
    Object.assign(this.levers, analysis.levers);
    const newSides = Object.keys(analysis.sides).some((id) => !this.sides[id]);
    Object.assign(this.sides, analysis.sides);
    const painter = this.getPainter();
    if (newSides || this.entries.length === 0) painter.setSides(this.sides);

    this.withoutObserving(() => {
      const fresh: Entry[] = [];
      for (const m of analysis.mentions) {
        const range = rangeFor(this.doc, article.segments, m.start, m.end);
        if (!range || this.isPainted(range)) continue;
        fresh.push({ range, mention: m, layer: layerName(m.side) });
      }
      // Saved quotes are anchored before anything is painted: the wrapper painter splits text nodes, after which the
      // offsets in article.segments no longer hold (the live Ranges made here follow the splits).
      const saved = fragment ? [] : this.anchorSaved(analysis.saved, article);
      for (const e of fresh) painter.add(e.range, e.layer, { lever: e.mention.lever, side: e.mention.side });
      this.entries.push(...fresh);
      this.entries.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      this.placeSaved(saved);
      if (painter.kind === 'wrapper') this.markSplitText([...fresh.map((e) => e.range), ...saved.map((s) => s.range)]);
    });
    if (analysis.mentions.length > 0 && !this.factsSent) this.sendPageFacts();
    if (!fragment) {
      const orphans = analysis.saved.filter((a) => !this.savedRanges.has(a.id)).map((a) => ({ id: a.id, exact: a.quote.exact }));
      this.report(true, [...this.savedRanges.keys()], orphans);
      if (analysis.focusAnnotation !== null) this.focusSaved(analysis.focusAnnotation);
    }
    this.ensureClickHandler();
    const ms = performance.now() - t0;
    this.doc.dispatchEvent(new CustomEvent('pressure-points:painted', { detail: JSON.stringify({ ms, mentions: this.entries.length, fragment }) }));
  }

  /** The reading log's facts about an article where levers were found: its canonical address and publication day. */
  private sendPageFacts(): void {
    this.factsSent = true;
    const pageUrl = this.doc.location.href;
    let facts;
    try {
      facts = readPageFacts(this.doc, pageUrl);
    } catch {
      return; // not a web address (the log keeps only http(s) pages)
    }
    send('readPage', { pageUrl, title: this.doc.title.slice(0, 2000), canonicalUrl: facts.canonicalUrl, published: facts.published }).catch(() => undefined);
  }

  private isPainted(range: Range): boolean {
    return this.entries.some(
      (e) => e.range.compareBoundaryPoints(Range.START_TO_START, range) === 0 && e.range.compareBoundaryPoints(Range.END_TO_END, range) === 0,
    );
  }

  /** Re-anchors saved annotations: exact place, then context, then fuzzy; what cannot be placed is an orphan. */
  private anchorSaved(saved: Annotation[], article: ArticleText): { annotation: Annotation; range: Range }[] {
    const placed: { annotation: Annotation; range: Range }[] = [];
    for (const a of saved) {
      const anchor = anchorQuote(article.text, a.quote, a.position);
      if (!anchor) continue;
      const range = rangeFor(this.doc, article.segments, anchor.start, anchor.end);
      if (range) placed.push({ annotation: a, range });
    }
    return placed;
  }

  private placeSaved(placed: { annotation: Annotation; range: Range }[]): void {
    const painter = this.getPainter();
    for (const { annotation: a, range } of placed) {
      this.savedRanges.set(a.id, range);
      painter.add(range, 'pp-saved', { lever: a.lever, side: a.side });
      const entry = this.entries.find((e) => rangesOverlap(e.range, range));
      if (entry) entry.savedId = a.id;
    }
  }

  /**
   * The wrapper painter splits text nodes around each mark. The pieces hold text that was already analysed: without
   * this, the next rescan would send it again as new text and the tab's tally would count it twice.
   */
  private markSplitText(painted: Range[]): void {
    const markChildren = (parent: Node) => {
      for (const child of Array.from(parent.childNodes)) {
        if (child.nodeType === 3) this.scanned.add(child as Text);
        else if (child.nodeName === 'PP-MARK') markChildren(child);
      }
    };
    for (const range of painted) {
      for (const node of [range.startContainer, range.endContainer]) {
        let mark = node.parentNode;
        while (mark?.parentNode?.nodeName === 'PP-MARK') mark = mark.parentNode;
        if (mark?.nodeName === 'PP-MARK' && mark.parentNode) markChildren(mark.parentNode);
      }
    }
  }

  /** Scrolls to a saved annotation and opens its card (the page was opened from the popup or dashboard). */
  private focusSaved(id: number): void {
    const range = this.savedRanges.get(id);
    if (!range) return;
    const index = this.entries.findIndex((e) => e.savedId === id);
    if (index >= 0) {
      void this.openCard(index, true);
      return;
    }
    const box = range.getBoundingClientRect();
    window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    this.withoutObserving(() => {
      this.getPainter().clear('pp-focus');
      this.getPainter().add(range, 'pp-focus', { lever: '', side: null });
    });
  }

  /** Opens the card of the first mention of a lever (from the popup). */
  openLever(lever: string): boolean {
    const index = this.entries.findIndex((e) => e.mention.lever === lever);
    if (index < 0) return false;
    void this.openCard(index, true);
    return true;
  }

  private report(isArticle: boolean, placed: number[], orphans: { id: number; exact: string }[]): void {
    send('reportPage', { pageUrl: this.doc.location.href, title: this.doc.title, isArticle, placed, orphans }).catch(() => undefined);
  }

  // ---- new content -------------------------------------------------------------------------------------------

  private mutating = false;

  private withoutObserving(fn: () => void): void {
    this.mutating = true;
    try {
      fn();
    } finally {
      this.observer?.takeRecords();
      this.mutating = false;
    }
  }

  private watch(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => {
      if (this.mutating || !this.running) return;
      const relevant = records.some((r) => !isOwnNode(r.target) && (r.type === 'characterData' || [...r.addedNodes].some((n) => !isOwnNode(n))));
      if (!relevant) return;
      if (this.rescanTimer !== undefined) clearTimeout(this.rescanTimer);
      this.rescanTimer = this.ctx.setTimeout(() => {
        this.rescanTimer = undefined;
        this.busy = this.busy.then(() => this.rescan());
      }, RESCAN_DELAY);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  /** Picks up text added since the last scan, without re-reading what was already scanned. */
  private async rescan(): Promise<void> {
    if (!this.running) return;
    if (!this.root || !this.root.isConnected) {
      const root = findArticleRoot(this.doc);
      if (!root) return;
      this.root = root;
    }
    const full = extractText(this.root);
    const fresh: ArticleText = { text: '', segments: [] };
    let lastEnd = -1;
    for (const s of full.segments) {
      if (this.scanned.has(s.node) || insideSkipped(s.node, this.root)) continue;
      if (!s.node.data.trim()) continue;
      if (fresh.text && s.start !== lastEnd) fresh.text += '\n\n';
      fresh.segments.push({ node: s.node, start: fresh.text.length });
      fresh.text += s.node.data;
      lastEnd = s.start + s.node.data.length;
    }
    if (!fresh.text.trim()) return;
    if (!this.hasCandidates(fresh.text)) {
      for (const s of fresh.segments) this.scanned.add(s.node);
      return;
    }
    await this.run(fresh, this.entries.length > 0 || this.savedRanges.size > 0);
  }

  // ---- cards and keyboard ---------------------------------------------------------------------------------------

  private clickInstalled = false;

  private ensureClickHandler(): void {
    if (this.clickInstalled) return;
    this.clickInstalled = true;
    this.ctx.addEventListener(this.doc, 'click', (ev) => this.onClick(ev as MouseEvent));
    this.ctx.addEventListener(this.doc, 'mousedown', (ev) => {
      if (this.openIndex < 0 || !this.ui) return;
      if (!(ev as MouseEvent).composedPath().includes(this.ui.shadowHost)) this.closeCard();
    });
    this.ctx.addEventListener(this.doc, 'keydown', (ev) => {
      if ((ev as KeyboardEvent).key === 'Escape' && this.openIndex >= 0) this.closeCard();
    });
  }

  private onClick(ev: MouseEvent): void {
    if (!this.running || ev.defaultPrevented || ev.button !== 0 || this.entries.length === 0) return;
    const target = ev.target as Element | null;
    if (this.ui && ev.composedPath().includes(this.ui.shadowHost)) return;
    // Links and controls keep their own behaviour; the keyboard command still reaches those mentions.
    if (target?.closest?.('a, button, input, textarea, select, label, [contenteditable]')) return;
    const selection = this.doc.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    const index = this.entryAt(ev.clientX, ev.clientY);
    if (index < 0) return;
    void this.openCard(index, false);
  }

  /** The mention under a point: caret hit-test, confirmed against the range's boxes. */
  private entryAt(x: number, y: number): number {
    const painter = this.painter;
    if (painter instanceof HighlightPainter) {
      const layers = painter.layersAt(x, y);
      if (layers && layers.length === 0) return -1;
    }
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
    const inBox = (range: Range) => [...range.getClientRects()].some((b) => x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1);
    if (node) {
      const i = this.entries.findIndex((e) => {
        try {
          return e.range.isPointInRange(node!, offset) && inBox(e.range);
        } catch {
          return false;
        }
      });
      if (i >= 0) return i;
    }
    return this.entries.findIndex((e) => inBox(e.range));
  }

  private step(delta: 1 | -1, fromKeyboard: boolean): void {
    if (this.entries.length === 0) return;
    const next = this.openIndex < 0 ? (delta === 1 ? 0 : this.entries.length - 1) : (this.openIndex + delta + this.entries.length) % this.entries.length;
    void this.openCard(next, fromKeyboard);
  }

  private async openCard(index: number, scroll: boolean): Promise<void> {
    const entry = this.entries[index];
    const lever = this.levers[entry.mention.lever];
    if (!entry || !lever) return;
    const painter = this.getPainter();
    this.withoutObserving(() => {
      painter.clear('pp-focus');
      painter.add(entry.range, 'pp-focus', { lever: entry.mention.lever, side: entry.mention.side });
    });
    this.openIndex = index;
    if (scroll) {
      const box = entry.range.getBoundingClientRect();
      window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    }
    const ui = await this.cardUi();
    const card = renderCard(
      this.doc,
      ui.uiContainer,
      lever,
      {
        text: entry.mention.text,
        sentence: entry.mention.sentence,
        side: entry.mention.side,
        stance: entry.mention.stance,
        confidence: entry.mention.confidence,
        saved: entry.savedId !== undefined,
      },
      this.sides,
      { index, total: this.entries.length },
      {
        onSave: (note, tags) => this.save(entry, note, tags),
        onClose: () => this.closeCard(),
        onNext: (d) => this.step(d, true),
      },
    );
    this.place(card, entry.range);
    card.focus({ preventScroll: true });
  }

  private async cardUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (!this.ui) {
      this.ui = await createShadowRootUi(this.ctx, {
        name: CARD_TAG,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: CARD_CSS,
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: (container) => container,
      });
      this.withoutObserving(() => this.ui!.mount());
    }
    return this.ui;
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

  private closeCard(): void {
    if (this.openIndex < 0) return;
    this.openIndex = -1;
    this.withoutObserving(() => this.painter?.clear('pp-focus'));
    this.ui?.uiContainer.replaceChildren();
  }

  private async save(entry: Entry, note: string, tags: string[]): Promise<void> {
    if (!this.root) throw new Error('The article is no longer on the page.');
    const article = extractText(this.root);
    const index = new Map(article.segments.map((s, i) => [s.node as Node, i]));
    const startSeg = index.get(entry.range.startContainer);
    const endSeg = index.get(entry.range.endContainer);
    if (startSeg === undefined || endSeg === undefined) throw new Error('The text of this mention changed; reload the page to save it.');
    const start = article.segments[startSeg].start + entry.range.startOffset;
    const end = article.segments[endSeg].start + entry.range.endOffset;
    const { quote, position } = describeQuote(article.text, start, end);
    const saved = await send('saveAnnotation', {
      pageUrl: this.doc.location.href,
      title: this.doc.title,
      lever: entry.mention.lever,
      category: entry.mention.category,
      side: entry.mention.side,
      stance: entry.mention.stance,
      quote,
      position,
      sentence: entry.mention.sentence,
      note,
      tags,
    });
    entry.savedId = saved.id;
    this.savedRanges.set(saved.id, entry.range);
    this.withoutObserving(() => this.getPainter().add(entry.range, 'pp-saved', { lever: entry.mention.lever, side: entry.mention.side }));
  }
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest?.(`${CARD_TAG}, pp-mark`)) || (node.nodeType === 1 && (node as Element).tagName === 'PP-MARK');
}

function rangesOverlap(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;
}
