import type { Browser } from 'wxt/browser';
import { SchemaError } from './schema';
import { validateEnvelope, type MessageName, type Reply, type Request, type Response } from './protocol';

type Sender = Browser.runtime.MessageSender;
export type Handlers = { [K in MessageName]: (data: Request<K>, sender: Sender) => Promise<Response<K>> | Response<K> };

/**
 * Whether a message comes from this extension: its own pages (extension origin) or its content scripts (our id,
 * sent from a tab). Anything else is ignored without an answer.
 */
export function isOwnSender(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Answers one message: validates it, runs its handler, wraps the outcome as a Reply. */
export async function dispatch(handlers: Handlers, message: unknown, sender: Sender): Promise<Reply<unknown> | undefined> {
  let parsed: ReturnType<typeof validateEnvelope>;
  try {
    parsed = validateEnvelope(message);
  } catch (err) {
    return { ok: false, error: err instanceof SchemaError ? `Invalid message: ${err.message}` : String(err) };
  }
  if (!parsed) return undefined;
  try {
    const handler = handlers[parsed.name] as (data: unknown, sender: Sender) => Promise<unknown> | unknown;
    return { ok: true, value: (await handler(parsed.data, sender)) ?? null };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
