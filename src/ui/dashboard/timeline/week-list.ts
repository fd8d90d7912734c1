/**
 * The timeline's list of weeks, newest first: each week's button (choosing it lists its moves), its number of
 * articles, and a chip per side with that side's tightening and relaxing.
 *
 * A heavy reader's week names every side: twenty weeks are some eight hundred chips, most of the elements of the tab
 * and most of its first frame's style and layout, while the list (a box of its own, scrolled) shows three or four
 * weeks at first. So the weeks are listed at once, the chips of the first few with them, and the other weeks' chips
 * follow a few weeks per task: a reader sees the same list a frame later, the page never holds its thread for long,
 * and the list says it is busy (aria-busy) until every chip is there. Weeks that are not on screen are not laid out
 * until they scroll near it (content-visibility in dashboard.css).
 */
import { el } from '../../dom';
import { formatWeek, plural } from '../../format';
import type { Labels } from '../../labels';
import { weekSides, type WeekColumn } from './timeline-data';

type SideNames = Pick<Labels, 'sideName'>;

/** Weeks drawn with their chips at once: more than the list's box shows at first. */
export const WEEKS_FIRST = 4;
/** Weeks whose chips are added per later task (a few milliseconds each). */
const WEEKS_PER_STEP = 8;

export interface WeekList {
  /** The list's items, the first weeks with their chips. */
  items: HTMLElement[];
  /** Adds the other weeks' chips, a few weeks per task; resolves once all are drawn, or the list was replaced. */
  rest: Promise<void>;
}

function sideChips(doc: Document, c: WeekColumn, labels: SideNames): HTMLElement[] {
  // The chip's colour comes from its side's rule (side-colors.ts), so that chips of one side share their style.
  return weekSides(c).map((w) => el(doc, 'span', { class: 'chip side', 'data-side': w.side }, `${labels.sideName(w.side)} \u25B2${w.tighten} \u25BC${w.relax}`));
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The weeks' items for `list` (an `ol`), `columns` newest first. `current()` is false once the list has been drawn
 * again: the chips still to add are then dropped.
 */
export function weekItems(doc: Document, list: HTMLElement, columns: WeekColumn[], labels: SideNames, chosenWeek: string | null, current: () => boolean): WeekList {
  const later: [WeekColumn, HTMLElement][] = [];
  const items = columns.map((c, i) => {
    const button = el(doc, 'button', { type: 'button', class: 'link', 'data-week': c.week, 'aria-pressed': String(c.week === chosenWeek) }, `Week of ${formatWeek(c.week, true)}`);
    const sides = el(doc, 'span', { class: 'week-sides' });
    if (i < WEEKS_FIRST) sides.append(...sideChips(doc, c, labels));
    else later.push([c, sides]);
    return el(doc, 'li', { 'data-week': c.week }, button, c.articles !== null ? el(doc, 'span', { class: 'articles' }, plural(c.articles, 'article')) : '', sides);
  });
  if (later.length === 0) {
    list.removeAttribute('aria-busy');
    return { items, rest: Promise.resolve() };
  }
  list.setAttribute('aria-busy', 'true');
  const rest = (async () => {
    for (let i = 0; i < later.length; i += WEEKS_PER_STEP) {
      await nextTask();
      if (!current()) return;
      for (const [c, sides] of later.slice(i, i + WEEKS_PER_STEP)) sides.append(...sideChips(doc, c, labels));
    }
    list.removeAttribute('aria-busy');
  })();
  return { items, rest };
}
