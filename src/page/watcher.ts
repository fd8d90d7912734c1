/**
 * Follows text the page adds after it was painted ("show more", infinite scroll, live updates). The MutationObserver
 * only collects the nodes that changed; at most once every RESCAN_INTERVAL ms (and no later than that after a change)
 * the text of those nodes that lie in the article and were never read is handed on. A page that never stops changing
 * (a ticker, a clock) costs one small pass over the changed nodes per interval, never a re-read of the article.
 */
import { extractText, findArticleRoot, insideSkipped, type ArticleText, type TextSegment } from './article';
import type { PageContext } from './context';

export const RESCAN_INTERVAL = 500;

export class RescanWatcher {
  private observer: MutationObserver | undefined;
  private readonly changed = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private paused = false;
  /** Text nodes whose text was already handed on (or painted over): never read twice. */
  private readonly seen = new WeakSet<Text>();

  constructor(
    private readonly ctx: PageContext,
    private readonly doc: Document,
    private root: Element,
    /** Nodes of our own (card host, <pp-mark> wrappers), whose changes are not the page's. */
    private readonly isOwn: (node: Node) => boolean,
    /** New article text; the next rescan waits until the promise settles. */
    private readonly onText: (text: ArticleText) => Promise<void>,
    /** Told of every rescan and how much new text it found (for the paint trace). */
    private readonly onRescan?: (characters: number) => void,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  /** Text already read: the article at load, and the pieces of text our own marks split off it. */
  markSeen(segments: Iterable<TextSegment | Text>): void {
    for (const s of segments) this.seen.add(s instanceof Text ? s : s.node);
  }

  start(): void {
    if (this.observer || !this.doc.body || this.ctx.isInvalid) return;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.changed.clear();
  }

  /** Runs our own change to the DOM without taking it for the page's. */
  quietly(fn: () => void): void {
    const was = this.paused;
    this.paused = true;
    try {
      fn();
    } finally {
      this.observer?.takeRecords();
      this.paused = was;
    }
  }

  private collect(records: MutationRecord[]): void {
    if (this.paused) return;
    for (const r of records) {
      if (r.type === 'characterData') this.changed.add(r.target);
      else for (const n of r.addedNodes) this.changed.add(n);
    }
    if (this.changed.size > 0 && this.timer === undefined) this.timer = setTimeout(() => void this.flush(), RESCAN_INTERVAL);
  }

  private async flush(): Promise<void> {
    if (this.ctx.isInvalid) return;
    const nodes = [...this.changed];
    this.changed.clear();
    try {
      const text = this.newText(nodes);
      this.onRescan?.(text?.text.length ?? 0);
      if (text) await this.onText(text);
    } finally {
      this.timer = undefined;
      // What changed while the text was being painted waits for the next interval.
      if (this.changed.size > 0 && !this.ctx.isInvalid) this.timer = setTimeout(() => void this.flush(), RESCAN_INTERVAL);
    }
  }

  /** The unread text of the changed nodes that lie in the article, in one piece per node, blank lines between. */
  private newText(nodes: Node[]): ArticleText | null {
    let roots: Node[];
    if (!this.root.isConnected) {
      // A single-page app replaced the article element: read the new one, minus what was read before.
      const found = findArticleRoot(this.doc);
      if (!found) return null;
      this.root = found;
      roots = [found];
    } else {
      const set = new Set(nodes);
      roots = nodes.filter((n) => n.isConnected && this.root.contains(n) && !this.isOwn(n) && !hasAncestorIn(n, set, this.root) && !insideSkipped(n, this.root));
    }
    const out: ArticleText = { text: '', segments: [] };
    for (const n of roots) {
      const part = n.nodeType === 3 ? { text: (n as Text).data, segments: [{ node: n as Text, start: 0 }] } : n.nodeType === 1 ? extractText(n as Element) : null;
      if (!part) continue;
      let lastEnd = -1;
      for (const s of part.segments) {
        if (this.seen.has(s.node)) continue;
        this.seen.add(s.node);
        if (!s.node.data.trim()) continue;
        if (out.text && s.start !== lastEnd) out.text += '\n\n';
        out.segments.push({ node: s.node, start: out.text.length });
        out.text += s.node.data;
        lastEnd = s.start + s.node.data.length;
      }
    }
    return out.text.trim() ? out : null;
  }
}

function hasAncestorIn(node: Node, set: Set<Node>, root: Node): boolean {
  for (let p = node.parentNode; p && p !== root; p = p.parentNode) if (set.has(p)) return true;
  return false;
}
