/**
 * The popup's "Saved" view: a search box (debounced), side and lever filters, and the shared annotation list
 * (src/ui/annotation-list) in its compact layout with "Show more". Deletes are undone from a toast at the bottom of
 * the view, several at once if several were deleted. Reads and writes the extension's database directly: the popup is
 * an extension page, so the database is its own.
 */
import type { StoredAnnotation } from '../../kb/annotations';
import { NO_SIDE_KEY } from '../../types/annotation';
import type { PressureDb } from '../../kb/db';
import { mountAnnotationList } from '../annotation-list/list';
import { el } from '../dom';
import { describeError } from '../format';
import { loadLabels, NO_SIDE_NAME, type Labels } from '../labels';

export interface SavedViewOptions {
  db: PressureDb;
  /** Opens the annotation's page in a tab, scrolled to it. */
  open(id: number): Promise<unknown>;
  /** Something was deleted, restored or edited (the popup refreshes its counts). */
  onChange?(): void;
  pageSize?: number;
  /** How long Undo stays offered after a delete. */
  undoMs?: number;
  debounceMs?: number;
}

export interface SavedView {
  focus(): void;
  destroy(): void;
}

export async function mountSavedView(doc: Document, panel: HTMLElement, options: SavedViewOptions): Promise<SavedView> {
  const { db } = options;
  const undoMs = options.undoMs ?? 8_000;
  const debounceMs = options.debounceMs ?? 150;

  // ---- frame ---------------------------------------------------------------------------------------------------
  panel.replaceChildren();
  const form = el(doc, 'form', { class: 'saved-filters', role: 'search', 'aria-label': 'Search saved annotations' });
  form.addEventListener('submit', (e) => e.preventDefault());
  const searchLabel = el(doc, 'label', { class: 'sr-only', for: 'saved-search' }, 'Search saved annotations');
  const search = el(doc, 'input', { type: 'search', id: 'saved-search', 'data-testid': 'saved-search', placeholder: 'Search quotes, notes, tags, titles', autocomplete: 'off', spellcheck: 'false' });
  const sideSelect = el(doc, 'select', { 'data-testid': 'saved-side' });
  const leverSelect = el(doc, 'select', { 'data-testid': 'saved-lever' });
  const selects = el(doc, 'div', { class: 'filter-row' }, el(doc, 'label', { class: 'filter' }, el(doc, 'span', {}, 'Side'), sideSelect), el(doc, 'label', { class: 'filter' }, el(doc, 'span', {}, 'Lever'), leverSelect));
  form.append(searchLabel, search, selects);
  const error = el(doc, 'p', { class: 'error', role: 'alert', 'data-testid': 'saved-error', hidden: '' });
  const toast = el(doc, 'div', { class: 'toast', role: 'status', 'aria-live': 'polite', 'data-testid': 'undo-toast' });
  panel.append(form, error);
  sideSelect.append(el(doc, 'option', { value: '' }, 'All sides'));
  leverSelect.append(el(doc, 'option', { value: '' }, 'All levers'));

  const showError = (text: string | null) => {
    error.hidden = text === null;
    error.textContent = text ?? '';
  };

  // ---- labels --------------------------------------------------------------------------------------------------
  let labels: Labels;
  try {
    await db.open();
    labels = await loadLabels(db);
  } catch (err) {
    showError(describeError('Opening the saved annotations', err));
    return { focus: () => search.focus(), destroy: () => panel.replaceChildren() };
  }
  for (const s of labels.sides) sideSelect.append(el(doc, 'option', { value: s.id }, s.name));
  sideSelect.append(el(doc, 'option', { value: NO_SIDE_KEY }, NO_SIDE_NAME));
  for (const c of labels.categories) {
    const levers = labels.levers.filter((l) => l.category === c.id);
    if (levers.length) leverSelect.append(el(doc, 'optgroup', { label: c.name }, ...levers.map((l) => el(doc, 'option', { value: l.id }, l.name))));
  }

  // ---- undo toast ----------------------------------------------------------------------------------------------
  let pending: (() => Promise<void>)[] = [];
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  let held = false;
  const clearToast = () => {
    if (undoTimer !== undefined) clearTimeout(undoTimer);
    undoTimer = undefined;
    toast.replaceChildren();
    toast.classList.remove('visible');
  };
  const arm = (ms: number, then: () => void) => {
    if (undoTimer !== undefined) clearTimeout(undoTimer);
    undoTimer = setTimeout(() => {
      if (!held) then();
    }, ms);
  };
  const expire = () => {
    pending = [];
    clearToast();
  };
  const message = (text: string) => {
    if (pending.length > 0) return;
    clearToast();
    toast.append(el(doc, 'span', {}, text));
    toast.classList.add('visible');
    arm(3_000, clearToast);
  };
  const offerUndo = (text: string) => {
    clearToast();
    const undo = el(doc, 'button', { type: 'button', 'data-testid': 'undo' }, 'Undo');
    toast.append(el(doc, 'span', {}, pending.length === 1 ? text : `${pending.length} annotations deleted.`), undo);
    toast.classList.add('visible');
    undo.addEventListener('click', () => {
      const runs = pending;
      undo.disabled = true;
      // Newest first: each restore puts its row back with its id.
      runs
        .reduceRight((p, run) => p.then(run), Promise.resolve())
        .then(() => {
          pending = [];
          clearToast();
          message(runs.length === 1 ? 'Annotation restored.' : `${runs.length} annotations restored.`);
          search.focus();
        })
        .catch(() => {
          undo.disabled = false;
        });
    });
    arm(undoMs, expire);
  };
  toast.addEventListener('mouseenter', () => (held = true));
  toast.addEventListener('focusin', () => (held = true));
  const release = () => {
    held = false;
    if (pending.length > 0) arm(undoMs, expire);
    else if (toast.classList.contains('visible')) arm(3_000, clearToast);
  };
  toast.addEventListener('mouseleave', release);
  toast.addEventListener('focusout', release);

  // ---- the list ------------------------------------------------------------------------------------------------
  const filtered = () => Boolean(search.value.trim() || sideSelect.value || leverSelect.value);
  const list = mountAnnotationList(panel, {
    doc,
    database: () => Promise.resolve(db),
    labels: () => labels,
    layout: 'compact',
    paging: 'more',
    pageSize: options.pageSize ?? 20,
    query: () => ({ text: search.value.trim() || undefined, side: sideSelect.value || undefined, lever: leverSelect.value || undefined, sort: 'newest' }),
    filtered,
    clearFilters: () => {
      search.value = '';
      sideSelect.value = '';
      leverSelect.value = '';
      void list.reload({ from: 'start' });
      search.focus();
    },
    open: (row: StoredAnnotation) => options.open(row.id),
    report: {
      status: (text) => {
        showError(null);
        message(text);
      },
      error: (doing, err) => showError(describeError(doing, err)),
      undoable: (text, undo) => {
        pending.push(undo);
        offerUndo(text);
      },
    },
    onChange: () => options.onChange?.(),
    label: 'Saved annotations',
  });
  panel.append(toast);

  let debounce: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    if (debounce !== undefined) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      void list.reload({ from: 'start' });
    }, debounceMs);
  });
  search.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || search.value === '') return;
    // Esc clears the search (and does not close the popup); a second Esc closes as usual.
    e.preventDefault();
    e.stopPropagation();
    search.value = '';
    if (debounce !== undefined) clearTimeout(debounce);
    void list.reload({ from: 'start' });
  });
  sideSelect.addEventListener('change', () => void list.reload({ from: 'start' }));
  leverSelect.addEventListener('change', () => void list.reload({ from: 'start' }));
  await list.reload({ from: 'start' });

  return {
    focus: () => search.focus(),
    destroy() {
      if (debounce !== undefined) clearTimeout(debounce);
      clearToast();
      panel.replaceChildren();
    },
  };
}
