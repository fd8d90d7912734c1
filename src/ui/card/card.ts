/**
 * The context card shown when a reader clicks a highlighted lever. Built with DOM calls and textContent only: page
 * text is never parsed as HTML. Lives in a shadow root (see src/page/card-host.ts), so site CSS cannot reach it.
 */
import type { LeverCard, SideInfo } from '../../messaging/protocol';
import { el } from '../dom';
import type { Stance } from '../../types/annotation';

export interface CardMention {
  text: string;
  sentence: string;
  side: string | null;
  stance: Stance;
  confidence: number;
  saved: boolean;
}

export interface CardCallbacks {
  onSave(note: string, tags: string[]): Promise<void>;
  onClose(): void;
  onNext(delta: 1 | -1): void;
}

const STANCE_TEXT = {
  tighten: { label: 'Tightening', arrow: '\u25B2', hint: 'pulled tighter in this sentence' },
  relax: { label: 'Relaxing', arrow: '\u25BC', hint: 'eased in this sentence' },
  neutral: { label: 'Mentioned', arrow: '\u25CF', hint: 'named without a pull either way' },
} as const;

/** The sentence with the term emphasised, as text nodes and one <mark>. */
function sentenceWithTerm(doc: Document, sentence: string, term: string): HTMLElement {
  const p = el(doc, 'p', { class: 'sentence' });
  const i = sentence.indexOf(term);
  if (i < 0) {
    p.textContent = sentence;
    return p;
  }
  p.append(doc.createTextNode(`\u201C${sentence.slice(0, i)}`), el(doc, 'mark', {}, term), doc.createTextNode(`${sentence.slice(i + term.length)}\u201D`));
  return p;
}

export function renderCard(
  doc: Document,
  container: HTMLElement,
  lever: LeverCard,
  mention: CardMention,
  sides: Record<string, SideInfo>,
  position: { index: number; total: number },
  callbacks: CardCallbacks,
): HTMLElement {
  container.replaceChildren();
  const side = mention.side ? sides[mention.side] : undefined;
  const card = el(doc, 'section', { class: 'card', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'pp-card-title', 'aria-describedby': 'pp-card-summary', tabindex: '-1' });
  if (side) card.style.setProperty('--side', side.color);

  const head = el(doc, 'header');
  const title = el(doc, 'h2', { id: 'pp-card-title' }, lever.name);
  const close = el(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '\u00D7');
  onTrusted(close, 'click', () => callbacks.onClose());
  head.append(title, close);

  const stance = STANCE_TEXT[mention.stance];
  const summary = el(doc, 'p', { id: 'pp-card-summary', class: 'summary' });
  const badge = el(doc, 'span', { class: 'side' }, side ? side.name : 'Side unclear');
  const stanceEl = el(doc, 'span', { class: `stance ${mention.stance}`, title: stance.hint }, `${stance.arrow} ${stance.label}`);
  summary.append(badge, stanceEl, el(doc, 'span', { class: 'category' }, lever.categoryName));
  if (mention.confidence < 0.6) {
    summary.append(el(doc, 'span', { class: 'weak', title: 'The sentence names no side; this is the usual holder.' }, 'usual holder'));
  }

  const context = el(doc, 'p', { class: 'context' }, lever.context);
  const facts = el(doc, 'ul', { class: 'facts', 'aria-label': 'Key facts' });
  for (const f of lever.facts.slice(0, 4)) {
    const li = el(doc, 'li');
    const a = el(doc, 'a', { href: f.url, target: '_blank', rel: 'noopener noreferrer' }, f.source);
    li.append(el(doc, 'time', { datetime: f.date }, f.date), doc.createTextNode(` ${f.text} `), a);
    facts.append(li);
  }
  const asOf = el(doc, 'p', { class: 'asof' }, `Knowledge base as of ${lever.asOf}`);

  const form = el(doc, 'form', { class: 'save' });
  const noteLabel = el(doc, 'label', {}, 'Note');
  const note = el(doc, 'textarea', { rows: '2', placeholder: 'Why this matters (optional)' });
  noteLabel.append(note);
  const tagsLabel = el(doc, 'label', {}, 'Tags');
  const tags = el(doc, 'input', { type: 'text', placeholder: 'comma, separated' });
  tagsLabel.append(tags);
  const save = el(doc, 'button', { type: 'submit', class: 'primary' }, mention.saved ? 'Saved \u2713' : 'Save');
  if (mention.saved) save.disabled = true;
  const status = el(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  form.append(noteLabel, tagsLabel, save, status);
  // A submit event proves nothing: `requestSubmit()` from a script fires one the browser marks as trusted. Saving
  // starts only from the reader's own click on Save (or Space/Enter on it) or Enter in the tags field.
  form.addEventListener('submit', (ev) => ev.preventDefault());
  const submit = () => {
    if (save.disabled) return;
    save.disabled = true;
    status.classList.remove('error');
    status.textContent = 'Saving\u2026';
    const tagList = tags.value.split(',').map((t) => t.trim()).filter(Boolean);
    callbacks.onSave(note.value, tagList).then(
      () => {
        save.textContent = 'Saved \u2713';
        status.textContent = 'Saved. It will be marked here next time you open this page.';
      },
      (err: unknown) => {
        save.disabled = false;
        status.textContent = `Not saved: ${err instanceof Error ? err.message : String(err)}`;
        status.classList.add('error');
      },
    );
  };
  onTrusted(save, 'click', (ev) => {
    ev.preventDefault();
    submit();
  });
  onTrusted<KeyboardEvent>(tags, 'keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    submit();
  });

  const nav = el(doc, 'footer');
  const prev = el(doc, 'button', { type: 'button', 'aria-label': 'Previous lever on this page' }, '\u2190');
  const next = el(doc, 'button', { type: 'button', 'aria-label': 'Next lever on this page' }, '\u2192');
  onTrusted(prev, 'click', () => callbacks.onNext(-1));
  onTrusted(next, 'click', () => callbacks.onNext(1));
  nav.append(prev, el(doc, 'span', {}, `${position.index + 1} of ${position.total}`), next);

  card.append(head, summary, sentenceWithTerm(doc, mention.sentence, mention.text), context, facts, asOf, form, nav);
  onTrusted<KeyboardEvent>(card, 'keydown', (ev) => {
    if (ev.key === 'Escape') {
      ev.stopPropagation();
      callbacks.onClose();
    }
  });
  container.append(card);
  return card;
}

