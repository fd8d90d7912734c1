/**
 * One saved annotation in a list (the popup's Saved view and the dashboard's Annotations tab): the quote (in its
 * context, in the full layout), side, lever, stance, page and date, the note and tags, and its actions (open, edit the
 * note and tags inline, delete). Orphans say so. Text only, never HTML.
 */
import type { StoredAnnotation } from '../../kb/annotations';
import { el } from '../dom';
import { clip, formatDate } from '../format';
import type { Labels } from '../labels';

export type RowLayout = 'compact' | 'full';

export interface RowActions {
  open(row: StoredAnnotation): void;
  /** Saves the note and tags; resolves with the updated row, or rejects (the form stays open, nothing typed is lost). */
  save(row: StoredAnnotation, note: string, tags: string[]): Promise<StoredAnnotation>;
  remove(row: StoredAnnotation): void;
}

export const STANCE_LABELS = {
  tighten: '\u25B2 Tightening',
  relax: '\u25BC Relaxing',
  neutral: '\u25CF Mentioned',
} as const;

const CONTEXT_CHARS = 90;
export const ORPHAN_TEXT = 'Could not be found on its page at the last visit';

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

function quoteBlock(doc: Document, row: StoredAnnotation, id: string, layout: RowLayout): HTMLElement {
  const q = el(doc, 'blockquote', { class: 'quote', id });
  if (layout === 'compact') {
    q.append('\u201C', el(doc, 'mark', {}, row.quote.exact), '\u201D');
    return q;
  }
  if (row.quote.prefix) q.append(el(doc, 'span', { class: 'context' }, clip(row.quote.prefix, CONTEXT_CHARS, 'start')));
  q.append(el(doc, 'mark', {}, row.quote.exact));
  if (row.quote.suffix) q.append(el(doc, 'span', { class: 'context' }, clip(row.quote.suffix, CONTEXT_CHARS, 'end')));
  return q;
}

export function renderRow(doc: Document, row: StoredAnnotation, labels: Labels, actions: RowActions, layout: RowLayout = 'full'): HTMLLIElement {
  const orphan = row.anchor?.placed === false;
  const li = el(doc, 'li', { class: orphan ? 'annotation orphan' : 'annotation', 'data-id': String(row.id), 'data-testid': 'annotation' });
  const quoteId = `quote-${row.id}`;
  const article = el(doc, 'article', { 'aria-labelledby': quoteId });

  const side = el(doc, 'span', { class: 'chip side', 'data-side': row.side ?? 'none' }, labels.sideName(row.side));
  side.style.setProperty('--side', labels.sideColor(row.side));
  const lever = el(doc, 'span', { class: 'lever', 'data-lever': row.lever }, labels.leverName(row.lever));
  const when = el(doc, 'time', { datetime: new Date(row.savedAt).toISOString() }, formatDate(row.savedAt));
  const title = el(doc, 'span', { class: 'title' }, row.title || row.url);
  const site = el(doc, 'span', { class: 'site' }, row.site);
  let meta: HTMLElement;
  let source: HTMLElement;
  if (layout === 'compact') {
    meta = el(doc, 'p', { class: 'meta' }, lever, side, when);
    source = el(doc, 'p', { class: 'source', title: row.url }, site, ' \u2014 ', title);
  } else {
    meta = el(
      doc,
      'p',
      { class: 'meta' },
      side,
      lever,
      el(doc, 'span', { class: `stance ${row.stance}` }, STANCE_LABELS[row.stance]),
      el(doc, 'span', { class: 'category' }, labels.categoryName(row.category)),
    );
    source = el(doc, 'p', { class: 'source' }, title, ' \u00B7 ', site, ' \u00B7 ', when);
  }

  article.append(quoteBlock(doc, row, quoteId, layout));
  if (orphan) article.append(el(doc, 'p', { class: 'orphan-note' }, el(doc, 'strong', {}, 'Orphan: '), ORPHAN_TEXT));
  article.append(meta, source);

  const body = el(doc, 'div', { class: 'body' });
  const showBody = (r: StoredAnnotation) => {
    body.replaceChildren();
    if (r.note) body.append(el(doc, 'p', { class: 'note', 'data-testid': 'note' }, r.note));
    if (r.tags.length) body.append(el(doc, 'ul', { class: 'tags', 'aria-label': 'Tags' }, ...r.tags.map((t) => el(doc, 'li', {}, t))));
  };
  showBody(row);

  const buttons = el(doc, 'div', { class: 'row-actions' });
  const button = (label: string, action: string, cls = '') => el(doc, 'button', { type: 'button', class: `${action} ${cls}`.trim(), 'data-action': action, 'aria-describedby': quoteId }, label);
  const open = button('Open', 'open');
  const edit = button('Edit note and tags', 'edit');
  const del = button('Delete', 'delete', 'danger');
  buttons.append(open, edit, del);
  open.addEventListener('click', () => actions.open(row));
  del.addEventListener('click', () => actions.remove(row));
  edit.addEventListener('click', () => startEditing());

  function startEditing(): void {
    const existing = article.querySelector<HTMLTextAreaElement>('form.edit-form textarea');
    if (existing) {
      existing.focus();
      return;
    }
    li.classList.add('editing');
    const form = el(doc, 'form', { class: 'edit-form', 'aria-label': 'Edit note and tags' });
    const noteId = `note-${row.id}`;
    const tagsId = `tags-${row.id}`;
    const note = el(doc, 'textarea', { id: noteId, rows: '3', maxlength: '5000', 'data-testid': 'note-input' });
    note.value = row.note;
    const tags = el(doc, 'input', { id: tagsId, type: 'text', autocomplete: 'off' });
    tags.value = row.tags.join(', ');
    const save = el(doc, 'button', { type: 'submit', class: 'primary', 'data-action': 'save' }, 'Save');
    const cancel = el(doc, 'button', { type: 'button', class: 'secondary', 'data-action': 'cancel' }, 'Cancel');
    form.append(
      el(doc, 'label', { for: noteId }, 'Note'),
      note,
      el(doc, 'label', { for: tagsId }, 'Tags (separated by commas)'),
      tags,
      el(doc, 'div', { class: 'form-buttons' }, save, cancel),
    );
    const stop = (r: StoredAnnotation) => {
      form.remove();
      li.classList.remove('editing');
      showBody(r);
      body.hidden = false;
      buttons.hidden = false;
      edit.focus();
    };
    cancel.addEventListener('click', () => stop(row));
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        // Esc closes the form, not the popup around it.
        e.preventDefault();
        e.stopPropagation();
        stop(row);
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      save.disabled = true;
      note.readOnly = true;
      actions
        .save(row, note.value, parseTags(tags.value))
        .then((updated) => {
          row = updated;
          stop(updated);
        })
        .catch(() => undefined)
        .finally(() => {
          save.disabled = false;
          note.readOnly = false;
        });
    });
    body.hidden = true;
    buttons.hidden = true;
    article.append(form);
    note.focus();
  }

  article.append(body, buttons);
  li.append(article);
  return li;
}
