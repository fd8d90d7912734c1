import { describe, expect, it } from 'vitest';
import { newAnnotation } from '../../src/schemas/annotation';
import * as v from 'valibot';
import { idRecord, isReservedId, randomUuid } from '../../src/types/ids';

describe('ids', () => {
  it('makes version 4 UUIDs without crypto.randomUUID (absent on http:// pages), all different, that a save accepts', () => {
    const uids = Array.from({ length: 1000 }, randomUuid);
    expect(new Set(uids).size).toBe(1000);
    for (const uid of uids.slice(0, 50)) expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(v.safeParse(newAnnotation.entries.uid, uids[0]).success).toBe(true);
  });

  it('knows the reserved names and keys records without a prototype', () => {
    expect(['__proto__', 'constructor', 'toString', 'prototype'].every(isReservedId)).toBe(true);
    expect(isReservedId('rare-earths')).toBe(false);
    const r = idRecord<number>();
    r['__proto__'] = 1;
    expect(Object.getPrototypeOf(r)).toBeNull();
    expect(Object.keys(r)).toEqual(['__proto__']);
  });
});
