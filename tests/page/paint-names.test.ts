import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexToRgb, layerName, NO_SIDE_NAME } from '../../src/page/paint';

/** What they were, with regular expressions: the loops that replaced them must say the same of any string. */
const layerNameBefore = (side: string | null) => (side ? `pp-${side.replace(/[^a-z0-9-]/gi, '')}` : NO_SIDE_NAME);
function hexToRgbBefore(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  const n = m ? parseInt(m[1], 16) : 0x6b7280;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hexish = fc.stringMatching(/^\s?#{0,2}[0-9a-fA-FgG:@`/]{5,7}\s?\n?$/);

describe('layer names and side colours', () => {
  it('name a layer after the side, keeping only ASCII letters, digits and "-"', () => {
    expect(layerName('us')).toBe('pp-us');
    expect(layerName('EU-27')).toBe('pp-EU-27');
    expect(layerName('a_b!é c')).toBe('pp-abc');
    expect(layerName(null)).toBe(NO_SIDE_NAME);
    expect(layerName('')).toBe(NO_SIDE_NAME);
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (s) => layerName(s) === layerNameBefore(s)));
  });

  it('read "#rrggbb" colours, and fall back to grey for anything else', () => {
    expect(hexToRgb('#1d4ed8')).toEqual([0x1d, 0x4e, 0xd8]);
    expect(hexToRgb(' DC2626 ')).toEqual([0xdc, 0x26, 0x26]);
    expect(hexToRgb('#12345')).toEqual([0x6b, 0x72, 0x80]);
    expect(hexToRgb('##123456')).toEqual([0x6b, 0x72, 0x80]);
    expect(hexToRgb('#12345g')).toEqual([0x6b, 0x72, 0x80]);
    fc.assert(fc.property(fc.oneof(hexish, fc.string()), (s) => hexToRgb(s).join() === hexToRgbBefore(s).join()));
  });
});
