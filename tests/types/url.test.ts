import { describe, expect, it } from 'vitest';
import { normaliseUrl, siteOf } from '../../src/types/url';

const TRACKING = [
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', 'yclid', '_ga', '_gl',
  'ref_src', 'ref_url', 'cmpid', 's_kwcid', 'spm', 'ocid', 'sr_share', 'at_medium', 'at_campaign', 'guccounter',
  'guce_referrer', 'guce_referrer_sig', 'ncid', 'soc_src', 'soc_trk', 'smid', 'ito', 'xtor', '__twitter_impression',
  'oly_enc_id', 'oly_anon_id', 'vero_id', '_hsenc', '_hsmi', 'mkt_tok', 'rss',
];

describe('normaliseUrl', () => {
  it('lower-cases scheme and host but not the path or query', () => {
    expect(normaliseUrl('HTTPS://News.Example.COM/World/Trade-Truce?Edition=UK')).toBe(
      'https://news.example.com/World/Trade-Truce?Edition=UK',
    );
  });

  it('drops the fragment', () => {
    expect(normaliseUrl('https://example.com/article#comments')).toBe('https://example.com/article');
    expect(normaliseUrl('https://example.com/article?page=2#top')).toBe('https://example.com/article?page=2');
    expect(normaliseUrl('https://example.com/article#')).toBe('https://example.com/article');
  });

  it('drops default ports and keeps the others', () => {
    expect(normaliseUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normaliseUrl('https://example.com:443/a')).toBe('https://example.com/a');
    expect(normaliseUrl('http://example.com:443/a')).toBe('http://example.com:443/a');
    expect(normaliseUrl('https://example.com:80/a')).toBe('https://example.com:80/a');
    expect(normaliseUrl('http://localhost:8080/a')).toBe('http://localhost:8080/a');
  });

  it('removes utm_ parameters of any kind, in any case', () => {
    expect(
      normaliseUrl('https://example.com/a?utm_source=newsletter&utm_medium=email&utm_campaign=trade&utm_content=x&utm_term=y&utm_id=1&UTM_Source=z&utm_=q'),
    ).toBe('https://example.com/a');
  });

  it.each(TRACKING)('removes %s', (name) => {
    expect(normaliseUrl(`https://example.com/a?id=7&${name}=abc123&lang=en`)).toBe('https://example.com/a?id=7&lang=en');
  });

  it('keeps the other parameters in their original order and encoding', () => {
    expect(normaliseUrl('https://example.com/search?z=1&utm_source=x&a=2&q=rare%20earths&fbclid=IwAR0&m=a%2Bb&b=c+d')).toBe(
      'https://example.com/search?z=1&a=2&q=rare%20earths&m=a%2Bb&b=c+d',
    );
    expect(normaliseUrl('https://example.com/a?b=2&a=1&b=3')).toBe('https://example.com/a?b=2&a=1&b=3');
  });

  it('keeps parameters that only look like tracking ones', () => {
    const url = 'https://example.com/a?ref=home&source=rss&my_utm_source=x&utm=1&spmx=2&rss_feed=world&page=3';
    expect(normaliseUrl(url)).toBe(url);
  });

  it('recognises tracking names that are percent-encoded or have no value', () => {
    expect(normaliseUrl('https://example.com/a?utm%5Fsource=x&rss&amp&id=1')).toBe('https://example.com/a?amp&id=1');
    expect(normaliseUrl('https://example.com/a?fbclid=&id=1')).toBe('https://example.com/a?id=1');
  });

  it('removes a trailing "?" and empty pieces once nothing is left', () => {
    expect(normaliseUrl('https://example.com/a?')).toBe('https://example.com/a');
    expect(normaliseUrl('https://example.com/a?utm_source=x&gclid=y')).toBe('https://example.com/a');
    expect(normaliseUrl('https://example.com/a?&&')).toBe('https://example.com/a');
    expect(normaliseUrl('https://example.com/a?&id=1&&utm_source=x&')).toBe('https://example.com/a?id=1');
  });

  it('keeps the path as it is, except that an empty one becomes "/"', () => {
    expect(normaliseUrl('https://example.com')).toBe('https://example.com/');
    expect(normaliseUrl('https://example.com?id=1')).toBe('https://example.com/?id=1');
    expect(normaliseUrl('https://example.com/world/')).toBe('https://example.com/world/');
    expect(normaliseUrl('https://example.com/world')).toBe('https://example.com/world');
    expect(normaliseUrl('https://example.com/World/Index.HTML')).toBe('https://example.com/World/Index.HTML');
  });

  it('drops credentials, which name no page and must not be stored', () => {
    expect(normaliseUrl('https://reader:secret@example.com/a')).toBe('https://example.com/a');
  });

  it('writes international host names in their ASCII form', () => {
    expect(normaliseUrl('https://Zeitung.bücher.de/Artikel?utm_source=x')).toBe('https://zeitung.xn--bcher-kva.de/Artikel');
  });

  it('is idempotent', () => {
    for (const raw of [
      'HTTP://Example.com:80/a?utm_source=x&b=1#frag',
      'https://example.com',
      'https://example.com/a?&b=c+d&fbclid=1',
      'https://example.com/a b?q=a b',
    ]) {
      const once = normaliseUrl(raw);
      expect(normaliseUrl(once)).toBe(once);
    }
  });

  it.each([
    '',
    '   ',
    'example.com/article',
    '/relative/path',
    'not a url',
    'http://',
    'ftp://example.com/file',
    'file:///etc/hosts',
    'mailto:desk@example.com',
    'javascript:alert(1)',
    'about:blank',
    'data:text/plain,hello',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://1234/dashboard.html',
  ])('rejects %j', (raw) => {
    expect(() => normaliseUrl(raw)).toThrow(`Not a web address: ${raw}`);
  });

  it('shortens very long input in its error message', () => {
    const raw = `data:text/plain,${'x'.repeat(10_000)}`;
    expect(() => normaliseUrl(raw)).toThrow(/^Not a web address: data:text\/plain,x+…$/);
    try {
      normaliseUrl(raw);
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(150);
    }
  });
});

describe('siteOf', () => {
  it('is the host name without a leading "www."', () => {
    expect(siteOf('https://www.example.com/world/trade?id=1')).toBe('example.com');
    expect(siteOf('https://WWW.Example.COM:8443/a')).toBe('example.com');
    expect(siteOf('https://news.example.co.uk/a')).toBe('news.example.co.uk');
    expect(siteOf('http://localhost:3000/')).toBe('localhost');
  });

  it('strips only a leading "www." label', () => {
    expect(siteOf('https://www2.example.com/a')).toBe('www2.example.com');
    expect(siteOf('https://wwwexample.com/a')).toBe('wwwexample.com');
    expect(siteOf('https://news.www.example.com/a')).toBe('news.www.example.com');
  });

  it('accepts a normalised address', () => {
    expect(siteOf(normaliseUrl('HTTPS://WWW.Example.com/a?utm_source=x'))).toBe('example.com');
  });

  it('rejects what is not a web address', () => {
    expect(() => siteOf('ftp://www.example.com/')).toThrow('Not a web address: ftp://www.example.com/');
    expect(() => siteOf('www.example.com')).toThrow('Not a web address');
  });
});
