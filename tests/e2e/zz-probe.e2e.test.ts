import { describe, it } from 'vitest';
import { readHighlights, useExtension, waitForPaints } from './helpers';

describe('probe', () => {
  const h = useExtension();
  it('probe', async () => {
    const page = await h.newPage();
    await page.goto(h.url('article.html'));
    await waitForPaints(page);
    console.log(JSON.stringify(await readHighlights(page)));
  });
});
