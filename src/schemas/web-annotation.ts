/**
 * The records of an annotations export (a W3C Web Annotation with our `pp:` terms), as an import reads them. The
 * fields share their rules and limits with the message that saves an annotation (./annotation.ts); the rules that
 * tie fields together (one lever body, the site of the address…) are checked by the import itself
 * (src/kb/transfer/import-records.ts), which reports them on the same fields.
 */
import * as v from 'valibot';
import { MAX_URL } from '../types/limits';
import { ANNOTATION_LIMITS, leverRef, note, quote, sentence, tag, title } from './annotation';
import { bool, category, dateTime, day, expected, id, int, stance, text, webUrl } from './fields';
import { NO_SIDE_KEY } from '../types/annotation';
import { MAX_TEXT } from '../types/limits';

const textualBody = v.literal('TextualBody', expected('"TextualBody"'));

/** A side's id, or "none" (no side), as an export writes it. */
const sideValue = v.union([v.literal(NO_SIDE_KEY), id], (issue) => (issue.input === undefined ? 'missing' : `expected a side id or "${NO_SIDE_KEY}", found ${JSON.stringify(issue.input)?.slice(0, 42)}`));

export const body = v.variant(
  'purpose',
  [
    v.object({ type: textualBody, purpose: v.literal('commenting'), value: note, format: v.optional(v.literal('text/plain', expected('"text/plain"'))) }),
    v.object({ type: textualBody, purpose: v.literal('tagging'), value: tag }),
    v.variant(
      'pp:kind',
      [
        v.object({ type: textualBody, purpose: v.literal('classifying'), 'pp:kind': v.literal('lever'), value: leverRef, 'pp:category': category, 'pp:leverName': v.optional(text(200)) }),
        v.object({ type: textualBody, purpose: v.literal('classifying'), 'pp:kind': v.literal('side'), value: sideValue }),
      ],
      (issue) => (issue.input === undefined ? 'missing' : `expected "lever" or "side", found ${JSON.stringify(issue.input)?.slice(0, 42)}`),
    ),
  ],
  (issue) => (issue.input === undefined ? 'missing' : `expected commenting, classifying or tagging, found ${JSON.stringify(issue.input)?.slice(0, 42)}`),
);

export const selector = v.variant(
  'type',
  [
    v.object({ type: v.literal('TextQuoteSelector'), exact: quote.entries.exact, prefix: v.optional(quote.entries.prefix, ''), suffix: v.optional(quote.entries.suffix, '') }),
    v.object({ type: v.literal('TextPositionSelector'), start: int(0, MAX_TEXT), end: int(0, MAX_TEXT) }),
  ],
  (issue) => (issue.input === undefined ? 'missing' : `expected TextQuoteSelector or TextPositionSelector, found ${JSON.stringify(issue.input)?.slice(0, 42)}`),
);

/** The most bodies a real export gives one annotation: a note, the lever, the side and every tag. */
const MAX_BODIES = ANNOTATION_LIMITS.tags + 3;

export const webAnnotation = v.object(
  {
    id: text(300, 1),
    type: v.literal('Annotation', expected('"Annotation"')),
    created: dateTime,
    body: v.pipe(v.array(body, expected('a list of bodies')), v.maxLength(MAX_BODIES, `has more than ${MAX_BODIES} bodies`)),
    target: v.object(
      {
        source: webUrl(MAX_URL, 'missing'),
        'pp:title': v.optional(title, ''),
        selector: v.pipe(v.array(selector, expected('a list of selectors')), v.maxLength(2, 'has more than two selectors')),
      },
      expected('an object'),
    ),
    'pp:stance': stance,
    'pp:sentence': v.optional(sentence, ''),
    'pp:site': v.optional(text(300, 1)),
    'pp:anchor': v.optional(v.object({ at: dateTime, placed: bool }, expected('an object'))),
    'pp:published': v.optional(day),
  },
  expected('an annotation object'),
);

export type WebAnnotationInput = v.InferOutput<typeof webAnnotation>;
