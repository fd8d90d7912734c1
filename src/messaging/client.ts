import { extensionApi } from './extension-api';
import type { Envelope, MessageName, Reply, Request, Response } from './protocol';

/** The background answered with an error (a refused message, a failed write): its words, as it said them. */
export class MessageError extends Error {}

/**
 * The message did not get an answer: the background was stopped while it worked, or could not be reached. Whether it
 * did the work is unknown; a save sent again with the same uid is stored at most once.
 */
export class NoAnswerError extends MessageError {}

/** Sends one typed message to the background and returns its value, or throws the background's error. */
export async function send<K extends MessageName>(name: K, data: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { pp: 1, name, data };
  let reply: Reply<Response<K>> | undefined;
  try {
    reply = (await extensionApi().runtime.sendMessage(envelope)) as Reply<Response<K>> | undefined;
  } catch (err) {
    throw new NoAnswerError(`${name}: the extension's background did not answer (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!reply) throw new NoAnswerError(`${name}: no answer from the extension's background`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}
