/**
 * The one place where offsets in extracted article text and DOM Ranges are turned into each other. Offsets come from
 * the engine (mentions) and from saved annotations (TextPosition selectors); Ranges are what is painted and clicked.
 */
import { segmentAt, type TextSegment } from './article';

/**
 * A DOM Range over the text nodes that the offsets `start`..`end` of the extracted text came from. Returns null when
 * the text changed under us (a node shorter than its recorded length, or no longer in the document).
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

/** Text node -> its index in `segments`, for offsetOf. */
export function segmentIndex(segments: TextSegment[]): Map<Node, number> {
  return new Map(segments.map((s, i) => [s.node as Node, i]));
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

/** The offsets of a Range in the extracted text, or null when one of its ends is outside the text. */
export function offsetsOf(range: Range, segments: TextSegment[], index = segmentIndex(segments)): { start: number; end: number } | null {
  const start = offsetOf(segments, range.startContainer, range.startOffset, index);
  const end = offsetOf(segments, range.endContainer, range.endOffset, index);
  return start < 0 || end < start ? null : { start, end };
}
