/**
 * The articles of a reading-log export, as an import reads them: the same ids, categories, stances and limits as
 * everywhere else. How the counts and the moves fit together is checked by the import (src/kb/transfer/reading-log.ts).
 */
import * as v from 'valibot';
import { ANNOTATION_LIMITS, MAX_TEXT, MAX_TITLE, MAX_URL } from '../types/limits';
import { sideRef } from './annotation';
import { category, dateTime, day, expected, id, int, moveStance, text, webUrl } from './fields';
import { NO_SIDE_KEY } from '../types/annotation';

const PUBLISHED_SOURCES = ['meta', 'json-ld', 'itemprop', 'parsely', 'dublin-core', 'cms-meta', 'time', 'url'] as const;
/** The most distinct side-and-lever counts one article can have: every lever of a large knowledge base, per side. */
const MAX_COUNTS = 5000;

/** A side as the log writes it: a side id, or "none". */
const logSide = v.union([v.literal(NO_SIDE_KEY), v.nonNullable(sideRef)], (issue) => (issue.input === undefined ? 'missing' : `expected a side id or "${NO_SIDE_KEY}", found ${JSON.stringify(issue.input)?.slice(0, 42)}`));

export const logCount = v.object(
  { side: logSide, lever: id, category, tighten: int(), relax: int(), neutral: int() },
  expected('an object'),
);

export function logMove(maxMoves: number) {
  return v.pipe(
    v.array(
      v.object(
        { side: logSide, lever: id, category, stance: moveStance, text: v.optional(text(ANNOTATION_LIMITS.exact), ''), sentence: v.optional(text(ANNOTATION_LIMITS.sentence), ''), start: v.optional(int(0, MAX_TEXT)), end: v.optional(int(0, MAX_TEXT)) },
        expected('an object'),
      ),
      expected('a list'),
    ),
    v.maxLength(maxMoves, (issue) => `at most ${maxMoves} moves per article, found ${(issue.input as unknown[]).length}`),
  );
}

export function logEntry(maxMoves: number) {
  return v.object(
    {
      url: webUrl(MAX_URL, 'missing'),
      title: v.optional(text(MAX_TITLE), ''),
      site: v.optional(text(300)),
      published: v.nullish(day, null),
      publishedSource: v.nullish(v.picklist(PUBLISHED_SOURCES, (issue) => `expected one of ${PUBLISHED_SOURCES.join(', ')}, found ${JSON.stringify(issue.input)?.slice(0, 42)}`), null),
      firstRead: dateTime,
      lastRead: dateTime,
      reads: v.optional(int(), 1),
      words: v.optional(int(0, MAX_TEXT), 0),
      counts: v.pipe(v.array(logCount, expected('a list')), v.maxLength(MAX_COUNTS, `has more than ${MAX_COUNTS} counts`)),
      moves: logMove(maxMoves),
    },
    expected('an article object'),
  );
}
