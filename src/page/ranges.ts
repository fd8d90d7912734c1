import { segmentAt, type TextSegment } from './article';

/**
 * Turns offsets in the extracted article text into a DOM Range over the text nodes they came from. Returns null when
 * the text changed under us (a node shorter than its recorded length).
 */
export function rangeFor(doc: Document, segments: TextSegment[], start: number, end: number): Range | null {
  if (segments.length === 0 || end <= start) return null;
  let si = segmentAt(segments, start);
  let s = segments[si];
  let startOffset = start - s.start;
  if (startOffset >= s.node.data.length) {
    // The start fell in a block separator: move to the next node.
    si++;
    if (si >= segments.length) return null;
    s = segments[si];
    startOffset = 0;
  }
  const ei = segmentAt(segments, end - 1);
  const e = segments[ei];
  const endOffset = end - e.start;
  if (endOffset > e.node.data.length || startOffset < 0 || !s.node.isConnected || !e.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(s.node, startOffset);
  range.setEnd(e.node, endOffset);
  return range;
}

/** The offset in the extracted text of a DOM point, or -1 when the point is not in a known text node. */
export function offsetOf(segments: TextSegment[], node: Node, offset: number, index?: Map<Node, number>): number {
  if (index) {
    const i = index.get(node);
    return i === undefined ? -1 : segments[i].start + offset;
  }
  const seg = segments.find((s) => s.node === node);
  return seg ? seg.start + offset : -1;
}
