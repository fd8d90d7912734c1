import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText, findArticleRoot, segmentAt, type ArticleText } from '../../src/page/article';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function body(inner: string): Document {
  return doc(`<!doctype html><html><head><title>t</title></head><body>${inner}</body></html>`);
}

/** The element matching `selector`, failing the test when there is none. */
function el(d: Document, selector: string): Element {
  const found = d.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** A paragraph of about `words` words of news-like prose, distinct per `seed`. */
function prose(seed: string, words = 40): string {
  const pool = ['officials', 'said', 'the', 'new', 'rules', 'would', 'take', 'effect', 'next', 'month', 'after', 'talks', 'in', 'Geneva'];
  const out: string[] = [seed];
  for (let i = 0; out.length < words; i++) out.push(pool[i % pool.length]);
  return `${out.join(' ')}.`;
}

/** Every segment maps back to its node's text, in order, and the gaps between segments are block breaks only. */
function expectConsistent({ text, segments }: ArticleText) {
  let cursor = 0;
  for (const seg of segments) {
    expect(seg.node.data.length).toBeGreaterThan(0);
    expect(text.slice(seg.start, seg.start + seg.node.data.length)).toBe(seg.node.data);
    expect(seg.start).toBeGreaterThanOrEqual(cursor);
    const gap = text.slice(cursor, seg.start);
    expect(['', '\n\n']).toContain(gap);
    cursor = seg.start + seg.node.data.length;
  }
  expect(cursor).toBe(text.length);
}

describe('findArticleRoot', () => {
  it('picks the <article> over the navigation and a sidebar', () => {
    const d = body(`
      <nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Section number ${i} with a long link title</a>`).join(' ')}</nav>
      <div class="layout">
        <article id="story">
          <h1>Headline</h1>
          ${Array.from({ length: 6 }, (_, i) => `<p>${prose(`Story${i}`)}</p>`).join('\n')}
        </article>
        <aside id="side"><p>${prose('Sidebar1')}</p><p>${prose('Sidebar2')}</p></aside>
        <div class="sidebar" id="rail"><p>${prose('Rail1')}</p><p>${prose('Rail2')}</p></div>
      </div>`);
    const root = findArticleRoot(d);
    expect(root?.tagName.toLowerCase()).toBe('article');
    expect(root?.id).toBe('story');
  });

  it('picks the article even when a sidebar has nearly as much paragraph text', () => {
    const d = body(`
      <aside><p>${prose('Aside1', 80)}</p><p>${prose('Aside2', 80)}</p></aside>
      <article id="story"><p>${prose('Story1', 70)}</p><p>${prose('Story2', 70)}</p><p>${prose('Story3', 70)}</p></article>`);
    expect(findArticleRoot(d)?.id).toBe('story');
  });

  it('without landmarks, picks the div holding the most paragraph text', () => {
    const d = body(`
      <div id="top"><p>${prose('Teaser1', 12)}</p><p>${prose('Teaser2', 12)}</p></div>
      <div id="wrapper">
        <div id="story">${Array.from({ length: 5 }, (_, i) => `<p>${prose(`Story${i}`)}</p>`).join('')}</div>
        <div id="related-box"><p>${prose('Other1')}</p><p>${prose('Other2')}</p></div>
      </div>
      <div id="bottom"><p>${prose('Bottom1')}</p></div>`);
    expect(findArticleRoot(d)?.id).toBe('story');
  });

  it('prefers the text-heavy div to a thin <main> landmark', () => {
    const d = body(`
      <main id="thin"><p>${prose('Thin', 30)}</p></main>
      <div id="story">${Array.from({ length: 6 }, (_, i) => `<p>${prose(`Story${i}`, 50)}</p>`).join('')}</div>`);
    expect(findArticleRoot(d)?.id).toBe('story');
  });

  it('returns null for a login form', () => {
    const d = body(`
      <header><h1>Example News</h1></header>
      <form action="/login">
        <p>Sign in to continue reading.</p>
        <label>Email <input name="email"></label>
        <label>Password <input type="password" name="password"></label>
        <p>Forgot your password? We will send a reset link to the address on your account.</p>
        <button>Sign in</button>
      </form>`);
    expect(findArticleRoot(d)).toBeNull();
  });

  it('returns null for a list of links', () => {
    const d = body(`<main><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/a${i}">Story number ${i}: officials said the new rules would take effect</a></li>`).join('')}</ul></main>`);
    expect(findArticleRoot(d)).toBeNull();
  });

  it('returns null for a short page and finds the same page when the threshold allows it', () => {
    const d = body(`<article id="short"><p>${prose('Short', 20)}</p></article>`);
    expect(findArticleRoot(d)).toBeNull();
    expect(findArticleRoot(d, 0)?.id).toBe('short');
  });
});

