/**
 * The form for one lever (or a new one): name, the three word lists, default holders, polarity, context and facts.
 * It only reads and shows values; the editor (./kb-editor.ts) does the writes and hands back any field errors.
 */
import { el } from '../../dom';
import type { LeverRow, SideRow } from '../../../kb/db';
import { parseLines, suggestId, type FieldError, type LeverChanges, type NewLever } from '../../../kb/kb-edit';
import { CATEGORY_IDS, CATEGORY_NAMES, type CategoryId, type LeverFact, type Polarity } from '../../../kb/types';
import { field, FormErrors, group, inlineMessage, toLines } from './form-fields';

export interface LeverFormHandlers {
  /** Writes the values; resolves to the field errors to show (empty when saved). */
  save(values: LeverChanges | NewLever): Promise<FieldError[]>;
  reset?(): Promise<void>;
  remove?(): Promise<void>;
  /** The user changed something that is not saved yet. */
  dirty(): void;
}

export interface LeverForm {
  root: HTMLElement;
  heading: HTMLElement;
}

const FACT_KEYS = ['date', 'text', 'source', 'url'] as const;
const FACT_LABELS: Record<(typeof FACT_KEYS)[number], string> = { date: 'date', text: 'what happened', source: 'source', url: 'address (URL)' };
const FIELD_LABELS: Record<string, string> = {
  id: 'Id',
  name: 'Name',
  category: 'Category',
  aliases: 'Aliases',
  acronyms: 'Acronyms',
  contextAliases: 'Context aliases',
  holders: 'Default holders',
  polarity: 'Polarity',
  context: 'Context',
  facts: 'Facts',
};

/** "Aliases", "Fact 2 address (URL)" for a field path. */
export function leverFieldLabel(path: string): string {
  const m = /^facts\.(\d+)\.(\w+)$/.exec(path);
  if (m) return `Fact ${Number(m[1]) + 1}: ${FACT_LABELS[m[2] as keyof typeof FACT_LABELS] ?? m[2]}`;
  return FIELD_LABELS[path] ?? path;
}


