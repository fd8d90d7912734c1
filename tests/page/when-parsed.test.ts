import { describe, expect, it } from 'vitest';
import { whenParsed } from '../../src/page/loader';

/** A document still being parsed: an EventTarget with a readyState, whose DOMContentLoaded listeners are kept. */
function loadingDocument() {
  const target = new EventTarget();
  const doc = Object.assign(target, { readyState: 'loading' as DocumentReadyState });
  const listeners: EventListener[] = [];
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  doc.addEventListener = ((type: string, fn: EventListener, options?: boolean) => {
    if (type === 'DOMContentLoaded') listeners.push(fn);
    add(type, fn, options);
  }) as typeof target.addEventListener;
  doc.removeEventListener = ((type: string, fn: EventListener, options?: boolean) => {
    if (type === 'DOMContentLoaded') listeners.splice(listeners.indexOf(fn), 1);
    remove(type, fn, options);
  }) as typeof target.removeEventListener;
  /** What the browser does when parsing ends: a trusted event. */
  const parsed = () => {
    doc.readyState = 'interactive';
    for (const fn of [...listeners]) fn({ type: 'DOMContentLoaded', isTrusted: true } as Event);
  };
  return { doc: doc as unknown as Document, parsed, listeners };
}

describe('whenParsed (the loader is evaluated at document_start)', () => {
  it('starts at once on a document already parsed', () => {
    let calls = 0;
    whenParsed(Object.assign(new EventTarget(), { readyState: 'interactive' }) as unknown as Document, () => calls++);
    expect(calls).toBe(1);
  });

  it('waits for the end of parsing, starts once, and stops listening', () => {
    const { doc, parsed, listeners } = loadingDocument();
    let calls = 0;
    whenParsed(doc, () => calls++);
    expect(calls).toBe(0);
    parsed();
    expect(calls).toBe(1);
    expect(listeners).toHaveLength(0);
  });

  it('ignores a DOMContentLoaded event the page makes up', () => {
    const { doc, parsed } = loadingDocument();
    let calls = 0;
    whenParsed(doc, () => calls++);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(calls).toBe(0);
    parsed();
    expect(calls).toBe(1);
  });
});
