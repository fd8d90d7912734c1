import { describe, it } from 'vitest';
import { readHighlights, useExtension, waitForPaints } from './helpers';

describe('probe', () => {
  const h = useExtension();
  it('probe', async () => {
    const page = await h.newPage();
    page.on('console', (m) => console.log('CONSOLE', m.type(), m.text(), m.location().url));
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack));
    const url = h.url('article.html');
    const t0 = Date.now();
    await page.goto(url);
    console.log(await waitForPaints(page));
    console.log(JSON.stringify(await readHighlights(page), null, 1));
    const id = await h.tabId(url);
    console.log(JSON.stringify(await h.waitForReport(id, url, t0)));
    for (const p of ['not-article.html', 'no-levers.html', 'dynamic.html', 'spa.html']) {
      const u = h.url(p); const t = Date.now();
      await page.goto(u);
      const s = await h.waitForReport(id, u, t);
      console.log(p, JSON.stringify(s.tally?.bySide), JSON.stringify(await readHighlights(page)));
    }
  });
});
