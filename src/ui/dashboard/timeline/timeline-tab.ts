/**
 * The "Timeline" tab: what each side tightened and relaxed, week by week of publication, across every article in the
 * reading log. At the top, what moved in the last seven days; then the filters (side, lever, category, site, range),
 * the chart and the list of weeks. Choosing a week (in the chart or the list) or a lever lists its moves.
 *
 * Everything drawn comes from the log's counters (src/kb/reading-log.ts timelineCounts), never from the moves
 * themselves, except the moves listed.
 */
import { facetFor, type TimelineFilter } from '../../../kb/timeline-counters';
import { sideLabels, type Labels } from '../../labels';
import { showSideColors } from '../../side-colors';
import { el, uniqueId } from '../../dom';
import { formatCount, formatWeek } from '../../format';
import type { DashboardContext } from '../context';
import { createMovesList } from './moves-list';
import { countsSource, packedSource, RANGES, type SeriesSource, type TimelineRange, type TimelineSeries } from './timeline-data';
import { timelineChart, type TimelineChart } from './timeline-svg';
import { weekItems } from './week-list';
import { whatMovedSection } from './what-moved';

type SideNames = Pick<Labels, 'sideName' | 'sideColor'>;

/** The reading log's repository (with Dexie): loaded after the first chart, which is drawn from the background's counters. */
const readingLog = () => import('../../../kb/reading-log');

/** Weeks listed before "Show all weeks". */
const WEEKS_SHOWN = 20;

export interface TimelineView {
  /** Marks the view out of date; it redraws when next shown. */
  invalidate(): void;
  shown(): void;
}

function select(doc: Document, label: string, name: string): { wrap: HTMLElement; control: HTMLSelectElement } {
  const id = uniqueId('tl');
  const control = el(doc, 'select', { id, name });
  return { wrap: el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: id }, label), control), control };
}

function fill(doc: Document, s: HTMLSelectElement, all: string, options: ([string, string] | { group: string; options: [string, string][] })[]): void {
  const keep = s.value;
  s.replaceChildren(el(doc, 'option', { value: '' }, all));
  for (const o of options) {
    if (Array.isArray(o)) s.append(el(doc, 'option', { value: o[0] }, o[1]));
    else if (o.options.length) s.append(el(doc, 'optgroup', { label: o.group }, ...o.options.map(([v, t]) => el(doc, 'option', { value: v }, t))));
  }
  s.value = [...s.options].some((o) => o.value === keep) ? keep : '';
}

