/**
 * The knowledge-base editor in the dashboard: browse levers by category (and the sides), filter by name or alias,
 * edit one lever or side at a time, add your own, put a shipped one back. Writes go through src/kb/kb-edit.ts in the
 * extension's own database; after each one `onChanged` tells the background to rebuild its lexicon, so the change
 * applies to the next page the user opens.
 */
import { el } from '../../dom';
import type { LeverRow, PressureDb, SideRow } from '../../../kb/db';
import {
  addLever,
  addSide,
  deleteUserLever,
  KbEditError,
  KbValidationError,
  resetLever,
  resetSide,
  updateLever,
  updateSide,
  type FieldError,
  type LeverChanges,
  type NewLever,
  type NewSide,
  type SideChanges,
} from '../../../kb/kb-edit';
import { CATEGORY_IDS, CATEGORY_NAMES } from '../../../kb/types';
import { describeError } from '../../format';
import { idMaker } from './form-fields';
import { buildLeverForm } from './lever-form';
import { buildSideForm } from './side-form';
import './kb-editor.css';

type Selection = { kind: 'lever'; id: string } | { kind: 'side'; id: string } | { kind: 'new-lever' } | { kind: 'new-side' } | null;

const SIDES_GROUP = 'sides';

function leverMatches(l: LeverRow, q: string): boolean {
  if (l.name.toLowerCase().includes(q) || l.id.includes(q)) return true;
  return [...l.aliases, ...(l.acronyms ?? []), ...(l.contextAliases ?? [])].some((a) => a.toLowerCase().includes(q));
}

