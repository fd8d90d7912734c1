/**
 * The part of the content script that is loaded only on pages with something to paint (see loader.ts): it paints
 * the background's analysis, marks saved annotations again, opens cards (card-host.ts), saves, follows new content
 * (watcher.ts), and undoes all of it on `stop()`.
 */
import type { Mention } from '../engine/index';
import { NoAnswerError, send } from '../messaging/client';
import { extensionApi } from '../messaging/extension-api';
import type { LeverCard, PageAnalysis, PageAnnotations, SideInfo } from '../messaging/protocol';
import type { Annotation } from '../types/annotation';
import { anchorQuote, describeQuote } from './anchor-text';
import { extractText, type ArticleText } from './article';
import { CARD_TAG, CardHost, scrollToRange, type CardSource, type Entry } from './card-host';
import type { PageContext } from './context';
import { mayMention } from '../engine/gate';
import type { PageRun, PageSession } from './loader';
import { HighlightPainter, layerName, WrapperPainter, type Painter } from './paint';
import { offsetsOf, rangeFor } from './ranges';
import { readPageFacts } from './page-facts';
import { MAX_ARTICLE_CHARS } from '../types/settings';
import { ANNOTATION_LIMITS, clip, MAX_URL } from '../types/limits';
import { RescanWatcher } from './watcher';
import { idRecord, randomUuid } from '../types/ids';

/** Painting yields to the page after this many milliseconds of work, so that no task of ours is long. */
const PAINT_SLICE_MS = 8;

export function startPage(run: PageRun): PageSession {
  const controller = new PageController(run);
  void controller.start();
  return { stop: () => controller.stop() };
}

class PageController implements CardSource {
  private readonly ctx: PageContext;
  private readonly doc: Document;
  private readonly painter: Painter;
  readonly entries: Entry[] = [];
  sides: Record<string, SideInfo> = idRecord();
  /** Painted (start node, start offset) pairs, so that no mention is painted twice. */
  private readonly paintedAt = new WeakMap<Node, Set<number>>();
  private readonly savedRanges = new Map<number, Range>();
  private readonly levers = new Map<string, LeverCard>();
  private sidesShown = '';
  private readonly card: CardHost;
  private readonly watcher: RescanWatcher;
  /** Characters sent to the engine so far; a page is read up to MAX_ARTICLE_CHARS in all. */
  private readCharacters: number;
  private stopped = false;

  constructor(private readonly run: PageRun) {
    this.ctx = run.ctx;
    this.doc = run.doc;
    this.painter = !run.settings.wrapperMode && HighlightPainter.available(this.doc) ? new HighlightPainter(this.doc) : new WrapperPainter(this.doc);
    this.readCharacters = run.article.text.length;
    this.watcher = new RescanWatcher(this.ctx, this.doc, run.root, isOwnNode, (text) => this.onNewText(text), (characters) => {
      if (run.settings.trace) console.debug(`pp:rescan ${JSON.stringify({ characters })}`);
    });
    this.card = new CardHost(this.ctx, this.doc, this);
    this.ctx.onInvalidated(() => this.stop());
  }

  // ---- what the card host asks -------------------------------------------------------------------------------------

  lever(id: string): LeverCard | undefined {
    return this.levers.get(id);
  }

  layersAt(x: number, y: number): string[] | undefined {
    return this.painter instanceof HighlightPainter ? this.painter.layersAt(x, y) : undefined;
  }

  quietly(fn: () => void): void {
    this.watcher.quietly(fn);
  }

  focus(range: Range | null): void {
    this.watcher.quietly(() => {
      this.painter.clear('pp-focus');
      if (range) this.painter.add(range, 'pp-focus', { lever: '', side: null });
    });
  }

  // ---- the page ----------------------------------------------------------------------------------------------------

  async start(): Promise<void> {
    const { article } = this.run;
    this.watcher.markSeen(article.segments);
    this.listenForCommands();
    const saved = send('pageAnnotations', {}).catch((): PageAnnotations => ({ saved: [], levers: {}, focusAnnotation: null }));
    const { analysis } = this.run;
    // <pp-mark> wrappers split text nodes, after which offsets into the article no longer hold: the saved
    // annotations are placed before anything is painted. Highlights change no text, so they need not wait.
    const early = this.painter.kind === 'wrapper' ? await saved : null;
    if (this.ctx.isInvalid) return;
    const placedEarly = early ? this.anchorSaved(early.saved, article) : [];
    await this.paintMentions(article, analysis, false);
    if (this.ctx.isInvalid) return;
    const annotations = early ?? (await saved);
    if (this.ctx.isInvalid) return;
    for (const [id, card] of Object.entries(annotations.levers)) this.levers.set(id, card);
    const placed = early ? placedEarly : this.anchorSaved(annotations.saved, article);
    this.placeSaved(placed);
    const orphans = annotations.saved.filter((a) => !this.savedRanges.has(a.id)).map((a) => ({ id: a.id, exact: a.quote.exact }));
    const facts = this.pageFacts();
    send('reportPage', { ...this.run.page, isArticle: true, placed: [...this.savedRanges.keys()], orphans, ...(facts && { facts }) }).catch(() => undefined);
    if (annotations.focusAnnotation !== null) this.focusSaved(annotations.focusAnnotation);
    this.watcher.start();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.ctx.abort();
    this.watcher.stop();
    this.card.destroy();
    this.painter.destroy();
    this.entries.length = 0;
    this.savedRanges.clear();
  }

