/**
 * What the browser tests read from a page or from the extension, written once for both browsers: Playwright's
 * Chromium pages and workers and Puppeteer's Firefox pages all evaluate a function with one argument, and that is all
 * these need. Waiting is done by polling from Node, which works the same over CDP and WebDriver BiDi.
 */
import type { TabState } from '../../src/messaging/protocol';
import type { Annotation } from '../../src/types/annotation';

/** A page, a service worker or an extension page: anything that can run a function with one argument. */
export interface Evaluates {
  evaluate: (...args: never[]) => Promise<unknown>;
}

/** Runs `fn(arg)` in the page (or worker) and returns its result. */
export function inPage<R, A>(target: Evaluates, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (target.evaluate as unknown as (f: (arg: A) => R | Promise<R>, a: A) => Promise<R>).call(target, fn, arg);
}

/** Polls `fn(arg)` in the page until it returns something truthy, and returns that. */
export async function waitInPage<R, A>(target: Evaluates, fn: (arg: A) => R | Promise<R>, arg: A, options: { timeout?: number; what?: string } = {}): Promise<NonNullable<R>> {
  const timeout = options.timeout ?? 15_000;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await inPage(target, fn, arg);
      if (value) return value as NonNullable<R>;
    } catch (err) {
      // A page that is navigating has no context for a moment.
      lastError = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${options.what ?? 'a condition in the page'}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---- the page's highlights ------------------------------------------------------------------------------------------

/** Highlight name -> the text of each range in it. */
export type Highlights = Record<string, string[]>;

/** Which elements must never hold a highlight (the article finder skips them). */
export const FORBIDDEN_ANCESTORS = 'nav, header, footer, form, input, textarea, select, [contenteditable]:not([contenteditable="false"]), pre, code, aside';

/** The extension's highlights (names starting with `pp-`) and the text of each range. */
export function readHighlights(page: Evaluates): Promise<Highlights> {
  return inPage(
    page,
    () =>
      Object.fromEntries(
        [...CSS.highlights].filter(([name]) => name.startsWith('pp-')).map(([name, h]) => [name, [...h].map((r) => (r as Range).toString())]),
      ) as Highlights,
    undefined,
  );
}

/** Number of ranges in the side highlights (not `pp-saved` / `pp-focus`). */
export function sideCount(h: Highlights): number {
  return Object.entries(h)
    .filter(([name]) => name !== 'pp-saved' && name !== 'pp-focus')
    .reduce((n, [, ranges]) => n + ranges.length, 0);
}

/** Waits until a highlight named `layer` holds a range whose text is `text` (or any pp- range when omitted). */
export async function waitForHighlightIn(page: Evaluates, layer?: string, text?: string, timeout = 15_000): Promise<Highlights> {
  await waitInPage(
    page,
    ([l, t]) => [...CSS.highlights].some(([name, h]) => (l ? name === l : name.startsWith('pp-')) && [...h].some((r) => t === null || (r as Range).toString() === t)),
    [layer ?? null, text ?? null] as const,
    { timeout, what: `highlight ${layer ?? 'pp-*'}${text ? ` "${text}"` : ''}` },
  );
  return readHighlights(page);
}

/**
 * Highlighted ranges that sit inside an element that must never be highlighted, described as "text in <tag>".
 * Looks at every ancestor of every range in every pp- highlight.
 */
export function rangesInForbiddenPlaces(page: Evaluates, selector = FORBIDDEN_ANCESTORS): Promise<string[]> {
  return inPage(
    page,
    (sel) => {
      const bad: string[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('pp-')) continue;
        for (const r of h) {
          const range = r as Range;
          for (const node of [range.startContainer, range.endContainer, range.commonAncestorContainer]) {
            const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
            const hit = el?.closest(sel);
            if (hit) bad.push(`"${range.toString()}" (${name}) in <${hit.tagName.toLowerCase()}>`);
          }
        }
      }
      return bad;
    },
    selector,
  );
}

/**
 * Scrolls the n-th range of a highlight whose text is `text` into view and returns the centre of its first box,
 * in viewport coordinates (for a real mouse click).
 */
