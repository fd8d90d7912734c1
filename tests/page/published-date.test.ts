import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDateText, publishedDate, urlDate } from '../../src/page/published-date';
import { corpusFolder } from '../corpus/corpus-path';

const NOW = Date.UTC(2025, 5, 15, 12);

function page(head: string, body = '<p>Story.</p>'): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('parseDateText', () => {
  it('keeps the day the publisher wrote, whatever the time zone', () => {
    expect(parseDateText('2019-03-14T23:30:00-05:00', NOW)).toBe('2019-03-14');
    expect(parseDateText('2019-03-14T00:10:00+09:00', NOW)).toBe('2019-03-14');
    expect(parseDateText('2019-03-14', NOW)).toBe('2019-03-14');
    expect(parseDateText('2017-11-16T14:15+0000', NOW)).toBe('2017-11-16');
    expect(parseDateText('2019-04-28 06:01:07', NOW)).toBe('2019-04-28');
  });

  it('reads written dates, printed dates, unambiguous slashed dates and epoch times', () => {
    expect(parseDateText('March 14, 2019', NOW)).toBe('2019-03-14');
    expect(parseDateText('Thursday, 14 Mar 2019 10:00 GMT', NOW)).toBe('2019-03-14');
    expect(parseDateText('Fri Mar 13 21:30:09 EST 2015', NOW)).toBe('2015-03-13');
    expect(parseDateText('05/29/2007 09:49:00', NOW)).toBe('2007-05-29');
    expect(parseDateText('29/05/2007', NOW)).toBe('2007-05-29');
    expect(parseDateText('1546498802', NOW)).toBe('2019-01-03');
    expect(parseDateText('1546498802000', NOW)).toBe('2019-01-03');
  });

  it('refuses what is not a day: ambiguous, impossible, far future, too old, empty', () => {
    expect(parseDateText('05/06/2007', NOW)).toBeNull();
    expect(parseDateText('2019-02-30', NOW)).toBeNull();
    expect(parseDateText('2099-01-01', NOW)).toBeNull();
    expect(parseDateText('1850-01-01', NOW)).toBeNull();
    expect(parseDateText('', NOW)).toBeNull();
    expect(parseDateText('yesterday', NOW)).toBeNull();
    // Tomorrow is allowed: the publisher may be a time zone ahead.
    expect(parseDateText('2025-06-16T01:00:00+14:00', NOW)).toBe('2025-06-16');
  });
});

describe('publishedDate', () => {
  it('reads article:published_time', () => {
    expect(publishedDate(page('<meta property="article:published_time" content="2024-11-05T08:00:00Z">'), [], NOW)).toEqual({ date: '2024-11-05', source: 'meta' });
  });

  it('reads JSON-LD datePublished at the top level, in a list, in @graph and under mainEntity', () => {
    expect(publishedDate(page(ld({ '@type': 'NewsArticle', datePublished: '2023-02-01T10:00:00Z' })), [], NOW)?.date).toBe('2023-02-01');
    expect(publishedDate(page(ld([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: '2023-02-02' }])), [], NOW)?.date).toBe('2023-02-02');
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', datePublished: '2020-01-01' },
        { '@type': ['NewsArticle', 'ReportageNewsArticle'], datePublished: '2023-02-03T09:00:00+01:00' },
      ],
    };
    // The article's date wins over the web page's, wherever each sits.
    expect(publishedDate(page(ld(graph)), [], NOW)).toEqual({ date: '2023-02-03', source: 'json-ld' });
    expect(publishedDate(page(ld({ '@type': 'WebPage', mainEntity: { '@type': 'BlogPosting', datePublished: '2023-02-04' } })), [], NOW)?.date).toBe('2023-02-04');
    // Any entity's date when no article has one.
    expect(publishedDate(page(ld({ '@type': 'WebPage', datePublished: '2023-02-05' })), [], NOW)?.date).toBe('2023-02-05');
  });

  it('skips broken JSON-LD and keeps looking', () => {
    const doc = page(`<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>${ld({ '@type': 'NewsArticle', datePublished: '2022-07-07' })}`);
    expect(publishedDate(doc, [], NOW)?.date).toBe('2022-07-07');
  });

  it('reads itemprop=datePublished on a time, a meta or plain text', () => {
    expect(publishedDate(page('', '<article><time itemprop="datePublished" datetime="2021-05-06T10:00:00Z">6 May</time></article>'), [], NOW)).toEqual({ date: '2021-05-06', source: 'itemprop' });
    expect(publishedDate(page('<meta itemprop="datePublished" content="2021-05-07">'), [], NOW)?.date).toBe('2021-05-07');
    expect(publishedDate(page('', '<p>Published <span itemprop="datePublished">May 8, 2021</span></p>'), [], NOW)?.date).toBe('2021-05-08');
  });

  it('reads parse.ly, Dublin Core and content-system meta tags', () => {
    expect(publishedDate(page('<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">'), [], NOW)).toEqual({ date: '2024-04-20', source: 'parsely' });
    expect(publishedDate(page(`<meta name="parsely-page" content='{"title": "x", "pub_date": "2024-04-21T10:00:00Z"}'>`), [], NOW)?.date).toBe('2024-04-21');
    expect(publishedDate(page('<meta name="DC.date.issued" content="2016-02-01T01:28:49">'), [], NOW)).toEqual({ date: '2016-02-01', source: 'dublin-core' });
    expect(publishedDate(page('<meta name="publishDate" content="2020-11-11 12:00:00.000-0600">'), [], NOW)).toEqual({ date: '2020-11-11', source: 'cms-meta' });
  });

  it('reads a time element in the byline, not one in a list of other stories or an update stamp', () => {
    const byline = `<article><h1>Title</h1><div class="byline">By A. Writer <time datetime="2020-12-18T16:09:48+00:00">18 December</time></div><p>Text.</p></article>`;
    expect(publishedDate(page('', byline), [], NOW)).toEqual({ date: '2020-12-18', source: 'time' });
    const others = `<article><p>Text.</p></article><aside><ul><li class="byline"><time datetime="2020-01-01">1 Jan</time></li></ul></aside>
      <div class="updated"><time datetime="2020-02-02">2 Feb</time></div><div><time datetime="2020-03-03">3 Mar</time></div>`;
    expect(publishedDate(page('', others), [], NOW)).toBeNull();
    expect(publishedDate(page('', '<p>Posted <time pubdate datetime="2019-09-09">9 Sep</time></p>'), [], NOW)?.date).toBe('2019-09-09');
  });

  it('falls back to a date in the address', () => {
    expect(publishedDate(page(''), ['https://news.example/world/2019/03/14/story.html'], NOW)).toEqual({ date: '2019-03-14', source: 'url' });
    expect(urlDate('https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea', NOW)).toBe('2019-01-03');
    expect(urlDate('https://news.example/2019-03-15/story', NOW)).toBe('2019-03-15');
    expect(urlDate('https://news.example/story-20190316.html', NOW)).toBe('2019-03-16');
    // A year and month is not a day; ids that only look like dates are not dates.
    expect(urlDate('https://news.example/2016/05/story.html', NOW)).toBeNull();
    expect(urlDate('https://news.example/story/2019999912', NOW)).toBeNull();
    // The first address with a date wins.
    expect(publishedDate(page(''), ['https://news.example/story', 'https://news.example/2018/02/01/story'], NOW)?.date).toBe('2018-02-01');
  });

  it('prefers the explicit metadata in the documented order', () => {
    const doc = page(
      `<meta name="dc.date" content="2010-01-01">${ld({ '@type': 'NewsArticle', datePublished: '2011-01-01' })}<meta property="article:published_time" content="2012-01-01">`,
      '<time itemprop="datePublished" datetime="2013-01-01"></time>',
    );
    expect(publishedDate(doc, ['https://x.example/2014/01/01/a'], NOW)).toEqual({ date: '2012-01-01', source: 'meta' });
  });

  it('refuses a publication date in the future and says nothing for a page without one', () => {
    expect(publishedDate(page('<meta property="article:published_time" content="2031-01-01">'), [], NOW)).toBeNull();
    expect(publishedDate(page(''), ['https://news.example/story'], NOW)).toBeNull();
  });
});

