/**
 * When an article was published, read from the page's own metadata. Publishers say it in many ways; they are tried
 * from the most explicit to the most guessed:
 *   1. `<meta property="article:published_time">` (Open Graph),
 *   2. JSON-LD `datePublished` (schema.org), also inside `@graph` lists and nested entities,
 *   3. `itemprop="datePublished"` (microdata on meta, time or any element),
 *   4. other publishers' meta tags: `parsely-pub-date`, the `parsely-page` JSON, Dublin Core `dc.date` and kin,
 *      then the names content systems use (`publishdate`, `pubdate`, `sailthru.date`, `date`…),
 *   5. a `<time datetime>` in the byline (marked as the publication time, or in an element named like a dateline),
 *   6. a date in the address (`/2019/03/14/`, `/2019/mar/14/`, `/2019-03-14/`).
 * The answer is the calendar day as the publisher wrote it (`2019-03-14` from `2019-03-14T23:30:00-05:00`), so an
 * article lands in the week its own newsroom dated it, wherever the reader is.
 *
 * Standard DOM only (no layout), so it runs in the content script and over linkedom in Node. A page is hostile: only
 * its markup is read (never its scripts' objects), JSON is parsed with JSON.parse and walked with limits, and dates
 * far in the future are refused.
 */

export type DateSource = 'meta' | 'json-ld' | 'itemprop' | 'parsely' | 'dublin-core' | 'cms-meta' | 'time' | 'url';

export interface PublishedDate {
  /** The day of publication, YYYY-MM-DD, as the publisher dated it. */
  date: string;
  /** Where it was found. */
  source: DateSource;
}

/** JSON-LD scripts larger than this are not read (a news page's are a few kilobytes). */
const MAX_JSON_CHARS = 500_000;
const MAX_JSON_SCRIPTS = 20;
/** Objects visited in one JSON-LD document before giving up. */
const MAX_JSON_NODES = 5_000;
const MAX_TIME_ELEMENTS = 200;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting', 'report',
  'scholarlyarticle', 'techarticle', 'satiricalarticle', 'advertisercontentarticle',
]);

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11,
  december: 12,
};

const DAY = 86_400_000;
/** The earliest day accepted: older news is archived, not published. */
const EARLIEST = Date.UTC(1900, 0, 1);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD when y-m-d is a real day between 1900 and tomorrow (time zones), else null. */
function validDay(y: number, m: number, d: number, now: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  if (t < EARLIEST || t > now + DAY) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** ISO 8601 as publishers write it: `2019-03-14`, `2019-03-14T10:00:00Z`, `2019-03-14 10:00:00`, `…T14:15+0000`. */
const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
/** `March 14, 2019`, `Mar. 14 2019`, `14 March 2019`, `Thursday, 14 Mar 2019 10:00 GMT`. */
const MONTH_FIRST = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
/** `Fri Mar 13 21:30:09 EST 2015` (a Java or JavaScript date printed as text). */
const PRINTED = /\b([a-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+[a-z]{1,5}\s+(\d{4})\b/i;
/** `05/29/2007` or `29/05/2007`, only when the order cannot be mistaken (one of the two is above 12). */
const SLASHED = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** Seconds or milliseconds since 1970 (parse.ly and some CMSs). */
const EPOCH = /^\s*(\d{10}|\d{13})\s*$/;

/** The publication day written in `text`, or null when it is not a date this module understands. */
export function parseDateText(text: string, now = Date.now()): string | null {
  if (!text || text.length > 200) return null;
  const iso = ISO.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), now);
  const printed = PRINTED.exec(text);
  if (printed && MONTHS[printed[1].toLowerCase()]) return validDay(Number(printed[3]), MONTHS[printed[1].toLowerCase()], Number(printed[2]), now);
  const mf = MONTH_FIRST.exec(text);
  if (mf && MONTHS[mf[1].toLowerCase()]) return validDay(Number(mf[3]), MONTHS[mf[1].toLowerCase()], Number(mf[2]), now);
  const df = DAY_FIRST.exec(text);
  if (df && MONTHS[df[2].toLowerCase()]) return validDay(Number(df[3]), MONTHS[df[2].toLowerCase()], Number(df[1]), now);
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    if (a > 12 && b <= 12) return validDay(y, b, a, now);
    if (b > 12 && a <= 12) return validDay(y, a, b, now);
    return null;
  }
  const epoch = EPOCH.exec(text);
  if (epoch) {
    const t = epoch[1].length === 10 ? Number(epoch[1]) * 1000 : Number(epoch[1]);
    const d = new Date(t);
    return validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), now);
  }
  return null;
}

function metaContent(doc: Document, names: string[]): string[] {
  const out: string[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    // Some pages list several properties in one attribute ("og:article:published_time article:published_time").
    if (key && key.split(/\s+/).some((k) => names.includes(k))) out.push(meta.getAttribute('content') ?? '');
  }
  return out;
}

function firstDate(texts: string[], now: number): string | null {
  for (const t of texts) {
    const d = parseDateText(t, now);
    if (d) return d;
  }
  return null;
}

type JsonObject = { [key: string]: unknown };
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

function dateValue(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  if (isObject(v) && typeof v['@value'] === 'string') return v['@value'];
  return null;
}

/**
 * `datePublished` of the article described by the page's JSON-LD: an article-typed entity first (anywhere in the
 * document: top level, a list, `@graph`, `mainEntity`), else any entity that has one.
 */
