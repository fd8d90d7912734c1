/**
 * The timeline chart: for each week of publication, the moves of every side stacked above the line (tightening) and
 * below it (relaxing), in the sides' colours; moves of undated articles (placed at the week first read) are drawn
 * faded with a dashed edge.
 * Plain SVG built with DOM calls, a few dozen elements for any number of weeks: one path per side, stance and
 * datedness, and one transparent layer over the plot that finds the week under the pointer (its tooltip, the hover
 * band, a click chooses it; the week list below does the same from the keyboard). The SVG has a one-sentence summary;
 * the week list is the data for screen readers.
 */
import { svg, el } from '../../dom';
import { formatCount, formatWeek } from '../../format';
import { niceTicks } from '../charts/chart-data';
import type { Segment, TimelineSeries } from './timeline-data';

export interface TimelineLabels {
  sideName(id: string): string;
}

const W = 960;
const H = 320;
const M = { top: 16, right: 16, bottom: 40, left: 56 };

export interface TimelineChart {
  element: HTMLElement;
  /** Marks the week chosen (or none) without drawing the chart again. */
  choose(week: string | null): void;
}

export function timelineChart(doc: Document, s: TimelineSeries, labels: TimelineLabels, chosenWeek: string | null, onChoose: (week: string) => void): TimelineChart {
  const range = s.weeks.length === 1 ? `the week of ${formatWeek(s.weeks[0], true)}` : `${formatWeek(s.weeks[0], true)} to ${formatWeek(s.weeks[s.weeks.length - 1], true)}`;
  const summary = `Moves per week of publication, ${range}: ${formatCount(s.tighten)} tightening above the line, ${formatCount(s.relax)} relaxing below it.`;
  const chart = svg(doc, 'svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': summary, class: 'chart-svg timeline-svg', 'data-testid': 'timeline-svg' });

  const plotH = H - M.top - M.bottom;
  const half = plotH / 2;
  const zero = M.top + half;
  const ticks = niceTicks(s.max, 2);
  const top = ticks[ticks.length - 1] || 1;
  const y = (v: number) => zero - (v / top) * half;
  const g = svg(doc, 'g');
  for (const t of ticks) {
    for (const v of t === 0 ? [0] : [t, -t]) {
      g.append(svg(doc, 'line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid' }));
      g.append(svg(doc, 'text', { x: M.left - 8, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'tick' }, `${v > 0 ? '\u25B2 ' : v < 0 ? '\u25BC ' : ''}${formatCount(Math.abs(v))}`));
    }
  }
  const band = (W - M.left - M.right) / Math.max(1, s.weeks.length);
  // At least 3 pixels, even where weeks are narrower: a lone week in a long span must still show.
  const bw = Math.max(3, Math.min(30, band * 0.75));
  // One path per side, stance and datedness, each a run of rectangles: a few dozen elements for any number of weeks.
  type Path = { side: string; stance: string; undated: boolean; d: string[] };
  // In the order first met; found by side, then stance and datedness (a slot of four), not by a key made per rectangle.
  const paths: Path[] = [];
  const bySide = new Map<string, (Path | undefined)[]>();
  const r1 = (n: number) => Math.round(n * 10) / 10;
  // The numbers written once where they repeat: a rectangle's width, and its column's x (thousands of rectangles).
  const across = `h${r1(bw)}v`;
  const back = `h${-r1(bw)}z`;
  const rectPath = (x: string, y0: number, y1: number) => `${x}${r1(Math.min(y0, y1))}${across}${r1(Math.max(1, Math.abs(y1 - y0)))}${back}`;
  const add = (seg: Segment, undated: boolean, x: string, y0: number, y1: number) => {
    let slots = bySide.get(seg.side);
    if (!slots) bySide.set(seg.side, (slots = []));
    const slot = (seg.stance === 'tighten' ? 0 : 2) + (undated ? 1 : 0);
    let p = slots[slot];
    if (!p) paths.push((slots[slot] = p = { side: seg.side, stance: seg.stance, undated, d: [] }));
    p.d.push(rectPath(x, y0, y1));
  };
  s.columns.forEach((col, i) => {
    if (col.tighten + col.relax === 0) return;
    const x = `M${r1(M.left + i * band + band / 2 - bw / 2)} `;
    const stack = (segments: Segment[], dir: 1 | -1) => {
      let base = 0;
      for (const seg of segments) {
        if (seg.dated) {
          add(seg, false, x, y(dir * base), y(dir * (base + seg.dated)));
          base += seg.dated;
        }
        if (seg.undated) {
          add(seg, true, x, y(dir * base), y(dir * (base + seg.undated)));
          base += seg.undated;
        }
      }
    };
    stack(col.up, 1);
    stack(col.down, -1);
  });
  for (const p of paths) {
    // Coloured by its side's rule (side-colors.ts), not an inline style.
    g.append(svg(doc, 'path', { d: p.d.join(''), class: `bar ${p.stance}-move${p.undated ? ' undated' : ''}`, 'data-side': p.side, 'data-stance': p.stance }));
  }
  // Over the bars: a band on the week chosen, a band on the week under the pointer, and one transparent layer that
  // finds that week from the pointer's position (its tooltip follows it; a click chooses it).
  const width = Math.max(band, 8);
  const bandAt = (cls: string) => svg(doc, 'rect', { x: 0, y: M.top, width, height: plotH, class: cls, visibility: 'hidden' });
  const chosen = bandAt('hit chosen');
  const hover = bandAt('hit hover');
  const tip = svg(doc, 'title');
  const layer = svg(doc, 'rect', { x: M.left, y: M.top, width: W - M.left - M.right, height: plotH, class: 'hit-layer', 'data-testid': 'timeline-hit' });
  layer.append(tip);
  const place = (rect: SVGRectElement, i: number | null) => {
    if (i === null) rect.setAttribute('visibility', 'hidden');
    else {
      rect.setAttribute('x', String(M.left + i * band + band / 2 - width / 2));
      rect.setAttribute('visibility', 'visible');
    }
  };
  const indexOf = new Map(s.columns.map((c, i) => [c.week, i]));
  /** The column with moves under the pointer, if any (the SVG scales with its box: viewBox units from the box's width). */
  const columnAt = (e: MouseEvent): number | null => {
    const box = chart.getBoundingClientRect();
    if (box.width === 0) return null;
    const x = ((e.clientX - box.left) / box.width) * W;
    const i = Math.floor((x - M.left) / band);
    const col = s.columns[i];
    return col && col.tighten + col.relax > 0 ? i : null;
  };
  layer.addEventListener('mousemove', (e) => {
    const i = columnAt(e);
    place(hover, i);
    layer.style.cursor = i === null ? '' : 'pointer';
    const col = i === null ? null : s.columns[i];
    tip.textContent = col ? `Week of ${formatWeek(col.week, true)}: ${formatCount(col.tighten)} tightening, ${formatCount(col.relax)} relaxing` : '';
  });
  layer.addEventListener('mouseleave', () => place(hover, null));
  layer.addEventListener('click', (e) => {
    const i = columnAt(e);
    if (i !== null) onChoose(s.columns[i].week);
  });
  const choose = (week: string | null) => {
    place(chosen, week === null ? null : (indexOf.get(week) ?? null));
    chosen.setAttribute('data-week', week ?? '');
  };
  choose(chosenWeek);
  g.append(chosen, hover, layer);
  // Week labels: about eight, the first and each new year with the year.
  const every = Math.max(1, Math.ceil(s.weeks.length / 8));
  let lastYear = '';
  s.weeks.forEach((w, i) => {
    if (i % every !== 0) return;
    const year = w.slice(0, 4);
    g.append(svg(doc, 'text', { x: M.left + i * band + band / 2, y: H - M.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, formatWeek(w, year !== lastYear)));
    lastYear = year;
  });
  g.append(svg(doc, 'text', { x: M.left + (W - M.left - M.right) / 2, y: H - 4, 'text-anchor': 'middle', class: 'axis-title' }, 'Week of publication'));
  chart.append(g);

  const legend = el(
    doc,
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    ...s.sides.map((side) => {
      return el(doc, 'li', {}, el(doc, 'span', { class: 'swatch', 'data-side': side }), labels.sideName(side));
    }),
    el(doc, 'li', {}, '\u25B2 tightening above the line, \u25BC relaxing below'),
    ...(s.undated > 0 ? [el(doc, 'li', {}, el(doc, 'span', { class: 'swatch undated' }), 'faded: no publication date, placed at the week first read')] : []),
  );
  return { element: el(doc, 'figure', { class: 'chart timeline-chart' }, chart, legend), choose };
}
