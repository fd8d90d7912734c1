/** Keys in extension storage shared by the content script, the background and the popup. */
export const DISABLED_SITES_KEY = 'pp:disabled-sites';
/** The lever phrases the loader looks for before doing anything (GateData, see gate.ts), published by the background. */
export const GATE_KEY = 'pp:gate';
/** Paint with <pp-mark> elements instead of the Highlight API (for pages or browsers where it misbehaves). */
export const WRAPPER_MODE_KEY = 'pp:wrapper-mode';
/** The reading log is kept unless this is false (the popup's first-use notice and the dashboard turn it off). */
export const LOG_ENABLED_KEY = 'pp:log-enabled';
/** Days the reading log keeps an article after it was last read (0: always); one year when unset. */
export const LOG_RETENTION_KEY = 'pp:log-retention-days';
/** The popup has shown its notice that reading is logged (true once dismissed). */
export const LOG_NOTICE_KEY = 'pp:log-notice-seen';
/** When the reading log last forgot what is older than its retention (epoch ms). */
export const LOG_SWEPT_KEY = 'pp:log-swept-at';
/**
 * When true, the content script writes a `pp:painted {...}` line to the console after every paint, and a
 * `pp:rescan {...}` line after every look at new content, for the browser tests. Console messages of a content script
 * reach DevTools, never the page.
 */
export const TRACE_KEY = 'pp:trace';

/**
 * The most article text that is analysed and painted, in characters (about 33,000 words). Longer pages are cut at
 * this point: what comes before it is painted as usual, the rest is left alone.
 */
export const MAX_ARTICLE_CHARS = 200_000;
