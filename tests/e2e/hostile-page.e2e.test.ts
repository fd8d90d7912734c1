/**
 * A web page is hostile. Its own scripts (page.evaluate runs in the page's main world, as the site's code does) try
 * to drive the extension: synthetic clicks and keys on highlights, reaching into the card, submitting its form. None
 * of it may open a card, close one or save anything, and the extension must tell the page nothing through events,
 * globals, attributes or resource timings. A spy installed before any page script (addInitScript) watches for all of
 * it from the page's side.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardIn, cardOf, highlightCentre, readHighlights, useExtension, waitForPaints } from './helpers';
import { CARD_TAG } from './probes';

interface Spy {
  roots: string[];
  listeners: string[];
  events: string[];
  messages: string[];
  globals: string[];
  rootAttributes: string[];
}

/** What the page sees of the extension: installed before the page's first script runs. */
function installSpy(): void {
  const spy: Spy = { roots: [], listeners: [], events: [], messages: [], globals: Object.getOwnPropertyNames(window), rootAttributes: [] };
  (window as unknown as { __spy: Spy }).__spy = spy;
  window.addEventListener('message', (e) => spy.messages.push(JSON.stringify(e.data)));
  for (const type of ['pressure-points:painted', 'pressure-points', 'pp:painted', 'pp', 'painted']) {
    document.addEventListener(type, () => spy.events.push(type), true);
    window.addEventListener(type, () => spy.events.push(type), true);
  }
  // A page can patch DOM prototypes to catch a closed shadow root as it is made, or to list listeners. Content
  // scripts run in an isolated world with their own prototypes, so none of this sees them.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    spy.roots.push(this.localName);
    return attach.call(this, init);
  };
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: [EventListenerOrEventListenerObject | null, (boolean | AddEventListenerOptions)?]) {
    if (this === document || this === window) spy.listeners.push(type);
    return add.call(this, type, ...rest);
  };
  document.addEventListener('DOMContentLoaded', () => {
    spy.rootAttributes = [...document.documentElement.getAttributeNames(), ...document.body.getAttributeNames()];
  });
}

function spyOf(page: Page): Promise<Spy & { newGlobals: string[]; attributesNow: string[]; extensionResources: string[] }> {
  return page.evaluate(() => {
    const spy = (window as unknown as { __spy: Spy }).__spy;
    const before = new Set(spy.globals);
    return {
      ...spy,
      newGlobals: Object.getOwnPropertyNames(window).filter((n) => !before.has(n)),
      attributesNow: [...document.documentElement.getAttributeNames(), ...document.body.getAttributeNames()],
      extensionResources: performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => !n.startsWith('http')),
    };
  });
}

/** The page's own script fakes the events of a click at the centre of a highlighted term. */
function syntheticClick(page: Page, layer: string, text: string): Promise<string> {
  return page.evaluate(
    ([l, t]) => {
      const range = [...(CSS.highlights.get(l) ?? [])].find((r) => (r as Range).toString() === t) as Range;
      const box = range.getClientRects()[0];
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const target = document.elementFromPoint(x, y)!;
      const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, button: 0, view: window };
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) target.dispatchEvent(new PointerEvent(type, init));
      target.dispatchEvent(new MouseEvent('click', init));
      (target as HTMLElement).click();
      // Opening a card marks its mention in pp-focus synchronously, inside the click handler: read it at once.
      return [...(CSS.highlights.get('pp-focus') ?? [])].map((r) => (r as Range).toString()).join('|');
    },
    [layer, text] as const,
  );
}

