import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionApi } from '../src/messaging/extension-api';
import { bootLoader, whenParsed, type PageModule } from '../src/page/loader';

/**
 * The content script every http(s) page evaluates (registered in wxt.config.ts, not by WXT's content-script entry,
 * whose context announces itself to the page). Everything else it needs is in article-page.js, imported on the
 * pages that have something to paint: see wxt.config.ts for why it is loaded this way, and at document_start.
 */
export default defineUnlistedScript({
  // No `var articleLoader = ...` in the content script's global scope.
  globalName: false,
  main() {
    const start = () =>
      bootLoader(async () => {
        const url = extensionApi().runtime.getURL('/article-page.js');
        return ((await import(/* @vite-ignore */ url)) as { default: PageModule }).default;
      });
    whenParsed(document, start);
  },
});
