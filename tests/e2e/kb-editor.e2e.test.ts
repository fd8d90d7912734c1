/**
 * The knowledge-base editor in the dashboard: an alias added to a lever highlights on the next page load and stops
 * highlighting once the lever is reset; bad input is refused with a message next to the field and nothing is saved;
 * a lever of the user's own is added, badged and deleted.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHighlights, useExtension, waitForHighlight, waitForPaints, type Highlights } from './helpers';

/** Every highlighted text, whatever the layer. */
const texts = (h: Highlights): string[] => Object.values(h).flat();

describe('the knowledge-base editor', () => {
  const h = useExtension();

  async function openEditor(): Promise<Page> {
    const page = await h.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`chrome-extension://${h.launched.extensionId}/dashboard.html#knowledge-base`);
    await page.waitForSelector('[data-testid="kb-editor"][aria-busy="false"]', { timeout: 15_000 });
    return page;
  }

  async function chooseLever(editor: Page, filter: string, id: string): Promise<void> {
    await editor.getByLabel('Filter levers and sides').fill(filter);
    await editor.locator(`button.kb-item[data-lever="${id}"]`).click();
    await editor.locator(`[data-testid="kb-lever-form"][data-lever="${id}"]`).waitFor();
  }

  /** The highlights of a freshly loaded (or reloaded) page, once the content script has painted. */
  async function paintedTexts(page: Page, reload: boolean): Promise<Highlights> {
    if (reload) await page.reload();
    else await page.goto(h.url('edited-alias.html'));
    await waitForPaints(page);
    return waitForHighlight(page, 'pp-china', 'export controls');
  }

  it('an alias added in the editor highlights on the next page load, and not after "Reset this lever"', async () => {
    const article = await h.newPage();
    const before = await paintedTexts(article, false);
    expect(texts(before)).not.toContain('pineapple levy');

    const editor = await openEditor();
    await chooseLever(editor, 'tariff', 'tariffs');
    const form = editor.locator('[data-testid="kb-lever-form"]');
    expect(await form.locator('[data-testid="kb-badge"]').count()).toBe(0);
    expect(await form.locator('[data-testid="kb-reset"]').count()).toBe(0);
    const aliases = form.getByLabel('Aliases', { exact: true });
    await aliases.fill(`${await aliases.inputValue()}\npineapple levy`);
    await form.locator('[data-testid="kb-save"]').click();
    await editor.getByTestId('kb-status').filter({ hasText: 'Pages you open from now on use it.' }).waitFor();
    expect(await form.locator('[data-testid="kb-badge"]').textContent()).toBe('edited');
    expect(await editor.locator('button.kb-item[data-lever="tariffs"] .kb-badge').textContent()).toBe('edited');

    const after = await paintedTexts(article, true);
    expect(after['pp-us']).toContain('pineapple levy');
    expect(await article.evaluate(() => document.getElementById('levy-sentence')!.textContent)).toContain('pineapple levy');

    await form.locator('[data-testid="kb-reset"]').click();
    await editor.getByTestId('kb-status').filter({ hasText: 'back to the shipped version' }).waitFor();
    await editor.getByTestId('kb-status').filter({ hasText: 'Pages you open from now on use it.' }).waitFor();
    expect(await form.locator('[data-testid="kb-badge"]').count()).toBe(0);
    expect(await form.getByLabel('Aliases', { exact: true }).inputValue()).not.toContain('pineapple levy');

    const reset = await paintedTexts(article, true);
    expect(texts(reset)).not.toContain('pineapple levy');
    expect(reset).toEqual(before);
    await editor.close();
    await article.close();
  });

  it('refuses bad input with a message next to the field and saves nothing', async () => {
    const editor = await openEditor();
    await chooseLever(editor, 'graphite', 'graphite');
    const form = editor.locator('[data-testid="kb-lever-form"]');
    await form.getByLabel('Aliases', { exact: true }).fill('');
    await form.getByLabel('Acronyms', { exact: true }).fill('');
    await form.getByTestId('kb-add-fact').click();
    // The new, empty row comes last, and takes the focus.
    const n = await form.locator('.kb-fact').count();
    const fact = (what: string) => `Fact ${n}: ${what}`;
    expect(await editor.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(`facts.${n - 1}.date`);
    await form.getByLabel(fact('date'), { exact: true }).fill('31/12/2025');
    await form.getByLabel(fact('address (URL)'), { exact: true }).fill('javascript:alert(1)');
    await form.getByTestId('kb-save').click();

    const aliases = form.getByLabel('Aliases', { exact: true });
    await expect.poll(() => aliases.getAttribute('aria-invalid')).toBe('true');
    const errorOf = async (label: string) => {
      const describedBy = (await form.getByLabel(label, { exact: true }).getAttribute('aria-describedby'))!.split(' ');
      return editor.locator(`[id="${describedBy.at(-1)}"]`).textContent();
    };
    expect(await errorOf('Aliases')).toBe('At least one alias or acronym is needed, or the lever can never be found in a text');
    expect(await errorOf(fact('date'))).toMatch(/^"31\/12\/2025" is not a date/);
    expect(await errorOf(fact('address (URL)'))).toMatch(/http\(s\)/);
    expect(await errorOf(fact('what happened'))).toBe(`${fact('what happened')} is required`);
    expect(await errorOf(fact('source'))).toMatch(/is required/);
    // Focus goes to the first field in error, so a keyboard user lands on it.
    expect(await editor.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('name'))).toBe('aliases');
    expect(await editor.getByTestId('kb-status').textContent()).toMatch(/Not saved/);
    expect(await form.locator('[data-testid="kb-badge"]').count()).toBe(0);

    // Nothing was written: the lever opened afresh still has its aliases.
    await editor.reload();
    await editor.waitForSelector('[data-testid="kb-editor"][aria-busy="false"]');
    await chooseLever(editor, 'graphite', 'graphite');
    expect(await editor.getByLabel('Aliases', { exact: true }).inputValue()).toContain('graphite');
    await editor.close();
  });

  it('adds a lever of the user\u2019s own, keyboard first, then deletes it', async () => {
    const editor = await openEditor();
    await editor.getByTestId('kb-add-lever').focus();
    await editor.keyboard.press('Enter');
    const form = editor.locator('[data-testid="kb-lever-form"]');
    await form.waitFor();
    expect(await editor.evaluate(() => document.activeElement?.tagName)).toBe('H2');

    await form.getByLabel('Name', { exact: true }).fill('Pineapple quotas');
    expect(await form.getByLabel('Id', { exact: true }).inputValue()).toBe('pineapple-quotas');
    await form.getByTestId('kb-save').click();
    await expect.poll(() => form.getByLabel('Category').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('name'))).toBe('category');

    await form.getByLabel('Category').selectOption('agriculture-energy');
    await form.getByLabel('Aliases', { exact: true }).fill('pineapple quota');
    await form.getByLabel('United States').check();
    await form.getByLabel(/^Flow/).check();
    await form.getByTestId('kb-save').click();
    await editor.getByTestId('kb-status').filter({ hasText: 'Pages you open from now on use it.' }).waitFor();
    const saved = editor.locator('[data-testid="kb-lever-form"][data-lever="pineapple-quotas"]');
    await saved.waitFor();
    expect(await saved.locator('[data-testid="kb-badge"]').textContent()).toBe('your lever');
    expect(await editor.locator('[data-group="agriculture-energy"] button.kb-item[data-lever="pineapple-quotas"]').count()).toBe(1);

    await saved.getByTestId('kb-delete').click();
    await editor.getByTestId('kb-status').filter({ hasText: 'Deleted the lever' }).waitFor();
    expect(await editor.locator('button.kb-item[data-lever="pineapple-quotas"]').count()).toBe(0);
    await editor.close();
  });

  it('adds a side, refusing a bad colour and an actor of another side first', async () => {
    const editor = await openEditor();
    await editor.getByTestId('kb-add-side').click();
    const form = editor.locator('[data-testid="kb-side-form"]');
    await form.getByLabel('Name', { exact: true }).fill('Atlantis');
    await form.getByLabel('Colour', { exact: true }).fill('sea blue');
    await form.getByLabel('Actors', { exact: true }).fill('Atlantis\nBeijing');
    await form.getByLabel('Demonyms', { exact: true }).fill('Atlantean');
    await form.getByTestId('kb-save').click();
    await expect.poll(() => form.getByLabel('Colour', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('[data-field="actors"] .kb-error').textContent()).toMatch(/"Beijing" already stands for China/);

    await form.getByLabel('Colour', { exact: true }).fill('#0EA5E9');
    await form.getByLabel('Actors', { exact: true }).fill('Atlantis\nPoseidonia');
    await form.getByTestId('kb-save').click();
    await editor.getByTestId('kb-status').filter({ hasText: 'Added the side' }).waitFor();
    expect(await editor.locator('[data-group="sides"] button.kb-item[data-side="atlantis"] .kb-badge').textContent()).toBe('your side');
    // The new side is offered as a default holder for levers.
    await chooseLever(editor, 'tariff', 'tariffs');
    expect(await editor.getByLabel('Atlantis', { exact: true }).isChecked()).toBe(false);
    await editor.close();
  });
});
