/** Stance classes of the eleventh stance round: each test names the class and fails without its rule. */
import { describe, expect, it } from 'vitest';
import { stanceIn } from './stage-context';

const stance = stanceIn;

describe('a lever placed in a larger whole', () => {
  it('is only described: "part of", "among"', () => {
    expect(stance('The steel tariffs had been part of a long quarrel with Canada.', 'steel tariffs')).toBe('neutral');
    expect(stance('Export controls are only part of the story.', 'Export controls')).toBe('neutral');
    expect(stance("Beijing's rare earths are among its strongest cards.", 'rare earths')).toBe('neutral');
  });

  it('still bites when the whole is what the lever hits', () => {
    expect(stance('Motorcycles are among the products affected by the tariff.', 'Motorcycles')).toBe('tighten');
  });
});

describe('a relative clause inside the subject', () => {
  it('describes its head: the main verb that eases the head is the move', () => {
    expect(stance('The order that had banned exports of gallium, germanium and antimony was suspended until November.', 'germanium')).toBe('relax');
    expect(stance('The decree that imposed tariffs on US pork was lifted on Monday.', 'tariffs')).toBe('relax');
  });

  it('keeps the relative verb when the main verb does not ease', () => {
    expect(stance('The order that had banned exports of gallium was upheld by the court.', 'gallium')).toBe('tighten');
    expect(stance('The decree that imposed tariffs on US pork was not lifted.', 'tariffs')).toBe('tighten');
  });
});

describe('a sum of goods a buyer takes on in a deal', () => {
  it('is a purchase pledged', () => {
    expect(stance('The deal includes $20 billion in soybean purchases over two years.', 'soybean purchases')).toBe('relax');
    expect(stance('Officials said the package would include $50 billion of US energy purchases.', 'energy purchases')).toBe('relax');
  });

  it('is not when no deal or inclusion is spoken of', () => {
    expect(stance('Farmers in Iowa lost $2 billion in soybean purchases.', 'soybean purchases')).not.toBe('relax');
  });
});

describe('a noun past punctuation after the lever', () => {
  it('is not the head that sets its polarity', () => {
    expect(stance('The removal of the ban does not end these licensing requirements—permits are still needed.', 'licensing requirements')).toBe('tighten');
    expect(stance('Washington agreed to suspend for one year a move imposing "Entity List" export restrictions on affiliates.', 'Entity List')).toBe('relax');
  });

  it('still is right after the lever', () => {
    expect(stance('Washington and Beijing suspended the tariff truce on Friday.', 'tariff')).toBe('tighten');
  });
});

describe('why a lever exists', () => {
  it('is analysis: its purpose, rationale or justification', () => {
    expect(stance('The stated purpose of the tariffs is to combat drug trafficking.', 'tariffs')).toBe('neutral');
    expect(stance('The rationale behind the export controls is national security.', 'export controls')).toBe('neutral');
  });

  it('a lever imposed for a purpose is still imposed', () => {
    expect(stance('Washington imposed the tariffs for the purpose of curbing migration.', 'tariffs')).toBe('tighten');
  });
});
