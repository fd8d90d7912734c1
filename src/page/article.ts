/**
 * Finds the article in a page and reduces it to plain text, keeping a map from text offsets back to the DOM text
 * nodes. The content script and the CLI (over linkedom) use the same code, so both see the same text.
 * Standard DOM only: no layout, no computed style, so it also runs where there is none.
 */

/** Elements whose text is never part of the article. */
const SKIP_TAGS = new Set([
  'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'IFRAME', 'TEMPLATE', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED',
  'MATH', 'KBD', 'SAMP', 'DIALOG', 'MENU', 'LABEL', 'FIELDSET', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'PICTURE',
  'PP-MARK-ROOT', 'PRESSURE-POINTS-CARD',
]);

const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'dialog', 'alertdialog', 'menu',
  'menubar', 'toolbar', 'tablist', 'textbox', 'combobox', 'listbox', 'code',
]);

const SKIP_NAME = /(^|[\s_-])(comments?|comment-list|disqus|related|share|sharing|social|newsletter|subscribe|promo|advert|ad-slot|sidebar|breadcrumbs?|cookie|consent|paywall|popup|modal|masthead|site-header|site-footer|byline-share)([\s_-]|$)/i;

/** Elements that start a new block of text (a blank line in the extracted text). */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'TABLE', 'TR', 'TD', 'TH', 'THEAD', 'TBODY', 'FIGURE', 'FIGCAPTION', 'BR', 'HR', 'ADDRESS', 'CAPTION',
  'DETAILS', 'SUMMARY',
]);

/**
 * The attribute tests of isSkipped that a selector can say exactly, asked in one call (a selector list is parsed once
 * per document and matched natively): hidden, aria-hidden="true", contenteditable other than "false", a skipped role.
 */
const SKIP_ATTRIBUTES = [
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
  ...[...SKIP_ROLES].map((r) => `[role="${r}"]`),
].join(',');

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(upperTag(el)) || skippedByAttributes(el);
}

function skippedByAttributes(el: Element): boolean {
  // Most elements carry no attribute at all.
  if (!el.hasAttributes()) return false;
  if (el.matches(SKIP_ATTRIBUTES)) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  if (name.length > 1 && SKIP_NAME.test(name)) return true;
  return false;
}

/** The tag name in upper case (HTML elements of an HTML document have it so already; SVG and XHTML ones not). */
function upperTag(el: Element): string {
  const tag = el.tagName;
  const first = tag.charCodeAt(0);
  return first >= 97 && first <= 122 ? tag.toUpperCase() : tag;
}

/** True when the node or an ancestor (below `root`) is skipped. */
export function insideSkipped(node: Node, root: Element): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== root) {
    if (isSkipped(el)) return true;
    el = el.parentElement;
  }
  return false;
}

/**
 * The element holding the article: an explicit article/main landmark with enough text, else the element whose
 * paragraphs hold the most text. Returns null for pages with too little running text to be an article.
 */
