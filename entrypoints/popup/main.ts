import type { PressureDb } from '../../src/kb/db';
import { send } from '../../src/messaging/client';
import { extensionApi } from '../../src/messaging/extension-api';
import type { PopupData } from '../../src/messaging/protocol';
import { renderPopup, requestPersistentStorage, type PopupActions } from '../../src/ui/popup/popup-view';

// A step of the popup's opening, for npm run bench:store: its module is loaded and evaluated here.
performance.mark('pp:script');

const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');
// popup.html?tab=<id> shows that tab (tests, or a popup opened in a tab); it then stays open after an action.
const pinnedTab = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;

// Chrome's `chrome` (promises in Manifest V3) or Firefox's `browser`: the popup loads no webextension-polyfill.
const api = extensionApi();
const closeAfterAction = () => {
  if (pinnedTab === null) window.close();
};
const dashboardUrl = api.runtime.getURL('/dashboard.html');

let db: PressureDb | undefined;

const actions: PopupActions = {
  setSiteEnabled: (site, enabled) => send('setSiteEnabled', { site, enabled }),
  async openLever(tabId, lever) {
    const found = (await api.tabs.sendMessage(tabId, { pp: 'command', command: 'open-lever', lever })) === true;
    if (found) closeAfterAction();
    return found;
  },
  openDashboard() {
    void api.tabs.create({ url: dashboardUrl }).then(closeAfterAction);
  },
  async mountSaved(panel, onChange) {
    // The Saved view and the database code load only when the view is first shown, so the popup opens fast.
    const [{ mountSavedView }, { openDb }] = await Promise.all([import('../../src/ui/popup/saved-view'), import('../../src/kb/db')]);
    db ??= openDb();
    return mountSavedView(document, panel, {
      db,
      open: async (id) => {
        await send('openAnnotation', { id });
        closeAfterAction();
      },
      onChange,
    });
  },
  // After the Saved view wrote the database itself: the background's kept counters may not know yet.
  reloadSaved: async () => (await send('getPopupData', { tabId: pinnedTab, pageUrl: null, fresh: true })).saved,
  setLogSettings: (changes) => send('setLogSettings', changes),
  openTimeline() {
    void api.tabs.create({ url: `${dashboardUrl}#timeline` }).then(closeAfterAction);
  },
};

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const request = send('getPopupData', { tabId: pinnedTab, pageUrl: null });
  // After the request is on its way: its first use of localStorage loads the origin's store synchronously.
  void requestPersistentStorage().catch(() => undefined);
  let data: PopupData | null = null;
  let error: string | undefined;
  try {
    data = await request;
    performance.mark('pp:popup-data'); // a step of the popup's opening, for npm run bench:store
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  renderPopup(document, app, data, actions, { view: params.get('view') === 'saved' ? 'saved' : 'page', error });
  performance.mark('pp:popup-ready'); // read by npm run bench:store
}

main().catch((err: unknown) => {
  const app = document.getElementById('app')!;
  const p = document.createElement('p');
  p.className = 'error';
  p.setAttribute('role', 'alert');
  p.textContent = `Pressure Points could not load: ${err instanceof Error ? err.message : String(err)}`;
  app.replaceChildren(p);
  app.setAttribute('aria-busy', 'false');
});