export function mountTimeline(panel: HTMLElement, ctx: DashboardContext): TimelineView {
  const { doc, notices } = ctx;
  let stale = true;
  let drawing: Promise<void> | null = null;
  let chosenWeek: string | null = null;
  let range: TimelineRange | null = null;

  const side = select(doc, 'Side', 'side');
  const lever = select(doc, 'Lever', 'lever');
  const category = select(doc, 'Category', 'category');
  const site = select(doc, 'Site', 'site');
  const rangeSelect = select(doc, 'Weeks shown', 'range');
  for (const [value, text] of RANGES) rangeSelect.control.append(el(doc, 'option', { value: String(value) }, text));
  const clear = el(doc, 'button', { type: 'button', class: 'secondary' }, 'Clear filters');
  const form = el(doc, 'form', { class: 'filters timeline-filters', 'aria-label': 'Filter the timeline' }, side.wrap, lever.wrap, category.wrap, site.wrap, rangeSelect.wrap, el(doc, 'div', { class: 'field actions' }, clear));
  form.addEventListener('submit', (e) => e.preventDefault());

  const moved = el(doc, 'div', { class: 'what-moved-host' });
  const notice = el(doc, 'div', { class: 'log-state', 'data-testid': 'log-state' });
  const chartHost = el(doc, 'div', { class: 'timeline-chart-host', 'aria-busy': 'true', 'data-testid': 'timeline' });
  const weeksTitle = el(doc, 'h3', {}, 'Weeks');
  const weeks = el(doc, 'ol', { class: 'weeks', 'aria-label': 'Weeks with moves, newest first', 'data-testid': 'weeks' });
  weeks.addEventListener('click', (e) => {
    const week = (e.target as Element | null)?.closest?.('button[data-week]')?.getAttribute('data-week');
    if (week) chooseWeek(week);
  });
  const movesList = createMovesList(ctx, (id) => chooseLever(id));
  panel.append(
    el(doc, 'h2', { class: 'visually-hidden' }, 'Timeline'),
    el(doc, 'p', { class: 'hint' }, 'Each side\u2019s moves in the articles you read, by week of publication: tightening above the line, relaxing below. Nothing needs saving: every article with levers is logged on this device.'),
    notice,
    moved,
    form,
    chartHost,
    el(doc, 'div', { class: 'timeline-lists' }, el(doc, 'section', { class: 'weeks-panel' }, weeksTitle, weeks), movesList.element),
  );

  const filter = (): TimelineFilter => ({
    side: side.control.value || undefined,
    lever: lever.control.value || undefined,
    category: category.control.value || undefined,
    site: site.control.value || undefined,
  });

  function fillMenus(sites: string[]): void {
    const labels = ctx.labels();
    fill(doc, side.control, 'All sides', [...labels.sides.map((s): [string, string] => [s.id, s.name]), ['none', labels.sideName(null)]]);
    fill(doc, lever.control, 'All levers', labels.categories.map((c) => ({ group: c.name, options: labels.levers.filter((l) => l.category === c.id).map((l): [string, string] => [l.id, l.name]) })));
    fill(doc, category.control, 'All categories', labels.categories.map((c): [string, string] => [c.id, c.name]));
    fill(doc, site.control, 'All sites', sites.map((s): [string, string] => [s, s]));
  }

  let chart: TimelineChart | null = null;
  function chooseWeek(week: string | null): void {
    chosenWeek = week;
    chart?.choose(week);
    for (const b of weeks.querySelectorAll('button[data-week]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-week') === week));
    void showMoves(true);
  }

  function chooseLever(id: string): void {
    lever.control.value = id;
    chosenWeek = null;
    void redraw(true);
  }

  async function showMoves(focus = false): Promise<void> {
    const f = filter();
    if (!chosenWeek && !f.lever) return movesList.show(null, '');
    await ctx.labelsReady;
    const labels = ctx.labels();
    const parts = [chosenWeek ? `the week of ${formatWeek(chosenWeek, true)}` : null, f.lever ? labels.leverName(f.lever) : null, f.side ? labels.sideName(f.side) : null, f.site ?? null].filter(Boolean);
    await movesList.show({ ...f, week: chosenWeek ?? undefined }, `Moves: ${parts.join(', ')}`);
    if (focus) movesList.element.querySelector<HTMLElement>('h3')?.focus();
  }

  /** Weeks with moves, newest first: the first WEEKS_SHOWN, then all on request. */
  let allWeeks = false;
  /** Bumped each time the list of weeks is drawn: chips still to add to an older list are dropped. */
  let weeksDrawn = 0;
  /** Draws the list of weeks; resolves once every week's chips are there (see week-list.ts). */
  function drawWeeks(s: TimelineSeries, labels: SideNames): Promise<void> {
    const drawn = ++weeksDrawn;
    const withMoves = s.columns.filter((c) => c.tighten + c.relax > 0).reverse();
    const shown = allWeeks ? withMoves : withMoves.slice(0, WEEKS_SHOWN);
    const { items, rest } = weekItems(doc, weeks, shown, labels, chosenWeek, () => drawn === weeksDrawn);
    if (shown.length < withMoves.length) {
      const more = el(doc, 'button', { type: 'button', class: 'secondary' }, `Show all ${formatCount(withMoves.length)} weeks`);
      more.addEventListener('click', () => {
        allWeeks = true;
        void drawWeeks(s, labels);
      });
      items.push(el(doc, 'li', { class: 'all-weeks' }, more));
    }
    weeks.replaceChildren(...items);
    return rest;
  }

  /**
   * The first chart's numbers come from the background, whose database is open and which keeps the counters it last
   * read (src/background/store.ts timelineCounters): the page draws before its own database has opened or its labels
   * have loaded. Later draws (a filter, a change made here) read the page's own database: a change this page just
   * wrote may not have reached the background's kept counters yet.
   */
  let firstDraw = true;
  async function counts(f: TimelineFilter): Promise<{ data: SeriesSource; labels: SideNames }> {
    const facet = facetFor(f);
    if (firstDraw && facet !== null) {
      firstDraw = false;
      const sent = await ctx.send('getTimelineCounters', { facet }).catch(() => null);
      if (sent) {
        showSideColors(doc, sent.sides);
        return { data: packedSource(sent, f), labels: sideLabels(sent.sides) };
      }
    }
    firstDraw = false;
    // Drawn from the page's database: it may open now.
    ctx.firstDrawn();
    const [db, { timelineCounts }] = await Promise.all([ctx.database(), readingLog()]);
    const data = await timelineCounts(db, f);
    await ctx.labelsReady;
    showSideColors(doc, ctx.labels().sides);
    return { data: countsSource(data), labels: ctx.labels() };
  }

  async function redraw(focusMoves = false): Promise<void> {
    chartHost.setAttribute('aria-busy', 'true');
    const started = performance.now();
    let weeksDone: Promise<void> = Promise.resolve();
    try {
      const { data, labels } = await counts(filter());
      performance.mark('pp:timeline-counts'); // a step of the timeline's drawing, for npm run bench:store
      range ??= data.defaultRange();
      rangeSelect.control.value = String(range);
      const series = data.series(range);
      performance.mark('pp:timeline-series');
      if (series.tighten + series.relax === 0) {
        const filtered = Object.values(filter()).some(Boolean) || range !== 'all';
        chartHost.replaceChildren(
          el(
            doc,
            'div',
            { class: 'empty', 'data-testid': 'timeline-empty' },
            el(doc, 'p', { class: 'empty-title' }, filtered ? 'No moves for these filters.' : 'No moves yet.'),
            el(doc, 'p', {}, filtered ? 'Change the filters or show everything.' : 'Read a few trade articles: each side\u2019s moves appear here, by the week each article was published.'),
          ),
        );
        weeksDrawn++;
        weeks.replaceChildren();
        weeks.removeAttribute('aria-busy');
        chart = null;
      } else {
        chart = timelineChart(doc, series, { sideName: (id) => labels.sideName(id) }, chosenWeek, chooseWeek);
        chartHost.replaceChildren(chart.element);
        performance.mark('pp:timeline-chart');
        weeksDone = drawWeeks(series, labels);
      }
      weeksTitle.textContent = `Weeks (${formatCount(series.tighten)} tightening, ${formatCount(series.relax)} relaxing)`;
      chartHost.dataset.renderMs = String(Math.round(performance.now() - started));
      // The chart and the list of weeks are drawn, the first weeks with their sides; the other weeks' sides follow.
      performance.mark('pp:timeline'); // read by npm run bench:store
      await weeksDone;
      performance.mark('pp:timeline-weeks'); // every week's sides drawn too
      await showMoves(focusMoves);
    } catch (err) {
      notices.error('Drawing the timeline', err);
    } finally {
      chartHost.setAttribute('aria-busy', 'false');
      ctx.firstDrawn();
    }
  }

  async function drawAll(): Promise<void> {
    stale = false;
    // The chart first, alone on the database: the site menu walks the articles' site index (a step per site), which
    // would queue before the counters it needs. The menus, the log's state (a message to the background) and the
    // summary follow.
    await redraw();
    // The first chart may have come before the page's labels (from the background): the menus and the summary wait.
    const log = Promise.all([ctx.database(), readingLog()]);
    const menus = Promise.all([log.then(([db, { logSites }]) => logSites(db)), ctx.labelsReady]).then(
      ([sites]) => fillMenus(sites),
      (err: unknown) => notices.error('Loading the sites of the reading log', err),
    );
    const state = ctx.send('getLogSettings', {}).then(
      (settings) => notice.replaceChildren(...(settings.enabled ? [] : [el(doc, 'p', { class: 'warning' }, 'The reading log is off: articles you read now are not added. Turn it on in the Reading log tab.')])),
      () => undefined,
    );
    try {
      const [db, { whatMoved }] = await log;
      const summary = await whatMoved(db);
      await ctx.labelsReady;
      moved.replaceChildren(whatMovedSection(doc, summary, ctx.labels(), chooseLever));
    } catch (err) {
      notices.error('Summing up what moved', err);
    }
    await Promise.all([menus, state]);
  }

  form.addEventListener('change', (e) => {
    if (e.target === rangeSelect.control) {
      const v = rangeSelect.control.value;
      range = v === 'all' ? 'all' : (Number(v) as TimelineRange);
    } else chosenWeek = null;
    void redraw();
  });
  clear.addEventListener('click', () => {
    for (const s of [side, lever, category, site]) s.control.value = '';
    chosenWeek = null;
    void redraw();
  });

  fillMenus([]);
  return {
    invalidate() {
      stale = true;
    },
    shown() {
      if (stale && !drawing) drawing = drawAll().finally(() => (drawing = null));
    },
  };
}