/** A listener that ignores events made up by scripts (`isTrusted` false): only the reader's own input counts. */
function onTrusted<E extends Event = MouseEvent>(target: EventTarget, type: string, fn: (ev: E) => void): void {
  target.addEventListener(type, (ev) => {
    if (ev.isTrusted) fn(ev as E);
  });
}

export const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483646; box-sizing: border-box; width: min(380px, calc(100vw - 16px));
  max-height: min(70vh, 560px); overflow: auto; padding: 14px 16px 10px; border-radius: 10px;
  border-top: 4px solid var(--side, #6b7280); background: #ffffff; color: #111827;
  box-shadow: 0 10px 30px rgb(0 0 0 / 0.25); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2937; color: #f3f4f6; box-shadow: 0 10px 30px rgb(0 0 0 / 0.6); }
  .facts a, .asof { color: #93c5fd; } .sentence { background: #111827; } textarea, input { background: #111827; color: #f3f4f6; border-color: #4b5563; }
}
.card:focus { outline: 2px solid var(--side, #2563eb); outline-offset: 2px; }
header { display: flex; align-items: start; gap: 8px; }
h2 { flex: 1; margin: 0 0 6px; font-size: 16px; line-height: 1.3; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #9ca3af; background: transparent; color: inherit; padding: 2px 10px; }
button:focus-visible, a:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.close { border: none; font-size: 20px; line-height: 1; padding: 0 4px; }
.summary { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
.summary span { border-radius: 999px; padding: 1px 8px; font-size: 12px; border: 1px solid currentColor; }
.side { background: var(--side, #6b7280); color: #fff; border-color: transparent !important; }
.stance.tighten { color: #b91c1c; } .stance.relax { color: #047857; }
@media (prefers-color-scheme: dark) { .stance.tighten { color: #fca5a5; } .stance.relax { color: #6ee7b7; } }
.weak { opacity: 0.8; font-style: italic; }
.sentence { margin: 0 0 8px; padding: 6px 8px; background: #f3f4f6; border-radius: 6px; font-style: italic; }
.sentence mark { background: transparent; color: inherit; font-weight: 700; font-style: normal; text-decoration: underline; }
.context { margin: 0 0 6px; }
.facts { margin: 0 0 6px; padding-left: 18px; font-size: 13px; }
.facts time { font-variant-numeric: tabular-nums; font-weight: 600; }
.facts a { color: #1d4ed8; }
.asof { margin: 0 0 8px; font-size: 12px; color: #4b5563; }
.save { display: grid; gap: 6px; border-top: 1px solid #e5e7eb; padding-top: 8px; }
.save label { display: grid; gap: 2px; font-size: 12px; font-weight: 600; }
textarea, input { font: inherit; font-weight: 400; border: 1px solid #d1d5db; border-radius: 6px; padding: 4px 6px; }
.primary { justify-self: start; background: #1d4ed8; color: #fff; border-color: #1d4ed8; padding: 4px 14px; }
.primary:disabled { opacity: 0.7; cursor: default; }
.status { margin: 0; min-height: 1em; font-size: 12px; } .status.error { color: #b91c1c; }
footer { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; font-size: 12px; }
`;
