import type { Annotation, NewAnnotation } from '../messaging/protocol';
import { normaliseUrl, siteOf } from '../page/url';
import type { AnnotationRow, PressureDb } from './db';

/** Stores a new annotation for a page; the URL is normalised (no tracking parameters, no fragment). */
export async function saveAnnotation(db: PressureDb, input: NewAnnotation, now = Date.now()): Promise<Annotation> {
  const url = normaliseUrl(input.pageUrl);
  if (input.position.end <= input.position.start) throw new Error('The quote is empty: nothing to save.');
  const { pageUrl: _ignored, ...rest } = input;
  const row: AnnotationRow = {
    ...rest,
    url,
    site: siteOf(url),
    savedAt: now,
    note: input.note.trim(),
    tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))],
  };
  const id = await db.annotations.add(row);
  return { ...row, id: id as number } as Annotation;
}

/** Annotations saved on a page (same normalised URL), oldest first. */
export async function annotationsForUrl(db: PressureDb, pageUrl: string): Promise<Annotation[]> {
  const url = normaliseUrl(pageUrl);
  return (await db.annotations.where('[url+savedAt]').between([url, -Infinity], [url, Infinity]).toArray()) as Annotation[];
}
