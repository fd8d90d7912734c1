import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BackgroundService } from '../src/background/service';
import { dispatch, isOwnSender } from '../src/messaging/server';

export default defineBackground(() => {
  const service = new BackgroundService();
  const handlers = service.handlers();
  const origin = new URL(browser.runtime.getURL('/')).origin;

  browser.runtime.onInstalled.addListener(() => {
    service.onInstalled().catch((err) => console.error('Pressure Points: could not set up the knowledge base', err));
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender, browser.runtime.id, origin)) return undefined;
    return dispatch(handlers, message, sender, origin);
  });
  browser.storage.onChanged.addListener((changes, area) => service.onStorageChanged(changes, area));
  browser.tabs.onRemoved.addListener((tabId) => {
    void service.forgetTab(tabId);
  });
  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { pp: 'command', command }).catch(() => undefined);
  });
});
