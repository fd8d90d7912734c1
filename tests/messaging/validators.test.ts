/**
 * Every message the background accepts, with a good payload and with bad ones: wrong types, missing and extra fields,
 * sizes past the limits, hostile ids, impossible dates. A refusal names the message and the field.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES, validateEnvelope } from '../../src/messaging/validators';
import type { MessageName } from '../../src/messaging/protocol';
import { SchemaError } from '../../src/schemas/issues';
import { MAX_TEXT, MAX_TITLE, MAX_URL } from '../../src/types/limits';

const UID = '3b241101-e2bb-4255-8caf-4136c566a962';
const SAVE = {
  uid: UID,
  title: 'Story',
  lever: 'rare-earths',
  category: 'critical-minerals',
  side: 'china',
  stance: 'tighten',
  quote: { exact: 'rare earths', prefix: 'curbed ', suffix: ' exports' },
  position: { start: 7, end: 18 },
  sentence: 'Beijing curbed rare earths exports.',
  note: '',
  tags: ['minerals'],
};

/** A valid request for every message. */
const GOOD: { [K in MessageName]: unknown } = {
  readArticle: { title: 'T', text: 'Beijing curbed rare earths.' },
  analyzePage: { title: 'T', text: 'Beijing curbed rare earths.', fragment: false },
  pageAnnotations: {},
  reportPage: {
    title: 'T',
    isArticle: true,
    placed: [1, 2],
    orphans: [{ id: 3, exact: 'tariffs' }],
    facts: { canonicalUrl: 'https://news.example/a', published: { date: '2024-02-29', source: 'meta' } },
  },
  saveAnnotation: SAVE,
  getPopupData: { tabId: null, pageUrl: null },
  openAnnotation: { id: 4 },
  knowledgeBaseChanged: {},
  setSiteEnabled: { site: 'news.example', enabled: false },
  getLogSettings: {},
  setLogSettings: { retentionDays: 90 },
  getTimelineCounters: { facet: 'lever:rare-earths' },
  getFirstAnnotations: { limit: 50 },
};

