/**
 * The search box and filters above the saved annotations. Every control has a visible label; a change is reported
 * at once (the search box after a short pause in typing), as an AnnotationQuery for queryAnnotations.
 */
import { NO_SIDE_KEY } from '../../../types/annotation';
import type { AnnotationQuery } from '../../../kb/annotations';
import { el, uniqueId } from '../../dom';
import { NO_SIDE_NAME, type Labels } from '../../labels';

export interface FilterState {
  text: string;
  side: string;
  lever: string;
  category: string;
  stance: string;
  site: string;
  /** YYYY-MM-DD from the date inputs, or ''. */
  from: string;
  to: string;
  sort: NonNullable<AnnotationQuery['sort']>;
  orphansOnly: boolean;
}

export const EMPTY_FILTERS: FilterState = { text: '', side: '', lever: '', category: '', stance: '', site: '', from: '', to: '', sort: 'newest', orphansOnly: false };

const SORTS: [FilterState['sort'], string][] = [
  ['newest', 'Newest first'],
  ['oldest', 'Oldest first'],
  ['site', 'By site'],
  ['lever', 'By lever'],
];

/** The filters as a query (dates are whole days in the reader's time zone). */
export function toQuery(f: FilterState): AnnotationQuery {
  const q: AnnotationQuery = { sort: f.sort };
  if (f.text.trim()) q.text = f.text.trim();
  if (f.side) q.side = f.side;
  if (f.lever) q.lever = f.lever;
  if (f.category) q.category = f.category;
  if (f.stance) q.stance = f.stance as AnnotationQuery['stance'];
  if (f.site) q.site = f.site;
  if (f.from) q.from = new Date(`${f.from}T00:00:00`).getTime();
  if (f.to) q.to = new Date(`${f.to}T23:59:59.999`).getTime();
  if (f.orphansOnly) q.orphansOnly = true;
  return q;
}

/** True when some filter narrows the list (the sort does not count). */
export function isFiltered(f: FilterState): boolean {
  return Object.entries(f).some(([k, v]) => k !== 'sort' && v !== EMPTY_FILTERS[k as keyof FilterState]);
}

export interface Filters {
  element: HTMLElement;
  state(): FilterState;
  /** Rebuilds the menus (after a knowledge-base change, or when new sites were saved); keeps the choices. */
  setOptions(labels: Labels, sites: string[]): void;
  reset(): void;
}

function field(doc: Document, label: string, control: HTMLElement, className = 'field'): HTMLElement {
  const id = uniqueId('f');
  control.id = id;
  return el(doc, 'div', { class: className }, el(doc, 'label', { for: id }, label), control);
}

function fillSelect(doc: Document, select: HTMLSelectElement, all: string, options: ([string, string] | { group: string; options: [string, string][] })[]): void {
  const keep = select.value;
  select.replaceChildren(el(doc, 'option', { value: '' }, all));
  for (const o of options) {
    if (Array.isArray(o)) select.append(el(doc, 'option', { value: o[0] }, o[1]));
    else if (o.options.length) select.append(el(doc, 'optgroup', { label: o.group }, ...o.options.map(([v, t]) => el(doc, 'option', { value: v }, t))));
  }
  // A choice that no longer exists (a deleted lever, a site with nothing left) falls back to "all".
  select.value = [...select.options].some((o) => o.value === keep) ? keep : '';
}

export function createFilters(doc: Document, onChange: () => void): Filters {
  const form = el(doc, 'form', { class: 'filters', role: 'search', 'aria-label': 'Search and filter saved annotations' });
  const text = el(doc, 'input', { type: 'search', name: 'text', placeholder: 'Words in the quote, note, tags or title', autocomplete: 'off' });
  const side = el(doc, 'select', { name: 'side' });
  const lever = el(doc, 'select', { name: 'lever' });
  const category = el(doc, 'select', { name: 'category' });
  const stance = el(doc, 'select', { name: 'stance' });
  fillSelect(doc, stance, 'Any stance', [
    ['tighten', '\u25B2 Tightening'],
    ['relax', '\u25BC Relaxing'],
    ['neutral', '\u25CF Mentioned'],
  ]);
  const site = el(doc, 'select', { name: 'site' });
  const from = el(doc, 'input', { type: 'date', name: 'from' });
  const to = el(doc, 'input', { type: 'date', name: 'to' });
  const sort = el(doc, 'select', { name: 'sort' });
  for (const [v, t] of SORTS) sort.append(el(doc, 'option', { value: v }, t));
  const orphans = el(doc, 'input', { type: 'checkbox', name: 'orphansOnly' });
  const orphansId = uniqueId('f');
  orphans.id = orphansId;
  const clear = el(doc, 'button', { type: 'button', class: 'secondary' }, 'Clear filters');

  form.append(
    field(doc, 'Search', text, 'field search'),
    field(doc, 'Side', side),
    field(doc, 'Lever', lever),
    field(doc, 'Category', category),
    field(doc, 'Stance', stance),
    field(doc, 'Site', site),
    field(doc, 'Saved from', from),
    field(doc, 'Saved until', to),
    field(doc, 'Sort', sort),
    el(doc, 'div', { class: 'field check' }, orphans, el(doc, 'label', { for: orphansId }, 'Only orphans')),
    el(doc, 'div', { class: 'field actions' }, clear),
  );

  let typing: ReturnType<typeof setTimeout> | undefined;
  text.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(onChange, 200);
  });
  form.addEventListener('change', (e) => {
    if (e.target === text) return;
    onChange();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    onChange();
  });

  const state = (): FilterState => ({
    text: text.value,
    side: side.value,
    lever: lever.value,
    category: category.value,
    stance: stance.value,
    site: site.value,
    from: from.value,
    to: to.value,
    sort: sort.value as FilterState['sort'],
    orphansOnly: orphans.checked,
  });

  const reset = () => {
    form.reset();
    clearTimeout(typing);
  };
  clear.addEventListener('click', () => {
    reset();
    onChange();
    text.focus();
  });

  return {
    element: form,
    state,
    reset,
    setOptions(labels, sites) {
      fillSelect(doc, side, 'All sides', [...labels.sides.map((s): [string, string] => [s.id, s.name]), [NO_SIDE_KEY, NO_SIDE_NAME]]);
      fillSelect(
        doc,
        lever,
        'All levers',
        labels.categories.map((c) => ({ group: c.name, options: labels.levers.filter((l) => l.category === c.id).map((l): [string, string] => [l.id, l.name]) })),
      );
      fillSelect(doc, category, 'All categories', labels.categories.map((c): [string, string] => [c.id, c.name]));
      fillSelect(doc, site, 'All sites', sites.map((s): [string, string] => [s, s]));
    },
  };
}
