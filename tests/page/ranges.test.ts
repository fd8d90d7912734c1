/**
 * Text offsets <-> DOM Ranges (src/page/ranges.ts), over linkedom: a mention's offsets in the extracted article become
 * a Range over the same characters, and a Range's offsets come back as they were, across element boundaries.
 * linkedom has no working Range, so the document hands out a plain one with the four boundary fields.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cutText, extractText } from '../../src/page/article';
import { offsetsOf, rangeFor, segmentIndex } from '../../src/page/ranges';

class BoundaryRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;
  setStart(node: Node, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
}

function article(inner: string) {
  const { document } = parseHTML(`<!doctype html><html><body><article>${inner}</article></body></html>`);
  const doc = document as unknown as Document;
  (doc as unknown as { createRange(): unknown }).createRange = () => new BoundaryRange();
  return { doc, text: extractText(doc.querySelector('article')!) };
}

/** The characters a Range covers, read from its text nodes (linkedom has no Range.toString for spans of nodes). */
function covered(range: Range): string {
  if (range.startContainer === range.endContainer) return (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
  let out = (range.startContainer as Text).data.slice(range.startOffset);
  let node: Node | null = range.startContainer;
  const next = (n: Node): Node | null => {
    if (n.firstChild) return n.firstChild;
    for (let p: Node | null = n; p; p = p.parentNode) if (p.nextSibling) return p.nextSibling;
    return null;
  };
  while ((node = next(node!)) && node !== range.endContainer) if (node.nodeType === 3) out += (node as Text).data;
  return out + (range.endContainer as Text).data.slice(0, range.endOffset);
}

describe('offsets and Ranges', () => {
  it('maps a phrase inside one text node and back', () => {
    const { doc, text } = article('<p>China tightened export controls on gallium.</p>');
    const start = text.text.indexOf('export controls');
    const range = rangeFor(doc, text.segments, start, start + 'export controls'.length)!;
    expect(covered(range)).toBe('export controls');
    expect(offsetsOf(range, text.segments)).toEqual({ start, end: start + 'export controls'.length });
  });

  it('maps a phrase across inline elements', () => {
    const { doc, text } = article('<p>New <em>rare</em> earths rules.</p>');
    const start = text.text.indexOf('rare');
    const end = text.text.indexOf('earths') + 'earths'.length;
    const range = rangeFor(doc, text.segments, start, end)!;
    expect(range.startContainer).not.toBe(range.endContainer);
    expect(covered(range)).toBe('rare earths');
    expect(offsetsOf(range, text.segments, segmentIndex(text.segments))).toEqual({ start, end });
  });

  it('skips the blank line between blocks when a mention starts on it', () => {
    const { doc, text } = article('<p>First paragraph.</p><p>Tariffs rose.</p>');
    const gap = text.text.indexOf('\n\n');
    const range = rangeFor(doc, text.segments, gap, text.text.indexOf('Tariffs') + 'Tariffs'.length)!;
    expect(covered(range)).toBe('Tariffs');
  });

  it('refuses offsets whose text is gone or changed', () => {
    const { doc, text } = article('<p>Sanctions were lifted.</p>');
    const node = text.segments[0].node;
    node.data = 'Short';
    expect(rangeFor(doc, text.segments, 0, 'Sanctions were'.length)).toBeNull();
    expect(rangeFor(doc, text.segments, 3, 3)).toBeNull();
    node.remove();
    expect(rangeFor(doc, text.segments, 0, 3)).toBeNull();
  });

  it('says -1 / null for a point outside the article', () => {
    const { doc, text } = article('<p>Visas.</p>');
    const outside = doc.createTextNode('elsewhere');
    doc.body.append(outside);
    const range = doc.createRange();
    range.setStart(outside, 0);
    range.setEnd(outside, 4);
    expect(offsetsOf(range, text.segments)).toBeNull();
  });
});

describe('a long article', () => {
  it('is cut at a paragraph break before the limit, with the text nodes before the cut', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} about tariffs and trade talks in Geneva.</p>`).join('');
    const { text } = article(paragraphs);
    const cut = cutText(text, 500);
    expect(cut.text.length).toBeLessThanOrEqual(500);
    expect(cut.text.endsWith('Geneva.')).toBe(true);
    expect(text.text.startsWith(cut.text)).toBe(true);
    expect(cut.segments.every((s) => s.start < cut.text.length)).toBe(true);
    expect(cut.segments.length).toBeLessThan(text.segments.length);
    expect(cutText(text, 100_000)).toBe(text);
  });

  it('is cut at a space when one block is longer than half the limit', () => {
    const { text } = article(`<p>${'sanctions tariffs '.repeat(100)}</p>`);
    const cut = cutText(text, 301);
    expect(cut.text.length).toBeLessThanOrEqual(301);
    expect(/\S$/.test(cut.text)).toBe(true);
    expect(['sanctions', 'tariffs']).toContain(cut.text.split(' ').pop());
  });

  it('stops reading the page once past the limit', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} about tariffs.</p>`).join('');
    const { doc } = article(paragraphs);
    const read = extractText(doc.querySelector('article')!, 1_000);
    expect(read.text.length).toBeGreaterThan(1_000);
    expect(read.text.length).toBeLessThan(1_200);
  });
});
