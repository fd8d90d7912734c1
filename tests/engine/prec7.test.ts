/**
 * Precision classes of the second precision round (branch prec7), measured on the gold set's tuning part: each test
 * names the class of extra mentions a change removed, on sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { mentionTexts } from './stage-context';

const words = mentionTexts;

describe('a part word with "of" after it', () => {
  it('"a critical component of batteries", "components of trade infrastructure": what a thing is made of, not controlled goods', () => {
    expect(words('China tightened reviews of exports of graphite, a critical component of electric vehicle batteries.')).not.toContain('component');
    expect(words('The port fees are leverage over shipping, crucial components of global trade infrastructure.')).not.toContain('components');
    expect(words('The rule controls any item that is the direct product of a plant or major component of a plant abroad.')).not.toContain('component');
  });

  it('controlled components with their measure stay ("export controls on components", "components for Huawei")', () => {
    expect(words('The US imposed export controls on components for Huawei.')).toContain('components');
    expect(words('Huawei can no longer buy American components under the export ban.')).toContain('components');
  });
});

describe('a good before "producing" or "growing" and a place', () => {
  it('"pork producing states", "coffee-producing countries", "soybean-growing regions": the places, not the good', () => {
    expect(words('Of the top ten pork producing states, eight face China’s retaliatory tariffs.')).not.toContain('pork');
    expect(words('The 10% tariffs cover most coffee-producing countries, including Brazil.')).not.toContain('coffee');
    expect(words('China halted purchases of soybeans, hitting soybean-growing regions.')).toEqual(['purchases', 'soybeans']);
  });

  it('a good made by a named machine or good stays ("microchip-producing machines" under export controls)', () => {
    expect(words('ASML may no longer export certain microchip-producing machines to China.').join(' ')).toMatch(/microchip/);
    expect(words('China imposed retaliatory tariffs on pork.')).toContain('pork');
  });
});

describe('an agency that wields a lever is an actor, not the lever', () => {
  it('"must be reported to OFAC", "a licence issued by OFAC": the Office of Foreign Assets Control, not dollar sanctions', () => {
    expect(words('Blocked property must be reported to OFAC.')).toEqual([]);
    expect(words('Transactions are prohibited unless authorized by a general or specific license issued by OFAC.')).not.toContain('OFAC');
  });

  it('its measures stay ("OFAC sanctions", "the SDN list")', () => {
    expect(words('The refinery was hit with OFAC sanctions over Iranian oil.')).toContain('OFAC sanctions');
    expect(words('Treasury added the refinery to the SDN list.')).toContain('SDN list');
  });
});

describe('a good in a list of fields to invest in', () => {
  it('"investments in entities working on semiconductors, AI systems, or quantum", "sectors like semiconductors, nuclear power, biotech, and batteries": industries', () => {
    expect(words('The rule bars U.S. persons from certain investments in China-based entities that are working on semiconductors, AI systems, or quantum information technologies.')).not.toContain('semiconductors');
    expect(words('The order targets investment in semiconductors and microelectronics, quantum computing and certain artificial intelligence systems.')).not.toContain('semiconductors');
    const deal = words('The $350 billion investment includes $200 billion in sectors like semiconductors, nuclear power, biotech, and batteries.');
    expect(deal).not.toContain('semiconductors');
    expect(deal).not.toContain('batteries');
  });

  it('goods under a measure beside a field stay, and a field in the good’s own name does not count ("AI chips")', () => {
    expect(words('The US tightened export controls on semiconductors and quantum computing items.')).toContain('semiconductors');
    expect(words('China opened a probe into US analog chips used in industries, as opposed to the artificial-intelligence chips under US export controls.')).toContain('artificial-intelligence chips');
  });
});