function sideMatches(s: SideRow, q: string): boolean {
  return s.name.toLowerCase().includes(q) || s.id.includes(q) || [...s.actors, ...s.demonyms].some((a) => a.toLowerCase().includes(q));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** The id of the selected lever or side, when the selection is one of `kind`. */
function selectedId(selection: Selection, kind: 'lever' | 'side'): string | null {
  return selection && selection.kind === kind ? selection.id : null;
}

export function mountKbEditor(container: HTMLElement, db: PressureDb, onChanged: () => Promise<void>): () => void {
  const doc = container.ownerDocument;
  const id = idMaker();
  const life = new AbortController();
  let formLife = new AbortController();
  let alive = true;
  let levers: LeverRow[] = [];
  let sides: SideRow[] = [];
  let selection: Selection = null;
  let dirty = false;
  const openGroups = new Set<string>();

  const root = el(doc, 'div', { class: 'kb-editor', 'aria-busy': 'true', 'data-testid': 'kb-editor' });
  const browse = el(doc, 'div', { class: 'kb-browse' });
  const addLeverButton = el(doc, 'button', { type: 'button', class: 'kb-secondary', 'data-testid': 'kb-add-lever' }, 'Add a lever');
  const addSideButton = el(doc, 'button', { type: 'button', class: 'kb-secondary', 'data-testid': 'kb-add-side' }, 'Add a side');
  const filterId = id('filter');
  const filter = el(doc, 'input', { type: 'search', id: filterId, 'data-testid': 'kb-filter', placeholder: 'Name or alias', autocomplete: 'off', 'aria-describedby': id('filter-count') });
  const filterCount = el(doc, 'p', { class: 'kb-hint', id: id('filter-count'), 'aria-live': 'polite' });
  const groups = el(doc, 'nav', { class: 'kb-groups', 'aria-label': 'Levers by category, and sides' });
  browse.append(
    el(doc, 'div', { class: 'kb-toolbar' }, addLeverButton, addSideButton),
    el(doc, 'div', { class: 'kb-field kb-filter' }, el(doc, 'label', { for: filterId }, 'Filter levers and sides'), filter, filterCount),
    groups,
  );
  const detail = el(doc, 'div', { class: 'kb-detail' });
  const status = el(doc, 'p', { class: 'kb-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'kb-status' });
  const formHost = el(doc, 'div', { class: 'kb-form-host' });
  detail.append(status, formHost);
  root.append(browse, detail);
  container.append(root);

  function setStatus(text: string, kind: 'ok' | 'error' = 'ok'): void {
    status.textContent = text;
    status.classList.toggle('kb-status-error', kind === 'error');
  }

  function confirmed(message: string): boolean {
    const win = doc.defaultView;
    return win ? win.confirm(message) : true;
  }

  async function reload(): Promise<void> {
    const [l, s] = await Promise.all([db.levers.toArray(), db.sides.toArray()]);
    levers = l;
    sides = s;
  }

  // ---- the list ----------------------------------------------------------------------------------------------------

  function itemButton(kind: 'lever' | 'side', row: LeverRow | SideRow): HTMLLIElement {
    const current = selectedId(selection, kind) === row.id;
    const button = el(doc, 'button', { type: 'button', class: 'kb-item', [`data-${kind}`]: row.id });
    if (current) button.setAttribute('aria-current', 'true');
    if (kind === 'side') {
      const swatch = el(doc, 'span', { class: 'kb-swatch', 'aria-hidden': 'true' });
      swatch.style.background = (row as SideRow).color;
      button.append(swatch);
    }
    button.append(el(doc, 'span', { class: 'kb-item-name' }, row.name));
    if (row.origin === 'user') button.append(el(doc, 'span', { class: 'kb-badge kb-badge-user' }, kind === 'lever' ? 'your lever' : 'your side'));
    else if (row.edited) button.append(el(doc, 'span', { class: 'kb-badge' }, 'edited'));
    button.addEventListener('click', () => select({ kind, id: row.id }));
    return el(doc, 'li', {}, button);
  }

  function groupEl(key: string, title: string, shown: (LeverRow | SideRow)[], total: number, kind: 'lever' | 'side', q: string, noun: string): HTMLDetailsElement {
    const details = el(doc, 'details', { class: 'kb-category', 'data-group': key });
    const wanted = selectedId(selection, kind);
    const holdsSelection = wanted !== null && shown.some((r) => r.id === wanted);
    details.open = q ? shown.length > 0 : openGroups.has(key) || holdsSelection;
    const count = q ? `${shown.length} of ${total}` : String(total);
    details.append(
      el(doc, 'summary', {}, el(doc, 'span', { class: 'kb-category-name' }, title), el(doc, 'span', { class: 'kb-count' }, count, el(doc, 'span', { class: 'kb-sr' }, ` ${noun}`))),
    );
    const list = el(doc, 'ul', { class: 'kb-items' });
    for (const row of shown) list.append(itemButton(kind, row));
    details.append(list);
    details.hidden = q !== '' && shown.length === 0;
    details.addEventListener('toggle', () => {
      if (filter.value.trim() !== '') return;
      if (details.open) openGroups.add(key);
      else openGroups.delete(key);
    });
    return details;
  }

  function renderList(): void {
    const q = filter.value.trim().toLowerCase();
    const fragment = doc.createDocumentFragment();
    let leverHits = 0;
    const categories = [...CATEGORY_IDS, ...new Set(levers.map((l) => l.category).filter((c) => !CATEGORY_IDS.includes(c)))];
    for (const cat of categories) {
      const all = levers.filter((l) => l.category === cat).sort(byName);
      if (all.length === 0) continue;
      const shown = q ? all.filter((l) => leverMatches(l, q)) : all;
      leverHits += shown.length;
      fragment.append(groupEl(cat, CATEGORY_NAMES[cat] ?? cat, shown, all.length, 'lever', q, all.length === 1 ? 'lever' : 'levers'));
    }
    const allSides = [...sides].sort(byName);
    const shownSides = q ? allSides.filter((s) => sideMatches(s, q)) : allSides;
    fragment.append(groupEl(SIDES_GROUP, 'Sides', shownSides, allSides.length, 'side', q, allSides.length === 1 ? 'side' : 'sides'));
    groups.replaceChildren(fragment);
    filterCount.textContent = q
      ? leverHits + shownSides.length === 0
        ? `Nothing matches \u201C${filter.value.trim()}\u201D.`
        : `${leverHits} of ${levers.length} levers and ${shownSides.length} of ${sides.length} sides match.`
      : `${levers.length} levers in ${categories.length} categories, ${sides.length} sides.`;
  }

  // ---- the form ----------------------------------------------------------------------------------------------------

  /** A refused write: its field errors go next to the fields, anything else to the status line. */
  function refused(doing: string, err: unknown): FieldError[] {
    if (err instanceof KbValidationError) {
      const n = err.errors.length;
      setStatus(`Not saved: ${n === 1 ? 'one field needs' : `${n} fields need`} fixing (marked below).`, 'error');
      return err.errors;
    }
    if (err instanceof KbEditError) setStatus(`${doing} failed: ${err.message}`, 'error');
    else setStatus(describeError(doing, err), 'error');
    return [];
  }

  /** After a successful write: reload, redraw, and tell the background to rebuild its lexicon. */
  async function afterWrite(message: string): Promise<void> {
    dirty = false;
    await reload();
    if (!alive) return;
    renderList();
    const heading = renderDetail();
    heading?.focus();
    setStatus(`${message} Applying\u2026`);
    try {
      await onChanged();
      if (alive) setStatus(`${message} Pages you open from now on use it.`);
    } catch (err) {
      if (alive) setStatus(`${message} It is saved, but the extension could not reload its word list (${err instanceof Error ? err.message : String(err)}). Reload the extension for the change to take effect.`, 'error');
    }
  }

  function renderDetail(): HTMLElement | null {
    formLife.abort();
    formLife = new AbortController();
    const signal = formLife.signal;
    const markDirty = () => (dirty = true);
    let built: { root: HTMLElement; heading: HTMLElement } | null = null;

    if (selection?.kind === 'lever' || selection?.kind === 'new-lever') {
      const wanted = selectedId(selection, 'lever');
      const lever = wanted === null ? null : (levers.find((l) => l.id === wanted) ?? null);
      if (selection.kind === 'lever' && !lever) selection = null;
      else {
        built = buildLeverForm(doc, id, lever, sides, {
          dirty: markDirty,
          save: async (values) => {
            try {
              if (lever) {
                const row = await updateLever(db, lever.id, values as LeverChanges);
                await afterWrite(`Saved \u201C${row.name}\u201D.`);
              } else {
                const row = await addLever(db, values as NewLever);
                selection = { kind: 'lever', id: row.id };
                await afterWrite(`Added the lever \u201C${row.name}\u201D.`);
              }
              return [];
            } catch (err) {
              return refused(lever ? 'Saving the lever' : 'Adding the lever', err);
            }
          },
          reset: async () => {
            if (!lever || !confirmed(`Reset \u201C${lever.name}\u201D to the shipped version? Your changes to this lever will be lost.`)) return;
            try {
              const row = await resetLever(db, lever.id);
              await afterWrite(`\u201C${row.name}\u201D is back to the shipped version.`);
            } catch (err) {
              refused('Resetting the lever', err);
            }
          },
          remove: async () => {
            if (!lever || !confirmed(`Delete your lever \u201C${lever.name}\u201D? Saved annotations keep its id.`)) return;
            try {
              await deleteUserLever(db, lever.id);
              selection = null;
              await afterWrite(`Deleted the lever \u201C${lever.name}\u201D.`);
            } catch (err) {
              refused('Deleting the lever', err);
            }
          },
        }, signal);
      }
    } else if (selection?.kind === 'side' || selection?.kind === 'new-side') {
      const wanted = selectedId(selection, 'side');
      const side = wanted === null ? null : (sides.find((s) => s.id === wanted) ?? null);
      if (selection.kind === 'side' && !side) selection = null;
      else {
        built = buildSideForm(doc, id, side, {
          dirty: markDirty,
          save: async (values) => {
            try {
              if (side) {
                const row = await updateSide(db, side.id, values as SideChanges);
                await afterWrite(`Saved the side \u201C${row.name}\u201D.`);
              } else {
                const row = await addSide(db, values as NewSide);
                selection = { kind: 'side', id: row.id };
                await afterWrite(`Added the side \u201C${row.name}\u201D.`);
              }
              return [];
            } catch (err) {
              return refused(side ? 'Saving the side' : 'Adding the side', err);
            }
          },
          reset: async () => {
            if (!side || !confirmed(`Reset \u201C${side.name}\u201D to the shipped version? Your changes to this side will be lost.`)) return;
            try {
              const row = await resetSide(db, side.id);
              await afterWrite(`\u201C${row.name}\u201D is back to the shipped version.`);
            } catch (err) {
              refused('Resetting the side', err);
            }
          },
        }, signal);
      }
    }

    if (built) {
      formHost.replaceChildren(built.root);
      return built.heading;
    }
    formHost.replaceChildren(
      el(doc, 'div', { class: 'kb-empty' },
        el(doc, 'p', { class: 'kb-empty-title' }, 'Choose a lever or a side to edit it'),
        el(doc, 'p', {}, 'Add aliases the highlighter should know, change who holds a lever, add dated facts, or add your own levers and sides. Changes apply to the next page you open.'),
      ),
    );
    return null;
  }

  function select(next: Selection): void {
    if (dirty && !confirmed('You have changes that are not saved. Discard them?')) return;
    dirty = false;
    selection = next;
    setStatus('');
    renderList();
    renderDetail()?.focus();
  }

  addLeverButton.addEventListener('click', () => select({ kind: 'new-lever' }), { signal: life.signal });
  addSideButton.addEventListener('click', () => select({ kind: 'new-side' }), { signal: life.signal });
  filter.addEventListener('input', renderList, { signal: life.signal });
  filter.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && filter.value !== '') {
      e.preventDefault();
      filter.value = '';
      renderList();
    }
  }, { signal: life.signal });

  // The dashboard hides this panel while another tab is shown; an import there may have changed the knowledge base,
  // so coming back reloads it (unless a form holds unsaved changes).
  const visibility = new MutationObserver(() => {
    if (container.hidden || dirty || !alive) return;
    void reload().then(() => {
      if (!alive || dirty) return;
      renderList();
      renderDetail();
    }).catch(() => undefined);
  });
  visibility.observe(container, { attributes: true, attributeFilter: ['hidden'] });

  renderDetail();
  reload()
    .then(() => {
      if (!alive) return;
      renderList();
      root.setAttribute('aria-busy', 'false');
    })
    .catch((err: unknown) => {
      if (!alive) return;
      root.setAttribute('aria-busy', 'false');
      setStatus(describeError('Loading the knowledge base', err), 'error');
    });

  return () => {
    alive = false;
    life.abort();
    formLife.abort();
    visibility.disconnect();
    root.remove();
  };
}
