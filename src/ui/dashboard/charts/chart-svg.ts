/**
 * The dashboard's three charts as plain SVG built with DOM calls. Text and axes use currentColor and bar fills come
 * from CSS variables, so both themes stay readable (dashboard.css lifts side colours on dark backgrounds). Each
 * chart is a <figure> with a title, a one-sentence text summary on the SVG (role=img) and the data as a table for
 * screen readers.
 */
import { el, svg, uniqueId } from '../../dom';
import { clip, formatCount, formatWeek } from '../../format';
import { niceTicks, type SideLevers, type SideSeries, type StanceSeries } from './chart-data';

export interface ChartLabels {
  sideName(id: string): string;
  sideColor(id: string): string;
  leverName(id: string): string;
}

/** What the charts count and by which date: the words their titles, axes and tables use. */
export interface ChartWording {
  /** "saved" or "read". */
  verb: 'saved' | 'read';
  /** The week axis: weeks saved or read ("Week starting"), or of publication. */
  byPublication: boolean;
}

export const SAVED_WORDING: ChartWording = { verb: 'saved', byPublication: false };

function weekTitle(w: ChartWording): string {
  return w.byPublication ? 'Week of publication' : 'Week starting';
}

function what(w: ChartWording): string {
  return w.verb === 'saved' ? 'Saved annotations' : 'Mentions in the articles read';
}

const W = 960;
const M = { top: 14, right: 16, bottom: 52, left: 56 };

function figure(doc: Document, title: string, description: string, testId: string): { fig: HTMLElement; titleId: string } {
  const titleId = uniqueId('chart');
  const fig = el(doc, 'figure', { class: 'chart', 'data-testid': testId, 'aria-labelledby': titleId });
  fig.append(el(doc, 'figcaption', {}, el(doc, 'h3', { id: titleId }, title), el(doc, 'p', { class: 'chart-note' }, description)));
  return { fig, titleId };
}

function root(doc: Document, height: number, summary: string): SVGSVGElement {
  return svg(doc, 'svg', { viewBox: `0 0 ${W} ${height}`, width: '100%', role: 'img', 'aria-label': summary, preserveAspectRatio: 'xMidYMid meet', class: 'chart-svg' });
}

function table(doc: Document, caption: string, head: string[], rows: (string | number)[][]): HTMLTableElement {
  const t = el(doc, 'table', { class: 'visually-hidden' }, el(doc, 'caption', {}, caption));
  t.append(el(doc, 'thead', {}, el(doc, 'tr', {}, ...head.map((h) => el(doc, 'th', { scope: 'col' }, h)))));
  t.append(
    el(
      doc,
      'tbody',
      {},
      ...rows.map((r) => el(doc, 'tr', {}, ...r.map((c, i) => (i === 0 ? el(doc, 'th', { scope: 'row' }, String(c)) : el(doc, 'td', {}, typeof c === 'number' ? formatCount(c) : c))))),
    ),
  );
  return t;
}

function legend(doc: Document, items: { label: string; color?: string; className?: string }[]): HTMLElement {
  return el(
    doc,
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    ...items.map((item) => {
      const swatch = el(doc, 'span', { class: `swatch ${item.className ?? ''}`.trim() });
      if (item.color) swatch.style.setProperty('--c', item.color);
      return el(doc, 'li', {}, swatch, item.label);
    }),
  );
}

function titleOf(doc: Document, text: string): SVGTitleElement {
  return svg(doc, 'title', {}, text);
}

/** Week labels along the bottom: at most about eight, the first and each new year with the year. */
function weekAxis(doc: Document, g: SVGGElement, weeks: string[], band: number, baseY: number): void {
  const every = Math.max(1, Math.ceil(weeks.length / 8));
  let lastYear = '';
  weeks.forEach((w, i) => {
    if (i % every !== 0) return;
    const year = w.slice(0, 4);
    const label = formatWeek(w, year !== lastYear);
    lastYear = year;
    g.append(svg(doc, 'text', { x: M.left + i * band + band / 2, y: baseY + 16, 'text-anchor': 'middle', class: 'tick' }, label));
  });
}

function axisTitles(doc: Document, g: SVGGElement, height: number, y: string, x: string): void {
  const plotMid = M.top + (height - M.top - M.bottom) / 2;
  g.append(
    svg(doc, 'text', { x: 14, y: plotMid, transform: `rotate(-90 14 ${plotMid})`, 'text-anchor': 'middle', class: 'axis-title' }, y),
    svg(doc, 'text', { x: M.left + (W - M.left - M.right) / 2, y: height - 8, 'text-anchor': 'middle', class: 'axis-title' }, x),
  );
}

