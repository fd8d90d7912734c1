/**
 * The "Charts" tab: three charts of each side's pressure points, over what was saved or over everything read (the
 * reading log), by the week saved or read or by the week each article was published. Reads counters only (savedTallies
 * and logChartData never touch the annotations or moves themselves). Redrawn when shown after a change.
 */
import { savedTallies } from '../../../kb/annotations';
import { logChartData } from '../../../kb/reading-log';
import type { SavedTally } from '../../../types/annotation';
import { el, uniqueId } from '../../dom';
import type { DatabaseContext } from '../context';
import { sideSeries, stanceSeries, topLevers, type WeekCount } from './chart-data';
import { leversPerSide, sidesOverTime, tightenVsRelax, type ChartWording } from './chart-svg';

export const CHART_WEEKS = 26;

export interface ChartsView {
  /** Marks the charts out of date; they redraw when next shown. */
  invalidate(): void;
  shown(): void;
}

type Source = 'saved' | 'read';
type DateBasis = 'event' | 'published';

function radios<T extends string>(doc: Document, legend: string, name: string, options: [T, string][], initial: T, onChange: (value: T) => void): HTMLFieldSetElement {
  const set = el(doc, 'fieldset', { class: 'switch-group' }, el(doc, 'legend', {}, legend));
  for (const [value, label] of options) {
    const id = uniqueId(name);
    const input = el(doc, 'input', { type: 'radio', name, id, value, 'data-testid': `${name}-${value}` });
    input.checked = value === initial;
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    set.append(el(doc, 'span', { class: 'choice' }, input, el(doc, 'label', { for: id }, label)));
  }
  return set;
}

export function mountCharts(panel: HTMLElement, ctx: DatabaseContext): ChartsView {
  const { doc, db, notices } = ctx;
  let source: Source = 'saved';
  let basis: DateBasis = 'event';
  const body = el(doc, 'div', { class: 'charts', 'aria-busy': 'true' });
  const note = el(doc, 'p', { class: 'hint chart-basis', 'aria-live': 'polite' });
  const controls = el(
    doc,
    'div',
    { class: 'chart-controls' },
    radios(doc, 'Count', 'chart-source', [['saved', 'What I saved'], ['read', 'Everything I read']], source, (v) => {
      source = v;
      void draw();
    }),
    radios(doc, 'By the week', 'chart-date', [['event', 'saved or read'], ['published', 'of publication']], basis, (v) => {
      basis = v;
      void draw();
    }),
  );
  panel.append(el(doc, 'h2', { class: 'visually-hidden' }, 'Charts'), controls, note, body);
  let stale = true;
  let drawing: Promise<void> | null = null;

  async function data(): Promise<{ weeks: WeekCount[]; allTime: SavedTally }> {
    if (source === 'saved') {
      const t = await savedTallies(db, Date.now(), { withWeeks: true, by: basis === 'published' ? 'published' : 'saved' });
      return { weeks: t.weeks, allTime: t.allTime };
    }
    return logChartData(db, basis === 'published' ? 'published' : 'read');
  }

  async function draw(): Promise<void> {
    stale = false;
    body.setAttribute('aria-busy', 'true');
    note.textContent =
      basis === 'published'
        ? source === 'saved'
          ? 'By the week each article was published; annotations saved before publication dates were known, or from pages that give none, count at the week they were saved.'
          : 'By the week each article was published; articles whose page gives no date count at the week you first read them.'
        : source === 'saved'
          ? 'By the week each annotation was saved.'
          : 'By the week you last read each article.';
    try {
      const { weeks, allTime } = await data();
      const labels = ctx.labels();
      const chartLabels = { sideName: (id: string) => labels.sideName(id), sideColor: (id: string) => labels.sideColor(id), leverName: (id: string) => labels.leverName(id) };
      const wording: ChartWording = { verb: source, byPublication: basis === 'published' };
      if (allTime.total === 0) {
        body.replaceChildren(
          el(
            doc,
            'div',
            { class: 'empty', 'data-testid': 'charts-empty' },
            el(doc, 'p', { class: 'empty-title' }, source === 'saved' ? 'No charts yet: nothing is saved.' : 'No charts yet: the reading log is empty.'),
            el(
              doc,
              'p',
              {},
              source === 'saved'
                ? 'Save mentions from the cards on the articles you read; each side\u2019s pressure over time will be drawn here. Or count everything you read.'
                : 'Read a few trade articles with the reading log on; each side\u2019s pressure over time will be drawn here.',
            ),
          ),
        );
        return;
      }
      body.replaceChildren(
        sidesOverTime(doc, sideSeries(weeks, CHART_WEEKS), chartLabels, wording),
        leversPerSide(doc, topLevers(allTime, 5), chartLabels, wording),
        tightenVsRelax(doc, stanceSeries(weeks, CHART_WEEKS), wording),
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