export async function highlightCentre(page: Evaluates, layer: string, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await inPage(
    page,
    ([l, t, n]) => {
      const h = CSS.highlights.get(l);
      const range = h ? ([...h] as Range[]).filter((r) => r.toString() === t)[n] : undefined;
      if (!range) return null;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      const box = range.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [layer, text, nth] as const,
  );
  if (!point) throw new Error(`No range "${text}" in highlight ${layer}`);
  return point;
}

/** The page's visible text. */
export function innerText(page: Evaluates): Promise<string> {
  return inPage(page, () => document.body.innerText, undefined);
}

// ---- the popup ------------------------------------------------------------------------------------------------------

/** Side id -> {name, count} as the popup lists them. */
export function popupSides(popup: Evaluates): Promise<Record<string, { name: string; count: number }>> {
  return inPage(
    popup,
    () =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-testid="sides"] > li[data-side]')].map((li) => {
          const h3 = li.querySelector('h3')!;
          const count = h3.querySelector('.count')?.textContent ?? '';
          const name = [...h3.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join('');
          return [(li as HTMLElement).dataset.side!, { name, count: Number(count) }];
        }),
      ),
    undefined,
  );
}

/** Side id -> number of ranges, for the side highlights that hold any: what the popup's tally must show. */
export function paintedPerSide(h: Highlights): Record<string, number> {
  return Object.fromEntries(
    Object.entries(h)
      .filter(([name, ranges]) => name !== 'pp-saved' && name !== 'pp-focus' && ranges.length > 0)
      .map(([name, ranges]) => [name.replace(/^pp-/, ''), ranges.length]),
  );
}

// ---- the extension's own storage (from its background or one of its pages) -----------------------------------------

