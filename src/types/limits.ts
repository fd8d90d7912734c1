/**
 * Sizes the background accepts in a message. Senders cut what is longer (see `clip`) instead of having the whole
 * message refused: an address or a title that is too long is never a reason to leave a page unread.
 * Below every layer: the content script cuts to them, the background and the import validation check them.
 */
export const MAX_URL = 8192;
export const MAX_TITLE = 2000;
/** The most article text one message may carry; the page cuts long articles well below it (MAX_ARTICLE_CHARS). */
export const MAX_TEXT = 3_000_000;

/**
 * The fields of a saved annotation, as the card may send them and as an imported file may hold them: a real export,
 * made of annotations saved through the card, never exceeds them.
 */
export const ANNOTATION_LIMITS = { exact: 2000, context: 200, sentence: 10_000, note: 20_000, tags: 50, tag: 100 };

/** `text` cut to at most `max` characters, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.charCodeAt(max - 1) >= 0xd800 && text.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return text.slice(0, cut);
}
