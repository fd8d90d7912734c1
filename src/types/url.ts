/**
 * The address an annotation is saved under. Two visits to the same article must give the same key, whichever
 * newsletter, share button or ad campaign brought the reader there, so campaign and click-tracking parameters go;
 * everything else (paths, other parameters and their order) stays, because it may select a different page.
 * Pure: uses only the WHATWG URL parser, which Node and content scripts both have.
 */

/** Parameters that say how the reader arrived, never which page they are on. Compared in lower case. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', 'yclid', '_ga', '_gl',
  'ref_src', 'ref_url', 'cmpid', 's_kwcid', 'spm', 'ocid', 'sr_share', 'at_medium', 'at_campaign', 'guccounter',
  'guce_referrer', 'guce_referrer_sig', 'ncid', 'soc_src', 'soc_trk', 'smid', 'ito', 'xtor', '__twitter_impression',
  'oly_enc_id', 'oly_anon_id', 'vero_id', '_hsenc', '_hsmi', 'mkt_tok', 'rss',
]);

/** Long inputs (data: URLs, pasted articles) are cut in error messages. */
const MAX_ECHO = 100;

function notAWebAddress(raw: string): Error {
  const shown = raw.length > MAX_ECHO ? `${raw.slice(0, MAX_ECHO)}…` : raw;
  return new Error(`Not a web address: ${shown}`);
}

function parseWebUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw notAWebAddress(raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notAWebAddress(raw);
  return url;
}

/** The decoded name of one `name=value` piece of a query string. */
function paramName(piece: string): string {
  const eq = piece.indexOf('=');
  const raw = (eq === -1 ? piece : piece.slice(0, eq)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * The key of an address: no fragment, no tracking parameters, scheme and host in lower case, no default port.
 * The query is filtered piece by piece rather than re-serialised, so the parameters that stay keep their order
 * and their exact encoding. Credentials (`user:pass@`) are dropped: they do not name a page and must not be stored.
 * Throws for anything that is not an http(s) address.
 */
export function normaliseUrl(raw: string): string {
  // The parser already lower-cases scheme and host, drops default ports, and turns an empty path into "/".
  const url = parseWebUrl(raw);
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((piece) => piece !== '' && !isTrackingParam(paramName(piece)));
  const query = kept.length > 0 ? `?${kept.join('&')}` : '';
  return `${url.protocol}//${url.host}${url.pathname}${query}`;
}

/** The site an address belongs to, for grouping: its host name without a leading "www.". */
export function siteOf(url: string): string {
  return siteOfHost(parseWebUrl(url).hostname);
}

/** The site of a host name as the URL parser gives it (`location.hostname`): without a leading "www.". */
export function siteOfHost(hostname: string): string {
  return hostname.replace(/^www\./, '');
}

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
