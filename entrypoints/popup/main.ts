import { browser } from 'wxt/browser';
import { send } from '../../src/messaging/client';
import { renderPopup } from '../../src/ui/popup-view';

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const param = new URLSearchParams(location.search).get('tab');
  let tabId = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
  let pageUrl: string | undefined;
  if (tabId === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id;
    pageUrl = tab?.url;
  }
  // Saved annotations must not be evicted when the disk fills up.
  void navigator.storage?.persist?.();
  const state = tabId === undefined ? null : await send('getTabState', { tabId });
  const url = state?.url ?? pageUrl;
  let site: string | null = null;
  try {
    site = url && /^https?:/.test(url) ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    site = null;
  }
  const enabled = site ? await send('getSiteEnabled', { site }) : true;
  renderPopup(document, app, { state, site, enabled }, {
    setSiteEnabled: (on) => send('setSiteEnabled', { site: site!, enabled: on }),
  });
}

main().catch((err: unknown) => {
  const app = document.getElementById('app')!;
  app.setAttribute('aria-busy', 'false');
  app.replaceChildren();
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = `Pressure Points could not load: ${err instanceof Error ? err.message : String(err)}`;
  app.append(p);
});
