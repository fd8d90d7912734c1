/**
 * The popup's view. Two tabs: "This page" (the balance of pressure points per side, the levers behind it, the same
 * over the articles read this week or month (reading-totals.ts), the tally over everything saved this week or ever,
 * the per-site switch and the dashboard link) and "Saved" (built on first
 * use by src/ui/popup-saved.ts). Plain DOM and textContent; the page's data comes from one message.
 */
import { byCountDesc } from '../../engine/tally';
import type { PopupData, SavedTally, SideInfo, TabState } from '../../messaging/protocol';
import { el } from '../dom';
import { plural } from '../format';
import { balanceBar, sideColor, sideName, swatch, wireTabs } from './parts';
import { logNotice, readingTotals, type ReadingActions } from './reading-totals';

export { balanceBar, NO_SIDE_LABEL, wireTabs } from './parts';

export type PopupView = 'page' | 'saved';

export interface PopupActions {
  setSiteEnabled(site: string, on: boolean): Promise<unknown>;
  /** Asks the tab to scroll to the lever's first mention and open its card; false when the page has none. */
  openLever(tabId: number, lever: string): Promise<boolean>;
  openDashboard(): void;
  /** Builds the Saved view into its panel (called once, the first time the view is shown). */
  mountSaved(panel: HTMLElement, onChange: () => void): { focus(): void } | Promise<{ focus(): void }>;
  /** Fresh counts of saved annotations, after the Saved view changed some. */
  reloadSaved(): Promise<PopupData['saved']>;
  setLogSettings: ReadingActions['setLogSettings'];
  /** Opens the dashboard's timeline. */
  openTimeline(): void;
}

export interface PopupOptions {
  view?: PopupView;
  /** Shown in place of this page's data when the one request failed (the Saved view still works). */
  error?: string;
}

function pageEmptyState(doc: Document, tab: TabState | null): HTMLElement {
  const notArticle = !tab || !tab.isArticle;
  const empty = el(doc, 'div', { class: 'empty', 'data-testid': 'empty' });
  empty.append(
    el(doc, 'p', { class: 'empty-title' }, notArticle ? 'No article here' : 'No levers on this page'),
    el(
      doc,
      'p',
      {},
      notArticle
        ? 'Open a news article and Pressure Points will highlight the trade levers it mentions.'
        : 'This article names no tariffs, export controls, sanctions or other levers we know.',
    ),
  );
  return empty;
}

/** This page: balance bar, then per side the levers mentioned (buttons that open the lever's card on the page). */
function thisPage(doc: Document, data: PopupData | null, actions: PopupActions, status: HTMLElement, error?: string): HTMLElement {
  const section = el(doc, 'section', { class: 'this-page', 'aria-labelledby': 'this-page' });
  section.append(el(doc, 'h2', { id: 'this-page' }, 'This page'));
  if (error !== undefined || !data) {
    section.append(el(doc, 'p', { class: 'error', role: 'alert' }, `This page's figures could not be loaded: ${error ?? 'no answer'}. Your saved annotations are safe.`));
    return section;
  }
  const { tab } = data;
  if (!tab || !tab.isArticle || tab.tally.total === 0) {
    section.append(pageEmptyState(doc, tab));
  } else {
    const sides = { ...data.labels.sides, ...tab.labels.sides };
    const levers = { ...data.labels.levers, ...tab.labels.levers };
    const ordered = byCountDesc(tab.tally.bySide, (s) => s.count);
    section.append(el(doc, 'p', { class: 'page-title', title: tab.title }, tab.title));
    section.append(balanceBar(doc, ordered.map(([id, s]) => [id, s.count]), sides, 'Pressure points on this page', 'balance'));
    const list = el(doc, 'ul', { class: 'sides', 'data-testid': 'sides' });
    for (const [sideId, s] of ordered) {
      const li = el(doc, 'li', { 'data-side': sideId });
      const title = el(doc, 'h3');
      title.append(swatch(doc, sideColor(sides, sideId)), doc.createTextNode(sideName(sides, sideId)), el(doc, 'span', { class: 'count', 'aria-label': plural(s.count, 'mention') }, String(s.count)));
      const pulls = el(doc, 'p', { class: 'pulls' });
      pulls.append(
        el(doc, 'span', { class: 'tighten', title: 'Mentions where the lever is pulled tighter' }, `\u25B2 ${s.tighten} tightening`),
        el(doc, 'span', { class: 'relax', title: 'Mentions where the lever is eased' }, `\u25BC ${s.relax} relaxing`),
        el(doc, 'span', { class: 'neutral', title: 'Mentions with no pull either way' }, `${s.neutral} mentioned`),
      );
      const leverList = el(doc, 'ul', { class: 'levers', 'aria-label': `Levers held by ${sideName(sides, sideId)}` });
      for (const [leverId, n] of byCountDesc(s.levers)) {
        const name = levers[leverId] ?? leverId;
        const button = el(doc, 'button', { type: 'button', class: 'lever', 'data-lever': leverId, title: `Show the first mention of ${name} on the page` });
        button.append(el(doc, 'span', { class: 'lever-name' }, name), el(doc, 'span', { class: 'lever-count', 'aria-label': plural(n, 'mention') }, `\u00D7${n}`));
        button.addEventListener('click', () => {
          button.disabled = true;
          actions
            .openLever(tab.tabId, leverId)
            .then((found) => {
              status.textContent = found ? `Showing ${name} on the page.` : `${name} is no longer on the page: reload the page and try again.`;
            })
            .catch((err: unknown) => {
              status.textContent = `Could not reach the page: ${err instanceof Error ? err.message : String(err)}`;
            })
            .finally(() => {
              button.disabled = false;
            });
        });
        const item = el(doc, 'li');
        item.append(button);
        leverList.append(item);
      }
      li.append(title, pulls, leverList);
      list.append(li);
    }
    section.append(list);
  }
  if (tab && tab.orphans.length > 0) {
    const orphans = el(doc, 'details', { class: 'orphans', 'data-testid': 'orphans' });
    orphans.append(el(doc, 'summary', {}, `${plural(tab.orphans.length, 'saved note')} could not be placed on this page`));
    const ul = el(doc, 'ul');
    for (const o of tab.orphans) ul.append(el(doc, 'li', {}, `\u201C${o.exact}\u201D`));
    orphans.append(ul);
    section.append(orphans);
  }
  return section;
}