function jsonLdDate(doc: Document, now: number): string | null {
  let fallback: string | null = null;
  const scripts = Array.from(doc.querySelectorAll('script[type]'))
    .filter((s) => /^application\/ld\+json\s*(;|$)/i.test(s.getAttribute('type') ?? ''))
    .slice(0, MAX_JSON_SCRIPTS);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_CHARS) continue;
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in an HTML comment or CDATA.
      data = JSON.parse(text.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)$/g, ''));
    } catch {
      continue;
    }
    let visited = 0;
    const stack: unknown[] = [data];
    while (stack.length > 0 && visited < MAX_JSON_NODES) {
      const node = stack.pop();
      visited++;
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
        continue;
      }
      if (!isObject(node)) continue;
      const raw = dateValue(node.datePublished);
      const day = raw ? parseDateText(raw, now) : null;
      if (day && typesOf(node).some((t) => ARTICLE_TYPES.has(t))) return day;
      if (day) fallback ??= day;
      for (const key of Object.keys(node)) {
        const v = node[key];
        if (typeof v === 'object' && v !== null) stack.push(v);
      }
    }
  }
  return fallback;
}

/** Microdata: `itemprop="datePublished"` on a meta (content), a time (datetime) or any element (its text). */
function itempropDate(doc: Document, now: number): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop]')).slice(0, 2_000)) {
    const props = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (!props.includes('datepublished')) continue;
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.textContent ?? '').trim();
    const day = parseDateText(value, now);
    if (day) return day;
  }
  return null;
}

function parselyDate(doc: Document, now: number): string | null {
  const day = firstDate(metaContent(doc, ['parsely-pub-date']), now);
  if (day) return day;
  for (const content of metaContent(doc, ['parsely-page'])) {
    if (content.length > 20_000) continue;
    try {
      const data: unknown = JSON.parse(content);
      if (isObject(data) && typeof data.pub_date === 'string') {
        const d = parseDateText(data.pub_date, now);
        if (d) return d;
      }
    } catch {
      // Not JSON: ignore.
    }
  }
  return null;
}

const DUBLIN_CORE = ['dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date'];
/** What content systems call it, most specific first; a bare `date` last. */
const CMS_META = [
  'article:publicationdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'publication-date',
  'pubdate', 'datepublished', 'sailthru.date', 'date',
];

/** Names of the byline's date, and of dates that are not the publication's. */
const DATELINE = /byline|dateline|publish|pubdate|posted|timestamp|(?:article|story|entry|post)-?date|(?:^|[\s_-])(?:date|meta|time)(?:[\s_-]|$)/i;
const NOT_PUBLICATION = /updat|modif|edited|comment|reply|related|recommend|trending|popular|footer|sidebar|promo/i;

function nameOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
}

/**
 * A `<time datetime>` in the byline: marked `pubdate`, or itself or a close ancestor named like a dateline, and not
 * in navigation, a sidebar, a footer, a comment or a list of other stories.
 */
function bylineTimeDate(doc: Document, now: number): string | null {
  for (const time of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, MAX_TIME_ELEMENTS)) {
    if (time.closest('nav, aside, footer, [role="complementary"], [role="navigation"], [role="contentinfo"]')) continue;
    let named = time.hasAttribute('pubdate');
    let refused = false;
    let el: Element | null = time;
    for (let depth = 0; el && depth < 4 && el !== doc.body; depth++, el = el.parentElement) {
      const name = nameOf(el);
      if (NOT_PUBLICATION.test(name)) {
        refused = true;
        break;
      }
      if (DATELINE.test(name)) named = true;
    }
    if (refused || !named) continue;
    const day = parseDateText(time.getAttribute('datetime') ?? '', now);
    if (day) return day;
  }
  return null;
}

/** `/2019/03/14/`, `/2019/mar/14/`, `/2019-03-14/` or `-20190314-` in the path of an address. */
export function urlDate(address: string, now = Date.now()): string | null {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return null;
  }
  const slashed = /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?=\/|$|[._-])/i.exec(path);
  if (slashed) {
    const m = /^\d+$/.test(slashed[2]) ? Number(slashed[2]) : MONTHS[slashed[2].toLowerCase()];
    if (m) {
      const day = validDay(Number(slashed[1]), m, Number(slashed[3]), now);
      if (day) return day;
    }
  }
  const dashed = /(?:^|[/_-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?=$|[/._-])/.exec(path);
  if (dashed) {
    const day = validDay(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]), now);
    if (day) return day;
  }
  const packed = /(?:^|[/_-])((?:19|20)\d\d)(\d\d)(\d\d)(?=$|[/._-])/.exec(path);
  if (packed) return validDay(Number(packed[1]), Number(packed[2]), Number(packed[3]), now);
  return null;
}

/**
 * The page's publication day and where it was found, or null when the page does not say. `addresses` are tried in
 * order for a date in the path (the canonical address first, then the one in the address bar).
 */
export function publishedDate(doc: Document, addresses: string[] = [], now = Date.now()): PublishedDate | null {
  const tries: [DateSource, () => string | null][] = [
    ['meta', () => firstDate(metaContent(doc, ['article:published_time', 'og:article:published_time', 'article:published']), now)],
    ['json-ld', () => jsonLdDate(doc, now)],
    ['itemprop', () => itempropDate(doc, now)],
    ['parsely', () => parselyDate(doc, now)],
    ['dublin-core', () => firstDate(metaContent(doc, DUBLIN_CORE), now)],
    ['cms-meta', () => firstDate(metaContent(doc, CMS_META), now)],
    ['time', () => bylineTimeDate(doc, now)],
    ['url', () => addresses.map((a) => urlDate(a, now)).find((d) => d !== null) ?? null],
  ];
  for (const [source, read] of tries) {
    let date: string | null = null;
    try {
      date = read();
    } catch {
      // Whatever odd markup a page has, the other sources are still tried.
      date = null;
    }
    if (date) return { date, source };
  }
  return null;
}
