/** Keys in extension storage shared by the content script, the background and the popup. */
export const DISABLED_SITES_KEY = 'pp:disabled-sites';
export const CANDIDATES_KEY = 'pp:candidates';
/** Paint with <pp-mark> elements instead of the Highlight API (for pages or browsers where it misbehaves). */
export const WRAPPER_MODE_KEY = 'pp:wrapper-mode';