/** The tally over saved annotations, this week or all time. */
function savedTally(doc: Document, data: PopupData | null): { section: HTMLElement; update(saved: PopupData['saved']): void } {
  const section = el(doc, 'section', { class: 'saved-tally', 'aria-labelledby': 'saved-tally' });
  const head = el(doc, 'div', { class: 'section-head' });
  head.append(el(doc, 'h2', { id: 'saved-tally' }, 'Saved annotations'));
  const periods = el(doc, 'div', { role: 'tablist', class: 'periods', 'aria-label': 'Period' });
  const week = el(doc, 'button', { type: 'button', role: 'tab', id: 'period-week', 'aria-controls': 'saved-tally-panel', 'data-period': 'week' }, 'This week');
  const all = el(doc, 'button', { type: 'button', role: 'tab', id: 'period-all', 'aria-controls': 'saved-tally-panel', 'data-period': 'allTime' }, 'All time');
  periods.append(week, all);
  head.append(periods);
  const panel = el(doc, 'div', { role: 'tabpanel', id: 'saved-tally-panel', class: 'saved-tally-panel' });
  section.append(head, panel);

  const sides = data?.labels.sides ?? {};
  const levers = data?.labels.levers ?? {};
  let saved = data?.saved ?? null;
  let period: 'week' | 'allTime' = 'week';

  const draw = () => {
    panel.setAttribute('aria-labelledby', period === 'week' ? 'period-week' : 'period-all');
    panel.replaceChildren();
    if (!saved) {
      panel.append(el(doc, 'p', { class: 'muted' }, 'Not available right now.'));
      return;
    }
    const tally: SavedTally = saved[period];
    if (tally.total === 0) {
      panel.append(
        el(doc, 'p', { class: 'muted', 'data-testid': 'saved-tally-empty' }, period === 'week' ? 'Nothing saved this week.' : 'Nothing saved yet: click a highlighted term on any article and press Save.'),
      );
      return;
    }
    const ordered = byCountDesc(tally.bySide, (s) => s.count);
    panel.append(balanceBar(doc, ordered.map(([id, s]) => [id, s.count]), sides, period === 'week' ? 'Saved this week' : 'Saved in all', 'saved-balance'));
    const list = el(doc, 'ul', { class: 'saved-sides', 'data-testid': 'saved-sides' });
    for (const [sideId, s] of ordered) {
      const li = el(doc, 'li', { 'data-side': sideId });
      const top = byCountDesc(s.levers).slice(0, 2).map(([id, n]) => `${levers[id] ?? id} ${n}`);
      li.append(
        swatch(doc, sideColor(sides, sideId)),
        el(doc, 'span', { class: 'name' }, sideName(sides, sideId)),
        el(doc, 'span', { class: 'top-levers' }, top.join(' \u00B7 ')),
        el(doc, 'span', { class: 'count' }, String(s.count)),
      );
      list.append(li);
    }
    panel.append(list);
  };
  wireTabs([week, all], (i) => {
    period = i === 0 ? 'week' : 'allTime';
    draw();
  })(0);
  return {
    section,
    update(next) {
      saved = next;
      draw();
    },
  };
}

