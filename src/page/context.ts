import { extensionApi } from '../messaging/extension-api';

/**
 * The lifetime of the content script, or of one run of it on a page (until a navigation or the site switch ends it).
 * It replaces WXT's ContentScriptContext, which announces every start to the page (a CustomEvent on `document` and a
 * `window.postMessage` carrying the extension's id) and dispatches its own events on `window`: a page could observe
 * all of them. This one tells the page nothing. A context is over when it is aborted, when its parent is, or when
 * the extension was reloaded or updated under the page (the runtime has lost its id).
 */
export class PageContext {
  private readonly controller = new AbortController();

  constructor(parent?: PageContext) {
    parent?.onInvalidated(() => this.abort());
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && !extensionApi()?.runtime?.id) this.abort();
    return this.signal.aborted;
  }

  abort(): void {
    this.controller.abort();
  }

  onInvalidated(cb: () => void): void {
    if (this.signal.aborted) cb();
    else this.signal.addEventListener('abort', cb, { once: true });
  }

  /** A listener removed when the context is over. */
  listen<E extends Event>(target: EventTarget, type: string, fn: (ev: E) => void, capture = false): void {
    target.addEventListener(type, fn as EventListener, { capture, signal: this.signal });
  }
}
