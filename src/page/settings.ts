/** Keys in extension storage shared by the content script, the background and the popup. */
export const DISABLED_SITES_KEY = 'pp:disabled-sites';
export const CANDIDATES_KEY = 'pp:candidates';
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
