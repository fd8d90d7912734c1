/**
 * The "Reading log" tab: whether reading is logged and for how long, the articles in the log (most recently read
 * first, by site), and forgetting: one article, a whole site, or everything. The log lives in this browser only.
 */
import { RETENTION_CHOICES } from '../../../kb/log-index';
import { clearLog, forgetPage, forgetSite, listLogPages, logSites, logSize, type LogPageRow } from '../../../kb/reading-log';
import type { LogSettings } from '../../../messaging/protocol';
import { el, uniqueId } from '../../dom';
import { formatCount, formatDate, plural } from '../../format';
import type { DatabaseContext } from '../context';

const PAGE = 50;

function retentionName(days: number): string {
  if (days === 0) return 'Always';
  if (days === 365) return 'One year';
  if (days === 730) return 'Two years';
  return `${Math.round(days / 30)} months`;
}

export interface LogView {
  invalidate(): void;
  shown(): void;
}

export function mountReadingLog(panel: HTMLElement, ctx: DatabaseContext): LogView {
  const { doc, db, notices } = ctx;
  let stale = true;
  let loading: Promise<void> | null = null;
  let offset = 0;
  let total = 0;

  // ---- settings ----
  const enabledId = uniqueId('log');
  const enabled = el(doc, 'input', { type: 'checkbox', id: enabledId, 'data-testid': 'log-enabled' });
  const retentionId = uniqueId('log');
  const retention = el(doc, 'select', { id: retentionId, 'data-testid': 'log-retention' });
  for (const days of RETENTION_CHOICES) retention.append(el(doc, 'option', { value: String(days) }, retentionName(days)));
  const settingsBox = el(
    doc,
    'section',
    { class: 'transfer log-settings', 'aria-labelledby': 'log-settings-title' },
    el(doc, 'h2', { id: 'log-settings-title' }, 'Reading log'),
    el(
      doc,
      'p',
      { class: 'hint' },
      'Every article you read where levers are found is logged here: its address, title, site, publication date, when you read it, its length, each side\u2019s levers and the sentences that move them. The log stays in this browser and is never sent anywhere. Sites switched off in the popup are not logged.',
    ),
    el(doc, 'div', { class: 'field check' }, enabled, el(doc, 'label', { for: enabledId }, 'Log the articles I read')),
    el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: retentionId }, 'Keep an article after it was last read for'), retention),
  );

  const apply = async (changes: Partial<LogSettings>) => {
    enabled.disabled = true;
    retention.disabled = true;
    try {
      const s = await ctx.send('setLogSettings', changes);
      showSettings(s);
      notices.status(changes.enabled === undefined ? `Articles are kept: ${retentionName(s.retentionDays).toLowerCase()}.` : s.enabled ? 'Reading log on.' : 'Reading log off.');
      if (changes.retentionDays !== undefined) await refresh();
      void ctx.changed('reading-log');
    } catch (err) {
      notices.error('Changing the reading log setting', err);
      await loadSettings();
    } finally {
      enabled.disabled = false;
      retention.disabled = false;
    }
  };
  enabled.addEventListener('change', () => void apply({ enabled: enabled.checked }));
  retention.addEventListener('change', () => void apply({ retentionDays: Number(retention.value) }));
  const showSettings = (s: LogSettings) => {
    enabled.checked = s.enabled;
    retention.value = String(s.retentionDays);
  };
  const loadSettings = async () => {
    try {
      showSettings(await ctx.send('getLogSettings', {}));
    } catch (err) {
      notices.error('Reading the reading log settings', err);
    }
  };

  // ---- forgetting ----
  const siteId = uniqueId('log');
  const site = el(doc, 'select', { id: siteId, name: 'site', 'data-testid': 'log-site' });
  const forgetSiteButton = el(doc, 'button', { type: 'button', class: 'danger', 'data-testid': 'forget-site' }, 'Forget this site');
  forgetSiteButton.disabled = true;
  const clearButton = el(doc, 'button', { type: 'button', class: 'danger', 'data-testid': 'clear-log' }, 'Clear the whole log\u2026');
  const confirmBox = el(doc, 'div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm', 'data-testid': 'confirm' });
  confirmBox.hidden = true;
  const size = el(doc, 'p', { class: 'summary', 'aria-live': 'polite', 'data-testid': 'log-size' });
  const list = el(doc, 'ol', { class: 'log-pages', 'aria-label': 'Articles in the reading log', 'data-testid': 'log-pages' });
  const prev = el(doc, 'button', { type: 'button', class: 'secondary' }, '\u2190 Previous');
  const next = el(doc, 'button', { type: 'button', class: 'secondary' }, 'Next \u2192');
  const where = el(doc, 'span', { class: 'page-of' });
  const pager = el(doc, 'nav', { class: 'pager', 'aria-label': 'Pages of the reading log' }, prev, where, next);
  prev.addEventListener('click', () => void go(offset - PAGE));
  next.addEventListener('click', () => void go(offset + PAGE));

  panel.append(
    settingsBox,
    el(
      doc,
      'section',
      { class: 'log-list', 'aria-labelledby': 'log-list-title' },
      el(doc, 'h2', { id: 'log-list-title' }, 'Articles in the log'),
      size,
      el(doc, 'div', { class: 'filters log-filters' }, el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: siteId }, 'Site'), site), el(doc, 'div', { class: 'field actions' }, forgetSiteButton), el(doc, 'div', { class: 'field actions' }, clearButton)),
      confirmBox,
      list,
      pager,
    ),
  );

  /** Asks before a big forget; resolves true when confirmed. */
  function confirm(question: string, action: string): Promise<boolean> {
    return new Promise((resolve) => {
      const yes = el(doc, 'button', { type: 'button', class: 'danger', 'data-testid': 'confirm-yes' }, action);
      const no = el(doc, 'button', { type: 'button', class: 'secondary' }, 'Cancel');
      const done = (answer: boolean) => {
        confirmBox.hidden = true;
        confirmBox.replaceChildren();
        resolve(answer);
      };
      yes.addEventListener('click', () => done(true));
      no.addEventListener('click', () => done(false));
      confirmBox.replaceChildren(el(doc, 'p', {}, question), el(doc, 'div', { class: 'button-row' }, yes, no));
      confirmBox.hidden = false;
      no.focus();
    });
  }

  function row(p: LogPageRow): HTMLLIElement {
    const labels = ctx.labels();
    const forget = el(doc, 'button', { type: 'button', class: 'danger', 'data-action': 'forget' }, 'Forget this page');
    forget.addEventListener('click', async () => {
      forget.disabled = true;
      try {
        await forgetPage(db, p.url);
        notices.status(`Forgot \u201C${p.title}\u201D.`);
        await refresh();
        void ctx.changed('reading-log');
      } catch (err) {
        forget.disabled = false;
        notices.error('Forgetting the page', err);
      }
    });
    const bySide = new Map<string, { t: number; r: number; n: number }>();
    for (const c of p.counts) {
      const s = bySide.get(c.side) ?? { t: 0, r: 0, n: 0 };
      s.t += c.tighten;
      s.r += c.relax;
      s.n += c.neutral;
      bySide.set(c.side, s);
    }
    // Coloured by their sides' rules (side-colors.ts).
    const chips = [...bySide].map(([side, s]) => el(doc, 'span', { class: 'chip side', 'data-side': side }, `${labels.sideName(side)} \u25B2${s.t} \u25BC${s.r}`));
    const published = p.published ? `published ${formatDate(Date.parse(`${p.published}T12:00:00Z`))}` : 'publication date unknown';
    return el(
      doc,
      'li',
      { class: 'log-page', 'data-url': p.url, 'data-testid': 'log-page' },
      el(doc, 'p', { class: 'title' }, el(doc, 'a', { href: p.url, target: '_blank', rel: 'noopener noreferrer' }, p.title)),
      el(doc, 'p', { class: 'source' }, el(doc, 'span', { class: 'site' }, p.site), ` \u00B7 ${published} \u00B7 read ${formatDate(p.lastRead)}${p.reads > 1 ? ` (${p.reads} times since ${formatDate(p.firstRead)})` : ''} \u00B7 ${plural(p.words, 'word')}`),
      el(doc, 'p', { class: 'meta' }, ...chips, el(doc, 'span', { class: 'moves-count' }, plural(p.moves, 'move'))),
      el(doc, 'div', { class: 'row-actions' }, forget),
    );
  }

  async function go(to: number): Promise<void> {
    offset = Math.max(0, to);
    await load();
    size.focus?.();
  }

  async function load(): Promise<void> {
    list.setAttribute('aria-busy', 'true');
    try {
      const [page, counts] = await Promise.all([listLogPages(db, { site: site.value || undefined, offset, limit: PAGE }), logSize(db)]);
      total = page.total;
      if (page.rows.length === 0 && offset > 0 && total > 0) {
        offset = Math.floor((total - 1) / PAGE) * PAGE;
        return load();
      }
      list.replaceChildren(...page.rows.map(row));
      size.textContent =
        counts.articles === 0
          ? 'The log is empty.'
          : `${plural(counts.articles, 'article')} and ${plural(counts.moves, 'move')} in the log${site.value ? `; ${formatCount(total)} from ${site.value}` : ''}.`;
      pager.hidden = total <= PAGE;
      prev.disabled = offset === 0;
      next.disabled = offset + PAGE >= total;
      where.textContent = `Page ${formatCount(Math.floor(offset / PAGE) + 1)} of ${formatCount(Math.max(1, Math.ceil(total / PAGE)))}`;
      forgetSiteButton.disabled = !site.value;
      clearButton.disabled = counts.articles === 0;
    } catch (err) {
      notices.error('Reading the reading log', err);
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  async function refresh(): Promise<void> {
    const sites = await logSites(db).catch(() => [] as string[]);
    const keep = site.value;
    site.replaceChildren(el(doc, 'option', { value: '' }, 'All sites'), ...sites.map((s) => el(doc, 'option', { value: s }, s)));
    site.value = sites.includes(keep) ? keep : '';
    await load();
  }

  site.addEventListener('change', () => {
    offset = 0;
    void load();
  });
  forgetSiteButton.addEventListener('click', async () => {
    const host = site.value;
    if (!host || !(await confirm(`Forget every article from ${host} (${plural(total, 'article')})?`, 'Forget the site'))) return;
    try {
      const n = await forgetSite(db, host);
      notices.status(`Forgot ${plural(n, 'article')} from ${host}.`);
      site.value = '';
      offset = 0;
      await refresh();
      void ctx.changed('reading-log');
    } catch (err) {
      notices.error('Forgetting the site', err);
    }
  });
  clearButton.addEventListener('click', async () => {
    if (!(await confirm('Clear the whole reading log? Saved annotations are kept.', 'Clear the log'))) return;
    clearButton.disabled = true;
    // One request per store: the database empties them away from this page, which stays free meanwhile.
    size.textContent = 'Clearing the reading log\u2026';
    notices.status('Clearing the reading log\u2026');
    try {
      await clearLog(db);
      notices.status('The reading log is empty.');
      offset = 0;
      await refresh();
      void ctx.changed('reading-log');
    } catch (err) {
      notices.error('Clearing the reading log', err);
    } finally {
      clearButton.disabled = false;
    }
  });

  return {
    invalidate() {
      stale = true;
    },
    shown() {
      if (!stale || loading) return;
      stale = false;
      loading = Promise.all([loadSettings(), refresh()]).then(() => undefined).finally(() => (loading = null));
    },
  };
}
