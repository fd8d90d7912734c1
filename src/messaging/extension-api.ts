/**
 * The extension API without webextension-polyfill: Firefox's promise-based `browser`, or Chrome's `chrome`, whose
 * methods return promises in Manifest V3. The content script and the messaging client use it directly, so that no
 * page has to evaluate the polyfill.
 */
export function extensionApi(): typeof chrome {
  const g = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  return g.browser?.runtime?.id ? g.browser : (g.chrome as typeof chrome);
}
