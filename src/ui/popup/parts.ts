/**
 * Small pieces the popup's sections share: the side names and colours, the balance bar and WAI-ARIA tabs.
 */
import type { SideInfo } from '../../messaging/protocol';
import { el } from '../dom';

export const NO_SIDE_LABEL = 'Side unclear';
const NO_SIDE_COLOR = '#6b7280';

/**
 * WAI-ARIA tabs: one tab stop for the group, arrow keys (and Home/End) move between tabs and select them.
 * `select` is called with the index of the chosen tab.
 */
export function wireTabs(tabs: HTMLButtonElement[], select: (index: number) => void): (index: number) => void {
  const choose = (index: number) => {
    tabs.forEach((t, i) => {
      t.setAttribute('aria-selected', String(i === index));
      t.tabIndex = i === index ? 0 : -1;
    });
    select(index);
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => choose(i));
    tab.addEventListener('keydown', (e) => {
      const next =
        e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
      if (next < 0) return;
      e.preventDefault();
      choose(next);
      tabs[next].focus();
    });
  });
  return choose;
}

export function sideName(sides: Record<string, SideInfo>, id: string): string {
  return sides[id]?.name ?? (id === 'none' ? NO_SIDE_LABEL : id);
}

export function sideColor(sides: Record<string, SideInfo>, id: string): string {
  return sides[id]?.color ?? NO_SIDE_COLOR;
}

export function swatch(doc: Document, color: string): HTMLElement {
  const s = el(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = color;
  return s;
}

/** Proportional segments in the sides' colours; the same figures as text for screen readers. */
export function balanceBar(doc: Document, counts: [string, number][], sides: Record<string, SideInfo>, label: string, testid: string): HTMLElement {
  const bar = el(doc, 'div', { class: 'balance', role: 'img', 'data-testid': testid });
  const total = counts.reduce((n, [, c]) => n + c, 0);
  const parts: string[] = [];
  for (const [id, count] of counts) {
    const seg = el(doc, 'span', { class: 'segment', 'data-side': id });
    seg.style.flexGrow = String(count);
    seg.style.background = sideColor(sides, id);
    seg.title = `${sideName(sides, id)}: ${count}`;
    bar.append(seg);
    const share = total > 0 ? Math.round((100 * count) / total) : 0;
    parts.push(`${sideName(sides, id)} ${count} (${share}%)`);
  }
  bar.setAttribute('aria-label', `${label}: ${parts.join(', ')}`);
  return bar;
}

