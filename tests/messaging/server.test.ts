/**
 * The background's door: who may send what, where a page's address comes from, and how every outcome is answered.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { dispatch, isOwnSender, senderOf, type Handlers } from '../../src/messaging/server';

type Sender = Browser.runtime.MessageSender;

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const PAGE = { id: ID, tab: { id: 7, url: 'https://news.example/story' }, url: 'https://news.example/story#top', frameId: 0 } as Sender;
const POPUP: Sender = { id: ID, url: `${ORIGIN}/popup.html?tab=7` };
const DASHBOARD_TAB = { id: ID, url: `${ORIGIN}/dashboard.html`, tab: { id: 9, url: `${ORIGIN}/dashboard.html` } } as Sender;

function handlers(): Handlers & Record<string, ReturnType<typeof vi.fn>> {
  const ok = (value: unknown) => vi.fn(async () => value);
  return {
    analyzePage: ok({ mentions: [], levers: {}, sides: {} }),
    pageAnnotations: ok({ saved: [], levers: {}, focusAnnotation: null }),
    reportPage: ok(null),
    saveAnnotation: vi.fn(async () => {
      throw new Error('The database refused the write: QuotaExceededError');
    }),
    getPopupData: ok(null),
    openAnnotation: ok(null),
    knowledgeBaseChanged: ok(null),
    setSiteEnabled: ok(true),
    getLogSettings: ok({ enabled: true, retentionDays: 365, noticeSeen: false }),
    setLogSettings: ok({ enabled: true, retentionDays: 365, noticeSeen: false }),
  } as never;
}

describe('isOwnSender', () => {
  it('accepts our content scripts and our pages, nothing else', () => {
    expect(isOwnSender(PAGE, ID, ORIGIN)).toBe(true);
    expect(isOwnSender(POPUP, ID, ORIGIN)).toBe(true);
    expect(isOwnSender({ ...PAGE, id: 'another-extension' }, ID, ORIGIN)).toBe(false);
    expect(isOwnSender({ id: ID, url: 'https://news.example/' }, ID, ORIGIN)).toBe(false);
    // An origin that merely starts like ours is not ours.
    expect(isOwnSender({ id: ID, url: `${ORIGIN}.evil.example/x` }, ID, ORIGIN)).toBe(false);
  });
});

describe('senderOf', () => {
  it("takes the page's address from the browser, cut to the protocol's limit", () => {
    expect(senderOf(PAGE, ORIGIN)).toEqual({ kind: 'page', url: 'https://news.example/story#top', tabId: 7 });
    expect(senderOf({ ...PAGE, url: undefined }, ORIGIN).url).toBe('https://news.example/story');
    expect(senderOf({ ...PAGE, url: `https://news.example/${'a'.repeat(9000)}` }, ORIGIN).url).toHaveLength(8192);
    expect(senderOf(POPUP, ORIGIN)).toMatchObject({ kind: 'extension', tabId: undefined });
    expect(senderOf(DASHBOARD_TAB, ORIGIN)).toMatchObject({ kind: 'extension', tabId: 9 });
  });
});

describe('dispatch', () => {
  const analyze = { pp: 1, name: 'analyzePage', data: { title: 'T', text: 'x', fragment: false } };

  it("runs the handler with the sender's address and answers {ok, value}", async () => {
    const h = handlers();
    expect(await dispatch(h, analyze, PAGE, ORIGIN)).toEqual({ ok: true, value: { mentions: [], levers: {}, sides: {} } });
    expect(h.analyzePage).toHaveBeenCalledWith(analyze.data, { kind: 'page', url: 'https://news.example/story#top', tabId: 7 });
  });

  it('gives no answer to what is not one of our messages', async () => {
    const h = handlers();
    for (const message of [undefined, 'hello', { pp: 1, name: 'getTabState', data: { tabId: 7 } }, { pp: 1, name: 'constructor', data: {} }]) {
      expect(await dispatch(h, message, PAGE, ORIGIN)).toBeUndefined();
    }
  });

  it('refuses a bad payload naming the field, without running the handler', async () => {
    const h = handlers();
    const reply = await dispatch(h, { ...analyze, data: { ...analyze.data, pageUrl: 'https://bank.example/' } }, PAGE, ORIGIN);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Invalid message: analyzePage\.pageUrl: /) });
    expect(h.analyzePage).not.toHaveBeenCalled();
  });

  it("refuses a page's message from an extension page, and an extension page's message from a content script", async () => {
    const h = handlers();
    expect(await dispatch(h, analyze, POPUP, ORIGIN)).toEqual({ ok: false, error: expect.stringContaining('only a content script') });
    const off = { pp: 1, name: 'setSiteEnabled', data: { site: 'news.example', enabled: false } };
    expect(await dispatch(h, off, PAGE, ORIGIN)).toEqual({ ok: false, error: expect.stringContaining("only the extension's own pages") });
    expect(h.analyzePage).not.toHaveBeenCalled();
    expect(h.setSiteEnabled).not.toHaveBeenCalled();
    expect(await dispatch(h, off, DASHBOARD_TAB, ORIGIN)).toEqual({ ok: true, value: true });
  });

  it('refuses a page message from something that is not a web page in a tab', async () => {
    const h = handlers();
    expect(await dispatch(h, analyze, { id: ID, url: 'https://news.example/' }, ORIGIN)).toEqual({ ok: false, error: expect.stringContaining('not a web page in a tab') });
    expect(await dispatch(h, analyze, { ...PAGE, url: 'file:///etc/passwd' }, ORIGIN)).toEqual({ ok: false, error: expect.stringContaining('not a web page in a tab') });
  });

  it("answers a handler's failure as {ok: false, error} with its message", async () => {
    const h = handlers();
    const save = {
      pp: 1,
      name: 'saveAnnotation',
      data: { uid: '3b241101-e2bb-4255-8caf-4136c566a962', title: 'T', lever: 'tariffs', category: 'tariffs-remedies', side: null, stance: 'neutral', quote: { exact: 'tariffs', prefix: '', suffix: '' }, position: { start: 0, end: 7 }, sentence: '', note: '', tags: [] },
    };
    expect(await dispatch(h, save, PAGE, ORIGIN)).toEqual({ ok: false, error: 'The database refused the write: QuotaExceededError' });
  });
});