describe('extractText', () => {
  const SKIPPED: [string, string][] = [
    ['nav', '<nav>SKIPNAV</nav>'],
    ['header', '<header>SKIPHEADER</header>'],
    ['footer', '<footer>SKIPFOOTER</footer>'],
    ['aside', '<aside>SKIPASIDE</aside>'],
    ['form', '<form><span>SKIPFORM</span></form>'],
    ['input', '<input value="SKIPINPUT">'],
    ['textarea', '<textarea>SKIPTEXTAREA</textarea>'],
    ['contenteditable', '<div contenteditable>SKIPEDITABLE1</div>'],
    ['contenteditable=true', '<div contenteditable="true">SKIPEDITABLE2</div>'],
    ['code', '<p>Inline <code>SKIPCODE</code> here.</p>'],
    ['pre', '<pre>SKIPPRE</pre>'],
    ['script', '<script>var SKIPSCRIPT = 1;</script>'],
    ['style', '<style>.SKIPSTYLE { color: red }</style>'],
    ['svg', '<svg><text>SKIPSVG</text></svg>'],
    ['iframe', '<iframe>SKIPIFRAME</iframe>'],
    ['hidden', '<p hidden>SKIPHIDDEN</p>'],
    ['aria-hidden=true', '<span aria-hidden="true">SKIPARIA</span>'],
    ['class comments', '<section class="comments"><p>SKIPCOMMENTS</p></section>'],
  ];

  const KEPT: [string, string][] = [
    ['paragraph', '<p>KEEPPARA one.</p>'],
    ['aria-hidden=false', '<span aria-hidden="false">KEEPARIA</span>'],
    ['contenteditable=false', '<div contenteditable="false">KEEPEDITABLE</div>'],
    ['inline emphasis', '<p>Some <em>KEEPEM</em> and <a href="#">KEEPLINK</a>.</p>'],
  ];

  function extractFrom(inner: string) {
    const d = body(`<article id="root">${inner}</article>`);
    return extractText(el(d, '#root'));
  }

  it.each(SKIPPED)('skips %s', (_what, html) => {
    const marker = /SKIP[A-Z0-9]+/.exec(html)![0];
    const result = extractFrom(`<p>Before.</p>${html}<p>After.</p>`);
    expect(result.text).not.toContain(marker);
    expect(result.text).toContain('Before.');
    expect(result.text).toContain('After.');
    expect(result.segments.some((s) => s.node.data.includes(marker))).toBe(false);
    expectConsistent(result);
  });

  it.each(KEPT)('keeps %s', (_what, html) => {
    const marker = /KEEP[A-Z]+/.exec(html)![0];
    const result = extractFrom(`<p>Before.</p>${html}<p>After.</p>`);
    expect(result.text).toContain(marker);
    expectConsistent(result);
  });

  it('skips everything at once and keeps the article prose', () => {
    const result = extractFrom(`${SKIPPED.map(([, h]) => h).join('\n')}\n${KEPT.map(([, h]) => h).join('\n')}`);
    expect(result.text).not.toMatch(/SKIP/);
    for (const [, h] of KEPT) expect(result.text).toContain(/KEEP[A-Z]+/.exec(h)![0]);
    expectConsistent(result);
  });

  it('separates p, h1 and li blocks with a blank line and joins inline text', () => {
    const result = extractFrom('<h1>Title</h1><p>One <b>bold</b> word.</p><ul><li>First</li><li>Second</li></ul><p>End.</p>');
    expect(result.text).toBe('Title\n\nOne bold word.\n\nFirst\n\nSecond\n\nEnd.');
    expectConsistent(result);
  });

  it('does not add blank lines for indentation between blocks', () => {
    const result = extractFrom(`
      <h1>Title</h1>
      <p>One.</p>
      <ul>
        <li>First</li>
        <li>Second</li>
      </ul>
    `);
    expect(result.text.trim()).toBe('Title\n\nOne.\n\nFirst\n\nSecond');
    expect(result.text).not.toMatch(/\n{3,}/);
    expectConsistent(result);
  });

  it('maps every segment back to its text node on a realistic page', () => {
    const d = body(`
      <nav><a href="/">Home</a></nav>
      <article id="story">
        <h1>Beijing tightens <em>gallium</em> exports</h1>
        <p>China's export controls on gallium — announced in July — now cover <a href="/g">germanium</a> too.</p>
        <p>Café owners 🚢 and chipmakers alike said the rules were “unexpected”.<br>A second line.</p>
        <figure><img src="x.png" alt="SKIPALT"><figcaption>A smelter in Yunnan.</figcaption></figure>
        <ol><li>Gallium</li><li>Germanium</li></ol>
        <div class="comments"><p>SKIPCOMMENT</p></div>
      </article>`);
    const result = extractText(el(d, '#story'));
    expectConsistent(result);
    expect(result.text).toContain("China's export controls on gallium — announced in July — now cover germanium too.");
    expect(result.text).toContain('A second line.');
    expect(result.text).not.toMatch(/SKIP/);
    expect(result.segments.length).toBeGreaterThan(8);
  });
});

