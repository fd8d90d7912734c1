/**
 * "What moved": a few sentences per side over the last seven days, written from the reading log (no network): the
 * levers it tightened and relaxed, with counts, and the articles behind each, linked.
 */
import type { MovedLever, WhatMoved } from '../../../kb/reading-log';
import { el } from '../../dom';
import { formatWeek, plural } from '../../format';
import type { Labels } from '../../labels';

function leverPhrase(doc: Document, m: MovedLever, labels: Labels, chooseLever: (lever: string) => void): HTMLElement {
  const name = el(doc, 'button', { type: 'button', class: 'link lever', 'data-lever': m.lever, title: `All moves of ${labels.leverName(m.lever)}` }, labels.leverName(m.lever));
  name.addEventListener('click', () => chooseLever(m.lever));
  const count = `${plural(m.count, 'mention')} in ${plural(m.articles.length, 'article')}`;
  const articles = el(
    doc,
    'details',
    { class: 'behind' },
    el(doc, 'summary', {}, count),
    el(doc, 'ul', {}, ...m.articles.map((a) => el(doc, 'li', {}, el(doc, 'a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.title), a.count > 1 ? ` (${a.count})` : ''))),
  );
  return el(doc, 'span', { class: 'moved-lever' }, name, ' ', articles);
}

/** One line per side: "China tightened rare earths (…) and export controls (…); relaxed soybeans (…)." */
export function whatMovedSection(doc: Document, moved: WhatMoved, labels: Labels, chooseLever: (lever: string) => void): HTMLElement {
  const section = el(doc, 'section', { class: 'what-moved', 'aria-labelledby': 'what-moved-title', 'data-testid': 'what-moved' });
  const span = moved.from === moved.to ? formatWeek(moved.from, true) : `${formatWeek(moved.from)} \u2013 ${formatWeek(moved.to, true)}`;
  section.append(el(doc, 'h3', { id: 'what-moved-title' }, `What moved in the last seven days (${span})`));
  if (moved.sides.length === 0) {
    section.append(el(doc, 'p', { class: 'muted', 'data-testid': 'what-moved-empty' }, 'Nothing moved in the articles published (or, without a date, first read) in the last seven days.'));
    return section;
  }
  const list = el(doc, 'ul', { class: 'moved-sides' });
  for (const s of moved.sides) {
    const li = el(doc, 'li', { 'data-side': s.side });
    const who = el(doc, 'strong', { class: 'chip side' }, labels.sideName(s.side));
    who.style.setProperty('--side', labels.sideColor(s.side));
    li.append(who, ' ');
    const clause = (verb: string, levers: MovedLever[]) => {
      if (levers.length === 0) return;
      const span = el(doc, 'span', { class: `moved ${verb}`, 'data-testid': verb }, `${verb} `);
      levers.forEach((m, i) => {
        if (i > 0) span.append(i === levers.length - 1 ? ' and ' : ', ');
        span.append(leverPhrase(doc, m, labels, chooseLever));
      });
      li.append(span);
    };
    clause('tightened', s.tightened);
    if (s.tightened.length && s.relaxed.length) li.append('; ');
    clause('relaxed', s.relaxed);
    li.append('.');
    list.append(li);
  }
  section.append(list, el(doc, 'p', { class: 'hint' }, `From ${plural(moved.articles, 'article')} in your reading log, by date of publication.`));
  return section;
}
