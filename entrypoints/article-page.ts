import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPage } from '../src/page/controller';
import type { PageModule } from '../src/page/loader';

/**
 * The rest of the content script (painter, card, rescan watcher), built as an ES module that article-loader.js
 * imports on pages with something to paint. Its default export is the PageModule.
 */
export default defineUnlistedScript({
  globalName: false,
  main: (): PageModule => ({ startPage }),
});