/** Expected days on real pages, checked by hand against each page's source. */
const KNOWN: Record<string, [string, string]> = {
  'nytimes-1.html': ['2017-01-13', 'meta'],
  'guardian-1.html': ['2019-01-03', 'meta'],
  'bbc-1.html': ['2015-07-24', 'json-ld'],
  'cnn.html': ['2016-02-01', 'dublin-core'],
  'telegraph.html': ['2017-11-16', 'itemprop'],
  'seattletimes-1.html': ['2019-04-28', 'meta'],
  'parsely-metadata.html': ['2024-04-20', 'parsely'],
  'schema-org-context-object.html': ['2024-12-07', 'meta'],
  'heise.html': ['2015-04-08', 'cms-meta'],
  'firefox-nightly-blog.html': ['2020-12-18', 'time'],
  'wapo-1.html': ['2015-03-18', 'url'],
};
const UNDATED = ['wikipedia.html', 'mozilla-1.html', 'basic-tags-cleaning.html'];

/** The address a saved page declares for itself (its real address when it was served). */
function declaredAddress(doc: Document): string[] {
  const raw = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!raw) return [];
  try {
    return [new URL(raw, 'https://page.invalid/').href];
  } catch {
    return [];
  }
}

describe('publishedDate on the real pages of the corpus', () => {
  const dir = corpusFolder('pages/readability');
  it.skipIf(!dir)('finds the publication day on the pages that state one', () => {
    const files = readdirSync(dir!).filter((f) => f.endsWith('.html')).sort();
    const bySource = new Map<string, number>();
    let dated = 0;
    const now = Date.UTC(2026, 0, 1);
    for (const file of files) {
      const doc = parseHTML(readFileSync(join(dir!, file), 'utf8')).document as unknown as Document;
      const found = publishedDate(doc, declaredAddress(doc), now);
      if (KNOWN[file]) expect([file, found?.date, found?.source]).toEqual([file, ...KNOWN[file]]);
      if (UNDATED.includes(file)) expect([file, found]).toEqual([file, null]);
      if (!found) continue;
      dated++;
      bySource.set(found.source, (bySource.get(found.source) ?? 0) + 1);
    }
    console.log(`publication date found on ${dated} of ${files.length} readability pages (${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')})`);
    // Measured when written: 58 of 130 (many of the others are test snippets, wikis and product pages with no date).
    expect(dated).toBeGreaterThanOrEqual(55);
  });
});
