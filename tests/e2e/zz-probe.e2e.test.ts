import { describe, it } from 'vitest';
import { readHighlights, useExtension, waitForPaints } from './helpers';

describe('probe', () => {
  const h = useExtension();
  it('probe', async () => {
    const page = await h.newPage();
    const url = h.url('no-levers.html');
    await page.goto(url);
    console.log(JSON.stringify(await waitForPaints(page, 1, 3000).catch(e => 'none')));
  });
});