export function findArticleRoot(doc: Document, minChars = 400): Element | null {
  const body = doc.body;
  if (!body) return null;
  // Most pages are not articles, and are told apart by this first look alone: no element can score more than the
  // paragraphs of at least 25 characters hold together (a landmark scores those inside it, the parent of a paragraph
  // its length, a grandparent half of it).
  const lengths = new Map<Element, number>();
  if (paragraphText(doc, Infinity, lengths) < minChars) return null;
  let total = 0;
  for (const len of lengths.values()) total += len;
  // "Is this element skipped, or inside a skipped one" is worked out once per element (paragraph lengths, above).
  const skipped = new Map<Element, boolean>();
  const skippedBelowBody = (start: Element): boolean => {
    const chain: Element[] = [];
    let result = false;
    for (let el: Element | null = start; el && el !== body; el = el.parentElement) {
      const known = skipped.get(el);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(el);
      if (isSkipped(el)) {
        result = true;
        break;
      }
    }
    for (const el of chain) skipped.set(el, result);
    return result;
  };
  const paragraphChars = (el: Element): number => {
    let n = 0;
    for (const p of Array.from(el.querySelectorAll('p'))) {
      const len = lengths.get(p) ?? 0;
      if (len >= 25) n += len;
    }
    return n;
  };

  let best: Element | null = null;
  let bestScore = 0;
  const consider = (el: Element) => {
    if (el !== body && skippedBelowBody(el)) return;
    const score = paragraphChars(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  };
  const landmarks = doc.querySelectorAll('article, main, [role="main"], [itemprop="articleBody"]');
  for (const el of Array.from(landmarks)) consider(el);
  // A landmark with most of the page's paragraph text wins; otherwise score the parents of paragraphs.
  if (!best || bestScore < total * 0.5) {
    const parents = new Map<Element, number>();
    for (const [p, len] of lengths) {
      const parent = p.parentElement;
      if (len < 25 || !parent || skippedBelowBody(p)) continue;
      parents.set(parent, (parents.get(parent) ?? 0) + len);
      const grand = parent.parentElement;
      if (grand) parents.set(grand, (parents.get(grand) ?? 0) + len / 2);
    }
    for (const [el, score] of parents) {
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
  }
  if (!best || bestScore < minChars) return null;
  return best;
}

/**
 * The characters in the document's paragraphs of at least 25 characters (the most an article root can score), counted
 * until they reach `enough`; `lengths` receives every paragraph's length. The loader's first look on every page:
 * fewer than findArticleRoot's `minChars` and there is no article, which most pages are told by this alone.
 */
export function paragraphText(doc: Document, enough = Infinity, lengths?: Map<Element, number>): number {
  const paragraphs = doc.getElementsByTagName('p');
  let n = 0;
  for (let i = 0; i < paragraphs.length && n < enough; i++) {
    const len = textLength(paragraphs[i]);
    lengths?.set(paragraphs[i], len);
    if (len >= 25) n += len;
  }
  return n;
}

/**
 * A paragraph's length as the finder weighs it: its text without the white space at either end. White space inside
 * is counted as it is; squeezing it to single spaces took a regular-expression pass and a copy of every paragraph.
 */
function textLength(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

const NOT_SPACE = /\S/;

/** One text node's place in the extracted text. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
}

/**
 * Plain text of an element, blocks separated by blank lines, with the text-node map. With a `limit`, the walk stops
 * once the text is longer than that (the caller cuts it with `cutText`): a huge page costs no more than a long one.
 */
export function extractText(root: Element, limit = Infinity): ArticleText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const breakBlock = () => {
    if (length > 0) pendingBreak = true;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && length <= limit; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        if (pendingBreak) {
          if (!NOT_SPACE.test(data)) continue;
          push('\n\n');
          pendingBreak = false;
        }
        segments.push({ node: child as Text, start: length });
        push(data);
      } else if (type === 1) {
        const el = child as Element;
        const tag = upperTag(el);
        if (SKIP_TAGS.has(tag) || skippedByAttributes(el)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) breakBlock();
        if (el.firstChild) walk(el);
        if (block) breakBlock();
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/**
 * The article cut to at most `max` characters, at the last paragraph break before the limit (or the last space, so
 * that no word is cut in two and read as another), with the text nodes that start before the cut.
 */
export function cutText(article: ArticleText, max: number): ArticleText {
  if (article.text.length <= max) return article;
  const head = article.text.slice(0, max + 1);
  let end = head.lastIndexOf('\n\n');
  if (end < max / 2) end = Math.max(head.search(/\s\S*$/), 0);
  const segments: TextSegment[] = [];
  for (const s of article.segments) {
    if (s.start >= end) break;
    segments.push(s);
  }
  return { text: article.text.slice(0, end), segments };
}

/** Finds the segment holding a text offset (binary search). */
export function segmentAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
