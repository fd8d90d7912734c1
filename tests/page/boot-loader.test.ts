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
import { bootLoader, type PageModule } from '../../src/page/loader';
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

  beforeEach(() => {
    touched = [];
    calls = [];
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
        sendMessage: async (m: { name: string }) => {
          calls.push(m.name);
          return { ok: true, value: m.name === 'analyzePage' ? { mentions: [], levers: {}, sides: {} } : null };
        },
      },
      storage: {
        local: {
          get: async () => {
            calls.push('storage.get');
            return {};
          },
        },
        onChanged: { addListener: () => undefined, removeListener: () => undefined },
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

  it('stops at the first look on a page that is no article, without touching the extension API', async () => {
    const { doc } = page(`<nav><a href="/">Home</a></nav><form><input></form><p>Sign in to continue.</p><ul>${'<li>A product with a long name</li>'.repeat(40)}</ul>`);
    bootLoader(neverLoaded, doc);
    await settle();
    expect(touched).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('reads the article (settings, then the engine) on a page that has one', async () => {
    const { doc } = page(`<article>${Array.from({ length: 6 }, (_, i) => `<p>${i} ${sentence(2)}</p>`).join('')}</article>`);
    bootLoader(neverLoaded, doc);
    await settle();
    // The engine found nothing: the page module is not loaded, the popup is told the page is an article.
    expect(calls).toEqual(['storage.get', 'analyzePage', 'reportPage']);
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
    expect(calls[0]).toBe('storage.get');
    expect(calls).toContain('analyzePage');
  });
});