describe('a hostile page', () => {
  const h = useExtension();

  beforeEach(async () => {
    await h.resetSettings();
  });

  async function openSpied(): Promise<Page> {
    const page = await h.newPage();
    await page.addInitScript(installSpy);
    await page.goto(h.url('article.html'));
    await waitForPaints(page);
    return page;
  }

  it('cannot open a card with synthetic clicks or keys', async () => {
    const page = await openSpied();
    await highlightCentre(page, 'pp-china', 'export controls');
    expect(await syntheticClick(page, 'pp-china', 'export controls')).toBe('');
    await page.evaluate(() => {
      for (const key of ['N', 'P']) document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true }));
    });
    expect(await page.evaluate(() => (CSS.highlights.get('pp-focus')?.size ?? 0) + document.querySelectorAll('pressure-points-card').length)).toBe(0);
    // The same click made by the reader (trusted input) does open it: the synthetic one hit the right place.
    const { x, y } = await highlightCentre(page, 'pp-china', 'export controls');
    await page.mouse.click(x, y);
    expect((await cardOf(page).waitOpen()).title).toBe('Export controls and bans');
    await page.close();
  });

  it('cannot reach into the open card, close it, or save through it', async () => {
    const page = await openSpied();
    const formsBefore = await page.evaluate(() => document.querySelectorAll('form, textarea, input, button').length);
    const { x, y } = await highlightCentre(page, 'pp-china', 'export controls');
    await page.mouse.click(x, y);
    const card = cardOf(page);
    await card.waitOpen();

    const reach = await page.evaluate((tag) => {
      const host = document.querySelector(tag) as HTMLElement;
      let attachAgain = 'allowed';
      try {
        host.attachShadow({ mode: 'open' });
      } catch (err) {
        attachAgain = (err as Error).name;
      }
      // Everything a page script might try on the host: clicks, keys, a submit, an Escape, a click "outside".
      host.click();
      host.dispatchEvent(new SubmitEvent('submit', { bubbles: true, composed: true }));
      for (const target of [host, document]) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: 1, clientY: 1 }));
      return {
        shadowRoot: host.shadowRoot,
        attachAgain,
        controls: document.querySelectorAll('form, textarea, input, button').length,
        dialogs: document.querySelectorAll('[role="dialog"]').length,
      };
    }, CARD_TAG);
    expect(reach).toEqual({ shadowRoot: null, attachAgain: 'NotSupportedError', controls: formsBefore, dialogs: 0 });
    // Neither the Escape nor the click outside closed it: they were not the reader's.
    expect(await card.read()).not.toBeNull();

    // Suppose a page got hold of the root anyway (DevTools hands it over here, in the page's main world): filling
    // the form and submitting it by script still saves nothing. 'Saving…' would show at once if it started.
    const attempt = await cardIn(page)((root) => {
      const form = root.querySelector('form') as HTMLFormElement;
      const note = root.querySelector('textarea') as HTMLTextAreaElement;
      const tags = root.querySelector('input[type="text"]') as HTMLInputElement;
      const save = root.querySelector('button[type="submit"]') as HTMLButtonElement;
      note.value = 'written by the page';
      const statuses: string[] = [];
      const status = () => statuses.push(root.querySelector('[role="status"]')?.textContent ?? '');
      form.requestSubmit();
      status();
      form.requestSubmit(save);
      status();
      save.click();
      status();
      save.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, button: 0 }));
      status();
      tags.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      status();
      form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: save }));
      status();
      (root.querySelector('button.close') as HTMLButtonElement).click();
      return { statuses, saveDisabled: save.disabled, open: root.querySelector('[role="dialog"]') !== null };
    }, undefined);
    expect(attempt).toEqual({ statuses: ['', '', '', '', '', ''], saveDisabled: false, open: true });
    expect(await h.annotations()).toEqual([]);

    // The reader's own click on Save does save, once.
    await card.save();
    const saved = await h.annotations();
    expect(saved.map((a) => a.quote.exact)).toEqual(['export controls']);
    await page.close();
  });

  it('learns nothing from events, globals, attributes, listeners or resource timings', async () => {
    const page = await openSpied();
    const { x, y } = await highlightCentre(page, 'pp-us', 'tariffs');
    await page.mouse.click(x, y);
    await cardOf(page).waitOpen();
    await page.keyboard.press('Escape');
    await cardOf(page).waitClosed();
    const spy = await spyOf(page);
    expect(spy.events).toEqual([]);
    expect(spy.messages).toEqual([]);
    // The page's own script sets __pageScriptRan; the spy is __spy. Nothing else appears on window.
    expect(spy.newGlobals.sort()).toEqual(['__pageScriptRan', '__spy']);
    expect(spy.attributesNow).toEqual(spy.rootAttributes);
    // Our shadow root and our listeners are made in the content script's world: the page's patched prototypes never
    // saw them. (The page registers no click, mousedown or keydown listener of its own.)
    expect(spy.roots).toEqual([]);
    expect(spy.listeners.filter((t) => ['click', 'mousedown', 'keydown'].includes(t))).toEqual([]);
    // The rest of the content script is imported from the extension: the page's resource timings do not list it.
    expect(spy.extensionResources).toEqual([]);
    // What the page does see: the highlights in the shared CSS.highlights registry (see README, privacy).
    expect(Object.keys(await readHighlights(page))).toContain('pp-us');
    await page.close();
  });
});
