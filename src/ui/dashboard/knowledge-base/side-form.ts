/**
 * The form for one side (or a new one): name, colour, the actor names that stand for it and its demonyms. Like the
 * lever form it only reads and shows values; the editor does the writes.
 */
import { el } from '../../dom';
import type { SideRow } from '../../../kb/db';
import { COLOR_PATTERN, parseLines, suggestId, type FieldError, type NewSide, type SideChanges } from '../../../kb/kb-edit';
import { field, FormErrors, inlineMessage, toLines } from './form-fields';

export interface SideFormHandlers {
  save(values: SideChanges | NewSide): Promise<FieldError[]>;
  reset?(): Promise<void>;
  dirty(): void;
}

const LABELS: Record<string, string> = { id: 'Id', name: 'Name', color: 'Colour', actors: 'Actors', demonyms: 'Demonyms' };

export function buildSideForm(
  doc: Document,
  id: (n: string) => string,
  side: SideRow | null,
  handlers: SideFormHandlers,
  signal: AbortSignal,
): { root: HTMLElement; heading: HTMLElement } {
  const isNew = side === null;
  const root = el(doc, 'form', { class: 'kb-form', 'data-testid': 'kb-side-form', novalidate: '', 'aria-labelledby': id('side-title') });
  if (side) root.dataset.side = side.id;
  const heading = el(doc, 'h2', { id: id('side-title'), tabindex: '-1' }, isNew ? 'Add a side' : side.name);
  if (side?.origin === 'user') heading.append(' ', el(doc, 'span', { class: 'kb-badge kb-badge-user', 'data-testid': 'kb-badge' }, 'your side'));
  else if (side?.edited) heading.append(' ', el(doc, 'span', { class: 'kb-badge', 'data-testid': 'kb-badge' }, 'edited'));
  root.append(
    heading,
    el(doc, 'p', { class: 'kb-meta' }, isNew ? 'A country or bloc that holds levers. Mentions of its actors are attributed to it on the next page you open.' : `Side \u00B7 id ${side.id}`),
  );
  const general = el(doc, 'div', { class: 'kb-error kb-error-general', role: 'alert' });
  general.hidden = true;
  const errors = new FormErrors(general);
  root.append(general);

  let idControl: HTMLInputElement | undefined;
  let idTouched = false;
  if (isNew) {
    const f = field(doc, id, errors, { field: 'id', label: 'Id', hint: 'Lower-case letters, digits and hyphens, e.g. "new-zealand". It cannot be changed later.', required: true });
    idControl = f.control as HTMLInputElement;
    idControl.addEventListener('input', () => (idTouched = idControl!.value !== ''), { signal });
    root.append(f.wrap);
  }
  const name = field(doc, id, errors, { field: 'name', label: 'Name', value: side?.name ?? '', required: true });
  if (idControl) name.control.addEventListener('input', () => {
    if (!idTouched) idControl!.value = suggestId(name.control.value);
  }, { signal });
  root.append(name.wrap);

  // Colour: a text box for the exact value and a picker, kept in step.
  const colour = field(doc, id, errors, { field: 'color', label: 'Colour', value: side?.color ?? '#475569', hint: 'Highlight colour on light pages, as #rrggbb; dark pages get a lighter variant.', required: true, className: 'kb-colour' });
  const picker = el(doc, 'input', { type: 'color', 'aria-label': 'Pick the colour', class: 'kb-picker' });
  picker.value = COLOR_PATTERN.test(colour.control.value) ? colour.control.value.toLowerCase() : '#475569';
  picker.addEventListener('input', () => (colour.control.value = picker.value), { signal });
  colour.control.addEventListener('input', () => {
    if (COLOR_PATTERN.test(colour.control.value.trim())) picker.value = colour.control.value.trim().toLowerCase();
  }, { signal });
  colour.control.after(picker);
  root.append(colour.wrap);

  const lists = el(doc, 'div', { class: 'kb-columns' });
  const actors = field(doc, id, errors, {
    field: 'actors',
    label: 'Actors',
    type: 'textarea',
    rows: 8,
    value: toLines(side?.actors),
    required: true,
    hint: 'One per line, matched with their exact case: the country, its capital, government bodies, leaders ("Atlantis", "Poseidonia", "Atlantean Trade Office").',
  });
  const demonyms = field(doc, id, errors, {
    field: 'demonyms',
    label: 'Demonyms',
    type: 'textarea',
    rows: 8,
    value: toLines(side?.demonyms),
    hint: 'One per line ("Atlantean"). A demonym names the side when it qualifies a lever or an authority ("Atlantean officials"), not goods or people.',
  });
  lists.append(actors.wrap, demonyms.wrap);
  root.append(lists);

  const actions = el(doc, 'div', { class: 'kb-actions' });
  const save = el(doc, 'button', { type: 'submit', class: 'kb-primary', 'data-testid': 'kb-save' }, isNew ? 'Add side' : 'Save');
  actions.append(save);
  if (side?.origin === 'seed' && side.edited && handlers.reset) {
    const reset = el(doc, 'button', { type: 'button', class: 'kb-secondary', 'data-testid': 'kb-reset' }, 'Reset this side');
    reset.addEventListener('click', () => void handlers.reset!(), { signal });
    actions.append(reset);
  }
  root.append(actions);

  root.addEventListener('input', () => handlers.dirty(), { signal });
  root.addEventListener('submit', async (e) => {
    e.preventDefault();
    const values: SideChanges = {
      name: name.control.value,
      color: colour.control.value,
      actors: parseLines(actors.control.value),
      demonyms: parseLines(demonyms.control.value),
    };
    save.disabled = true;
    try {
      const problems = await handlers.save(isNew ? ({ ...values, id: idControl!.value.trim() } as NewSide) : values);
      if (problems.length > 0) errors.show(problems, (f, m, standalone) => inlineMessage(LABELS[f] ?? f, m, standalone))?.focus();
      else errors.clear();
    } finally {
      save.disabled = false;
    }
  }, { signal });
  return { root, heading };
}