/** Bad payloads and the field each must be refused on (`''`: the request itself). */
const BAD: [MessageName, unknown, string][] = [
  ['analyzePage', null, 'analyzePage'],
  ['analyzePage', { ...(GOOD.analyzePage as object), text: 5 }, 'analyzePage.text'],
  ['analyzePage', { ...(GOOD.analyzePage as object), text: 'x'.repeat(MAX_TEXT + 1) }, 'analyzePage.text'],
  ['analyzePage', { ...(GOOD.analyzePage as object), title: 'x'.repeat(MAX_TITLE + 1) }, 'analyzePage.title'],
  // The page's address is never taken from a message.
  ['analyzePage', { ...(GOOD.analyzePage as object), pageUrl: 'https://bank.example/' }, 'analyzePage.pageUrl'],
  ['analyzePage', { ...(GOOD.analyzePage as object), fragment: 'yes' }, 'analyzePage.fragment'],
  // Nor its site or whether it is switched on: the background takes the address from the sender.
  ['readArticle', { ...(GOOD.readArticle as object), pageUrl: 'https://bank.example/' }, 'readArticle.pageUrl'],
  ['readArticle', { ...(GOOD.readArticle as object), site: 'bank.example' }, 'readArticle.site'],
  ['readArticle', { ...(GOOD.readArticle as object), text: 'x'.repeat(MAX_TEXT + 1) }, 'readArticle.text'],
  ['reportPage', { ...(GOOD.reportPage as object), facts: { canonicalUrl: 'https://news.example/a', published: { date: '2025-02-30', source: 'meta' } } }, 'reportPage.facts.published.date'],
  ['reportPage', { ...(GOOD.reportPage as object), facts: { canonicalUrl: 'https://news.example/a', published: { date: '2025-02-03', source: 'rumour' } } }, 'reportPage.facts.published.source'],
  ['reportPage', { ...(GOOD.reportPage as object), facts: { canonicalUrl: 'x'.repeat(MAX_URL + 1), published: null } }, 'reportPage.facts.canonicalUrl'],
  // The page's title is the report's own; its address is the sender's.
  ['reportPage', { ...(GOOD.reportPage as object), facts: { canonicalUrl: 'https://news.example/a', published: null, title: 'T' } }, 'reportPage.facts.title'],
  ['reportPage', { ...(GOOD.reportPage as object), facts: { canonicalUrl: 'https://news.example/a', published: null, pageUrl: 'https://bank.example/' } }, 'reportPage.facts.pageUrl'],
  ['pageAnnotations', { pageUrl: 'https://news.example/' }, 'pageAnnotations.pageUrl'],
  ['reportPage', { ...(GOOD.reportPage as object), placed: [0] }, 'reportPage.placed.0'],
  ['reportPage', { ...(GOOD.reportPage as object), placed: [1.5] }, 'reportPage.placed.0'],
  ['reportPage', { ...(GOOD.reportPage as object), orphans: [{ id: 1 }] }, 'reportPage.orphans.0.exact'],
  ['saveAnnotation', { ...SAVE, uid: 'again' }, 'saveAnnotation.uid'],
  ['saveAnnotation', { ...SAVE, lever: '__proto__' }, 'saveAnnotation.lever'],
  ['saveAnnotation', { ...SAVE, lever: 'constructor' }, 'saveAnnotation.lever'],
  ['saveAnnotation', { ...SAVE, side: 'toString' }, 'saveAnnotation.side'],
  ['saveAnnotation', { ...SAVE, side: 'none' }, 'saveAnnotation.side'],
  ['saveAnnotation', { ...SAVE, category: 'fruit' }, 'saveAnnotation.category'],
  ['saveAnnotation', { ...SAVE, stance: 'sideways' }, 'saveAnnotation.stance'],
  ['saveAnnotation', { ...SAVE, quote: { ...SAVE.quote, exact: '' } }, 'saveAnnotation.quote.exact'],
  ['saveAnnotation', { ...SAVE, position: { start: 9, end: 9 } }, 'saveAnnotation.position.end'],
  ['saveAnnotation', { ...SAVE, position: { start: -1, end: 9 } }, 'saveAnnotation.position.start'],
  ['saveAnnotation', { ...SAVE, note: 'x'.repeat(20_001) }, 'saveAnnotation.note'],
  ['saveAnnotation', { ...SAVE, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'saveAnnotation.tags'],
  ['saveAnnotation', { ...SAVE, tags: [''] }, 'saveAnnotation.tags.0'],
  ['saveAnnotation', { ...SAVE, pageUrl: 'https://news.example/' }, 'saveAnnotation.pageUrl'],
  ['getPopupData', { tabId: -1, pageUrl: null }, 'getPopupData.tabId'],
  ['getPopupData', { tabId: 1, pageUrl: null, fresh: 'yes' }, 'getPopupData.fresh'],
  ['openAnnotation', { id: '4' }, 'openAnnotation.id'],
  ['knowledgeBaseChanged', { anything: 1 }, 'knowledgeBaseChanged.anything'],
  ['setSiteEnabled', { site: '', enabled: true }, 'setSiteEnabled.site'],
  ['getLogSettings', [], 'getLogSettings'],
  ['setLogSettings', { retentionDays: 3 }, 'setLogSettings.retentionDays'],
  ['getTimelineCounters', { facet: '' }, 'getTimelineCounters.facet'],
  ['getTimelineCounters', { facet: '*', side: 'us' }, 'getTimelineCounters.side'],
  ['getFirstAnnotations', { limit: 100_000 }, 'getFirstAnnotations.limit'],
  ['getFirstAnnotations', { limit: 0 }, 'getFirstAnnotations.limit'],
];

function refusal(name: string, data: unknown): SchemaError {
  try {
    validateEnvelope({ pp: 1, name, data });
  } catch (err) {
    if (err instanceof SchemaError) return err;
    throw err;
  }
  throw new Error(`${name} accepted ${JSON.stringify(data)?.slice(0, 80)}`);
}

describe('message validators', () => {
  it('cover every message of the protocol', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual(Object.keys(GOOD).sort());
    expect(new Set(BAD.map(([name]) => name))).toEqual(new Set(Object.keys(GOOD)));
  });

  it.each(Object.entries(GOOD))('accept a good %s', (name, data) => {
    expect(validateEnvelope({ pp: 1, name, data })).toEqual({ name, from: MESSAGES[name as MessageName].from, data });
  });

  it.each(BAD.map(([name, data, field]) => [field, name, data] as const))('refuse a bad %s', (field, name, data) => {
    const err = refusal(name, data);
    expect(err.errors.map((e) => e.field)).toContain(field);
    expect(err.message).toContain(`${field}: `);
  });

  it('ignore what is not one of our messages, whatever its name', () => {
    for (const message of [null, 'analyzePage', { pp: 2, name: 'analyzePage' }, { pp: 1, name: '__proto__', data: {} }, { pp: 1, name: 'toString', data: {} }, { pp: 1, name: 'getTabState', data: { tabId: 1 } }, { pp: 1, name: 'getSiteEnabled', data: { site: 'x' } }]) {
      expect(validateEnvelope(message)).toBeNull();
    }
  });
});
