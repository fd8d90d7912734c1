/**
 * "What moved": one sentence per side over the last seven days, written from the reading log (no network): the
 * levers it tightened and relaxed most, with counts, then the articles behind them. Lever names choose the lever on the
 * timeline.
 */
import type { MovedLever, SideMoves, WhatMoved } from '../../../kb/reading-log';
import { el } from '../../dom';
import { formatCount, formatWeek, plural } from '../../format';
import type { Labels } from '../../labels';

/** Levers named per side and direction; the rest are counted. */
const NAMED = 3;
/** Sides given a sentence; the rest are counted. */
const SIDES = 6;

function leverList(doc: Document, levers: MovedLever[], labels: Labels, chooseLever: (lever: string) => void): (Node | string)[] {
  const named = levers.slice(0, NAMED);
  const parts: (Node | string)[] = [];
  named.forEach((m, i) => {
    if (i > 0) parts.push(i === named.length - 1 && levers.length <= NAMED ? ' and ' : ', ');
    const name = el(doc, 'button', { type: 'button', class: 'link lever', 'data-lever': m.lever, title: `All moves of ${labels.leverName(m.lever)}` }, labels.leverName(m.lever));
    name.addEventListener('click', () => chooseLever(m.lever));
    parts.push(name, ` (${formatCount(m.count)}${m.articles.length > 1 ? ` in ${formatCount(m.articles.length)} articles` : ''})`);
  });
  const rest = levers.length - named.length;
  if (rest > 0) parts.push(` and ${plural(rest, 'other lever')}`);
  return parts;
}

function sideSentence(doc: Document, s: SideMoves, labels: Labels, chooseLever: (lever: string) => void): HTMLLIElement {
  const li = el(doc, 'li', { 'data-side': s.side });
  // Its colour: the side's rule on the item (side-colors.ts), inherited.
  const who = el(doc, 'strong', { class: 'chip side' }, labels.sideName(s.side));
  li.append(who, ' ');
  if (s.tightened.length) li.append(el(doc, 'span', { class: 'moved tightened', 'data-testid': 'tightened' }, 'tightened '), ...leverList(doc, s.tightened, labels, chooseLever));
  if (s.tightened.length && s.relaxed.length) li.append('; ');
  if (s.relaxed.length) li.append(el(doc, 'span', { class: 'moved relaxed', 'data-testid': 'relaxed' }, 'relaxed '), ...leverList(doc, s.relaxed, labels, chooseLever));
  li.append('.');
  // The articles behind the side's moves, most moves first.
  const articles = new Map<string, { title: string; count: number }>();
  for (const m of [...s.tightened, ...s.relaxed]) {
    for (const a of m.articles) {
      const e = articles.get(a.url);
      if (e) e.count += a.count;
      else articles.set(a.url, { title: a.title, count: a.count });
    }
  }
  const list = [...articles].sort((a, b) => b[1].count - a[1].count);
  li.append(
    ' ',
    el(
      doc,
      'details',
      { class: 'behind' },
      el(doc, 'summary', {}, plural(list.length, 'article')),
      el(doc, 'ul', {}, ...list.map(([url, a]) => el(doc, 'li', {}, el(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, a.title), ` (${plural(a.count, 'move')})`))),
    ),
  );
  return li;
}

export function whatMovedSection(doc: Document, moved: WhatMoved, labels: Labels, chooseLever: (lever: string) => void): HTMLElement {
  const section = el(doc, 'section', { class: 'what-moved', 'aria-labelledby': 'what-moved-title', 'data-testid': 'what-moved' });
  const span = moved.from === moved.to ? formatWeek(moved.from, true) : `${formatWeek(moved.from)} \u2013 ${formatWeek(moved.to, true)}`;
  section.append(el(doc, 'h3', { id: 'what-moved-title' }, `What moved in the last seven days (${span})`));
  if (moved.sides.length === 0) {
    section.append(el(doc, 'p', { class: 'muted', 'data-testid': 'what-moved-empty' }, 'Nothing moved in the articles published (or, without a date, first read) in the last seven days.'));
    return section;
  }
  const list = el(doc, 'ul', { class: 'moved-sides' }, ...moved.sides.slice(0, SIDES).map((s) => sideSentence(doc, s, labels, chooseLever)));
  const others = moved.sides.length - SIDES;
  section.append(
    list,
    el(doc, 'p', { class: 'hint' }, `${others > 0 ? `And ${plural(others, 'other side')}. ` : ''}From ${plural(moved.articles, 'article')} in your reading log, by date of publication (or first read, when the page gives no date).`),
  );
  return section;
}
