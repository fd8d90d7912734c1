/**
 * The popup's "Saved" view: saved annotations, newest first, with search (debounced), side and lever filters,
 * paging, and per item Open, Edit note and Delete (with Undo). Reads and writes the extension's database directly:
 * the popup is an extension page, so the database is its own. Plain DOM and textContent.
 */
import { deleteAnnotations, queryAnnotations, restoreAnnotations, updateAnnotation, type AnnotationQuery, type StoredAnnotation } from '../../kb/annotations';
import { NO_SIDE_KEY } from '../../kb/annotation-index';
import { loadKnowledgeBase, type AnnotationRow, type PressureDb } from '../../kb/db';
import { CATEGORY_IDS, CATEGORY_NAMES, type KnowledgeBase } from '../../kb/types';
import { el } from '../dom';
import { NO_SIDE_LABEL } from './popup-view';

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

const EMPTY_TEXT = 'Nothing saved yet \u2014 click a highlighted term on any article and press Save.';
const NO_MATCH_TEXT = 'No saved annotations match';

function message(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (/quota/i.test(text)) return 'The browser has run out of storage space for the extension. Nothing already saved was lost.';
  return text;
}

function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

export async function mountSavedView(doc: Document, panel: HTMLElement, options: SavedViewOptions): Promise<SavedView> {
  const { db } = options;
  const pageSize = options.pageSize ?? 20;
  const undoMs = options.undoMs ?? 8_000;
  const debounceMs = options.debounceMs ?? 150;
  const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

  // ---- frame ---------------------------------------------------------------------------------------------------
  panel.replaceChildren();
  const form = el(doc, 'form', { class: 'saved-filters', role: 'search', 'aria-label': 'Search saved annotations' });
  form.addEventListener('submit', (e) => e.preventDefault());
  const searchLabel = el(doc, 'label', { class: 'sr-only', for: 'saved-search' }, 'Search saved annotations');
  const search = el(doc, 'input', { type: 'search', id: 'saved-search', 'data-testid': 'saved-search', placeholder: 'Search quotes, notes, tags, titles', autocomplete: 'off', spellcheck: 'false' });
  const sideLabel = el(doc, 'label', { class: 'filter' });
  const sideSelect = el(doc, 'select', { 'data-testid': 'saved-side' });
  sideLabel.append(el(doc, 'span', {}, 'Side'), sideSelect);
  const leverLabel = el(doc, 'label', { class: 'filter' });
  const leverSelect = el(doc, 'select', { 'data-testid': 'saved-lever' });
  leverLabel.append(el(doc, 'span', {}, 'Lever'), leverSelect);
  const selects = el(doc, 'div', { class: 'filter-row' });
  selects.append(sideLabel, leverLabel);
  form.append(searchLabel, search, selects);

  const summary = el(doc, 'p', { class: 'saved-summary', 'data-testid': 'saved-summary', 'aria-live': 'polite' });
  const error = el(doc, 'p', { class: 'error', role: 'alert', 'data-testid': 'saved-error', hidden: '' });
  const list = el(doc, 'ul', { class: 'saved-list', 'data-testid': 'saved-list', 'aria-label': 'Saved annotations' });
  const empty = el(doc, 'div', { class: 'empty', 'data-testid': 'saved-empty', hidden: '' });
  const more = el(doc, 'button', { type: 'button', class: 'more', 'data-testid': 'saved-more', hidden: '' }, 'Show more');
  const toast = el(doc, 'div', { class: 'toast', role: 'status', 'aria-live': 'polite', 'data-testid': 'undo-toast' });
  panel.append(form, summary, error, list, empty, more, toast);

  // ---- state ---------------------------------------------------------------------------------------------------
  let kb: KnowledgeBase = { version: 0, levers: [], sides: [] };
  let leverNames = new Map<string, string>();
  let sideInfo = new Map<string, { name: string; color: string }>();
  let total = 0;
  let seq = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let pending: AnnotationRow[] = [];
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  let toastHeld = false;

  const showError = (text: string | null) => {
    error.hidden = text === null;
    error.textContent = text ?? '';
  };

  const query = (): AnnotationQuery => {
    const text = search.value.trim();
    return {
      text: text || undefined,
      side: sideSelect.value || undefined,
      lever: leverSelect.value || undefined,
      sort: 'newest',
    };
  };
  const filtered = () => Boolean(search.value.trim() || sideSelect.value || leverSelect.value);
  const shown = () => list.children.length;

  const updateSummary = () => {
    const n = shown();
    if (total === 0) {
      summary.textContent = filtered() ? 'No matches' : '';
      empty.hidden = false;
      empty.replaceChildren();
      if (filtered()) {
        const clear = el(doc, 'button', { type: 'button', class: 'link' }, 'Clear search and filters');
        clear.addEventListener('click', () => {
          search.value = '';
          sideSelect.value = '';
          leverSelect.value = '';
          void reload();
          search.focus();
        });
        empty.append(el(doc, 'p', { class: 'empty-title' }, NO_MATCH_TEXT), clear);
      } else {
        empty.append(el(doc, 'p', { class: 'empty-title' }, EMPTY_TEXT));
      }
    } else {
      empty.hidden = true;
      const what = filtered() ? `${total} match${total === 1 ? '' : 'es'}` : `${total} saved`;
      summary.textContent = n < total ? `${what} \u00B7 showing ${n}` : what;
    }
    more.hidden = n >= total;
  };

  // ---- one item ------------------------------------------------------------------------------------------------
  const item = (row: StoredAnnotation): HTMLLIElement => {
    const id = row.id;
    const li = el(doc, 'li', { class: 'saved-item', 'data-id': String(id), 'data-testid': 'saved-item' });
    const quoteId = `saved-quote-${id}`;
    const quote = el(doc, 'blockquote', { class: 'quote', id: quoteId }, `\u201C${row.quote.exact}\u201D`);
    const side = row.side ? sideInfo.get(row.side) : undefined;
    const meta = el(doc, 'p', { class: 'meta' });
    const sw = el(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' });
    sw.style.background = side?.color ?? '#6b7280';
    const time = el(doc, 'time', { datetime: new Date(row.savedAt).toISOString() }, dateFormat.format(row.savedAt));
    meta.append(
      el(doc, 'span', { class: 'lever' }, leverNames.get(row.lever) ?? row.lever),
      sw,
      el(doc, 'span', { class: 'side' }, side?.name ?? (row.side ?? NO_SIDE_LABEL)),
      time,
    );
    const source = el(doc, 'p', { class: 'source', title: row.url }, row.title ? `${row.site} \u2014 ${row.title}` : row.site);
    const note = el(doc, 'p', { class: 'note', 'data-testid': 'saved-note' });
    const drawNote = () => {
      note.textContent = row.note || 'No note';
      note.classList.toggle('none', !row.note);
    };
    drawNote();
    li.append(quote, meta, source);
    if (row.anchor && !row.anchor.placed) li.append(el(doc, 'p', { class: 'orphan' }, 'Not found on its page at the last visit'));
    li.append(note);

    const actions = el(doc, 'div', { class: 'actions' });
    const open = el(doc, 'button', { type: 'button', 'data-action': 'open', 'aria-describedby': quoteId }, 'Open');
    const edit = el(doc, 'button', { type: 'button', 'data-action': 'edit', 'aria-describedby': quoteId }, 'Edit note');
    const del = el(doc, 'button', { type: 'button', 'data-action': 'delete', class: 'danger', 'aria-describedby': quoteId }, 'Delete');
    actions.append(open, edit, del);
    li.append(actions);

    open.addEventListener('click', () => {
      open.disabled = true;
      showError(null);
      options
        .open(id)
        .catch((err: unknown) => showError(`Could not open this annotation: ${message(err)}`))
        .finally(() => {
          open.disabled = false;
        });
    });

    edit.addEventListener('click', () => {
      const existing = li.querySelector<HTMLTextAreaElement>('form.edit textarea');
      if (existing) {
        existing.focus();
        return;
      }
      const editor = el(doc, 'form', { class: 'edit' });
      const area = el(doc, 'textarea', { rows: '3', 'aria-label': `Note for \u201C${excerpt(row.quote.exact)}\u201D`, 'data-testid': 'saved-note-input' });
      area.value = row.note;
      const save = el(doc, 'button', { type: 'submit', 'data-action': 'save' }, 'Save');
      const cancel = el(doc, 'button', { type: 'button', 'data-action': 'cancel' }, 'Cancel');
      const buttons = el(doc, 'div', { class: 'actions' });
      buttons.append(save, cancel);
      editor.append(area, buttons);
      const close = () => {
        editor.remove();
        note.hidden = false;
        actions.hidden = false;
        edit.focus();
      };
      editor.addEventListener('submit', (e) => {
        e.preventDefault();
        save.disabled = true;
        area.readOnly = true;
        updateAnnotation(db, id, { note: area.value })
          .then((updated) => {
            row.note = updated.note;
            drawNote();
            close();
            toastMessage('Note saved.');
            options.onChange?.();
          })
          .catch((err: unknown) => {
            // The text stays in the box so nothing typed is lost.
            showError(`The note could not be saved: ${message(err)}`);
          })
          .finally(() => {
            save.disabled = false;
            area.readOnly = false;
          });
      });
      cancel.addEventListener('click', close);
      area.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          editor.requestSubmit();
        }
      });
      note.hidden = true;
      actions.hidden = true;
      note.after(editor);
      area.focus();
    });

    del.addEventListener('click', () => {
      const before = li.nextElementSibling;
      const neighbour = (li.nextElementSibling ?? li.previousElementSibling) as HTMLElement | null;
      li.remove();
      total = Math.max(0, total - 1);
      updateSummary();
      (neighbour?.querySelector<HTMLButtonElement>('button[data-action="open"]') ?? search).focus();
      showError(null);
      deleteAnnotations(db, [id])
        .then((rows) => {
          pending.push(...rows);
          offerUndo();
          options.onChange?.();
          if (shown() === 0 && total > 0) void loadMore();
        })
        .catch((err: unknown) => {
          list.insertBefore(li, before && before.parentNode === list ? before : null);
          total++;
          updateSummary();
          showError(`Could not delete: ${message(err)}`);
        });
    });
    return li;
  };

  // ---- undo ----------------------------------------------------------------------------------------------------
  const clearToast = () => {
    if (undoTimer !== undefined) clearTimeout(undoTimer);
    undoTimer = undefined;
    toast.replaceChildren();
    toast.classList.remove('visible');
  };
  const armTimer = (ms: number, then: () => void) => {
    if (undoTimer !== undefined) clearTimeout(undoTimer);
    undoTimer = setTimeout(() => {
      if (toastHeld) return;
      then();
    }, ms);
  };
  function toastMessage(text: string): void {
    if (pending.length > 0) return;
    clearToast();
    toast.append(el(doc, 'span', {}, text));
    toast.classList.add('visible');
    armTimer(3_000, clearToast);
  }
  const expireUndo = () => {
    pending = [];
    clearToast();
  };
  function offerUndo(): void {
    clearToast();
    const n = pending.length;
    const undo = el(doc, 'button', { type: 'button', 'data-testid': 'undo' }, 'Undo');
    toast.append(el(doc, 'span', {}, n === 1 ? 'Annotation deleted.' : `${n} annotations deleted.`), undo);
    toast.classList.add('visible');
    undo.addEventListener('click', () => {
      const rows = pending;
      undo.disabled = true;
      restoreAnnotations(db, rows)
        .then(async () => {
          pending = [];
          clearToast();
          toastMessage(rows.length === 1 ? 'Annotation restored.' : `${rows.length} annotations restored.`);
          options.onChange?.();
          await reload(Math.max(pageSize, shown() + rows.length));
          search.focus();
        })
        .catch((err: unknown) => {
          undo.disabled = false;
          showError(`Could not restore: ${message(err)}`);
        });
    });
    armTimer(undoMs, expireUndo);
  }
  // Undo waits while the pointer or the keyboard is on it.
  const hold = () => {
    toastHeld = true;
  };
  const release = () => {
    toastHeld = false;
    if (pending.length > 0) armTimer(undoMs, expireUndo);
    else if (toast.classList.contains('visible')) armTimer(3_000, clearToast);
  };
  toast.addEventListener('mouseenter', hold);
  toast.addEventListener('mouseleave', release);
  toast.addEventListener('focusin', hold);
  toast.addEventListener('focusout', release);

  // ---- loading -------------------------------------------------------------------------------------------------
  async function reload(limit = pageSize): Promise<void> {
    const mine = ++seq;
    list.setAttribute('aria-busy', 'true');
    try {
      const page = await queryAnnotations(db, { ...query(), offset: 0, limit });
      if (mine !== seq) return;
      showError(null);
      total = page.total;
      list.replaceChildren(...page.rows.map(item));
      updateSummary();
    } catch (err) {
      if (mine === seq) showError(`Could not read the saved annotations: ${message(err)}`);
    } finally {
      if (mine === seq) list.removeAttribute('aria-busy');
    }
  }

  async function loadMore(): Promise<void> {
    const mine = ++seq;
    more.disabled = true;
    list.setAttribute('aria-busy', 'true');
    try {
      const page = await queryAnnotations(db, { ...query(), offset: shown(), limit: pageSize });
      if (mine !== seq) return;
      showError(null);
      total = page.total;
      const first = page.rows.length > 0 ? item(page.rows[0]) : null;
      if (first) list.append(first, ...page.rows.slice(1).map(item));
      updateSummary();
      first?.querySelector<HTMLButtonElement>('button[data-action="open"]')?.focus();
    } catch (err) {
      if (mine === seq) showError(`Could not read more annotations: ${message(err)}`);
    } finally {
      more.disabled = false;
      if (mine === seq) list.removeAttribute('aria-busy');
    }
  }

  const onInput = () => {
    if (debounce !== undefined) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      void reload();
    }, debounceMs);
  };
  search.addEventListener('input', onInput);
  search.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || search.value === '') return;
    // Esc clears the search (and does not close the popup); a second Esc closes as usual.
    e.preventDefault();
    e.stopPropagation();
    search.value = '';
    if (debounce !== undefined) clearTimeout(debounce);
    void reload();
  });
  sideSelect.addEventListener('change', () => void reload());
  leverSelect.addEventListener('change', () => void reload());
  more.addEventListener('click', () => void loadMore());

  // ---- start ---------------------------------------------------------------------------------------------------
  const fillFilters = () => {
    sideSelect.replaceChildren(el(doc, 'option', { value: '' }, 'All sides'));
    for (const s of [...kb.sides].sort((a, b) => a.name.localeCompare(b.name))) sideSelect.append(el(doc, 'option', { value: s.id }, s.name));
    sideSelect.append(el(doc, 'option', { value: NO_SIDE_KEY }, NO_SIDE_LABEL));
    leverSelect.replaceChildren(el(doc, 'option', { value: '' }, 'All levers'));
    for (const category of CATEGORY_IDS) {
      const levers = kb.levers.filter((l) => l.category === category).sort((a, b) => a.name.localeCompare(b.name));
      if (levers.length === 0) continue;
      const group = el(doc, 'optgroup', { label: CATEGORY_NAMES[category] });
      for (const l of levers) group.append(el(doc, 'option', { value: l.id }, l.name));
      leverSelect.append(group);
    }
  };

  const start = async (): Promise<void> => {
    list.setAttribute('aria-busy', 'true');
    summary.textContent = 'Loading\u2026';
    try {
      await db.open();
      kb = await loadKnowledgeBase(db);
    } catch (err) {
      summary.textContent = '';
      list.removeAttribute('aria-busy');
      showError(`The saved annotations could not be opened: ${message(err)}`);
      const retry = el(doc, 'button', { type: 'button' }, 'Try again');
      retry.addEventListener('click', () => {
        retry.remove();
        void start();
      });
      error.append(' ', retry);
      return;
    }
    leverNames = new Map(kb.levers.map((l) => [l.id, l.name]));
    sideInfo = new Map(kb.sides.map((s) => [s.id, { name: s.name, color: s.color }]));
    fillFilters();
    await reload();
  };
  sideSelect.append(el(doc, 'option', { value: '' }, 'All sides'));
  leverSelect.append(el(doc, 'option', { value: '' }, 'All levers'));
  await start();

  return {
    focus: () => search.focus(),
    destroy() {
      if (debounce !== undefined) clearTimeout(debounce);
      clearToast();
      panel.replaceChildren();
    },
  };
}
