import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../src/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    await new PageController(ctx).init();
  },
});