/** (1) Each side's pressure points per week, stacked. */
export function sidesOverTime(doc: Document, s: SideSeries, labels: ChartLabels, w: ChartWording = SAVED_WORDING): HTMLElement {
  const height = 280;
  const totals = s.sides.map((side) => [side, s.values[side].reduce((a, b) => a + b, 0)] as const);
  const range = s.weeks.length === 1 ? `the week of ${formatWeek(s.weeks[0], true)}` : `${formatWeek(s.weeks[0], true)} to ${formatWeek(s.weeks[s.weeks.length - 1], true)}`;
  const summary = `Stacked bars of pressure points ${w.verb} per week${w.byPublication ? ' of publication' : ''}, ${range}. In total: ${totals.map(([side, n]) => `${labels.sideName(side)} ${formatCount(n)}`).join(', ')}.`;
  const { fig } = figure(
    doc,
    'Pressure points over time',
    `${what(w)} per week${w.byPublication ? ' of publication' : ''}, stacked by the side that holds the lever (the most recent weeks, up to 26; weeks start on Monday).`,
    'chart-sides',
  );
  const chart = root(doc, height, summary);
  const plotH = height - M.top - M.bottom;
  const ticks = niceTicks(s.max);
  const top = ticks[ticks.length - 1];
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const g = svg(doc, 'g');
  for (const t of ticks) {
    g.append(svg(doc, 'line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: t === 0 ? 'axis' : 'grid' }));
    g.append(svg(doc, 'text', { x: M.left - 8, y: y(t), 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'tick' }, formatCount(t)));
  }
  const band = (W - M.left - M.right) / Math.max(1, s.weeks.length);
  const bw = Math.min(36, band * 0.7);
  s.weeks.forEach((week, i) => {
    let base = 0;
    for (const side of s.sides) {
      const v = s.values[side][i];
      if (!v) continue;
      const rect = svg(doc, 'rect', { x: M.left + i * band + (band - bw) / 2, y: y(base + v), width: bw, height: y(base) - y(base + v), class: 'bar', 'data-side': side, 'data-week': week });
      rect.style.setProperty('--c', labels.sideColor(side));
      rect.append(titleOf(doc, `${labels.sideName(side)}, week of ${formatWeek(week, true)}: ${formatCount(v)}`));
      g.append(rect);
      base += v;
    }
  });
  weekAxis(doc, g, s.weeks, band, M.top + plotH);
  axisTitles(doc, g, height, `Pressure points ${w.verb}`, weekTitle(w));
  chart.append(g);
  fig.append(
    chart,
    legend(doc, s.sides.map((side) => ({ label: labels.sideName(side), color: labels.sideColor(side) }))),
    table(doc, `Pressure points ${w.verb} per week and side`, [weekTitle(w), ...s.sides.map((side) => labels.sideName(side))], s.weeks.map((w, i) => [formatWeek(w, true), ...s.sides.map((side) => s.values[side][i])])),
  );
  return fig;
}

/** (2) The levers each side is saved with most, as horizontal bars on one scale. */
export function leversPerSide(doc: Document, groups: SideLevers[], labels: ChartLabels, w: ChartWording = SAVED_WORDING): HTMLElement {
  const labelW = 280;
  const rowH = 24;
  const headH = 30;
  const height = groups.reduce((h, g) => h + headH + g.levers.length * rowH, 0) + 24;
  const max = Math.max(1, ...groups.flatMap((g) => g.levers.map(([, n]) => n)));
  const summary = `Horizontal bars of the levers ${w.verb === 'saved' ? 'saved' : 'mentioned'} most often, per side. ${groups
    .map((g) => `${labels.sideName(g.side)}: ${g.levers.map(([lever, n]) => `${labels.leverName(lever)} ${formatCount(n)}`).join(', ')}`)
    .join('. ')}.`;
  const { fig } = figure(
    doc,
    'Levers most mentioned per side',
    w.verb === 'saved' ? 'The five levers saved most often for each side, over everything saved.' : 'The five levers mentioned most often for each side, over every article in the reading log.',
    'chart-levers',
  );
  const chart = root(doc, height, summary);
  const barMax = W - labelW - 60;
  let yAt = 4;
  for (const group of groups) {
    const g = svg(doc, 'g', { class: 'side-group', 'data-side': group.side });
    const swatch = svg(doc, 'rect', { x: 0, y: yAt + 9, width: 12, height: 12, rx: 3, class: 'bar swatch-mark' });
    swatch.style.setProperty('--c', labels.sideColor(group.side));
    g.append(swatch, svg(doc, 'text', { x: 20, y: yAt + 20, class: 'group-title' }, `${labels.sideName(group.side)} (${formatCount(group.total)})`));
    yAt += headH;
    for (const [lever, n] of group.levers) {
      const name = labels.leverName(lever);
      const text = svg(doc, 'text', { x: labelW - 10, y: yAt + rowH / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'tick' }, clip(name, 40));
      if (name.length > 40) text.append(titleOf(doc, name));
      const width = Math.max(2, (n / max) * barMax);
      const rect = svg(doc, 'rect', { x: labelW, y: yAt + 4, width, height: rowH - 8, rx: 2, class: 'bar', 'data-side': group.side, 'data-lever': lever });
      rect.style.setProperty('--c', labels.sideColor(group.side));
      rect.append(titleOf(doc, `${labels.sideName(group.side)}, ${name}: ${formatCount(n)}`));
      const count = svg(doc, 'text', { x: labelW + width + 6, y: yAt + rowH / 2, 'dominant-baseline': 'middle', class: 'value' }, formatCount(n));
      g.append(text, rect, count);
      yAt += rowH;
    }
    chart.append(g);
  }
  chart.append(svg(doc, 'line', { x1: labelW, x2: labelW, y1: 4 + headH - 4, y2: yAt, class: 'axis' }));
  fig.append(
    chart,
    table(
      doc,
      w.verb === 'saved' ? 'Levers saved most often per side' : 'Levers mentioned most often per side',
      ['Side', 'Lever', w.verb === 'saved' ? 'Saved' : 'Mentions'],
      groups.flatMap((g) => g.levers.map(([lever, n]) => [labels.sideName(g.side), labels.leverName(lever), n])),
    ),
  );
  return fig;
}

/** (3) Tightening above the line, relaxing below it, per week. */
export function tightenVsRelax(doc: Document, s: StanceSeries, w: ChartWording = SAVED_WORDING): HTMLElement {
  const height = 300;
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const summary = `Bars per week: tightening mentions above the middle line, relaxing ones below. In total ${formatCount(sum(s.tighten))} tightening, ${formatCount(sum(s.relax))} relaxing and ${formatCount(sum(s.neutral))} neutral.`;
  const { fig } = figure(
    doc,
    'Tighten vs relax over time',
    `${w.verb === 'saved' ? 'Saved mentions' : 'Mentions in the articles read'} per week${w.byPublication ? ' of publication' : ''} that pull a lever tighter (above the line) or ease it (below); neutral mentions are counted in the table. The most recent weeks, up to 26.`,
    'chart-stance',
  );
  const chart = root(doc, height, summary);
  const plotH = height - M.top - M.bottom;
  const half = plotH / 2;
  const zero = M.top + half;
  const ticks = niceTicks(s.max, 2);
  const top = ticks[ticks.length - 1];
  const y = (v: number) => zero - (v / top) * half;
  const g = svg(doc, 'g');
  for (const t of ticks) {
    for (const v of t === 0 ? [0] : [t, -t]) {
      g.append(svg(doc, 'line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid' }));
      g.append(svg(doc, 'text', { x: M.left - 8, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'tick' }, `${v > 0 ? '\u25B2 ' : v < 0 ? '\u25BC ' : ''}${formatCount(Math.abs(v))}`));
    }
  }
  const band = (W - M.left - M.right) / Math.max(1, s.weeks.length);
  const bw = Math.min(36, band * 0.7);
  s.weeks.forEach((week, i) => {
    const x = M.left + i * band + (band - bw) / 2;
    const up = s.tighten[i];
    const down = s.relax[i];
    if (up) {
      const r = svg(doc, 'rect', { x, y: y(up), width: bw, height: zero - y(up), class: 'bar tighten', 'data-week': week });
      r.append(titleOf(doc, `Week of ${formatWeek(week, true)}: ${formatCount(up)} tightening`));
      g.append(r);
    }
    if (down) {
      const r = svg(doc, 'rect', { x, y: zero, width: bw, height: y(-down) - zero, class: 'bar relax', 'data-week': week });
      r.append(titleOf(doc, `Week of ${formatWeek(week, true)}: ${formatCount(down)} relaxing`));
      g.append(r);
    }
  });
  weekAxis(doc, g, s.weeks, band, M.top + plotH);
  axisTitles(doc, g, height, `Mentions ${w.verb}`, weekTitle(w));
  chart.append(g);
  fig.append(
    chart,
    legend(doc, [
      { label: '\u25B2 Tightening', className: 'tighten' },
      { label: '\u25BC Relaxing', className: 'relax' },
    ]),
    table(doc, `Tightening and relaxing mentions ${w.verb} per week`, [weekTitle(w), 'Tightening', 'Relaxing', 'Neutral'], s.weeks.map((w, i) => [formatWeek(w, true), s.tighten[i], s.relax[i], s.neutral[i]])),
  );
  return fig;
}
