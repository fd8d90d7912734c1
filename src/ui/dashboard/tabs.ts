/**
 * An accessible tab list (WAI-ARIA tabs pattern, automatic activation): arrow keys, Home and End move between tabs;
 * each panel is built the first time it is shown. The selected tab is kept in the address (#charts), so a reload or
 * a link opens the same view.
 */
import { el } from '../dom';

export interface TabSpec {
  id: string;
  label: string;
  /** Builds the panel's content, once. May return a clean-up function. */
  mount(panel: HTMLElement): void | (() => void);
  /** Called every time the tab is shown (after mount on the first time). */
  shown?(): void;
}

export interface Tabs {
  select(id: string, focus?: boolean): void;
  readonly current: string;
  destroy(): void;
}

export function createTabs(doc: Document, host: HTMLElement, specs: TabSpec[], initial?: string): Tabs {
  const list = el(doc, 'div', { role: 'tablist', 'aria-label': 'Dashboard sections', class: 'tablist' });
  const panels = el(doc, 'div', { class: 'panels' });
  const mounted = new Map<string, void | (() => void)>();
  const buttons = new Map<string, HTMLButtonElement>();
  const sections = new Map<string, HTMLElement>();
  let current = '';

  for (const spec of specs) {
    const button = el(doc, 'button', { type: 'button', role: 'tab', id: `tab-${spec.id}`, 'aria-controls': `panel-${spec.id}`, 'aria-selected': 'false', tabindex: '-1' }, spec.label);
    button.addEventListener('click', () => select(spec.id));
    const panel = el(doc, 'section', { role: 'tabpanel', id: `panel-${spec.id}`, 'aria-labelledby': `tab-${spec.id}`, tabindex: '0', class: 'panel' });
    panel.hidden = true;
    buttons.set(spec.id, button);
    sections.set(spec.id, panel);
    list.append(button);
    panels.append(panel);
  }

  list.addEventListener('keydown', (e) => {
    const ids = specs.map((s) => s.id);
    const at = ids.indexOf(current);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (at + 1) % ids.length;
    else if (e.key === 'ArrowLeft') next = (at - 1 + ids.length) % ids.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = ids.length - 1;
    if (next === null) return;
    e.preventDefault();
    select(ids[next], true);
  });

  function select(id: string, focus = false): void {
    const spec = specs.find((s) => s.id === id) ?? specs[0];
    if (spec.id !== current) {
      for (const [other, button] of buttons) {
        const on = other === spec.id;
        button.setAttribute('aria-selected', String(on));
        button.tabIndex = on ? 0 : -1;
        sections.get(other)!.hidden = !on;
      }
      current = spec.id;
      if (!mounted.has(spec.id)) mounted.set(spec.id, spec.mount(sections.get(spec.id)!));
      spec.shown?.();
      const hash = `#${spec.id}`;
      if (doc.location && doc.location.hash !== hash) doc.defaultView?.history.replaceState(null, '', hash);
    }
    if (focus) buttons.get(spec.id)!.focus();
  }

  const onHash = () => select(doc.location.hash.slice(1));
  doc.defaultView?.addEventListener('hashchange', onHash);
  host.append(list, panels);
  select(initial && specs.some((s) => s.id === initial) ? initial : specs[0].id);

  return {
    select,
    get current() {
      return current;
    },
    destroy() {
      doc.defaultView?.removeEventListener('hashchange', onHash);
      for (const cleanup of mounted.values()) cleanup?.();
      list.remove();
      panels.remove();
    },
  };
}