describe('segmentAt', () => {
  const d = body(`<article id="root"><h1>Gallium</h1><p>China's <em>export controls</em> on gallium.</p><p>Second paragraph here.</p><p>x</p></article>`);
  const result = extractText(el(d, '#root'));
  const { segments, text } = result;

  it('has the segments this test relies on', () => {
    expectConsistent(result);
    expect(segments.map((s) => s.node.data)).toEqual(['Gallium', "China's ", 'export controls', ' on gallium.', 'Second paragraph here.', 'x']);
  });

  it.each(segments.map((s, i) => [i, s.node.data] as const))('finds segment %i (%s) at its start, middle and last character', (i) => {
    const seg = segments[i];
    const len = seg.node.data.length;
    expect(segmentAt(segments, seg.start)).toBe(i);
    expect(segmentAt(segments, seg.start + Math.floor(len / 2))).toBe(i);
    expect(segmentAt(segments, seg.start + len - 1)).toBe(i);
  });

  it('gives the next segment for an end offset where the next one starts straight away', () => {
    // "China's " is followed directly by "export controls": offset 'end of the first' = 'start of the second'.
    const end = segments[1].start + segments[1].node.data.length;
    expect(end).toBe(segments[2].start);
    expect(segmentAt(segments, end)).toBe(2);
  });

  it('finds the segment holding each character of the text', () => {
    for (let offset = 0; offset < text.length; offset++) {
      if (text[offset] === '\n') continue;
      const seg = segments[segmentAt(segments, offset)];
      expect(offset).toBeGreaterThanOrEqual(seg.start);
      expect(offset).toBeLessThan(seg.start + seg.node.data.length);
      expect(seg.node.data[offset - seg.start]).toBe(text[offset]);
    }
  });

  it('keeps to the last segment past the end of the text and to the first at 0', () => {
    expect(segmentAt(segments, 0)).toBe(0);
    expect(segmentAt(segments, text.length)).toBe(segments.length - 1);
    expect(segmentAt(segments, text.length + 100)).toBe(segments.length - 1);
  });
});
