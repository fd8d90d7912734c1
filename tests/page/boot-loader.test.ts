/**
 * The loader's first look (bootLoader, paragraphText): a page whose paragraphs hold too little text to be an article
 * stops there, without a look at the extension's API; it must never turn away a page the article finder would take.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoot, paragraphText } from '../../src/page/article';
import { bootLoader, type PageModule, type PageRun } from '../../src/page/loader';
import type { ArticleReading } from '../../src/messaging/protocol';
import type { Mention } from '../../src/engine/index';
import { corpusFolder } from '../corpus/corpus-path';

function page(inner: string): { doc: Document; window: Window } {
  const { document, window } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${inner}</body></html>`);
  const doc = document as unknown as Document;
  Object.defineProperty(doc, 'location', { value: new URL('https://news.example/story') });
  Object.defineProperty(doc, 'readyState', { value: 'interactive', configurable: true });
  return { doc, window: window as unknown as Window };
}

const sentence = (n: number) => 'Officials met in Geneva to talk about the new rules. '.repeat(n);

describe('paragraphText', () => {
  it('counts the paragraphs of at least 25 characters, without the white space at their ends', () => {
    const { doc } = page(`<p>  short one  </p><p>  ${'x'.repeat(30)}  </p><div>${'y'.repeat(500)}</div><p>${'z'.repeat(25)}</p>`);
    expect(paragraphText(doc)).toBe(55);
  });

  it('stops counting once it has enough', () => {
    const { doc } = page(Array.from({ length: 50 }, () => `<p>${'w'.repeat(100)}</p>`).join(''));
    const lengths = new Map<Element, number>();
    expect(paragraphText(doc, 250, lengths)).toBe(300);
    expect(lengths.size).toBe(3);
    expect(paragraphText(doc)).toBe(5000);
  });
});

describe('the first look never turns away an article the finder would take', () => {
  // Documents of paragraphs (short and long) in landmarks, plain containers and skipped elements, nested.
  const paragraph = fc.integer({ min: 0, max: 240 }).map((n) => `<p>${'a'.repeat(n)}${n % 7 === 0 ? '   ' : ''}</p>`);
  const container = fc.constantFrom('article', 'main', 'div', 'section', 'aside', 'nav', 'div class="sidebar"', 'div role="main"');
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      paragraph,
      fc.tuple(container, fc.array(tie('node'), { maxLength: 5 })).map(([tag, children]) => `<${tag}>${children.join('')}</${tag.split(' ')[0]}>`),
    ),
  })).node;

  it('on generated pages', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (nodes) => {
        const { doc } = page(nodes.join(''));
        const root = findArticleRoot(doc);
        return root === null || paragraphText(doc, 400) >= 400;
      }),
      { numRuns: 400 },
    );
  });

  const pages = corpusFolder('pages/readability');
  it.skipIf(!pages)('on the saved pages of the shared corpus', () => {
    let articles = 0;
    let turnedAway = 0;
    for (const name of readdirSync(pages!).filter((f) => f.endsWith('.html'))) {
      const doc = parseHTML(readFileSync(join(pages!, name), 'utf8')).document as unknown as Document;
      const root = findArticleRoot(doc);
      if (root) articles++;
      if (root && paragraphText(doc, 400) < 400) turnedAway++;
    }
    expect(articles).toBeGreaterThan(50);
    expect(turnedAway).toBe(0);
  });
});

describe('bootLoader', () => {
  const g = globalThis as { chrome?: unknown };
  let touched: string[];
  let calls: string[];
  let sent: { name: string; data: Record<string, unknown> }[];
  /** The background's answer to readArticle (see ArticleReading). */
  let reading: ArticleReading;
  let storageListeners: ((changes: Record<string, { newValue?: unknown }>, area: string) => void)[];
  let stored: Record<string, unknown>;

  beforeEach(() => {
    touched = [];
    calls = [];
    sent = [];
    storageListeners = [];
    stored = {};
    reading = { site: 'news.example', settings: { wrapperMode: false, trace: false }, stopped: null, analysis: { mentions: [], levers: {}, sides: {} } };
    // A stand-in for the extension's API that records every property read, and answers the few calls the loader makes.
    const record = (path: string, value: unknown): unknown =>
      new Proxy(value as object, {
        get(target, key) {
          const name = `${path}.${String(key)}`;
          touched.push(name);
          const inner = (target as Record<PropertyKey, unknown>)[key];
          return inner && typeof inner === 'object' ? record(name, inner) : inner;
        },
      });
    g.chrome = record('chrome', {
      runtime: {
        id: 'test',
        sendMessage: async (m: { name: string; data: Record<string, unknown> }) => {
          calls.push(m.name);
          sent.push(m);
          return { ok: true, value: m.name === 'readArticle' ? structuredClone(reading) : null };
        },
      },
      storage: {
        local: {
          get: async (keys: string | string[]) => {
            calls.push('storage.get');
            return Object.fromEntries([keys].flat().filter((k) => k in stored).map((k) => [k, stored[k]]));
          },
        },
        onChanged: {
          addListener: (fn: (typeof storageListeners)[number]) => storageListeners.push(fn),
          removeListener: () => undefined,
        },
      },
    });
  });

  afterEach(() => {
    delete g.chrome;
  });

  const settle = () => new Promise((r) => setTimeout(r, 10));
  const neverLoaded = async (): Promise<PageModule> => {
    calls.push('loadPage');
    throw new Error('not expected');
  };
  const articlePage = () => page(`<article>${Array.from({ length: 6 }, (_, i) => `<p>${i} ${sentence(2)}</p>`).join('')}</article>`);
  const mention: Mention = { start: 0, end: 1, text: '0', lever: 'tariffs', category: 'tariffs-remedies', side: 'us', stance: 'tighten', confidence: 0.9, sentence: '0' };
  const storageTouched = () => touched.filter((t) => t.startsWith('chrome.storage'));
  const change = (changes: Record<string, { newValue?: unknown }>) => {
    for (const fn of storageListeners) fn(changes, 'local');
  };

  it('stops at the first look on a page that is no article, without touching the extension API', async () => {
    const { doc } = page(`<nav><a href="/">Home</a></nav><form><input></form><p>Sign in to continue.</p><ul>${'<li>A product with a long name</li>'.repeat(40)}</ul>`);
    bootLoader(neverLoaded, doc);
    await settle();
    expect(touched).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('reads an article with one message, which names no page, and reads no extension storage', async () => {
    const { doc } = articlePage();
    bootLoader(neverLoaded, doc);
    await settle();
    // The engine found nothing: the page module is not loaded; the background recorded the tab itself.
    expect(calls).toEqual(['readArticle']);
    expect(Object.keys(sent[0].data).sort()).toEqual(['text', 'title']);
    expect(sent[0].data.text).toContain('Officials met in Geneva');
    expect(storageTouched()).toEqual([]);
  });

  it('stops at the background\'s word on an article without a lever phrase, and does not follow the site switch', async () => {
    reading = { ...reading, stopped: 'no lever', analysis: null };
    const { doc } = articlePage();
    bootLoader(neverLoaded, doc);
    await settle();
    expect(calls).toEqual(['readArticle']);
    expect(storageTouched()).toEqual([]);
  });

  it('on a site switched off, follows the switch and reads the article again once it is switched on', async () => {
    reading = { ...reading, stopped: 'disabled', analysis: null };
    const { doc } = articlePage();
    const started: PageRun[] = [];
    bootLoader(async () => ({ startPage: (run) => (started.push(run), { stop: () => undefined }) }), doc);
    await settle();
    expect(calls).toEqual(['readArticle']);
    expect(storageListeners).toHaveLength(1);
    // Another site switched off: nothing to do.
    change({ 'pp:disabled-sites': { newValue: ['news.example', 'other.example'] } });
    await settle();
    expect(calls).toEqual(['readArticle']);
    reading = { ...reading, stopped: null, settings: { wrapperMode: true, trace: true }, analysis: { mentions: [mention], levers: {}, sides: {} } };
    change({ 'pp:disabled-sites': { newValue: ['other.example'] } });
    await settle();
    expect(calls).toEqual(['readArticle', 'readArticle']);
    // Painted with the settings the background sent.
    expect(started).toHaveLength(1);
    expect(started[0].settings).toEqual({ wrapperMode: true, trace: true });
    expect(started[0].analysis.mentions).toEqual([mention]);
  });

  it('hands the page module a gate read from storage only when it asks, and kept current', async () => {
    reading = { ...reading, stopped: null, analysis: { mentions: [mention], levers: {}, sides: {} } };
    stored = { 'pp:gate': 'tariffs\nrare earth|earths' };
    const { doc } = articlePage();
    let run: PageRun | undefined;
    let stopped = 0;
    bootLoader(async () => ({ startPage: (r) => ((run = r), { stop: () => void stopped++ }) }), doc);
    await settle();
    expect(run).toBeDefined();
    expect(calls).toEqual(['readArticle']);
    expect(await run!.gate()).toEqual(['tariffs', 'rare earth|earths']);
    expect(await run!.gate()).toEqual(['tariffs', 'rare earth|earths']);
    expect(calls).toEqual(['readArticle', 'storage.get']);
    change({ 'pp:gate': { newValue: 'visas' } });
    expect(await run!.gate()).toEqual(['visas']);
    // Switched off: the page is put back as it was and the popup told.
    change({ 'pp:disabled-sites': { newValue: ['news.example'] } });
    await settle();
    expect(stopped).toBe(1);
    expect(calls.at(-1)).toBe('reportPage');
    expect(sent.at(-1)!.data).toMatchObject({ isArticle: false });
  });

  it('looks again once the page has loaded (the browser\'s load event, not one the page sends), and then finds the article its scripts rendered', async () => {
    const { doc, window } = page('<div id="app">Loading…</div>');
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    bootLoader(neverLoaded, doc);
    await settle();
    expect(touched).toEqual([]);
    doc.getElementById('app')!.innerHTML = `<article>${Array.from({ length: 6 }, (_, i) => `<p>${i} ${sentence(2)}</p>`).join('')}</article>`;
    const { Event: PageEvent } = window as unknown as { Event: typeof Event };
    // A load event the page dispatches itself is ignored...
    window.dispatchEvent(new PageEvent('load'));
    await settle();
    expect(touched).toEqual([]);
    // ...the browser's own (trusted) one is looked at.
    const real = new PageEvent('load');
    Object.defineProperty(real, 'isTrusted', { value: true });
    window.dispatchEvent(real);
    await settle();
    expect(calls).toEqual(['readArticle']);
  });
});