/**
 * Renders the whole popup into `app` (replacing the skeleton of index.html, which has the same frame so nothing
 * moves when the data arrives).
 */
export function renderPopup(doc: Document, app: HTMLElement, data: PopupData | null, actions: PopupActions, options: PopupOptions = {}): void {
  app.replaceChildren();

  const header = el(doc, 'header', { class: 'top' });
  header.append(el(doc, 'h1', {}, 'Pressure Points'));
  const tablist = el(doc, 'div', { role: 'tablist', class: 'views', 'aria-label': 'Views' });
  const pageTab = el(doc, 'button', { type: 'button', role: 'tab', id: 'tab-page', 'aria-controls': 'panel-page', 'data-testid': 'tab-page' }, 'This page');
  const savedTab = el(doc, 'button', { type: 'button', role: 'tab', id: 'tab-saved', 'aria-controls': 'panel-saved', 'data-testid': 'tab-saved' }, 'Saved');
  tablist.append(pageTab, savedTab);
  header.append(tablist);

  const status = el(doc, 'p', { class: 'sr-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'popup-status' });

  const pagePanel = el(doc, 'div', { role: 'tabpanel', id: 'panel-page', 'aria-labelledby': 'tab-page', class: 'panel' });
  if (data && !data.log.settings.noticeSeen) pagePanel.append(logNotice(doc, data.log.settings, actions, status, () => pageTab.focus()));
  pagePanel.append(thisPage(doc, data, actions, status, options.error));
  if (data) pagePanel.append(readingTotals(doc, data, actions));
  const tally = savedTally(doc, data);
  pagePanel.append(tally.section);

  const footer = el(doc, 'div', { class: 'footer' });
  if (data?.site) {
    const site = data.site;
    const label = el(doc, 'label', { class: 'switch' });
    const box = el(doc, 'input', { type: 'checkbox', 'data-testid': 'site-switch' });
    box.checked = data.siteEnabled;
    label.append(box, el(doc, 'span', {}, `Highlight on ${site}`));
    box.addEventListener('change', () => {
      box.disabled = true;
      const wanted = box.checked;
      actions
        .setSiteEnabled(site, wanted)
        .then(() => {
          status.textContent = wanted ? `Highlighting on ${site}.` : `No highlights on ${site}.`;
        })
        .catch((err: unknown) => {
          box.checked = !wanted;
          status.textContent = `Could not change the setting: ${err instanceof Error ? err.message : String(err)}`;
        })
        .finally(() => {
          box.disabled = false;
        });
    });
    footer.append(label);
  }
  const dashboard = el(doc, 'a', { href: '#', class: 'dashboard-link', 'data-testid': 'open-dashboard' }, 'Open dashboard');
  dashboard.addEventListener('click', (e) => {
    e.preventDefault();
    actions.openDashboard();
  });
  footer.append(dashboard);
  pagePanel.append(footer);

  const savedPanel = el(doc, 'div', { role: 'tabpanel', id: 'panel-saved', 'aria-labelledby': 'tab-saved', class: 'panel', 'data-testid': 'saved-view', hidden: '' });

  let savedView: Promise<{ focus(): void }> | undefined;
  let savedChanged = false;
  const refreshTally = () => {
    if (!savedChanged) return;
    savedChanged = false;
    actions.reloadSaved().then(tally.update, () => undefined);
  };
  const showView = wireTabs([pageTab, savedTab], (i) => {
    pagePanel.hidden = i !== 0;
    savedPanel.hidden = i !== 1;
    if (i === 0) refreshTally();
    if (i === 1 && !savedView) {
      savedView = Promise.resolve(
        actions.mountSaved(savedPanel, () => {
          savedChanged = true;
        }),
      );
      savedView.catch((err: unknown) => {
        savedView = undefined;
        savedPanel.replaceChildren(el(doc, 'p', { class: 'error', role: 'alert' }, `The saved annotations could not be shown: ${err instanceof Error ? err.message : String(err)}`));
      });
    }
  });

  app.append(header, pagePanel, savedPanel, status);
  showView(options.view === 'saved' ? 1 : 0);
  app.setAttribute('aria-busy', 'false');
}

const PERSIST_ASKED_KEY = 'pp:persist-asked';

/** Asks once (ever) that the browser keep our storage under pressure; saved annotations are the user's work. */
export async function requestPersistentStorage(storage: Storage | undefined = globalThis.localStorage): Promise<void> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persist || storage?.getItem(PERSIST_ASKED_KEY)) return;
  storage?.setItem(PERSIST_ASKED_KEY, String(Date.now()));
  if (await manager.persisted?.()) return;
  await manager.persist();
}