/** Every annotation in a profile's database, read from the extension's origin (its worker, or one of its pages). */
export function annotationsIn(ext: Evaluates): Promise<Annotation[]> {
  return inPage(
    ext,
    () =>
      new Promise<Annotation[]>((resolve, reject) => {
        const open = indexedDB.open('pressure-points');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('annotations').objectStore('annotations').getAll();
          get.onsuccess = () => {
            db.close();
            resolve(get.result as Annotation[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    undefined,
  );
}

/** The extension API object: `browser` in Firefox, `chrome` in Chromium (both promise-based for these calls). */
type StorageApi = { storage: { session: { get(k: string | null): Promise<Record<string, unknown>> }; local: { set(i: Record<string, unknown>): Promise<void>; remove(k: string[]): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };

/** The background's record for every tab that reported (`tab:<id>` in storage.session). */
export function tabStatesIn(ext: Evaluates): Promise<TabState[]> {
  return inPage(
    ext,
    async () => {
      const api = ((globalThis as { browser?: StorageApi }).browser ?? (globalThis as unknown as { chrome: StorageApi }).chrome) as StorageApi;
      const all = await api.storage.session.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith('tab:'))
        .map(([, v]) => v as TabState);
    },
    undefined,
  );
}

/** Waits for the newest report on `url` newer than `since` that satisfies `until`. */
export async function waitForTabReport(ext: Evaluates, url: string, since = 0, until: (s: TabState) => boolean = () => true, timeout = 15_000): Promise<TabState> {
  const deadline = Date.now() + timeout;
  let last: TabState | undefined;
  for (;;) {
    const mine = (await tabStatesIn(ext)).filter((s) => s && s.url === url).sort((a, b) => b.updatedAt - a.updatedAt);
    last = mine[0];
    if (last && last.updatedAt >= since && until(last)) return last;
    if (Date.now() > deadline) throw new Error(`The content script did not report on ${url} within ${timeout} ms (last state: ${JSON.stringify(last ?? null)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sets keys in the extension's storage.local (settings such as the disabled sites). */
export function setExtensionStorage(ext: Evaluates, items: Record<string, unknown>): Promise<void> {
  return inPage(
    ext,
    (i) => {
      const api = ((globalThis as { browser?: StorageApi }).browser ?? (globalThis as unknown as { chrome: StorageApi }).chrome) as StorageApi;
      return api.storage.local.set(i);
    },
    items,
  );
}

export function removeExtensionStorage(ext: Evaluates, keys: string[]): Promise<void> {
  return inPage(
    ext,
    (k) => {
      const api = ((globalThis as { browser?: StorageApi }).browser ?? (globalThis as unknown as { chrome: StorageApi }).chrome) as StorageApi;
      return api.storage.local.remove(k);
    },
    keys,
  );
}

// ---- the in-page card -------------------------------------------------------------------------------------------------

/** The card's custom element; its dialog is in the element's closed shadow root. */
export const CARD_TAG = 'pressure-points-card';

/**
 * Runs `fn(root, arg)` with the card's closed shadow root and returns its (JSON) result, or null when no card host is
 * on the page. The page's own scripts have no way to the root (`host.shadowRoot` is null); the tests reach it from
 * outside the page: the DevTools protocol in Chromium (helpers.ts), WebDriver BiDi in Firefox (firefox-harness.ts).
 */
export type InCard = <R, A>(fn: (root: ShadowRoot, arg: A) => R, arg: A) => Promise<R | null>;

/** A page the tests can click and type on with real (trusted) input: Playwright's and Puppeteer's pages both can. */
export interface Drives extends Evaluates {
  mouse: { click(x: number, y: number): Promise<unknown> };
  keyboard: { type(text: string): Promise<unknown>; press(key: string): Promise<unknown> };
}

export interface CardView {
  title: string;
  side: string;
  sentence: string;
  /** The mention as marked in the sentence. */
  marked: string;
  status: string;
  saveLabel: string;
  saveDisabled: boolean;
  /** The "n of m" footer. */
  position: string;
}

/** What the open card shows, or null when no card is open. */
export async function readCard(inCard: InCard): Promise<CardView | null> {
  return inCard((root) => {
    const dialog = root.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const text = (sel: string) => dialog.querySelector(sel)?.textContent ?? '';
    const save = dialog.querySelector('button[type="submit"]') as HTMLButtonElement | null;
    return {
      title: text('h2'),
      side: text('.side'),
      sentence: text('.sentence'),
      marked: text('.sentence mark'),
      status: text('[role="status"]'),
      saveLabel: save?.textContent ?? '',
      saveDisabled: save?.disabled ?? true,
      position: text('footer span'),
    };
  }, undefined);
}

/** The centre of a control in the open card (`textarea`, `button[type="submit"]`), for a real click. */
export async function cardControlCentre(inCard: InCard, selector: string): Promise<{ x: number; y: number }> {
  const point = await inCard((root, sel) => {
    const el = root.querySelector(`[role="dialog"] ${sel}`);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const box = el.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
  if (!point) throw new Error(`No ${selector} in the open card`);
  return point;
}

/** The in-page card as the reader uses it: read, clicked and typed into with trusted input only. */
export class CardProbe {
  constructor(
    readonly page: Drives,
    readonly inCard: InCard,
  ) {}

  read(): Promise<CardView | null> {
    return readCard(this.inCard);
  }

  /** Waits until a card is open (and satisfies `until`), and returns what it shows. */
  async waitOpen(until: (card: CardView) => boolean = () => true, timeout = 5_000): Promise<CardView> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const card = await this.read().catch(() => null);
      if (card && until(card)) return card;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for the card (last: ${JSON.stringify(card)})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async waitClosed(timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while ((await this.read()) !== null) {
      if (Date.now() > deadline) throw new Error(`The card was still open after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async click(selector: string): Promise<void> {
    const { x, y } = await cardControlCentre(this.inCard, selector);
    await this.page.mouse.click(x, y);
  }

  /** Clicks into a field and types, as a reader does. */
  async type(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.page.keyboard.type(text);
  }

  /** Clicks Save and waits until the status line matches `status`. */
  async save(status: RegExp = /^Saved/, timeout = 5_000): Promise<CardView> {
    await this.click('button[type="submit"]');
    return this.waitOpen((c) => status.test(c.status), timeout);
  }
}

/** The centre of an element of a page (light DOM), scrolled into view. */
export async function elementCentre(page: Evaluates, selector: string): Promise<{ x: number; y: number }> {
  const point = await inPage(
    page,
    (sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      const box = el.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    selector,
  );
  if (!point) throw new Error(`No ${selector} on the page`);
  return point;
}
