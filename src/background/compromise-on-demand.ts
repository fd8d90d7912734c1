/**
 * What `compromise` means in the background's build (wxt.config.ts aliases it here): a stand-in for its default
 * export that evaluates the library on first use, so that the engine can import it as usual.
 */
import type nlpType from 'compromise';
import { loadCompromise } from './on-demand';

type Nlp = typeof nlpType;

const nlp = new Proxy(function compromise() {} as unknown as Nlp, {
  apply: (_target, self, args) => Reflect.apply(loadCompromise().default as unknown as (...a: unknown[]) => unknown, self, args),
  get: (_target, key) => Reflect.get(loadCompromise().default, key),
});

export default nlp;
