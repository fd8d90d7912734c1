/**
 * The address an article is known by: the page's `<link rel="canonical">`, else its `og:url`, else the address in
 * the bar, normalised like every stored address (src/page/url.ts). Two visits to one story through different links
 * (a newsletter, the AMP version, the mobile site) then share one entry in the reading log.
 *
 * A page is hostile, and a broken one is common, so a declared address is used only when it is believable:
 * - http(s) only, on the same site (the same registrable domain, roughly: `amp.example.com` and `www.example.com`
 *   agree; another site's address is refused, so a page cannot log itself under someone else's name);
 * - not a parent of the page's own path (a home or section page named as every article's canonical would merge them).
 * Standard DOM only; runs in the content script and over linkedom.
 */
import { normaliseUrl } from './url';

const MAX_URL = 4096;

/** Second-level labels under which a domain is registered one level down (`news.example.co.uk`). */
const SHARED_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic', 'mil']);

/** The registrable part of a host name, approximately (no public-suffix list): `news.bbc.co.uk` -> `bbc.co.uk`. */
export function baseDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host; // an IP address
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const keep = labels.at(-1)!.length === 2 && SHARED_SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function parse(raw: string, base: string): URL | null {
  if (!raw || raw.length > MAX_URL) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** True when `candidate` may stand for the page at `page`. */
function believable(candidate: URL, page: URL): boolean {
  if (baseDomain(candidate.hostname) !== baseDomain(page.hostname)) return false;
  const path = candidate.pathname.replace(/\/+$/, '');
  const own = page.pathname.replace(/\/+$/, '');
  // A parent of the page's path (the home page, a section) names a different page.
  if (path !== own && (path === '' || own.startsWith(`${path}/`))) return false;
  return true;
}

/** The document's base for relative addresses: its `<base href>` (resolved against the page), else the page. */
function baseOf(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  const base = href ? parse(href, pageUrl) : null;
  return base ? base.href : pageUrl;
}

/**
 * The normalised canonical address of the page at `pageUrl`, or `pageUrl` normalised when the page declares none
 * that can be believed. Throws like normaliseUrl when `pageUrl` is not a web address.
 */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  const fallback = normaliseUrl(pageUrl);
  const page = new URL(fallback);
  const base = baseOf(doc, fallback);
  const candidates: string[] = [];
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) candidates.push(link.getAttribute('href') ?? '');
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (key.split(/\s+/).includes('og:url')) candidates.push(meta.getAttribute('content') ?? '');
  }
  for (const raw of candidates) {
    const url = parse(raw, base);
    if (!url || !believable(url, page)) continue;
    // An old http:// canonical of a page served over https: the secure address is the one that opens.
    if (url.protocol === 'http:' && page.protocol === 'https:' && url.hostname === page.hostname) url.protocol = 'https:';
    return normaliseUrl(url.href);
  }
  return fallback;
}
