/**
 * A saved annotation's fields with their limits, one definition for the message that saves one (the in-page card)
 * and for the Web Annotation records of an imported file. The limits are those of the message: a real export, made
 * of annotations saved through it, never exceeds them.
 */
import * as v from 'valibot';
import { NO_SIDE_KEY } from '../types/annotation';
import { ANNOTATION_LIMITS, MAX_TEXT, MAX_TITLE, MAX_URL } from '../types/limits';

export { ANNOTATION_LIMITS } from '../types/limits';
import { category, expected, id, int, stance, text } from './fields';


/** A lever's id as an annotation carries it. */
export const leverRef = id;
/** A side's id, or null for "no side". */
export const sideRef = v.nullable(v.pipe(id, v.check((s) => s !== NO_SIDE_KEY, `"${NO_SIDE_KEY}" means no side: send null`)));

export const quote = v.strictObject(
  { exact: text(ANNOTATION_LIMITS.exact, 1), prefix: text(ANNOTATION_LIMITS.context), suffix: text(ANNOTATION_LIMITS.context) },
  expected('a quote (exact, prefix, suffix)'),
);

/** Offsets into an article, end after start. */
export const position = v.pipe(
  v.strictObject({ start: int(0, MAX_TEXT), end: int(0, MAX_TEXT) }, expected('a position (start, end)')),
  v.forward(v.check((p) => p.end > p.start, (issue) => `must be greater than start (${(issue.input as { start: number }).start})`), ['end']),
);

export const tag = text(ANNOTATION_LIMITS.tag, 1);
export const tags = v.pipe(v.array(tag, expected('a list of tags')), v.maxLength(ANNOTATION_LIMITS.tags, `has more than ${ANNOTATION_LIMITS.tags} tags`));
export const note = text(ANNOTATION_LIMITS.note);
export const sentence = text(ANNOTATION_LIMITS.sentence);
export const title = text(MAX_TITLE);

/** A save's idempotency key: a UUID the content script makes once per Save. */
export const uid = v.pipe(v.string(expected('a UUID')), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, expected('a UUID')));

/** What the in-page card asks the background to save (the page's address comes from the browser, not from here). */
export const newAnnotation = v.strictObject({
  uid,
  title,
  lever: leverRef,
  category,
  side: sideRef,
  stance,
  quote,
  position,
  sentence,
  note,
  tags,
});
