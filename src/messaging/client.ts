import { extensionApi } from './extension-api';
import type { Envelope, MessageName, Reply, Request, Response } from './protocol';

export class MessageError extends Error {}

/** Sends one typed message to the background and returns its value, or throws the background's error. */
export async function send<K extends MessageName>(name: K, data: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { pp: 1, name, data };
  const reply = (await extensionApi().runtime.sendMessage(envelope)) as Reply<Response<K>> | undefined;
  if (!reply) throw new MessageError(`${name}: no answer from the extension's background`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}
