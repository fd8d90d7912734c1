/**
 * Side classes, third round: sentences written here in the style of 2018-2025 trade news (and confirmed on the gold
 * set's tuning part) where the nearer rules, or the story's vote, give a lever to the wrong side.
 */
import { describe, expect, it } from 'vitest';
import { sideOf } from './stage-context';

describe("a measure on a side's goods, past an amount", () => {
  it('is never that side\'s, whoever the clause seems to name', () => {
    expect(sideOf('Canada said it would answer. On Wednesday, it also announced it will levy 25% tariffs on more than $20 billion in US goods.', 'tariffs')).toBe('canada');
    expect(sideOf('Trump said that Beijing had not fulfilled a promise to buy U.S. farm products and vowed to impose new tariffs on around $300 billion of Chinese goods.', 'tariffs')).toBe('us');
  });
  it("is not given to the side the story names most, when the story's vote is that side", () => {
    const story = "China's response came fast. U.S. tariffs had risen twice. April 10: Increased tariffs to 84% on select U.S. goods after the U.S. 104% tariff hike.";
    expect(sideOf(story, 'tariffs', 1)).toBe('china');
    expect(sideOf('Trump imposed steel tariffs on Europe. Brussels answered. The new duties on £2.4 billion worth of US products are now active.', 'duties')).toBe('eu');
  });
  it('"applied to EU brandy shipments": the other party, with nothing else said', () => {
    expect(sideOf('Duties ranging from 27.7% to 34.9% will be applied to EU brandy shipments for five years.', 'Duties')).not.toBe('eu');
    expect(sideOf('Duties ranging from 27.7% to 34.9% will be applied to EU brandy shipments for five years.', 'Duties')).not.toBe(null);
  });
  it('not an export control on a side\'s own goods, nor "US imports of" a good, nor a lever both sides hold', () => {
    expect(sideOf('Washington tightened export controls on more than $5 billion of US chips.', 'export controls')).toBe('us');
    expect(sideOf('Washington raised tariffs on more than $300 billion of U.S. imports from China.', 'tariffs')).toBe('us');
    expect(sideOf('Canada and Mexico agreed to drop their retaliatory tariffs on American goods in return.', 'retaliatory tariffs')).toBe(null);
  });
});

describe('a good named by its origin, with no buyer in its clause', () => {
  it('is bought by the side the story has shown buying it, before the usual buyer', () => {
    expect(sideOf('India has kept buying oil from Moscow despite the tariffs. "We will keep buying" Russian oil, the minister said.', 'oil', 1)).toBe('india');
    expect(sideOf('Japan agreed to buy more LNG from the United States. Analysts expect American LNG to reach Tokyo by spring.', 'LNG', 1)).toBe('japan');
  });
  it("or by the clause's subject", () => {
    expect(sideOf('China has kept buying Russian oil despite US tariffs. India accounted for 38% of Russian crude oil exports last year.', 'crude oil')).toBe('india');
  });
  it('the usual buyer stays when the story shows it buying', () => {
    expect(sideOf('China halted purchases of US soybeans in August. American soybeans piled up in silos across Iowa.', 'soybeans', 1)).toBe('china');
  });
});

describe('an export control or licence a named tool maker deals with', () => {
  it("is the maker's government's when no side acts in the sentence or is carried over", () => {
    expect(sideOf('The decision directly impacts the ability of Dutch tech giant ASML to export products to China without a specific export license.', 'export license')).toBe('netherlands');
    expect(sideOf('ASML said it expects the export restrictions to cut its China sales by a tenth.', 'export restrictions')).toBe('netherlands');
    expect(sideOf('Applied Materials and Lam Research said the export controls would cost them $2 billion in China sales.', 'export controls')).toBe('us');
  });
  it('not when the previous sentence carries a side over, nor when the sentence names the holder', () => {
    expect(sideOf('The Commerce Department tightened its rules again. ASML said it expects the export restrictions to cut its China sales by a tenth.', 'export restrictions')).toBe('us');
    expect(sideOf('ASML said the new US export restrictions would cut its China sales.', 'export restrictions')).toBe('us');
  });
});

describe('a lever the sentence shows one side facing and another acting on', () => {
  it("is the acting side's, over a story's vote for the side facing it", () => {
    const brandy = "The EU's tariffs on Chinese electric cars took effect in October. EU duties on Chinese steel were raised as well. Beijing answered with a probe into brandy. The ministry said 34 EU producers—including the cognac makers Hennessy and Remy Cointreau—will be exempt from the tariffs if they respect minimum selling prices agreed with Beijing.";
    expect(sideOf(brandy, 'tariffs', 1)).toBe('china');
    const gallium = "China's export controls on gallium took effect in August. China's controls on graphite followed. Beijing announced the move after Washington expanded its list of Chinese companies subject to export controls on chipmaking equipment.";
    expect(sideOf(gallium, 'export controls', 1)).toBe('us');
  });
});

describe('a side let or enabled to act on a lever', () => {
  it('holds it, as a side asked or allowed to act already did', () => {
    expect(sideOf("Furthermore, 11 U.S. companies have been added to China's unreliable entity list, allowing Beijing to enforce penalties like fines or bans.", 'bans')).toBe('china');
    expect(sideOf('The new law, passed by Congress in March, enables Beijing to impose export bans on firms that comply with foreign rules.', 'export bans')).toBe('china');
    expect(sideOf('The statute, which Congress passed in 1977, authorizes Tokyo to impose sanctions.', 'sanctions')).toBe('japan');
  });
});

describe('a measure on goods from a side', () => {
  it("is not given to that side by the story's vote", () => {
    const story = "Canada's tariffs on US steel took effect. Canada's duties on bourbon followed. Canadian tariffs on ketchup came next. The tariffs on goods from Canada were raised again.";
    expect(sideOf(story, 'tariffs', 2)).not.toBe('canada');
    const china = "China's tariffs on US soybeans took effect. China's duties on pork followed. Chinese tariffs on wine came next. It will levy new duties on imports from China.";
    expect(sideOf(china, 'duties', 1)).not.toBe('china');
  });
});

describe('a lever a complaint is brought over', () => {
  it('"its" after a complaint against a side is that side\'s', () => {
    expect(sideOf('South Korea filed a complaint against Japan at the WTO over its export controls on three chemicals.', 'export controls')).toBe('japan');
    expect(sideOf("The lifting comes after Australia suspended a WTO complaint against China over the grain in exchange for China's review of its punitive tariffs.", 'tariffs')).toBe('china');
  });
  it('a word of complaint naming no defendant nearer the lever does not hide one that does', () => {
    expect(sideOf("India has also dragged the U.S. to the World Trade Organization's dispute settlement mechanism over the imposition of import duties on steel and aluminum.", 'import duties')).toBe('us');
  });
});
