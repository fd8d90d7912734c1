import type { Browser } from 'wxt/browser';
import { SchemaError } from '../schemas/issues';
import { clip, MAX_URL } from '../types/limits';
import type { MessageName, Reply, Request, Response } from './protocol';
import { validateEnvelope, type SenderKind } from './validators';

type Sender = Browser.runtime.MessageSender;

/** Who sent a message, as the browser says it: the page a content script runs in, or one of our own pages. */
export interface From {
  kind: SenderKind;
  /** The sending page's or frame's address, from the browser (cut to MAX_URL), never from the message. */
  url: string;
  /** The tab, when the sender is in one. */
  tabId: number | undefined;
}

export type Handlers = { [K in MessageName]: (data: Request<K>, from: From) => Promise<Response<K>> | Response<K> };

/**
 * Whether a message comes from this extension: its own pages (extension origin) or its content scripts (our id,
 * sent from a tab). Anything else is ignored without an answer.
 */
export function isOwnSender(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(`${extensionOrigin}/`);
}

/** What the browser says about a message's sender: an extension page, or the page a content script runs in. */
export function senderOf(sender: Sender, extensionOrigin: string): From {
  const url = clip(sender.url ?? sender.tab?.url ?? '', MAX_URL);
  const kind: SenderKind = url.startsWith(`${extensionOrigin}/`) ? 'extension' : 'page';
  return { kind, url, tabId: sender.tab?.id };
}

/**
 * Answers one message: checks who sent it and what it holds, runs its handler, and wraps the outcome as a Reply.
 * Returns undefined (no answer) for anything that is not one of our messages.
 */
export async function dispatch(handlers: Handlers, message: unknown, sender: Sender, extensionOrigin: string): Promise<Reply<unknown> | undefined> {
  let parsed: ReturnType<typeof validateEnvelope>;
  try {
    parsed = validateEnvelope(message);
  } catch (err) {
    return { ok: false, error: err instanceof SchemaError ? `Invalid message: ${err.message}` : String(err) };
  }
  if (!parsed) return undefined;
  const from = senderOf(sender, extensionOrigin);
  if (from.kind !== parsed.from) {
    return { ok: false, error: `${parsed.name}: ${parsed.from === 'page' ? 'only a content script, from the page it runs in,' : "only the extension's own pages"} may send this message` };
  }
  if (from.kind === 'page' && (from.tabId === undefined || !/^https?:/i.test(from.url))) {
    return { ok: false, error: `${parsed.name}: the sender is not a web page in a tab` };
  }
  try {
    const handler = handlers[parsed.name] as (data: unknown, from: From) => Promise<unknown> | unknown;
    return { ok: true, value: (await handler(parsed.data, from)) ?? null };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
