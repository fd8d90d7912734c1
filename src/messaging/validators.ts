/**
 * What the background accepts: a valibot schema for every message's request (the schemas of src/schemas, shared with
 * the import and the editor), and who may send it. Messages about the page a content script runs on come from a tab
 * and never name their page; the others come from the extension's own pages (popup, dashboard).
 */
import * as v from 'valibot';
import { RETENTION_CHOICES } from '../kb/log-index';
import { newAnnotation, title } from '../schemas/annotation';
import { bool, day, int, text } from '../schemas/fields';
import { SchemaError, validate } from '../schemas/issues';
import { MAX_TEXT, MAX_URL } from '../types/limits';
import type { Envelope, MessageName, Request } from './protocol';

/** `page`: sent by the content script about the page it runs in. `extension`: sent by the popup or the dashboard. */
export type SenderKind = 'page' | 'extension';

const PUBLISHED_SOURCES = ['meta', 'json-ld', 'itemprop', 'parsely', 'dublin-core', 'cms-meta', 'time', 'url'] as const;
/** No fields at all. (valibot takes a list for an object; a list has no business here.) */
const empty = v.pipe(
  v.custom<Record<string, never>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected an object with no fields'),
  v.strictObject({}),
);

export const MESSAGES: { [K in MessageName]: { from: SenderKind; schema: v.GenericSchema<unknown, Request<K>> } } = {
  readArticle: { from: 'page', schema: v.strictObject({ title, text: text(MAX_TEXT) }) },
  analyzePage: { from: 'page', schema: v.strictObject({ title, text: text(MAX_TEXT), fragment: bool }) },
  pageAnnotations: { from: 'page', schema: empty },
  reportPage: {
    from: 'page',
    schema: v.strictObject({
      title,
      isArticle: bool,
      placed: v.pipe(v.array(int(1)), v.maxLength(100_000)),
      orphans: v.pipe(v.array(v.strictObject({ id: int(1), exact: text(2000) })), v.maxLength(100_000)),
      facts: v.optional(
        v.strictObject({
          canonicalUrl: text(MAX_URL),
          published: v.nullable(v.strictObject({ date: day, source: v.picklist(PUBLISHED_SOURCES) })),
        }),
      ),
    }),
  },
  saveAnnotation: { from: 'page', schema: newAnnotation },
  getPopupData: { from: 'extension', schema: v.strictObject({ tabId: v.nullable(int(0)), pageUrl: v.nullable(text(MAX_URL)), fresh: v.optional(bool) }) },
  openAnnotation: { from: 'extension', schema: v.strictObject({ id: int(1) }) },
  knowledgeBaseChanged: { from: 'extension', schema: empty },
  setSiteEnabled: { from: 'extension', schema: v.strictObject({ site: text(300, 1), enabled: bool }) },
  getLogSettings: { from: 'extension', schema: empty },
  getTimelineCounters: { from: 'extension', schema: v.strictObject({ facet: text(400, 1) }) },
  getFirstAnnotations: { from: 'extension', schema: v.strictObject({ limit: v.pipe(int(1), v.maxValue(200)) }) },
  setLogSettings: {
    from: 'extension',
    schema: v.strictObject({
      enabled: v.optional(bool),
      retentionDays: v.optional(v.picklist(RETENTION_CHOICES, `expected one of ${RETENTION_CHOICES.join(', ')}`)),
      noticeSeen: v.optional(bool),
    }),
  },
} as { [K in MessageName]: { from: SenderKind; schema: v.GenericSchema<unknown, Request<K>> } };

/**
 * Checks an incoming envelope: null when it is not one of ours (no answer is given), the validated request otherwise,
 * or a SchemaError naming the message and each bad field (`saveAnnotation.quote.exact: is empty`).
 */
export function validateEnvelope(message: unknown): { name: MessageName; from: SenderKind; data: Request<MessageName> } | null {
  if (typeof message !== 'object' || message === null || (message as Envelope).pp !== 1) return null;
  const { name, data } = message as Envelope;
  if (typeof name !== 'string' || !Object.hasOwn(MESSAGES, name)) return null;
  const { from, schema } = MESSAGES[name];
  const result = validate(schema, data, { prefix: name });
  if (!result.ok) throw new SchemaError(result.errors);
  return { name, from, data: result.value as Request<MessageName> };
}
