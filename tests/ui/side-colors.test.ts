/**
 * The sides' colour rules (src/ui/side-colors.ts): one rule per side, ids that would break out of the attribute
 * selector are escaped, colours that are not #rrggbb are left out; the page's style element is written once and
 * rewritten only when the rules change.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { showSideColors, sideColorRules } from '../../src/ui/side-colors';

describe('sideColorRules', () => {
  it('gives each side one rule setting --side and --c', () => {
    expect(sideColorRules([{ id: 'us', color: '#1d4ed8' }, { id: 'china', color: '#B91C1C' }]).split('\n')).toEqual([
      '[data-side="us"]{--side:#1d4ed8;--c:#1d4ed8}',
      '[data-side="china"]{--side:#B91C1C;--c:#B91C1C}',
    ]);
  });

  it('escapes quotes, backslashes and line breaks in ids, and leaves out colours that are not #rrggbb', () => {
    const rules = sideColorRules([
      { id: 'a"]{}body{display:none}[x="', color: '#000000' },
      { id: 'b\\\nc', color: '#111111' },
      { id: 'red', color: 'red;}body{display:none' },
      { id: 'short', color: '#fff' },
    ]);
    expect(rules.split('\n')).toEqual(['[data-side="a\\"]{}body{display:none}[x=\\""]{--side:#000000;--c:#000000}', '[data-side="b\\\\\\a c"]{--side:#111111;--c:#111111}']);
  });
});

describe('showSideColors', () => {
  it('writes one style element in the head and replaces its text only when the rules change', () => {
    const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
    showSideColors(document, [{ id: 'us', color: '#1d4ed8' }]);
    const styles = () => [...document.head.querySelectorAll('style[data-pp-side-colors]')];
    expect(styles().map((s) => s.textContent)).toEqual(['[data-side="us"]{--side:#1d4ed8;--c:#1d4ed8}']);
    const first = styles()[0];
    showSideColors(document, [{ id: 'us', color: '#1d4ed8' }]);
    showSideColors(document, [{ id: 'us', color: '#222222' }]);
    expect(styles()).toEqual([first]);
    expect(first.textContent).toBe('[data-side="us"]{--side:#222222;--c:#222222}');
  });
});