  // ---- painting ----------------------------------------------------------------------------------------------------

  /**
   * Paints the mentions of one analysis: each one's Range is made and painted in the same pass, in slices of
   * PAINT_SLICE_MS between which the page gets the main thread back. (Wrappers split text nodes, so with them all the
   * Ranges are made first; the Ranges then follow the splits.)
   */
  private async paintMentions(article: ArticleText, analysis: PageAnalysis, fragment: boolean): Promise<void> {
    for (const [id, card] of Object.entries(analysis.levers)) this.levers.set(id, card);
    Object.assign(this.sides, analysis.sides);
    const sideKey = Object.keys(this.sides).sort().join(' ');
    if (sideKey !== this.sidesShown) {
      this.sidesShown = sideKey;
      this.painter.setSides(this.sides);
    }
    const mentions = [...analysis.mentions].sort((a, b) => a.start - b.start);
    const immediate = this.painter.kind === 'highlight';
    const fresh: Entry[] = [];
    let i = 0;
    while (i < mentions.length) {
      if (i > 0) {
        await yieldToPage();
        if (this.ctx.isInvalid) return;
      }
      const sliceEnd = performance.now() + PAINT_SLICE_MS;
      this.watcher.quietly(() => {
        // The clock is read every 16 mentions only.
        do {
          const entry = this.entryFor(article, mentions[i]);
          if (entry) {
            fresh.push(entry);
            if (immediate) this.paintEntry(entry);
          }
          i++;
        } while (i < mentions.length && (i % 16 !== 0 || performance.now() < sliceEnd));
      });
    }
    if (!immediate) this.watcher.quietly(() => {
      for (const e of fresh) this.paintEntry(e);
      this.markSplitText(fresh.map((e) => e.range));
    });
    mergeInOrder(this.entries, fresh);
    if (this.entries.length > 0) this.card.listen();
    this.trace({ ms: performance.now() - this.run.startedAt, mentions: this.entries.length, fragment });
  }

  /**
   * The reading log's facts about this article, where levers were found (a page is started only then): its canonical
   * address and publication day, sent with the first report; undefined when the address is not a web one (the log
   * keeps only http(s) pages).
   */
  private pageFacts(): { canonicalUrl: string; published: ReturnType<typeof readPageFacts>['published'] } | undefined {
    try {
      const facts = readPageFacts(this.doc, this.doc.location.href);
      return { canonicalUrl: clip(facts.canonicalUrl, MAX_URL), published: facts.published };
    } catch {
      return undefined;
    }
  }

  private entryFor(article: ArticleText, mention: Mention): Entry | null {
    const range = rangeFor(this.doc, article.segments, mention.start, mention.end);
    if (!range) return null;
    const at = this.paintedAt.get(range.startContainer) ?? new Set<number>();
    if (at.has(range.startOffset)) return null;
    at.add(range.startOffset);
    this.paintedAt.set(range.startContainer, at);
    return { range, mention, layer: layerName(mention.side) };
  }

  private paintEntry(e: Entry): void {
    this.painter.add(e.range, e.layer, { lever: e.mention.lever, side: e.mention.side });
  }

