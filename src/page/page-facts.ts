/**
 * What the reading log needs to know about an article page besides its text: the address it is known by and the
 * day it was published. Read once per page by the content script and sent with the page's text.
 */
import { canonicalUrl } from './canonical-url';
import { publishedDate, type PublishedDate } from './published-date';

export interface PageFacts {
  /** Normalised canonical address (src/page/canonical-url.ts). */
  canonicalUrl: string;
  /** Publication day and its source, or null when the page does not say. */
  published: PublishedDate | null;
}

export function readPageFacts(doc: Document, pageUrl: string, now = Date.now()): PageFacts {
  const canonical = canonicalUrl(doc, pageUrl);
  return { canonicalUrl: canonical, published: publishedDate(doc, [canonical, pageUrl], now) };
}
