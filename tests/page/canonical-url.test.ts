import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { baseDomain, canonicalUrl } from '../../src/page/canonical-url';
import { readPageFacts } from '../../src/page/page-facts';

function page(head: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title>${head}</head><body><p>Story.</p></body></html>`).document as unknown as Document;
}

const PAGE = 'https://www.news.example/world/2025/06/02/china-curbs-magnets.html?utm_source=newsletter#top';

describe('canonicalUrl', () => {
  it('uses link rel=canonical, normalised', () => {
    const doc = page('<link rel="canonical" href="https://www.news.example/world/china-curbs-magnets?utm_medium=x&id=7">');
    expect(canonicalUrl(doc, PAGE)).toBe('https://www.news.example/world/china-curbs-magnets?id=7');
  });

  it('resolves a relative canonical against the base element', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="/a/story">'), PAGE)).toBe('https://www.news.example/a/story');
    expect(canonicalUrl(page('<base href="https://www.news.example/x/"><link rel="canonical" href="story">'), PAGE)).toBe('https://www.news.example/x/story');
  });

  it('falls back to og:url, then to the page address without tracking or fragment', () => {
    expect(canonicalUrl(page('<meta property="og:url" content="https://news.example/og/story">'), PAGE)).toBe('https://news.example/og/story');
    expect(canonicalUrl(page(''), PAGE)).toBe('https://www.news.example/world/2025/06/02/china-curbs-magnets.html');
  });

  it('accepts another host of the same site (AMP, mobile) and upgrades an old http canonical on an https page', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="https://amp.news.example/story">'), PAGE)).toBe('https://amp.news.example/story');
    expect(canonicalUrl(page('<link rel="canonical" href="http://www.news.example/story">'), PAGE)).toBe('https://www.news.example/story');
  });

  it('refuses a canonical on another site, a home or section page, or a non-web scheme', () => {
    for (const href of ['https://rival.example/world/story', '/', '/world', 'https://www.news.example/', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(canonicalUrl(page(`<link rel="canonical" href="${href}">`), PAGE), href).toBe('https://www.news.example/world/2025/06/02/china-curbs-magnets.html');
    }
    // A refused canonical does not stop og:url from being tried.
    expect(canonicalUrl(page('<link rel="canonical" href="https://rival.example/x"><meta property="og:url" content="/og">'), PAGE)).toBe('https://www.news.example/og');
  });

  it('knows where a registrable domain starts, roughly', () => {
    expect(baseDomain('www.news.example')).toBe('news.example');
    expect(baseDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(baseDomain('www.abc.net.au')).toBe('abc.net.au');
    expect(baseDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(baseDomain('localhost')).toBe('localhost');
  });
});

describe('readPageFacts', () => {
  it('gives the canonical address and the day, with a date in the canonical address as a last resort', () => {
    const doc = page('<link rel="canonical" href="https://www.news.example/2024/10/09/story">');
    expect(readPageFacts(doc, 'https://www.news.example/s/123', Date.UTC(2025, 0, 1))).toEqual({
      canonicalUrl: 'https://www.news.example/2024/10/09/story',
      published: { date: '2024-10-09', source: 'url' },
    });
  });
});