export function buildLeverForm(doc: Document, id: (n: string) => string, lever: LeverRow | null, sides: readonly SideRow[], handlers: LeverFormHandlers, signal: AbortSignal): LeverForm {
  const isNew = lever === null;
  const root = el(doc, 'form', { class: 'kb-form', 'data-testid': 'kb-lever-form', novalidate: '', 'aria-labelledby': id('form-title') });
  if (lever) root.dataset.lever = lever.id;

  // Heading: name, badges, where it sits.
  const heading = el(doc, 'h2', { id: id('form-title'), tabindex: '-1' }, isNew ? 'Add a lever' : lever.name);
  if (lever?.origin === 'user') heading.append(' ', el(doc, 'span', { class: 'kb-badge kb-badge-user', 'data-testid': 'kb-badge' }, 'your lever'));
  else if (lever?.edited) heading.append(' ', el(doc, 'span', { class: 'kb-badge', 'data-testid': 'kb-badge' }, 'edited'));
  root.append(heading);
  if (lever) {
    root.append(
      el(doc, 'p', { class: 'kb-meta' }, `${CATEGORY_NAMES[lever.category] ?? lever.category} \u00B7 id ${lever.id}${lever.ref && lever.ref !== 'USER' ? ` \u00B7 ref ${lever.ref}` : ''}${lever.asOf ? ` \u00B7 checked ${lever.asOf}` : ''}`),
    );
  } else {
    root.append(el(doc, 'p', { class: 'kb-meta' }, 'A lever of your own: pages you open from now on are searched for its aliases.'));
  }

  const general = el(doc, 'div', { class: 'kb-error kb-error-general', role: 'alert' });
  general.hidden = true;
  const errors = new FormErrors(general);
  root.append(general);

  let idControl: HTMLInputElement | undefined;
  let idTouched = false;
  let categorySelect: HTMLSelectElement | undefined;
  if (isNew) {
    const idField = field(doc, id, errors, {
      field: 'id',
      label: 'Id',
      hint: 'Lower-case letters, digits and hyphens, e.g. "pineapple-quota". It cannot be changed later.',
      required: true,
    });
    idControl = idField.control as HTMLInputElement;
    idControl.addEventListener('input', () => (idTouched = idControl!.value !== ''), { signal });
    root.append(idField.wrap);

    const catId = id('f-category');
    const catWrap = el(doc, 'div', { class: 'kb-field', 'data-field': 'category' });
    categorySelect = el(doc, 'select', { id: catId, name: 'category', 'aria-required': 'true' });
    categorySelect.append(el(doc, 'option', { value: '' }, 'Choose a category\u2026'));
    for (const c of CATEGORY_IDS) categorySelect.append(el(doc, 'option', { value: c }, CATEGORY_NAMES[c]));
    const catError = el(doc, 'p', { class: 'kb-error', id: id('e-category') });
    catError.hidden = true;
    categorySelect.setAttribute('aria-describedby', catError.id);
    catWrap.append(el(doc, 'label', { for: catId }, 'Category'), categorySelect, catError);
    errors.register('category', catError, [categorySelect]);
    root.append(catWrap);
  }

  const name = field(doc, id, errors, { field: 'name', label: 'Name', value: lever?.name ?? '', required: true });
  if (idControl) {
    name.control.addEventListener('input', () => {
      if (!idTouched) idControl!.value = suggestId(name.control.value);
    }, { signal });
  }
  root.append(name.wrap);

  const words = el(doc, 'div', { class: 'kb-columns' });
  const aliases = field(doc, id, errors, {
    field: 'aliases',
    label: 'Aliases',
    type: 'textarea',
    rows: 6,
    value: toLines(lever?.aliases),
    hint: 'One per line, matched in any case. Write the singular or the plural once: plurals, hyphens and licence/license spellings are added for you.',
  });
  const acronyms = field(doc, id, errors, {
    field: 'acronyms',
    label: 'Acronyms',
    type: 'textarea',
    rows: 6,
    value: toLines(lever?.acronyms),
    hint: 'One per line, matched with their exact case only (REE, EDA, H20).',
  });
  const contextAliases = field(doc, id, errors, {
    field: 'contextAliases',
    label: 'Context aliases',
    type: 'textarea',
    rows: 6,
    value: toLines(lever?.contextAliases),
    hint: 'One per line. Ambiguous words ("magnets", "coal") that count only in a sentence about trade pressure.',
  });
  words.append(aliases.wrap, acronyms.wrap, contextAliases.wrap);
  root.append(words);

  // Default holders: one checkbox per side.
  const holders = group(doc, id, errors, {
    field: 'holders',
    legend: 'Default holder(s)',
    hint: 'Who holds the lever when the sentence names nobody. Leave all unticked when anyone may hold it.',
    className: 'kb-holders',
  });
  const holderBoxes: HTMLInputElement[] = [];
  const held = new Set(lever?.holders ?? []);
  for (const side of [...sides].sort((a, b) => a.name.localeCompare(b.name))) {
    const boxId = id(`holder-${side.id}`);
    const box = el(doc, 'input', { type: 'checkbox', id: boxId, name: 'holders', value: side.id });
    box.checked = held.has(side.id);
    const swatch = el(doc, 'span', { class: 'kb-swatch', 'aria-hidden': 'true' });
    swatch.style.background = side.color;
    holders.body.append(el(doc, 'div', { class: 'kb-check' }, box, el(doc, 'label', { for: boxId }, swatch, side.name)));
    holderBoxes.push(box);
  }
  holders.register(holderBoxes);
  root.append(holders.wrap);

  // Polarity.
  const polarity = group(doc, id, errors, { field: 'polarity', legend: 'Polarity', className: 'kb-polarity' });
  const polarityRadios: HTMLInputElement[] = [];
  const choices: [Polarity, string][] = [
    ['measure', 'Measure: more of it tightens (a tariff, a control, a blacklist)'],
    ['flow', 'Flow: less of it tightens (licences, visas, purchases, shipments the holder can withhold)'],
  ];
  for (const [value, text] of choices) {
    const radioId = id(`polarity-${value}`);
    const radio = el(doc, 'input', { type: 'radio', id: radioId, name: id('polarity'), value });
    radio.checked = (lever?.polarity ?? 'measure') === value;
    polarity.body.append(el(doc, 'div', { class: 'kb-check' }, radio, el(doc, 'label', { for: radioId }, text)));
    polarityRadios.push(radio);
  }
  polarity.register(polarityRadios);
  root.append(polarity.wrap);

  const context = field(doc, id, errors, {
    field: 'context',
    label: 'Context',
    type: 'textarea',
    rows: 4,
    value: lever?.context ?? '',
    hint: 'One to three sentences the in-page card shows: what the lever is and why it matters.',
  });
  root.append(context.wrap);

  // Facts: rows of date, text, source and address; rebuilt (and renumbered) when one is added or removed.
  const facts = group(doc, id, errors, { field: 'facts', legend: 'Facts', hint: 'Dated events the card lists, each with its source and address.', className: 'kb-facts' });
  let factRows: LeverFact[] = structuredClone(lever?.facts ?? []);
  const factInputs: Record<(typeof FACT_KEYS)[number], HTMLInputElement | HTMLTextAreaElement>[] = [];
  const readFacts = (): LeverFact[] => factInputs.map((row) => ({ date: row.date.value, text: row.text.value, source: row.source.value, url: row.url.value }));
  const addButton = el(doc, 'button', { type: 'button', class: 'kb-secondary', 'data-testid': 'kb-add-fact' }, 'Add a fact');
  function renderFacts(focusRow?: number): void {
    errors.unregisterPrefix('facts.');
    factInputs.length = 0;
    const list = el(doc, 'ol', { class: 'kb-fact-list' });
    factRows.forEach((fact, i) => {
      const item = el(doc, 'li', { class: 'kb-fact', 'data-fact': String(i) });
      const inputs = {} as Record<(typeof FACT_KEYS)[number], HTMLInputElement | HTMLTextAreaElement>;
      for (const key of FACT_KEYS) {
        const f = field(doc, id, errors, {
          field: `facts.${i}.${key}`,
          label: leverFieldLabel(`facts.${i}.${key}`),
          type: key === 'text' ? 'textarea' : key === 'url' ? 'url' : 'text',
          rows: 2,
          value: fact[key],
          placeholder: key === 'date' ? 'YYYY-MM-DD' : key === 'url' ? 'https://' : undefined,
          className: `kb-fact-${key}`,
        });
        inputs[key] = f.control;
        item.append(f.wrap);
      }
      const remove = el(doc, 'button', { type: 'button', class: 'kb-secondary kb-remove-fact', 'aria-label': `Remove fact ${i + 1}` }, 'Remove');
      remove.addEventListener('click', () => {
        factRows = readFacts();
        factRows.splice(i, 1);
        renderFacts();
        handlers.dirty();
        (factInputs[Math.min(i, factInputs.length - 1)]?.date ?? addButton).focus();
      }, { signal });
      item.append(remove);
      list.append(item);
      factInputs.push(inputs);
    });
    facts.body.replaceChildren(list.childElementCount > 0 ? list : el(doc, 'p', { class: 'kb-hint' }, 'No facts yet.'), addButton);
    if (focusRow !== undefined) factInputs[focusRow]?.date.focus();
  }
  addButton.addEventListener('click', () => {
    factRows = [...readFacts(), { date: '', text: '', source: '', url: '' }];
    renderFacts(factRows.length - 1);
    handlers.dirty();
  }, { signal });
  renderFacts();
  facts.register([], () => addButton);
  root.append(facts.wrap);

  // Actions.
  const actions = el(doc, 'div', { class: 'kb-actions' });
  const save = el(doc, 'button', { type: 'submit', class: 'kb-primary', 'data-testid': 'kb-save' }, isNew ? 'Add lever' : 'Save');
  actions.append(save);
  if (lever?.origin === 'seed' && lever.edited && handlers.reset) {
    const reset = el(doc, 'button', { type: 'button', class: 'kb-secondary', 'data-testid': 'kb-reset' }, 'Reset this lever');
    reset.addEventListener('click', () => void handlers.reset!(), { signal });
    actions.append(reset);
  }
  if (lever?.origin === 'user' && handlers.remove) {
    const remove = el(doc, 'button', { type: 'button', class: 'kb-danger', 'data-testid': 'kb-delete' }, 'Delete this lever');
    remove.addEventListener('click', () => void handlers.remove!(), { signal });
    actions.append(remove);
  }
  root.append(actions);

  root.addEventListener('input', () => handlers.dirty(), { signal });
  root.addEventListener('change', () => handlers.dirty(), { signal });

  root.addEventListener('submit', async (e) => {
    e.preventDefault();
    const shared: LeverChanges = {
      name: name.control.value,
      aliases: parseLines(aliases.control.value),
      acronyms: parseLines(acronyms.control.value),
      contextAliases: parseLines(contextAliases.control.value),
      holders: holderBoxes.filter((b) => b.checked).map((b) => b.value),
      polarity: (polarityRadios.find((r) => r.checked)?.value ?? 'measure') as Polarity,
      context: context.control.value,
      facts: readFacts(),
    };
    const values: LeverChanges | NewLever = isNew ? { ...shared, id: idControl!.value.trim(), name: shared.name!, category: categorySelect!.value as CategoryId } : shared;
    save.disabled = true;
    try {
      const problems = await handlers.save(values);
      if (problems.length > 0) {
        errors.show(problems, (f, m, standalone) => inlineMessage(leverFieldLabel(f), m, standalone))?.focus();
      } else errors.clear();
    } finally {
      save.disabled = false;
    }
  }, { signal });

  return { root, heading };
}
