/**
 * The background's answer to an article (readArticle): the site switch, read for the sender's address; the lever
 * check (the gate) before the engine; the settings the page paints with; the tab recorded for the popup.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const local = new Map<string, unknown>();
const session = new Map<string, unknown>();
const area = (map: Map<string, unknown>) => ({
  get: async (keys: string | string[] | null) =>
    Object.fromEntries(keys === null ? [...map] : [keys].flat().filter((k) => map.has(k)).map((k) => [k, map.get(k)])),
  set: async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
  },
  remove: async (keys: string | string[]) => {
    for (const k of [keys].flat()) map.delete(k);
  },
});
vi.mock('wxt/browser', () => ({ browser: { storage: { local: area(local), session: area(session) } } }));
vi.mock('virtual:seed-knowledge', async () => {
  const { buildKnowledge } = await import('../../src/background/knowledge');
  const { seed } = await import('../../src/kb/seed/index');
  const data = buildKnowledge(seed);
  return { seedKnowledge: () => data };
});
vi.mock('lazy:./store', () => ({ load: () => ({}) }));
vi.mock('lazy:compromise', () => ({ load: () => ({}) }));

const { BackgroundService } = await import('../../src/background/service');
const { dispatch } = await import('../../src/messaging/server');
const { DISABLED_SITES_KEY, TRACE_KEY, WRAPPER_MODE_KEY } = await import('../../src/types/settings');

const ORIGIN = 'chrome-extension://ext';
const LEVER_TEXT = 'Beijing tightened export controls on rare earths on Monday, and Washington raised tariffs on steel.';
const PLAIN_TEXT = 'The city council met on Tuesday to discuss the new bicycle lanes and the opening hours of the library.';

/** A message from the content script of tab 7, showing `url` (the browser says so, not the message). */
function fromTab(url: string) {
  return { id: 'ext', tab: { id: 7, url } as never, url };
}

async function readArticle(text: string, url = 'https://www.news.example/2025/story') {
  const handlers = new BackgroundService().handlers();
  const reply = await dispatch(handlers, { pp: 1, name: 'readArticle', data: { title: 'Story', text } }, fromTab(url) as never, ORIGIN);
  if (!reply?.ok) throw new Error(`no answer: ${JSON.stringify(reply)}`);
  // The tab's record is written after the answer.
  await new Promise((r) => setTimeout(r, 10));
  return { reading: reply.value as import('../../src/messaging/protocol').ArticleReading, tab: session.get('tab:7') as { url: string; isArticle: boolean; mentions: number } | undefined };
}

beforeEach(() => {
  local.clear();
  session.clear();
});

describe('readArticle', () => {
  it('reads an article naming levers with the engine, and paints it with the stored settings', async () => {
    local.set(WRAPPER_MODE_KEY, true);
    local.set(TRACE_KEY, true);
    const { reading, tab } = await readArticle(LEVER_TEXT);
    expect(reading.stopped).toBeNull();
    expect(reading.site).toBe('news.example');
    expect(reading.settings).toEqual({ wrapperMode: true, trace: true });
    expect(reading.analysis?.mentions.map((m) => m.lever)).toEqual(expect.arrayContaining(['rare-earths']));
    expect(tab).toMatchObject({ url: 'https://www.news.example/2025/story', isArticle: true, mentions: reading.analysis!.mentions.length });
  });

  it('does not run the engine on an article without a lever phrase, and records the tab as an article', async () => {
    const { reading, tab } = await readArticle(PLAIN_TEXT);
    expect(reading).toEqual({ site: 'news.example', settings: { wrapperMode: false, trace: false }, stopped: 'no lever', analysis: null });
    expect(tab).toMatchObject({ isArticle: true, mentions: 0 });
  });

  it("answers 'disabled' for a site switched off, by the sender's address, before anything is read", async () => {
    local.set(DISABLED_SITES_KEY, ['news.example']);
    const { reading, tab } = await readArticle(LEVER_TEXT);
    expect(reading).toMatchObject({ site: 'news.example', stopped: 'disabled', analysis: null });
    expect(tab).toMatchObject({ isArticle: false, mentions: 0 });
    // Another site of the same name in the text or title changes nothing; the sender's address does.
    const other = await readArticle(LEVER_TEXT, 'https://other.example/news.example');
    expect(other.reading.stopped).toBeNull();
  });
});
