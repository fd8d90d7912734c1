/**
 * The "Charts" tab: reads the weekly counters once (savedTallies never touches the annotations themselves) and
 * draws the three charts, or a friendly empty state when nothing is saved. Redrawn when shown after a change.
 */
import { savedTallies } from '../../../kb/annotations';
import { leversPerSide, sidesOverTime, tightenVsRelax } from './chart-svg';
import { sideSeries, stanceSeries, topLevers } from './chart-data';
import type { DashboardContext } from '../context';
import { el } from '../../dom';

export const CHART_WEEKS = 26;

export interface ChartsView {
  /** Marks the charts out of date; they redraw when next shown. */
  invalidate(): void;
  shown(): void;
}

export function mountCharts(panel: HTMLElement, ctx: DashboardContext): ChartsView {
  const { doc, db, notices } = ctx;
  const body = el(doc, 'div', { class: 'charts', 'aria-busy': 'true' });
  panel.append(el(doc, 'h2', { class: 'visually-hidden' }, 'Charts'), body);
  let stale = true;
  let drawing: Promise<void> | null = null;

  async function draw(): Promise<void> {
    stale = false;
    body.setAttribute('aria-busy', 'true');
    try {
      const tallies = await savedTallies(db);
      const labels = ctx.labels();
      const chartLabels = { sideName: (id: string) => labels.sideName(id), sideColor: (id: string) => labels.sideColor(id), leverName: (id: string) => labels.leverName(id) };
      if (tallies.allTime.total === 0) {
        body.replaceChildren(
          el(
            doc,
            'div',
            { class: 'empty', 'data-testid': 'charts-empty' },
            el(doc, 'p', { class: 'empty-title' }, 'No charts yet: nothing is saved.'),
            el(doc, 'p', {}, 'Save mentions from the cards on the articles you read; each side\u2019s pressure points over time will be drawn here.'),
          ),
        );
        return;
      }
      body.replaceChildren(
        sidesOverTime(doc, sideSeries(tallies.weeks, CHART_WEEKS), chartLabels),
        leversPerSide(doc, topLevers(tallies.allTime, 5), chartLabels),
        tightenVsRelax(doc, stanceSeries(tallies.weeks, CHART_WEEKS)),
      );
    } catch (err) {
      stale = true;
      notices.error('Drawing the charts', err);
    } finally {
      body.setAttribute('aria-busy', 'false');
    }
  }

  return {
    invalidate() {
      stale = true;
    },
    shown() {
      if (stale && !drawing) drawing = draw().finally(() => (drawing = null));
    },
  };
}
