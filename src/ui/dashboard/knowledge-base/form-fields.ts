/**
 * Labelled form fields for the knowledge-base editor, and the inline errors shown next to them. Every control has a
 * <label>, its hint and its error are tied to it with aria-describedby, and a field in error gets aria-invalid.
 * Errors arrive as FieldError rows from src/kb/kb-edit.ts, keyed by field path (`aliases`, `facts.1.url`).
 */
import type { FieldError } from '../../../kb/kb-edit';
import { el } from '../../dom';


let mounts = 0;
/** Ids unique to one mounted editor, so two editors on a page never share label targets. */
export function idMaker(): (name: string) => string {
  const prefix = `kb${++mounts}`;
  return (name) => `${prefix}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Slot {
  error: HTMLElement;
  controls: Control[];
  /** What to focus when the field is in error (a fieldset's first control). */
  focus: () => HTMLElement | undefined;
}

/** The inline error slots of one form. */
export class FormErrors {
  private readonly slots = new Map<string, Slot>();

  /** For errors whose field has no slot (a fact row that was removed, an unexpected field). */
  constructor(private readonly general: HTMLElement) {}

  register(field: string, error: HTMLElement, controls: Control[], focus?: () => HTMLElement | undefined): void {
    this.slots.set(field, { error, controls, focus: focus ?? (() => controls[0]) });
  }

  unregisterPrefix(prefix: string): void {
    for (const key of [...this.slots.keys()]) if (key.startsWith(prefix)) this.slots.delete(key);
  }

  clear(): void {
    for (const slot of this.slots.values()) setError(slot, []);
    this.general.replaceChildren();
    this.general.hidden = true;
  }

  /**
   * Shows each error next to its field, worded by `format` (field path and message to a sentence); returns the first
   * field's control, to move focus there.
   */
  show(errors: FieldError[], format: (field: string, message: string, standalone: boolean) => string): HTMLElement | undefined {
    this.clear();
    const byField = new Map<string, string[]>();
    for (const e of errors) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
    const loose: string[] = [];
    const targets: HTMLElement[] = [];
    for (const [field, messages] of byField) {
      const slot = this.slots.get(field);
      if (!slot) {
        loose.push(...messages.map((m) => format(field, m, true)));
        continue;
      }
      setError(slot, messages.map((m) => format(field, m, false)));
      const target = slot.focus();
      if (target) targets.push(target);
    }
    if (loose.length > 0) {
      const doc = this.general.ownerDocument;
      this.general.append(...loose.map((m) => el(doc, 'p', {}, m)));
      this.general.hidden = false;
      this.general.tabIndex = -1;
      targets.push(this.general);
    }
    // The first field in error as the form reads, not as the validator listed it.
    return targets.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
  }
}

function setError(slot: Slot, messages: string[]): void {
  slot.error.textContent = messages.join(' ');
  slot.error.hidden = messages.length === 0;
  for (const c of slot.controls) {
    if (messages.length > 0) c.setAttribute('aria-invalid', 'true');
    else c.removeAttribute('aria-invalid');
  }
}

export interface FieldOptions {
  field: string;
  label: string;
  hint?: string;
  value?: string;
  /** Input type, or `textarea`. */
  type?: 'text' | 'url' | 'search' | 'textarea';
  rows?: number;
  placeholder?: string;
  required?: boolean;
  autocomplete?: string;
  className?: string;
}

/** A label, the control, an optional hint and the (hidden until needed) error line. */
export function field(doc: Document, id: (n: string) => string, errors: FormErrors, o: FieldOptions): { wrap: HTMLElement; control: HTMLInputElement | HTMLTextAreaElement } {
  const controlId = id(`f-${o.field}`);
  const wrap = el(doc, 'div', { class: `kb-field${o.className ? ` ${o.className}` : ''}`, 'data-field': o.field });
  const label = el(doc, 'label', { for: controlId }, o.label);
  const control =
    o.type === 'textarea'
      ? el(doc, 'textarea', { id: controlId, name: o.field, rows: String(o.rows ?? 4), spellcheck: 'false' })
      : el(doc, 'input', { id: controlId, name: o.field, type: o.type ?? 'text', autocomplete: o.autocomplete ?? 'off' });
  control.value = o.value ?? '';
  if (o.placeholder) control.placeholder = o.placeholder;
  if (o.required) control.setAttribute('aria-required', 'true');
  const described: string[] = [];
  wrap.append(label, control);
  if (o.hint) {
    const hint = el(doc, 'p', { class: 'kb-hint', id: id(`h-${o.field}`) }, o.hint);
    described.push(hint.id);
    wrap.append(hint);
  }
  const error = el(doc, 'p', { class: 'kb-error', id: id(`e-${o.field}`) });
  error.hidden = true;
  described.push(error.id);
  control.setAttribute('aria-describedby', described.join(' '));
  wrap.append(error);
  errors.register(o.field, error, [control]);
  return { wrap, control };
}

/** A fieldset (checkbox or radio group) with a legend, a hint and an error line for the whole group. */
export function group(doc: Document, id: (n: string) => string, errors: FormErrors, o: { field: string; legend: string; hint?: string; className?: string }): { wrap: HTMLFieldSetElement; body: HTMLElement; register(controls: Control[], focus?: () => HTMLElement | undefined): void } {
  const wrap = el(doc, 'fieldset', { class: `kb-group${o.className ? ` ${o.className}` : ''}`, 'data-field': o.field });
  wrap.append(el(doc, 'legend', {}, o.legend));
  const described: string[] = [];
  if (o.hint) {
    const hint = el(doc, 'p', { class: 'kb-hint', id: id(`h-${o.field}`) }, o.hint);
    described.push(hint.id);
    wrap.append(hint);
  }
  const body = el(doc, 'div', { class: 'kb-group-body' });
  const error = el(doc, 'p', { class: 'kb-error', id: id(`e-${o.field}`) });
  error.hidden = true;
  described.push(error.id);
  wrap.setAttribute('aria-describedby', described.join(' '));
  wrap.append(body, error);
  return {
    wrap,
    body,
    register(controls, focus) {
      errors.register(o.field, error, controls, focus ?? (() => controls[0]));
    },
  };
}

/**
 * A field error as a sentence. Next to its field: "Name is required", or the message alone when it does not read
 * after the label ("At least one alias or acronym is needed"). Away from its field (`standalone`): "Id: ...".
 */
export function inlineMessage(label: string, message: string, standalone = false): string {
  if (/^(is|are|must|has|needs) /.test(message)) return `${label} ${message}`;
  if (standalone) return `${label}: ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** A list shown one entry per line in a text box. */
export const toLines = (list: readonly string[] | undefined): string => (list ?? []).join('\n');
