/**
 * The popup's view: this page's balance of pressure points per side, the levers behind it, and the site switch.
 * Plain DOM and textContent; the data comes from one message.
 */
import { byCountDesc } from '../engine/tally';
import type { TabState } from '../messaging/protocol';

export interface PopupData {
  state: TabState | null;
  site: string | null;
  enabled: boolean;
}

export interface PopupActions {
  setSiteEnabled(on: boolean): Promise<unknown>;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const NO_SIDE_LABEL = 'Side unclear';

export function renderPopup(doc: Document, app: HTMLElement, data: PopupData, actions: PopupActions): void {
  app.replaceChildren();
  app.setAttribute('aria-busy', 'false');
  const header = el(doc, 'header');
  header.append(el(doc, 'h1', {}, 'Pressure Points'));
  app.append(header);

  const section = el(doc, 'section', { 'aria-labelledby': 'this-page' });
  section.append(el(doc, 'h2', { id: 'this-page' }, 'This page'));
  const { state } = data;
  if (!state || !state.isArticle || state.tally.total === 0) {
    const empty = el(doc, 'div', { class: 'empty', 'data-testid': 'empty' });
    empty.append(
      el(doc, 'p', { class: 'empty-title' }, !state || !state.isArticle ? 'No article here' : 'No levers on this page'),
      el(
        doc,
        'p',
        {},
        !state || !state.isArticle
          ? 'Open a news article and Pressure Points will highlight the trade levers it mentions.'
          : 'This article names no tariffs, export controls, sanctions or other levers we know.',
      ),
    );
    section.append(empty);
  } else {
    section.append(el(doc, 'p', { class: 'page-title' }, state.title));
    section.append(balanceBar(doc, state));
    const list = el(doc, 'ul', { class: 'sides', 'data-testid': 'sides' });
    for (const [sideId, s] of byCountDesc(state.tally.bySide, (x) => x.count)) {
      const side = state.labels.sides[sideId];
      const li = el(doc, 'li', { 'data-side': sideId });
      const title = el(doc, 'h3');
      const swatch = el(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = side?.color ?? '#6b7280';
      title.append(swatch, doc.createTextNode(side?.name ?? NO_SIDE_LABEL), el(doc, 'span', { class: 'count' }, String(s.count)));
      const levers = el(doc, 'ul', { class: 'levers' });
      for (const [leverId, n] of byCountDesc(s.levers)) {
        levers.append(el(doc, 'li', { 'data-lever': leverId }, `${state.labels.levers[leverId] ?? leverId} \u00D7${n}`));
      }
      const pulls = el(doc, 'p', { class: 'pulls' }, `\u25B2 ${s.tighten} tightening \u00B7 \u25BC ${s.relax} relaxing \u00B7 ${s.neutral} mentioned`);
      li.append(title, pulls, levers);
      list.append(li);
    }
    section.append(list);
    if (state.orphans.length > 0) {
      const orphans = el(doc, 'details', { class: 'orphans' });
      orphans.append(el(doc, 'summary', {}, `${state.orphans.length} saved note${state.orphans.length === 1 ? '' : 's'} could not be placed on this page`));
      const ul = el(doc, 'ul');
      for (const o of state.orphans) ul.append(el(doc, 'li', {}, `\u201C${o.exact}\u201D`));
      orphans.append(ul);
      section.append(orphans);
    }
  }
  app.append(section);

  if (data.site) {
    const label = el(doc, 'label', { class: 'switch' });
    const box = el(doc, 'input', { type: 'checkbox', 'data-testid': 'site-switch' });
    box.checked = data.enabled;
    const text = el(doc, 'span', {}, `Highlight on ${data.site}`);
    box.addEventListener('change', () => {
      box.disabled = true;
      actions.setSiteEnabled(box.checked).finally(() => {
        box.disabled = false;
      });
    });
    label.append(box, text);
    app.append(label);
  }
}

function balanceBar(doc: Document, state: TabState): HTMLElement {
  const bar = el(doc, 'div', { class: 'balance', role: 'img', 'data-testid': 'balance' });
  const parts: string[] = [];
  for (const [sideId, s] of byCountDesc(state.tally.bySide, (x) => x.count)) {
    const side = state.labels.sides[sideId];
    const seg = el(doc, 'span', { class: 'segment' });
    seg.style.flexGrow = String(s.count);
    seg.style.background = side?.color ?? '#9ca3af';
    seg.title = `${side?.name ?? NO_SIDE_LABEL}: ${s.count}`;
    bar.append(seg);
    parts.push(`${side?.name ?? NO_SIDE_LABEL} ${s.count}`);
  }
  bar.setAttribute('aria-label', `Pressure points on this page: ${parts.join(', ')}`);
  return bar;
}
