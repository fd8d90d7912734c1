/**
 * The moves of a chosen week or lever: each sentence with the lever marked, the side, lever and stance, and its
 * article's title and date, linked so that it opens at that sentence. Fifty at a time, with "Show more".
 */
import type { MoveItem, MoveQuery } from '../../../kb/reading-log';
import { el } from '../../dom';
import { formatCount, formatDate } from '../../format';
import type { Labels } from '../../labels';
import { textFragmentUrl } from '../../text-fragment';
import type { DashboardContext } from '../context';

const PAGE = 50;

function sentenceWithTerm(doc: Document, m: MoveItem): HTMLElement {
  const q = el(doc, 'blockquote', { class: 'sentence' });
  const i = m.text ? m.sentence.indexOf(m.text) : -1;
  if (i < 0) q.append(m.sentence);
  else q.append(m.sentence.slice(0, i), el(doc, 'mark', {}, m.text), m.sentence.slice(i + m.text.length));
  return q;
}

function dayText(day: string): string {
  return formatDate(Date.parse(`${day}T12:00:00Z`));
}

export function moveItem(doc: Document, m: MoveItem, labels: Labels, chooseLever: (lever: string) => void): HTMLLIElement {
  const side = el(doc, 'span', { class: 'chip side', 'data-side': m.side }, labels.sideName(m.side));
  const lever = el(doc, 'button', { type: 'button', class: 'link lever', 'data-lever': m.lever, title: `All moves of ${labels.leverName(m.lever)}` }, labels.leverName(m.lever));
  lever.addEventListener('click', () => chooseLever(m.lever));
  const stance = el(doc, 'span', { class: `stance ${m.stance}` }, m.stance === 'tighten' ? '\u25B2 Tightening' : '\u25BC Relaxing');
  const link = el(doc, 'a', { href: textFragmentUrl(m.url, m.sentence), target: '_blank', rel: 'noopener noreferrer', class: 'title', 'data-testid': 'move-link' }, m.title || m.url);
  const when = m.published
    ? el(doc, 'time', { datetime: m.published, class: 'published' }, `published ${dayText(m.published)}`)
    : el(doc, 'span', { class: 'undated' }, `publication date unknown \u00B7 first read ${formatDate(m.firstRead)}`);
  return el(
    doc,
    'li',
    { class: 'move', 'data-side': m.side, 'data-lever': m.lever, 'data-stance': m.stance, 'data-week': m.week, 'data-testid': 'move' },
    sentenceWithTerm(doc, m),
    el(doc, 'p', { class: 'meta' }, side, lever, stance),
    el(doc, 'p', { class: 'source' }, link, ' \u00B7 ', el(doc, 'span', { class: 'site' }, m.site), ' \u00B7 ', when),
  );
}

export interface MovesList {
  element: HTMLElement;
  show(query: MoveQuery | null, title: string): Promise<void>;
}

export function createMovesList(ctx: DashboardContext, chooseLever: (lever: string) => void): MovesList {
  const { doc, notices } = ctx;
  const heading = el(doc, 'h3', { id: 'moves-title', tabindex: '-1' });
  const summary = el(doc, 'p', { class: 'summary', 'aria-live': 'polite', 'data-testid': 'moves-summary' });
  const list = el(doc, 'ol', { class: 'moves', 'aria-labelledby': 'moves-title', 'data-testid': 'moves' });
  const more = el(doc, 'button', { type: 'button', class: 'more secondary' }, 'Show more');
  more.hidden = true;
  const element = el(doc, 'section', { class: 'moves-panel', 'aria-labelledby': 'moves-title', 'data-testid': 'moves-panel' }, heading, summary, list, more);
  element.hidden = true;
  let current: MoveQuery | null = null;
  let total = 0;
  let seq = 0;

  async function read(offset: number): Promise<{ rows: MoveItem[]; total: number } | null> {
    const mine = ++seq;
    list.setAttribute('aria-busy', 'true');
    try {
      const [db, { listMoves }] = await Promise.all([ctx.database(), import('../../../kb/reading-log')]);
      const page = await listMoves(db, { ...current!, offset, limit: PAGE });
      return mine === seq ? page : null;
    } catch (err) {
      notices.error('Loading the moves', err);
      return null;
    } finally {
      if (mine === seq) list.setAttribute('aria-busy', 'false');
    }
  }

  const draw = () => {
    const n = list.children.length;
    summary.textContent = total === 0 ? 'No moves.' : n < total ? `${formatCount(total)} moves \u00B7 showing ${formatCount(n)}` : `${formatCount(total)} move${total === 1 ? '' : 's'}`;
    more.hidden = n >= total;
  };

  more.addEventListener('click', async () => {
    more.disabled = true;
    const page = await read(list.children.length);
    more.disabled = false;
    if (!page) return;
    total = page.total;
    const labels = ctx.labels();
    list.append(...page.rows.map((m) => moveItem(doc, m, labels, chooseLever)));
    draw();
  });

  return {
    element,
    async show(query, title) {
      current = query;
      if (!query) {
        element.hidden = true;
        list.replaceChildren();
        return;
      }
      element.hidden = false;
      heading.textContent = title;
      const page = await read(0);
      if (!page) return;
      total = page.total;
      const labels = ctx.labels();
      list.replaceChildren(...page.rows.map((m) => moveItem(doc, m, labels, chooseLever)));
      draw();
    },
  };
}
