/**
 * The popup's "Your reading" section: the balance of pressure points across every article read this week or this
 * month (from the reading log's counters), with the number of articles and a link to the dashboard's timeline; and the
 * notice, shown until dismissed, that reading is logged on this device, with the switch that turns it off.
 */
import { byCountDesc } from '../../engine/tally';
import type { LogTally } from '../../kb/reading-log';
import type { LogSettings, PopupData, SideInfo } from '../../messaging/protocol';
import { el } from '../dom';
import { plural } from '../format';
import { balanceBar, sideColor, sideName, swatch, wireTabs } from './parts';

export interface ReadingActions {
  setLogSettings(changes: Partial<LogSettings>): Promise<LogSettings>;
  openTimeline(): void;
}

function periodPanel(doc: Document, tally: LogTally, period: 'week' | 'month', sides: Record<string, SideInfo>, levers: Record<string, string>, enabled: boolean): HTMLElement[] {
  const when = period === 'week' ? 'this week' : 'this month';
  if (tally.articles === 0) {
    const text = enabled ? `No article with levers read ${when}.` : `Nothing logged ${when}: the reading log is off.`;
    return [el(doc, 'p', { class: 'muted', 'data-testid': 'reading-empty' }, text)];
  }
  const ordered = byCountDesc(tally.bySide, (s) => s.count);
  const list = el(doc, 'ul', { class: 'saved-sides reading-sides', 'data-testid': 'reading-sides' });
  for (const [sideId, s] of ordered) {
    const top = byCountDesc(s.levers).slice(0, 2).map(([id, n]) => `${levers[id] ?? id} ${n}`);
    list.append(
      el(
        doc,
        'li',
        { 'data-side': sideId },
        swatch(doc, sideColor(sides, sideId)),
        el(doc, 'span', { class: 'name' }, sideName(sides, sideId)),
        el(doc, 'span', { class: 'top-levers' }, top.join(' \u00B7 ')),
        el(doc, 'span', { class: 'pulls' }, el(doc, 'span', { class: 'tighten', title: 'Tightening' }, `\u25B2${s.tighten}`), el(doc, 'span', { class: 'relax', title: 'Relaxing' }, `\u25BC${s.relax}`)),
        el(doc, 'span', { class: 'count' }, String(s.count)),
      ),
    );
  }
  return [
    el(doc, 'p', { class: 'reading-articles', 'data-testid': 'reading-articles' }, `${plural(tally.articles, 'article')} read ${when}`),
    balanceBar(doc, ordered.map(([id, s]) => [id, s.count]), sides, `Pressure points in the articles read ${when}`, 'reading-balance'),
    list,
  ];
}

/** The section; `null` data (the popup's request failed) shows nothing. */
export function readingTotals(doc: Document, data: PopupData, actions: ReadingActions): HTMLElement {
  const section = el(doc, 'section', { class: 'saved-tally reading', 'aria-labelledby': 'reading-title', 'data-testid': 'reading' });
  const week = el(doc, 'button', { type: 'button', role: 'tab', id: 'reading-week', 'aria-controls': 'reading-panel', 'data-period': 'week' }, 'This week');
  const month = el(doc, 'button', { type: 'button', role: 'tab', id: 'reading-month', 'aria-controls': 'reading-panel', 'data-period': 'month' }, 'This month');
  const head = el(doc, 'div', { class: 'section-head' }, el(doc, 'h2', { id: 'reading-title' }, 'Your reading'), el(doc, 'div', { role: 'tablist', class: 'periods', 'aria-label': 'Period' }, week, month));
  const panel = el(doc, 'div', { role: 'tabpanel', id: 'reading-panel', class: 'saved-tally-panel' });
  const link = el(doc, 'a', { href: '#', class: 'timeline-link', 'data-testid': 'open-timeline' }, 'Each side\u2019s moves over time \u2192');
  link.addEventListener('click', (e) => {
    e.preventDefault();
    actions.openTimeline();
  });
  section.append(head, panel, link);
  const sides = data.labels.sides;
  const levers = data.labels.levers;
  wireTabs([week, month], (i) => {
    const period = i === 0 ? 'week' : 'month';
    panel.setAttribute('aria-labelledby', i === 0 ? 'reading-week' : 'reading-month');
    panel.replaceChildren(...periodPanel(doc, data.log[period], period, sides, levers, data.log.settings.enabled));
  })(0);
  return section;
}

/** The first-use notice: what is logged, where it stays, and the switch. Calls `done` once dismissed. */
export function logNotice(doc: Document, settings: LogSettings, actions: ReadingActions, status: HTMLElement, done: () => void): HTMLElement {
  const box = el(doc, 'input', { type: 'checkbox', 'data-testid': 'log-switch' });
  box.checked = settings.enabled;
  const ok = el(doc, 'button', { type: 'button', class: 'primary-small', 'data-testid': 'log-notice-ok' }, 'Got it');
  const notice = el(
    doc,
    'section',
    { class: 'notice', 'aria-labelledby': 'log-notice-title', 'data-testid': 'log-notice' },
    el(doc, 'h2', { id: 'log-notice-title' }, 'Your reading log'),
    el(
      doc,
      'p',
      {},
      'Pressure Points keeps a log of the articles you read where it finds levers, so the dashboard can show each side\u2019s moves over time. It stays on this device and is never sent anywhere. Forget pages or clear it in the dashboard.',
    ),
    el(doc, 'div', { class: 'notice-actions' }, el(doc, 'label', { class: 'toggle' }, box, el(doc, 'span', {}, 'Log the articles I read')), ok),
  );
  box.addEventListener('change', () => {
    box.disabled = true;
    const wanted = box.checked;
    actions
      .setLogSettings({ enabled: wanted })
      .then(() => {
        status.textContent = wanted ? 'Reading log on.' : 'Reading log off: articles you read are no longer logged.';
      })
      .catch((err: unknown) => {
        box.checked = !wanted;
        status.textContent = `Could not change the setting: ${err instanceof Error ? err.message : String(err)}`;
      })
      .finally(() => {
        box.disabled = false;
      });
  });
  ok.addEventListener('click', () => {
    ok.disabled = true;
    actions
      .setLogSettings({ noticeSeen: true })
      .then(() => {
        notice.remove();
        done();
      })
      .catch((err: unknown) => {
        ok.disabled = false;
        status.textContent = `Could not save that: ${err instanceof Error ? err.message : String(err)}`;
      });
  });
  return notice;
}