  /**
   * The wrapper painter splits text nodes around each mark. The pieces hold text that was already read: without
   * this, the next rescan would send it again as new text and the tab's tally would count it twice.
   */
  private markSplitText(painted: Range[]): void {
    const pieces: Text[] = [];
    const markChildren = (parent: Node) => {
      for (const child of Array.from(parent.childNodes)) {
        if (child.nodeType === 3) pieces.push(child as Text);
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
    this.watcher.markSeen(pieces);
  }

  // ---- saved annotations -------------------------------------------------------------------------------------------

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
    if (placed.length === 0) return;
    this.watcher.quietly(() => {
      for (const { annotation: a, range } of placed) {
        this.savedRanges.set(a.id, range);
        this.painter.add(range, 'pp-saved', { lever: a.lever, side: a.side });
        const entry = this.entries.find((e) => rangesOverlap(e.range, range));
        if (entry) entry.savedId = a.id;
      }
      if (this.painter.kind === 'wrapper') this.markSplitText(placed.map((p) => p.range));
    });
    this.card.listen();
  }

  /** Scrolls to a saved annotation and opens its card (the page was opened from the popup or dashboard). */
  private focusSaved(id: number): void {
    const range = this.savedRanges.get(id);
    if (!range || this.card.openSaved(id)) return;
    scrollToRange(range);
    this.focus(range);
  }

  async save(entry: Entry, note: string, tags: string[]): Promise<void> {
    if (!this.run.root.isConnected) throw new Error('The article is no longer on the page.');
    const article = extractText(this.run.root);
    const at = offsetsOf(entry.range, article.segments);
    if (!at) throw new Error('The text of this mention changed; reload the page to save it.');
    const { quote, position } = describeQuote(article.text, at.start, at.end);
    const m = entry.mention;
    // One key per mention until it is saved: if the background stops mid-save and the reader (or the retry below)
    // sends it again, the background stores it once.
    entry.saveUid ??= randomUuid();
    const request = {
      uid: entry.saveUid,
      ...this.run.page,
      lever: m.lever,
      category: m.category,
      side: m.side,
      stance: m.stance,
      quote,
      position,
      sentence: clip(m.sentence, ANNOTATION_LIMITS.sentence),
      note,
      tags,
    };
    let saved;
    try {
      saved = await send('saveAnnotation', request);
    } catch (err) {
      // A stopped service worker is started again by the next message: one more try, with the same key.
      if (!(err instanceof NoAnswerError) || this.ctx.isInvalid) throw err;
      saved = await send('saveAnnotation', request);
    }
    entry.savedId = saved.id;
    this.savedRanges.set(saved.id, entry.range);
    this.watcher.quietly(() => this.painter.add(entry.range, 'pp-saved', { lever: m.lever, side: m.side }));
  }

  // ---- new content and commands ------------------------------------------------------------------------------------

  private async onNewText(text: ArticleText): Promise<void> {
    const left = MAX_ARTICLE_CHARS - this.readCharacters;
    if (left <= 0) return this.watcher.stop();
    const gate = await this.run.gate();
    if (this.ctx.isInvalid || (gate && !mayMention(text.text, gate))) return;
    if (text.text.length > left) text = { text: text.text.slice(0, left), segments: text.segments.filter((s) => s.start < left) };
    this.readCharacters += text.text.length;
    let analysis: PageAnalysis;
    try {
      analysis = await send('analyzePage', { ...this.run.page, text: text.text, fragment: true });
    } catch (err) {
      if (!this.ctx.isInvalid) console.warn('Pressure Points: could not analyse new text on this page.', err);
      return;
    }
    if (!this.ctx.isInvalid) await this.paintMentions(text, analysis, true);
  }

  private listenForCommands(): void {
    const runtime = extensionApi().runtime;
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const m = message as { pp?: string; command?: string; lever?: unknown };
      if (m?.pp !== 'command' || this.ctx.isInvalid) return undefined;
      if (m.command === 'next-mention') this.card.step(1);
      if (m.command === 'previous-mention') this.card.step(-1);
      if (m.command === 'open-lever' && typeof m.lever === 'string') sendResponse(this.card.openLever(m.lever));
      return undefined;
    };
    runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => runtime.onMessage.removeListener(onMessage));
  }

  private trace(record: { ms: number; mentions: number; fragment: boolean }): void {
    if (this.run.settings.trace) console.debug(`pp:painted ${JSON.stringify(record)}`);
  }
}

/** Lets the page run (input, rendering) before the next slice of work. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Adds `fresh` (in document order) to `entries` (in document order), keeping the whole in document order. */
function mergeInOrder(entries: Entry[], fresh: Entry[]): void {
  if (fresh.length === 0) return;
  const last = entries[entries.length - 1];
  if (!last || last.range.compareBoundaryPoints(Range.START_TO_START, fresh[0].range) <= 0) {
    entries.push(...fresh);
    return;
  }
  const merged: Entry[] = [];
  let a = 0;
  let b = 0;
  while (a < entries.length || b < fresh.length) {
    if (b >= fresh.length || (a < entries.length && entries[a].range.compareBoundaryPoints(Range.START_TO_START, fresh[b].range) <= 0)) merged.push(entries[a++]);
    else merged.push(fresh[b++]);
  }
  entries.splice(0, entries.length, ...merged);
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest?.(`${CARD_TAG}, pp-mark`));
}

function rangesOverlap(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;
}
