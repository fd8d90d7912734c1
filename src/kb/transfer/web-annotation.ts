/**
 * Saved annotations as W3C Web Annotations: the note, lever, side and tags as bodies, the quote and its position as
 * selectors on the page, and our own fields as `pp:` terms. The export writes them; the import reads them back
 * (import-records.ts).
 */
import { NO_SIDE_KEY, type Stance } from '../../types/annotation';
import type { StoredAnnotation } from '../annotations';
import type { AnnotationRow } from '../db';

/** Namespace of our own JSON-LD terms (`pp:stance`, …). `.invalid` on purpose: it names, it does not resolve. */
export const PP_NAMESPACE = 'https://pressure-points.invalid/ns#';

// ---------------------------------------------------------------------------------------------------------------
// Web Annotation

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'classifying' | 'tagging';
  value: string;
  format?: 'text/plain';
  /** On classifying bodies: what the value classifies by. */
  'pp:kind'?: 'lever' | 'side';
  'pp:leverName'?: string;
  'pp:category'?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  body: TextualBody[];
  target: {
    source: string;
    'pp:title': string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'pp:stance': Stance;
  'pp:sentence': string;
  'pp:site': string;
  /** How anchoring went at the last visit (kept so the round trip loses nothing). */
  'pp:anchor'?: { at: string; placed: boolean };
  /** The page's publication day (YYYY-MM-DD), when it was known at saving. */
  'pp:published'?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URN_UUID = 'urn:uuid:';
/** For uids made without crypto.randomUUID (not UUIDs, so not urn:uuid). */
const URN_PP = 'urn:pp:annotation:';

function annotationIri(uid: string): string {
  return UUID.test(uid) ? `${URN_UUID}${uid}` : `${URN_PP}${encodeURIComponent(uid)}`;
}

export function uidFromIri(iri: string): string | null {
  if (iri.startsWith(URN_UUID)) return iri.length > URN_UUID.length ? iri.slice(URN_UUID.length) : null;
  if (iri.startsWith(URN_PP) && iri.length > URN_PP.length) {
    try {
      return decodeURIComponent(iri.slice(URN_PP.length));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * One saved annotation as a W3C Web Annotation: the note, lever, side and tags as bodies, the quote and its
 * position as selectors on the page. Carries every field of the row but the local id and the search words.
 */
export function toWebAnnotation(row: StoredAnnotation | AnnotationRow, leverNames: Record<string, string> = {}): WebAnnotation {
  if (!row.uid) throw new Error(`Annotation ${row.id ?? '?'} has no uid and cannot be exported.`);
  const body: TextualBody[] = [];
  if (row.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: row.note, format: 'text/plain' });
  const leverBody: TextualBody = { type: 'TextualBody', purpose: 'classifying', 'pp:kind': 'lever', value: row.lever };
  if (leverNames[row.lever]) leverBody['pp:leverName'] = leverNames[row.lever];
  leverBody['pp:category'] = row.category;
  body.push(leverBody);
  body.push({ type: 'TextualBody', purpose: 'classifying', 'pp:kind': 'side', value: row.side ?? NO_SIDE_KEY });
  for (const tag of row.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const out: WebAnnotation = {
    id: annotationIri(row.uid),
    type: 'Annotation',
    created: new Date(row.savedAt).toISOString(),
    body,
    target: {
      source: row.url,
      'pp:title': row.title,
      selector: [
        { type: 'TextQuoteSelector', exact: row.quote.exact, prefix: row.quote.prefix, suffix: row.quote.suffix },
        { type: 'TextPositionSelector', start: row.position.start, end: row.position.end },
      ],
    },
    'pp:stance': row.stance,
    'pp:sentence': row.sentence,
    'pp:site': row.site,
  };
  if (row.anchor) out['pp:anchor'] = { at: new Date(row.anchor.at).toISOString(), placed: row.anchor.placed };
  if (row.published) out['pp:published'] = row.published;
  return out;
}

