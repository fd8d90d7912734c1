import { describe, expect, it } from 'vitest';
import { analysedOnly, negated, polarityFrom, resolve, verbClassAt } from '../../src/engine/stance';
import { tokenize } from '../../src/engine/tokens';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { lexicon, prepare, stanceIn, tokenIndex } from './stage-context';

const stance = stanceIn;

describe('resolve', () => {
  it('reads "more" and "less" by the polarity of the object', () => {
    expect(resolve('less', 'flow')).toBe('tighten');
    expect(resolve('less', 'measure')).toBe('relax');
    expect(resolve('more', 'measure')).toBe('tighten');
    expect(resolve('more', 'flow')).toBe('relax');
  });

  it('reads tighten and relax the same whatever the object', () => {
    for (const polarity of ['measure', 'flow'] as const) {
      expect(resolve('tighten', polarity)).toBe('tighten');
      expect(resolve('relax', polarity)).toBe('relax');
    }
  });

  it('reads keeping a measure as tightening and keeping a flow as nothing', () => {
    expect(resolve('keep', 'measure')).toBe('tighten');
    expect(resolve('keep', 'flow')).toBe('neutral');
  });
});

describe('verbClassAt', () => {
  const cls = (text: string, word: string, lever = 'tariffs') => {
    const tokens = tokenize(text);
    return verbClassAt(tokens, tokenIndex(tokens, word), lexicon, lever);
  };

  it('classes inflected verbs and verbal nouns', () => {
    expect(cls('They imposed tariffs.', 'imposed')).toBe('tighten');
    expect(cls('They lifted tariffs.', 'lifted')).toBe('relax');
    expect(cls('They raised tariffs.', 'raised')).toBe('more');
    expect(cls('They suspended licences.', 'suspended')).toBe('less');
    expect(cls('The tariffs remain.', 'remain')).toBe('keep');
    expect(cls('The imposition of tariffs.', 'imposition')).toBe('tighten');
  });

  it('reads a two-word form even after a determiner ("an end to")', () => {
    expect(cls('An end to the embargo.', 'end')).toBe('less');
  });

  it('takes a verb form after a determiner or before "of" for a noun, and "remaining" for an adjective', () => {
    expect(cls('The supply fell.', 'supply')).toBeUndefined();
    expect(cls('Purchases of soybeans rose.', 'Purchases')).toBeUndefined();
    expect(cls('The remaining tariffs.', 'remaining')).toBeUndefined();
    expect(cls('They said so.', 'said')).toBeUndefined();
  });
});

describe('negated', () => {
  const neg = (text: string, word: string) => {
    const tokens = tokenize(text);
    return negated(tokens, tokenIndex(tokens, word), lexicon);
  };

  it('sees "not", "n\'t", "never" and "refused" in the five words before the verb', () => {
    expect(neg('They did not lift tariffs.', 'lift')).toBe(true);
    expect(neg("They didn't lift tariffs.", 'lift')).toBe(true);
    expect(neg('They never lifted tariffs.', 'lifted')).toBe(true);
    expect(neg('They refused to lift the ban.', 'lift')).toBe(true);
  });

  it('sees no negation in a plain clause or one too far back', () => {
    expect(neg('They lifted tariffs.', 'lifted')).toBe(false);
    expect(neg('Not that it matters, but officials today lifted tariffs.', 'lifted')).toBe(false);
  });
});

describe('polarityFrom', () => {
  const polarity = (text: string, term: string) => {
    const p = prepare(text);
    const m = p.lever(term);
    return polarityFrom(p.ctx, m.i, m);
  };

  it('sees "licences" as a flow, even inside a measure lever', () => {
    expect(polarity('Commerce suspended export licences for jet engines.', 'export licences')).toBe('flow');
  });

  it('sees a tariff as a measure and goods put under controls or on a list as a measure', () => {
    expect(polarity('Commerce suspended tariffs on jet engines.', 'tariffs')).toBe('measure');
    expect(polarity('China put seven rare earths under export controls.', 'seven rare earths')).toBe('measure');
    expect(polarity('China added tungsten to its export control list.', 'tungsten')).toBe('measure');
    // A list named for retaliation or a tariff is one too; a plain list of buyers is not.
    expect(polarity('Beijing added US beef, pork and wine to its retaliation list.', 'beef')).toBe('measure');
    expect(polarity('Ottawa added bourbon to its counter-tariff list.', 'bourbon')).toBe('measure');
    expect(stance('Beijing added US beef, pork and wine to its retaliation list.', 'pork')).toBe('tighten');
    expect(stance('China added soybeans to its shopping list.', 'soybeans')).toBe('relax');
  });

  it('sees a licensing regime that goods are put under as a measure, but not a general licence', () => {
    expect(polarity('China put seven rare earths under export licensing.', 'licensing')).toBe('measure');
    expect(polarity('China sped up export licensing for magnets.', 'licensing')).toBe('flow');
  });

  it('takes the noun right after the lever as the head ("the tariff truce")', () => {
    expect(polarity('The tariff truce held.', 'tariff')).toBe('flow');
  });
});

describe('analysedOnly', () => {
  const analysed = (text: string, term: string) => {
    const p = prepare(text);
    return analysedOnly(p.ctx, p.lever(term));
  };

  it('sees a lever named as a topic: "the impact of tariffs", "tariff revenue"', () => {
    expect(analysed('Economists studied the impact of tariffs on prices.', 'tariffs')).toBe(true);
    expect(analysed('Tariff revenue rose sharply this year.', 'Tariff')).toBe(true);
  });

  it('sees a lever criticised or opposed as a topic: "problems with its export controls"', () => {
    expect(analysed("Tokyo cited problems with South Korea's export controls.", 'export controls')).toBe(true);
    expect(analysed('Opponents of the tariffs rushed to point out the rollback.', 'tariffs')).toBe(true);
  });

  it('sees a good named by who produces or buys it as a topic: "the biggest producer of gallium"', () => {
    expect(analysed("China is the world's biggest producer of gallium.", 'gallium')).toBe(true);
    expect(analysed('China halted exports of gallium.', 'gallium')).toBe(false);
  });

  it('sees what a maker manufactures, produces or develops as a topic', () => {
    expect(analysed('The company, which manufactures chip-making equipment, reported lower sales in China.', 'chip-making equipment')).toBe(true);
    expect(analysed('Cambricon, a firm that develops AI chips, listed its shares.', 'AI chips')).toBe(true);
    expect(stance('The company, which manufactures chip-making equipment, reported that its sales in China dropped.', 'chip-making equipment')).toBe('neutral');
  });

  it('sees evasion or violation of a lever as a topic: "sanctions evasion"', () => {
    expect(analysed('The list is a tool to stop weapons proliferation and sanctions evasion.', 'sanctions')).toBe(true);
  });

  it('sees a lever used as a weapon or a lever as wielded, not analysed', () => {
    expect(analysed('China may use rare earths as a retaliation measure.', 'rare earths')).toBe(false);
    expect(analysed('The president was willing to use tariffs as a lever on migration.', 'tariffs')).toBe(false);
    expect(analysed('Economists questioned the use of tariffs.', 'tariffs')).toBe(true);
  });

  it('sees a lever in use as no topic', () => {
    expect(analysed('China announced new tariffs on steel.', 'tariffs')).toBe(false);
  });
});

describe('stanceOf', () => {

  it('reads a decision against a measure as easing it, a plain denial as nothing', () => {
    expect(stance('China said provisional antidumping duties would not be imposed on EU brandy.', 'antidumping duties')).toBe('relax');
    expect(stance("Trump said he wouldn't put additional tariffs on China for the time being.", 'tariffs')).toBe('relax');
    expect(stance('China has never imposed tariffs on Brazil.', 'tariffs')).toBe('neutral');
  });

  it('lets the head after a lever pull it, whatever qualifies the head ("broader tariff reductions")', () => {
    expect(stance('Broader tariff reductions take effect on Monday.', 'tariff')).toBe('relax');
    expect(stance('New tariff hikes take effect on Monday.', 'tariff')).toBe('tighten');
  });

  it('reads a ban on selling across a two-word side ("banned U.S. companies from selling")', () => {
    expect(stance('Washington banned U.S. companies from selling chip-making equipment to China.', 'chip-making equipment')).toBe('tighten');
  });

  it('stops the verb search after the lever at a clause of its own ("as the waiver ends")', () => {
    expect(stance('Samsung and SK hynix face U.S. curbs on China operations as the waiver ends.', 'curbs')).toBe('tighten');
    expect(stance('The U.S. curbs on China operations end on Friday.', 'curbs')).toBe('relax');
  });
  it('reads "cease the imposition of tariffs" and "the tariff threat was put off" as easing', () => {
    expect(stance('The agreement will cease the imposition of 15% tariffs on Chinese goods.', 'tariffs')).toBe('relax');
    expect(stance('The tariff threat was put off indefinitely.', 'tariff')).toBe('relax');
    expect(stance('The tariff threat was renewed in May.', 'tariff')).toBe('tighten');
  });

  it('reads "raised the visa application fee" by the fee, the head after one more noun', () => {
    expect(stance('Trump has raised the H-1B visa application fee to $100,000.', 'H-1B visa')).toBe('tighten');
    expect(stance('Washington raised the number of H-1B visas.', 'H-1B visas')).toBe('relax');
  });

  it('reads a delay, pause or reprieve on a measure as easing, across its holder, amount and an aside', () => {
    expect(stance('Mexico secured a one-month delay (until April 2) on U.S. 25% tariffs for compliant goods.', 'tariffs')).toBe('relax');
    expect(stance('Canada won a delay of the 25% US tariffs.', 'tariffs')).toBe('relax');
    expect(stance('Trump ended the reprieve from tariffs on Canadian goods.', 'tariffs')).toBe('tighten');
    expect(stance('Mexico secured a delay in talks while U.S. tariffs rose.', 'tariffs')).not.toBe('relax');
    expect(stance('Switzerland secured a cut in US tariffs to 15%.', 'tariffs')).toBe('relax');
  });

  it('reads the verb after a topic that governs the lever as the topic\'s ("Talks on tariffs will resume")', () => {
    expect(stance('Talks on tariffs will resume next week.', 'tariffs')).toBe('neutral');
    expect(stance('The tariffs on steel will resume next week.', 'tariffs')).not.toBe('neutral');
    expect(stance('After talks, China will raise tariffs on soybeans.', 'tariffs')).toBe('tighten');
  });

  it('reads a verb after the rate or pace of a flow as moving the flow ("the approval rate for licences has climbed")', () => {
    // (The approval rate is the licences' statistic, no lever of its own: the licences take the verb.)
    expect(stance('The approval rate for rare earth export licences has climbed from 25% to 60%.', 'rare earth export licences')).toBe('relax');
    expect(stance('The pace of rare earth export licences slowed sharply.', 'rare earth export licences')).toBe('tighten');
  });

  it('does not take a word of another lever\'s name for a verb ("asset freezes and financing sanctions imposed by")', () => {
    expect(stance('These included asset freezes and financing sanctions imposed by the EU.', 'sanctions')).toBe('tighten');
  });

  it('reads goods a list covers as targeted, goods named idly as unmoved', () => {
    expect(stance('It covers orange juice, peanut butter, coffee and wine.', 'orange juice')).toBe('tighten');
    expect(stance('Canadians drink orange juice and coffee with breakfast.', 'orange juice')).toBe('neutral');
  });

  it('reads heightened scrutiny and mandated permits as tightening', () => {
    expect(stance('The State Department will enhance scrutiny of all future visa applications from China.', 'visa')).toBe('tighten');
    expect(stance('Japan mandated case-by-case permits for photoresist exports.', 'permits')).toBe('tighten');
  });

  it('reads a question with no move in it as asking about the lever, and one with a move by its move', () => {
    expect(stance('Are any Biden-era chip export controls on the table for negotiation?', 'chip export controls')).toBe('neutral');
    expect(stance('How will the tariffs affect you?', 'tariffs')).toBe('neutral');
    expect(stance('Will China retaliate with tariffs?', 'tariffs')).toBe('tighten');
    expect(stance('Will Washington lift the tariffs?', 'tariffs')).toBe('relax');
    expect(stance('Exporters fear an increase in US tariffs.', 'tariffs')).toBe('tighten');
  });

  it('reads an easing verb over "a move imposing" the measure, and an inverted "paused were", as easing it', () => {
    expect(stance('The US agreed to suspend for one year a move imposing export restrictions on affiliates.', 'export restrictions')).toBe('relax');
    expect(stance('Beijing announced a move imposing export restrictions on gallium.', 'export restrictions')).toBe('tighten');
    expect(stance('Also paused were 100% tariffs on ship-to-shore cranes.', 'tariffs')).toBe('relax');
  });

  it('reads purchases that plummeted or fell to zero as held back, and "in addition to" as no addition', () => {
    expect(stance('Chinese imports of US soybeans plummeted to their lowest level ever in 2025.', 'soybeans')).toBe('tighten');
    expect(stance('In addition to soybeans, US exports of corn, wheat and sorghum to China fell to zero in 2025.', 'corn')).toBe('tighten');
  });

  it('steps over a relative clause that moves nothing to the main verb ("The duties, which ranged ..., will cease to apply")', () => {
    expect(stance('The anti-dumping duties, which ranged from 116 percent to 218 percent depending on the producer, will cease to apply.', 'anti-dumping duties')).toBe('relax');
    expect(stance('The Mexican tariffs, which take effect immediately, cover steel.', 'tariffs')).toBe('tighten');
  });

  it('reads a short heading with a move in it ("Student visas shortened") by its move', () => {
    expect(stance('Student visas shortened', 'Student visas')).toBe('tighten');
  });

  it('reads a measure named as a cause of harm ("due to", "affected by") as in force', () => {
    expect(stance('Revenue from China has been cut nearly in half due to increasingly tight export restrictions.', 'export restrictions')).toBe('tighten');
    expect(stance('Exports were exempted from the tariffs.', 'tariffs')).toBe('relax');
  });

  it('reads a flow that could not be had ("struggled to obtain licences") as held back', () => {
    expect(stance('Shipments slowed as exporters struggled to obtain licences.', 'licences')).toBe('tighten');
    expect(stance('Exporters obtained licences in May.', 'licences')).toBe('relax');
  });

  it('reads importing "without paying the extra duty" as spared the measure', () => {
    expect(stance('Buyers could import US pork without paying the extra duty.', 'duty')).toBe('relax');
    expect(stance('Buyers must pay the extra duty on US pork.', 'duty')).not.toBe('relax');
  });

  it('reads firms that "have fallen under" sanctions as put under them', () => {
    expect(stance('Five Chinese firms have fallen under European sanctions.', 'sanctions')).toBe('tighten');
  });

  it('reads a measure that is a response or retaliation as wielded', () => {
    expect(stance('The duties are a response to the US steel tariffs imposed last month.', 'duties')).toBe('tighten');
    expect(stance('The new tariffs are retaliation for the US duties on steel.', 'tariffs')).toBe('tighten');
    expect(stance('The tariffs are a tax paid by importers.', 'tariffs')).toBe('neutral');
  });

  it('reads removing an exemption from a measure as tightening, granting one as easing', () => {
    expect(stance('Trump rattled allies by removing an exemption to tariffs on imported steel.', 'tariffs')).toBe('tighten');
    expect(stance('Washington granted an exemption from tariffs to Mexico.', 'tariffs')).toBe('relax');
  });

  it('reads an easing that has not happened ("unless the tariffs are lifted") as the lever held', () => {
    expect(stance('Counter-tariffs will follow in 21 days unless the US tariffs are lifted.', 'tariffs')).toBe('tighten');
    expect(stance('The duties stay until the tariffs are removed.', 'tariffs')).toBe('tighten');
    expect(stance('The US tariffs were lifted in May.', 'tariffs')).toBe('relax');
  });

  it('reads declining to block a measure as keeping it', () => {
    expect(stance('The Supreme Court declined to block the tariffs on steel.', 'tariffs')).toBe('tighten');
    expect(stance('The Senate voted to block the tariffs on steel.', 'tariffs')).toBe('relax');
  });

  it('reads revoking permissions as holding the flow back', () => {
    expect(stance('Beijing will revoke export permissions for the firms.', 'permissions')).toBe('tighten');
  });

  it('reads "have to apply for a licence" as a requirement that holds the flow back', () => {
    expect(stance('Manufacturers will have to apply for an export licence for all sales.', 'export licence')).toBe('tighten');
    expect(stance('Manufacturers may apply for an export licence again.', 'export licence')).toBe('relax');
  });

  it('reads buying that only goes on as before as no move, resuming as easing', () => {
    expect(stance('New Delhi will continue to buy Russian oil.', 'oil')).toBe('neutral');
    expect(stance('Chinese importers kept buying soybeans.', 'soybeans')).toBe('neutral');
    expect(stance('China resumed buying soybeans.', 'soybeans')).toBe('relax');
    // A measure kept on is still held: "continue to impose tariffs".
    expect(stance('Washington will continue to impose tariffs on steel.', 'tariffs')).toBe('tighten');
  });

  it('reads a governing verb on the left', () => {
    expect(stance('The US lifted sanctions on the shipping firm.', 'sanctions')).toBe('relax');
    expect(stance('Commerce suspended export licences for jet engines.', 'export licences')).toBe('tighten');
    expect(stance('Commerce suspended tariffs on jet engines.', 'tariffs')).toBe('relax');
  });

  it('reads a verb on the right, across auxiliaries and a comma aside', () => {
    expect(stance('Tariffs were lifted on Friday.', 'Tariffs')).toBe('relax');
    expect(stance('Tungsten, used in armour-piercing rounds, was placed under export controls.', 'Tungsten')).toBe('tighten');
  });

  it('reads "did not lift" as holding on and "has never restricted" as nothing', () => {
    expect(stance('The US did not lift the sanctions.', 'sanctions')).toBe('tighten');
    expect(stance('China has never restricted exports of graphite.', 'graphite')).toBe('neutral');
  });

  it('reverses a verb after a stopping or waiving one', () => {
    expect(stance('Washington barred Nvidia from selling H20 chips to China.', 'H20')).toBe('tighten');
    expect(stance('Beijing waived its right to impose tariffs.', 'tariffs')).toBe('relax');
    expect(stance('China stopped buying US soybeans.', 'soybeans')).toBe('tighten');
  });

  it('reads a requirement on a flow as tightening ("must apply for licences")', () => {
    expect(stance('Exporters must now apply for licences to ship gallium abroad.', 'licences')).toBe('tighten');
  });

  it('takes the easing verb outside a relative clause over the verb inside it', () => {
    expect(stance('Beijing will scrap the tariffs it has imposed on wine.', 'tariffs')).toBe('relax');
  });

  it('reads modifiers next to the lever ("tariff cuts", "tariff-free")', () => {
    expect(stance('Tariff cuts agreed in Geneva took effect.', 'Tariff')).toBe('relax');
    expect(stance('Tariff-free access resumed.', 'Tariff')).toBe('relax');
  });

  it('reads a lever in force as tightening, but a heading, an analysis or an idle good as neutral', () => {
    expect(stance('The 25% tariffs on Chinese goods hurt importers.', 'tariffs')).toBe('tighten');
    expect(stance('Tariffs', 'Tariffs')).toBe('neutral');
    expect(stance('Economists studied the impact of tariffs on prices.', 'tariffs')).toBe('neutral');
    expect(stance('Graphite is used in batteries.', 'Graphite')).toBe('neutral');
  });

  it('does not read the number sign "No." as a negation', () => {
    const tokens = tokenize('Announcement No. 72 suspended the order.');
    expect(negated(tokens, tokenIndex(tokens, 'suspended'), lexicon)).toBe(false);
    expect(stance('Two days later Announcement No. 72 suspended the clause of the December 2024 order that had banned gallium exports.', 'gallium')).toBe('relax');
  });

  it('reads a rule that applies to goods as pressure on them', () => {
    expect(stance('The limits, effective from Sept. 15, apply to antimony ore and antimony oxide.', 'antimony ore')).toBe('tighten');
  });

  it('does not take a verb form in the subject, before "were", as the verb that governs the lever', () => {
    expect(stance('The licence suspensions were among a wide swathe of new restrictions imposed on exports to China.', 'restrictions')).toBe('tighten');
    // "as were" repeats the verb before it, which still governs.
    expect(stance('The rule was suspended for a year, as were the port fees.', 'port fees')).toBe('relax');
  });

  it('reads a stopping verb across "its capacity to" ("blocked its capacity to ship")', () => {
    expect(stance('The Dutch government has partly blocked its capacity to ship advanced chipmaking equipment to China.', 'chipmaking equipment')).toBe('tighten');
  });

  it('reads licences that begin to flow as an easing, not as a lever acting on an object', () => {
    expect(stance('Sources said that export licences began to flow two days after the visit.', 'export licences')).toBe('relax');
  });

  it('reads goods added where a requirement holds them as tightening ("added 23 items that require approval")', () => {
    expect(stance('Japan added 23 chip-manufacturing items that require approval for export.', 'chip-manufacturing items')).toBe('tighten');
    expect(stance('Japan added 23 chip-manufacturing items to its shipments.', 'chip-manufacturing items')).toBe('relax');
  });

  it('reads a lever that is only complied with, aimed, the target of or a risk as analysed', () => {
    expect(stance('H20 is the chip Nvidia tailored to comply with the Biden-era AI chip export controls.', 'chip export controls')).toBe('neutral');
    expect(stance('Japan did not say that China is the main target of the export restrictions.', 'export restrictions')).toBe('neutral');
    expect(stance('The unreliable entity list is aimed at foreign companies.', 'unreliable entity list')).toBe('neutral');
    expect(stance('The company said export restrictions risk accelerating innovation.', 'export restrictions')).toBe('neutral');
    // A ban aimed at a country is a ban in use; "about 70 percent of the chips" is a number, not a topic.
    expect(stance('China wrote a ban aimed at a single country into its rules.', 'ban')).toBe('tighten');
  });

  it('reads "did not rule out" a move as the move threatened', () => {
    expect(stance('China said it did not rule out raising tariffs on newly purchased goods.', 'tariffs')).toBe('tighten');
  });

  it('stops the reach of a verb on the left at a colon', () => {
    const text = 'However not all restrictions have been removed: exports of fluorinated polyimides and hydrogen fluoride are still restricted.';
    expect(stance(text, 'fluorinated polyimides')).toBe('tighten');
  });

  it('reads a flow kept off-limits or a system kept in place as held back', () => {
    expect(stance("Nvidia's newer H200 chips will remain off-limits to China.", 'H200')).toBe('tighten');
    expect(stance('The licensing systems remain in place.', 'licensing systems')).toBe('tighten');
  });

  it('reads what is retaliated against as in force, even when nobody retaliates', () => {
    expect(stance('Mexico said it would not retaliate against US tariffs.', 'tariffs')).toBe('tighten');
    expect(stance('The EU decided not to retaliate against the steel tariffs.', 'steel tariffs')).toBe('tighten');
  });

  it('takes the main verb after a relative clause without "that" ("the tariffs Canada imposed were removed")', () => {
    expect(stance('The tariffs Canada imposed on US whiskey were removed.', 'tariffs')).toBe('relax');
    expect(stance('The duties Beijing slapped on Australian wine have been scrapped.', 'duties')).toBe('relax');
    expect(stance('The tariffs Canada imposed on US whiskey remain in force.', 'tariffs')).toBe('tighten');
    // With no main verb after it, the relative clause's verb is all there is.
    expect(stance('The tariffs Canada imposed hurt distillers.', 'tariffs')).toBe('tighten');
  });

  it('reads a lever used as a weapon or as leverage as pulled, even a good with no control word near it', () => {
    expect(stance('Beijing is using its grip on rare earths as leverage.', 'rare earths')).toBe('tighten');
    expect(stance('China could use its dominance of rare earths as a weapon.', 'rare earths')).toBe('tighten');
    expect(stance('Rare earths are used in magnets for electric cars.', 'Rare earths')).toBe('neutral');
  });

  it('reads a lever used against a side or to press it as pulled', () => {
    expect(stance('If anyone wants to use imported rare earths against China, they will regret it.', 'rare earths')).toBe('tighten');
    expect(stance('Xi could use the rare earths to cripple the US tech industry.', 'rare earths')).toBe('tighten');
    expect(stance("Despite Trump's effort to use the tariffs to alter the trajectory of a trial, Brasilia was relieved.", 'tariffs')).toBe('tighten');
    // Used for something that is no pressure: only named.
    expect(stance('Rare earths are used to make magnets for electric cars.', 'Rare earths')).toBe('neutral');
  });

  it('reads a flow that buyers scramble to secure as held back', () => {
    expect(stance("Automakers are scrambling to secure magnets as China's export licensing bites.", 'magnets')).toBe('tighten');
  });

  it('reads a truce on a measure as easing it and a flow that restarts as released', () => {
    expect(stance('The two sides agreed a 90-day truce on tariffs.', 'tariffs')).toBe('relax');
    expect(stance('Shipments of gallium to the US have restarted.', 'gallium')).toBe('relax');
  });

  it('reads a good that faces a duty, stricter checks or a squeeze as held back, with no control word near it', () => {
    expect(stance('Even after the truce, US soybeans face about 13 percent in total at Chinese ports.', 'soybeans')).toBe('tighten');
    expect(stance('The rare-earth squeeze turned out to be Beijing\'s strongest card.', 'rare-earth')).toBe('tighten');
    expect(stance('Several Chinese academics said their student visas had been cancelled without explanation.', 'student visas')).toBe('tighten');
    // A good only described stays neutral.
    expect(stance('Graphite is used in battery anodes.', 'Graphite')).toBe('neutral');
  });

  it('reads a measure firms dodge, or a side escapes only on a condition, as in force; one a deal averts as eased', () => {
    expect(stance('Companies moved production to Mexico to avoid the Section 301 tariffs on Chinese goods.', 'Section 301 tariffs')).toBe('tighten');
    expect(stance('He said Canada could avoid tariffs entirely by becoming the 51st state.', 'tariffs')).toBe('tighten');
    expect(stance('The two sides reached a deal to avoid new tariffs.', 'tariffs')).toBe('relax');
  });

  it('reads the end of a measure as easing it and the end or suspension of a flow as holding it back', () => {
    expect(stance('Workers blamed the closures on the end of textile quotas.', 'textile quotas')).toBe('relax');
    expect(stance('Two weeks earlier we were celebrating the end of the steel tariffs.', 'steel tariffs')).toBe('relax');
    expect(stance('China announced a suspension of soybean purchases.', 'soybean purchases')).toBe('tighten');
    expect(stance('Hong Kong Post halts parcel shipments amid the end of de minimis exemptions.', 'de minimis exemptions')).toBe('tighten');
  });

  it('reads eliminating or abolishing a measure as easing it', () => {
    expect(stance('The ruling will help eliminate unjustified trade restrictions on dairy.', 'trade restrictions')).toBe('relax');
    expect(stance('Parliament voted to abolish the tariffs.', 'tariffs')).toBe('relax');
  });

  it('reads each lever of a list by its own head, not by the head of the one before it', () => {
    expect(stance('Both sides paused export bans and tariffs.', 'tariffs')).toBe('relax');
    expect(stance('Both sides paused new export bans and shipping fees.', 'shipping fees')).toBe('relax');
    // The flow named first still sets the head of what it governs.
    expect(stance('China halted purchases of soybeans.', 'soybeans')).toBe('tighten');
  });

  it('reads a participle that qualifies the lever as no move when a verb before it governs the phrase', () => {
    expect(stance('China will also pause newly imposed export controls on rare earths.', 'export controls')).toBe('relax');
    expect(stance('The US will lift the recently imposed tariffs on steel.', 'tariffs')).toBe('relax');
    // With only an auxiliary before it, the participle is the verb.
    expect(stance('China has newly imposed export controls on rare earths.', 'export controls')).toBe('tighten');
  });

  it('reads nullifying, annulling or overturning a measure as easing it', () => {
    expect(stance('The ministry decided to nullify anti-dumping duties on Australian barley.', 'anti-dumping duties')).toBe('relax');
    expect(stance('The court may overturn the tariffs.', 'tariffs')).toBe('relax');
  });

  it('reads a rate said to be down from a higher one as cut', () => {
    expect(stance('UK-made cars will now face a 10% tariff, down from the punitive 25% rate.', 'tariff')).toBe('relax');
  });

  it('reads a measure named as the terms something happens under as in force, and one a good is not subject to as spared', () => {
    expect(stance('Canada will hit back after Trump launched a trade war with punitive tariffs on all Canadian goods.', 'tariffs')).toBe('tighten');
    expect(stance('Only two of the licences denied under the embargo would have been granted.', 'embargo')).toBe('tighten');
    expect(stance('Copper scrap is not subject to the reciprocal tariffs.', 'reciprocal tariffs')).toBe('relax');
    // A measure that moves after "with" is read by its own verb.
    expect(stance('With the barley ban lifted, Canberra expects the same for wine.', 'barley ban')).toBe('relax');
  });

  it('reads a lever said not to be what a measure is as not moved', () => {
    expect(stance('The measures are not a complete ban on the export of software.', 'ban')).toBe('neutral');
    expect(stance('Addition to the Entity List does not constitute a full sanction.', 'sanction')).toBe('neutral');
  });

  it('reads a good used in weapons as idle, and one that could become a weapon as pulled', () => {
    expect(stance('Tungsten is almost as hard as diamond and is used in weapons and cutting tools.', 'Tungsten')).toBe('neutral');
    expect(stance('The paper warned that rare earths could become a weapon.', 'rare earths')).toBe('tighten');
    expect(stance('The quiet metals: how gallium and graphite became weapons', 'gallium')).toBe('tighten');
  });

  it('reads a tariff exclusion by its own name as an easing', () => {
    expect(stance('That increase triggered an exclusion process, which opened June 30.', 'exclusion process')).toBe('relax');
  });

  it('reads a measure whose easing was refused or only sought as in force', () => {
    expect(stance("New Delhi, incensed by Washington's refusal to exempt it from the new tariffs, imposed duties on walnuts.", 'tariffs')).toBe('tighten');
    expect(stance('India sought an exemption from the new U.S. tariffs.', 'tariffs')).toBe('tighten');
    // Granted, it eases.
    expect(stance('The US granted India an exemption from the tariffs.', 'tariffs')).toBe('relax');
  });

  it('reads a heading that names a new measure as a move, a bare one as a topic', () => {
    expect(stance('New visa restrictions', 'visa restrictions')).toBe('tighten');
    expect(stance('Tariffs', 'Tariffs')).toBe('neutral');
  });

  it('reads a list by its lever: taking a side off a white list tightens, off the Entity List eases', () => {
    expect(stance('The Seoul government removed Japan from its white list in 2019.', 'white list')).toBe('tighten');
    expect(stance('The US removed three firms from the Entity List.', 'Entity List')).toBe('relax');
  });

  it('reads a measure goods are excluded from as eased', () => {
    expect(stance('Excluded from the additional tariffs are steel goods.', 'tariffs')).toBe('relax');
    expect(stance('Copper scrap was excluded from the tariffs.', 'tariffs')).toBe('relax');
  });

  it('reads approvals or goods that barely trickle out or stall in a backlog as held back', () => {
    expect(stance('The US said Chinese approvals for rare-earth magnets were barely trickling out.', 'approvals')).toBe('tighten');
  });

  it('reads a measure an easing covers or includes as eased', () => {
    expect(stance('The reprieve covers an estimated $3.2 billion a year in U.S. tariffs on vessels.', 'tariffs')).toBe('relax');
    expect(stance('The suspension includes the export controls on gallium.', 'export controls')).toBe('relax');
  });

  it('reads an "-ing" adjective right after a verb as part of the phrase that verb governs', () => {
    expect(stance('The deal could ease punishing US tariffs on Mexican steel.', 'tariffs')).toBe('relax');
  });

  it('does not reach across "and that" into the reported clause before', () => {
    expect(stance('Both sides said that the talks would resume and that the tariff threat was put off indefinitely.', 'tariff')).toBe('relax');
  });

  it('reads a lever denied "in any way" as not moved, and a TGL as an easing by its name', () => {
    expect(stance('Seko said the trade measure was not in any way a trade embargo.', 'trade embargo')).toBe('neutral');
    expect(stance('The measure was in every way a trade embargo.', 'trade embargo')).toBe('tighten');
    expect(stance('When the TGL was first announced, BIS said the license would allow exports to Huawei.', 'TGL')).toBe('relax');
  });

  it('reads scaling back, dialling back or winding down by what is scaled back: a measure eases, a flow is held back', () => {
    expect(stance('Scaling back U.S. farm purchases could threaten the trade deal.', 'farm purchases')).toBe('tighten');
    expect(stance('Washington agreed to scale back tariffs on Chinese goods.', 'tariffs')).toBe('relax');
    expect(stance('While the IEEPA tariffs are being wound down, other tariffs remain.', 'IEEPA tariffs')).toBe('relax');
  });

  it('reads a delay in putting a measure in force as easing it', () => {
    expect(stance('The administration agreed to a 30-day delay in imposing the 25% tariffs on Canadian goods.', 'tariffs')).toBe('relax');
  });

  it('reads a measure that is answered as in force, whatever is done to the answer', () => {
    expect(stance('Sheinbaum hopes to deescalate by delaying a response to U.S. tariffs until she talks with Trump.', 'tariffs')).toBe('tighten');
    expect(stance('China lifted its retaliation against US tariffs.', 'tariffs')).toBe('tighten');
  });

  it('reads an easing the holder is asked or urged to make as not had: the lever stands', () => {
    expect(stance('Tokyo is urging Beijing to rescind the controls.', 'controls')).toBe('tighten');
    expect(stance('China has repeatedly called on the EU to cancel its EV tariffs.', 'tariffs')).toBe('tighten');
    expect(stance('China called on the U.S. to completely cancel its tariffs.', 'tariffs')).toBe('tighten');
    // Made, it eases.
    expect(stance('Beijing agreed to rescind the controls.', 'controls')).toBe('relax');
  });

  it('reads a verb form after "that" as the verb of a relative clause, not a noun after a determiner', () => {
    expect(stance('Canada and China signed a new agreement that reduces tariffs on canola.', 'tariffs')).toBe('relax');
    expect(stance('Canada and China signed a new agreement that imposed tariffs on canola.', 'tariffs')).toBe('tighten');
  });

  it('takes the head of a lever with its own preposition from before it', () => {
    expect(stance('The Treasury finalized a rule on Monday that bars U.S. persons from making certain investments in China.', 'investments in China')).toBe('tighten');
  });

  it('reads a measure a complaint is against as in force, whatever is done to the complaint', () => {
    expect(stance("Seoul said it withdrew the WTO complaint it filed in 2019 against Japan's tighter regulations on exports of photoresist.", 'regulations on exports')).toBe('tighten');
    expect(stance('S. Korea file complaint against Japan to WTO regarding export controls', 'export controls')).toBe('tighten');
  });

  it('reads a lever in a "which" clause that describes what an easing noun takes away as eased', () => {
    expect(stance('The ministry announced the suspension of Section 2 of Announcement No. 46 (2024), which imposed export controls on gallium.', 'export controls')).toBe('relax');
    expect(stance('Officials welcomed the lifting of the order, which had banned exports of gallium.', 'gallium')).toBe('relax');
    // Not an extension.
    expect(stance('The ministry announced the extension of the rules, which imposed export controls on gallium.', 'export controls')).toBe('tighten');
  });

  it('reads an easing promised and then broken as holding the lever', () => {
    expect(stance("Trump moved ahead because of China's broken promises to buy U.S. agricultural goods and to curb the flow of fentanyl.", 'agricultural goods')).toBe('tighten');
    expect(stance('China has failed to meet its commitments to purchase US soybeans.', 'soybeans')).toBe('tighten');
    expect(stance('The ministry said it was scrapping an earlier deal to buy more American soybeans.', 'soybeans')).toBe('tighten');
    expect(stance('Washington reneged on its pledge to lift the tariffs.', 'tariffs')).toBe('tighten');
    // A promise kept, or one made, is the easing itself.
    expect(stance('China kept its promise to buy American soybeans.', 'soybeans')).toBe('relax');
    expect(stance('China made a pledge to buy American soybeans.', 'soybeans')).toBe('relax');
  });

  it('reads a purchase required of the buyer as more of it, and a licence required of the seller as holding back', () => {
    expect(stance('The 2020 agreement required China to boost its purchases of U.S. exports by $200 billion over two years.', 'purchases')).toBe('relax');
    expect(stance('The deal obliged Beijing to buy more American soybeans.', 'soybeans')).toBe('relax');
    // The requirement still holds back a permission or a flow the seller controls.
    expect(stance('Exporters are now required to obtain licences for each shipment.', 'licences')).toBe('tighten');
    expect(stance('Japanese firms must seek approval to ship photoresist to South Korea.', 'photoresist')).toBe('tighten');
  });

  it('moves an example with what it exemplifies', () => {
    // Goods that are no lever: the verb before them governs the example after "including" or "such as".
    expect(stance('China committed to buy at least $200 billion more in American goods and services over 2020 and 2021 than it had in 2017, including an extra $32 billion of farm products.', 'farm products')).toBe('relax');
    // (Goods after "excluding" or "exempting" are no mentions at all: see precision.test.ts, "goods a measure spares".)
    expect(stance('Trump softened the blow: he exempted sectors such as aircraft, energy and orange juice from heavier levies.', 'orange juice')).toBe('relax');
    expect(stance('Beijing halted purchases of American goods, including soybeans and pork.', 'pork')).toBe('tighten');
    // A lever named before the example lends it its own pull.
    expect(stance('Beijing launched an anti-dumping probe into analog chips imported from the US, including interface chips.', 'interface chips')).toBe('tighten');
  });

  it('reads a comparison as no move, and "fewer" as less of what it qualifies', () => {
    expect(annotateText('The new tariffs are lower than the tariffs imposed in September.', seed).mentions.map((m) => m.stance)).toEqual(['tighten', 'tighten']);
    expect(stance('The changes would likely result in fewer H-1B visas being issued.', 'H-1B visas')).toBe('tighten');
    // Lowering still lowers.
    expect(stance('The EU will lower the duties next year.', 'duties')).toBe('relax');
  });

  it('reads an easing only supposed after "if" as no move', () => {
    expect(stance('But if any US president would remove chip restrictions in exchange for other concessions, it would be Trump.', 'chip restrictions')).toBe('neutral');
    expect(stance('Nvidia could earn billions if Washington lifts the export ban.', 'export ban')).toBe('neutral');
    // A tightening threatened on a condition is still a threat; an easing made stays one.
    expect(stance('If talks fail, the US will impose new tariffs.', 'tariffs')).toBe('tighten');
    expect(stance('Washington will remove the chip restrictions next month.', 'chip restrictions')).toBe('relax');
  });

  it('reads two rates after a measure as the way it moved, whatever the verb', () => {
    expect(stance('The United States would reverse the tariff rate back to 25% from 15% if Japan fails to comply.', 'tariff rate')).toBe('tighten');
    expect(stance("The effect was to cut the US tariffs from 145 percent to about 30 percent, and China's counter-tariffs from 125 percent to 10 percent.", 'counter-tariffs')).toBe('relax');
    // One rate alone says nothing of a move.
    expect(stance('The tariffs of 25% on steel remain in force.', 'tariffs')).toBe('tighten');
  });

  it('reads a lever whose own verb is denied, with no move in its clause, as only described', () => {
    const story = annotateText('China set up an unreliable entity list. Although China has announced the regulations, the list has not been published.', seed).mentions;
    expect(story.at(-1)!.text).toBe('list');
    expect(story.at(-1)!.stance).toBe('neutral');
    expect(stance('The White House said the copper tariffs do not stack with other duties.', 'tariffs')).toBe('neutral');
    expect(stance("Harley-Davidson's position on tariffs has not changed.", 'tariffs')).toBe('neutral');
    // A denied easing keeps the lever ("the tariffs were not lifted"); a permission that does not come is withheld.
    expect(stance('The tariffs were not lifted.', 'tariffs')).toBe('tighten');
    expect(stance('Companies wait for export licences that may not come.', 'export licences')).toBe('tighten');
  });

  it('reads a participle before a lever with a move for its head as describing that move', () => {
    expect(stance('The deal includes targeted tariff reductions for UK exporters.', 'tariff')).toBe('relax');
    expect(stance('The bill proposed tariff hikes on steel.', 'tariff')).toBe('tighten');
  });

  it('reads a modifier before a side adjective as the lever\'s own ("new U.S. energy purchases")', () => {
    expect(stance('The deal includes new U.S. energy purchases from China.', 'energy purchases')).toBe('relax');
    expect(stance('Fewer Chinese student visas were issued this year.', 'student visas')).toBe('tighten');
    expect(stance('The deal brings new US tariffs on steel.', 'tariffs')).toBe('tighten');
  });

  it('reads past a participle that qualifies the lever to the main verb', () => {
    expect(stance('The tariffs imposed on Chinese goods were lifted in May.', 'tariffs')).toBe('relax');
    expect(stance('Tariffs imposed by Washington last year will be removed.', 'Tariffs')).toBe('relax');
    expect(stance('Under the deal, tariffs on Chinese imports linked to fentanyl precursor chemicals will be halved to 10 percent.', 'tariffs')).toBe('relax');
    // A lever that bites on an object through its main verb is in force.
    expect(stance('Tariffs imposed by China on U.S. soybeans have slashed exports of the crop.', 'Tariffs')).toBe('tighten');
    // The lever as object keeps the verb before it.
    expect(stance('China lifted tariffs imposed in 2018 and will keep the rest.', 'tariffs')).toBe('relax');
    // With no main verb after, the participle is the move.
    expect(stance('The tariffs imposed on Chinese goods in May.', 'tariffs')).toBe('tighten');
  });

  it('ignores a reporting verb before "that"', () => {
    expect(stance('Officials said that tariffs would be lifted.', 'tariffs')).toBe('relax');
  });
  it('reads both spellings of verbs in -l ("canceled", "cancelled") and the phrasal verbs of backing down', () => {
    expect(stance('In exchange, Trump canceled plans to slap a 15 percent tariff on Chinese goods.', 'tariff')).toBe('relax');
    expect(stance('Washington canceled the tariffs on steel.', 'tariffs')).toBe('relax');
    expect(stance('Washington cancelled the tariffs on steel.', 'tariffs')).toBe('relax');
    for (const verb of ['shelved', 'called off', 'watered down', 'walked back', 'pared back', 'backed off', 'tore up', 'tempered', 'retracted']) {
      expect(stance(`Washington ${verb} the tariffs on steel.`, 'tariffs'), verb).toBe('relax');
    }
    // Backing down on a flow holds it back; stepping it up lets it go.
    expect(stance('China reined in purchases of US soybeans.', 'purchases')).toBe('tighten');
    for (const verb of ['ramped up', 'scaled up', 'revived']) expect(stance(`China ${verb} purchases of US soybeans.`, 'purchases'), verb).toBe('relax');
    expect(stance('The US carved out exemptions for smartphones from the tariffs.', 'tariffs')).toBe('relax');
  });
  it('reads "has yet to", "is yet to" as not done so far', () => {
    expect(stance('China has yet to approve any export licences for rare earth magnets.', 'export licences')).toBe('tighten');
    expect(stance('Beijing is yet to lift the ban on gallium exports.', 'ban')).toBe('tighten');
    expect(stance('China has approved export licences for rare earth magnets.', 'export licences')).toBe('relax');
  });
  it('reads a measure that is undermined, evaded or violated as in force', () => {
    expect(stance("BIS said the move cuts off Huawei's efforts to undermine U.S. export controls.", 'export controls')).toBe('tighten');
    expect(stance('Washington moved to stop companies from bypassing the export controls.', 'export controls')).toBe('tighten');
    expect(stance('The shipments were made in violation of US sanctions.', 'sanctions')).toBe('tighten');
    // Stopping the measure itself still eases it.
    expect(stance('Washington moved to stop the export controls.', 'export controls')).toBe('relax');
  });
  it('reads a lever that accounts for, represents or generates an amount as only counted', () => {
    expect(stance('Tariffs account for about 2% of federal revenue.', 'Tariffs')).toBe('neutral');
    expect(stance('The MI308 accelerator represents a scaled-down version of the MI300X.', 'MI308')).toBe('neutral');
    expect(stance('The tariffs generated $30 billion last year.', 'tariffs')).toBe('neutral');
    expect(stance('The tariffs were raised to 25% last year.', 'tariffs')).toBe('tighten');
  });
  it('reads a good said to be designed, created or built for something as only described', () => {
    expect(stance('The H20 chip was created to push performance limits without breaching the US export controls.', 'H20')).toBe('neutral');
    expect(stance('The H20 microprocessor was specifically designed by Nvidia for the Chinese market.', 'H20')).toBe('neutral');
    // A measure designed to do something is wielded.
    expect(stance('The export controls are designed to cut off Huawei from US chips.', 'export controls')).not.toBe('neutral');
  });
  it('reads a measure kept suspended, lifted or on hold as eased', () => {
    expect(stance('Under the truce, the 24% reciprocal tariff stays suspended until November.', 'reciprocal tariff')).toBe('relax');
    expect(stance('The duties will remain on hold while talks continue.', 'duties')).toBe('relax');
    // Kept banned is held back.
    expect(stance('Exports of H200 chips will remain banned.', 'H200')).toBe('tighten');
  });
  it('reads a measure replaced by something else as eased', () => {
    expect(stance('Brussels and Beijing are negotiating minimum prices to replace the tariffs.', 'tariffs')).toBe('relax');
    expect(stance('The two sides agreed to replace the tariffs on European metal with a quota.', 'tariffs')).toBe('relax');
  });
  it('reads a body described by its task of enforcing a lever as no move', () => {
    expect(stance('The bureau, the Commerce Department division that enforces export controls, has started approving applications.', 'export controls')).toBe('neutral');
    expect(stance('It had no word from the Bureau of Industry and Security, responsible for enforcing export controls.', 'export controls')).toBe('neutral');
    expect(stance('Customs officers began enforcing the tariffs on Monday.', 'tariffs')).toBe('tighten');
  });
  it('reads a good a side depends or relies on as only described', () => {
    expect(stance("Analysts warn that prolonged restrictions could ripple through sectors like automotive and defense manufacturing given Japan's past dependence on Chinese rare earth imports.", 'rare earth')).toBe('neutral');
    expect(stance('The sector depends heavily on EDA tools.', 'EDA tools')).toBe('neutral');
    expect(stance('China restricted exports of rare earths.', 'rare earths')).toBe('tighten');
  });
  it('reads goods let in tariff-free or duty-free as eased', () => {
    expect(stance('1.4 billion litres of US ethanol will enter the UK tariff-free.', 'ethanol')).toBe('relax');
    expect(stance('China will allow duty-free soybeans from the US.', 'soybeans')).toBe('relax');
    // An exemption that lets goods in duty-free is the lever itself, moved by its own verb.
    expect(stance('The de minimis rule has allowed goods under $800 to enter the US duty-free since 2016.', 'de minimis')).not.toBe('relax');
  });
  it('reads goods that have a measure put on them as held back', () => {
    expect(stance('Cashmere and bed linen from the UK will have the 25 percent surcharge added.', 'Cashmere')).toBe('tighten');
    expect(stance('Soybeans from the US will have the extra duty removed.', 'Soybeans')).toBe('relax');
    // Goods that are added to a flow are more of it.
    expect(stance('China added soybeans to its purchases.', 'soybeans')).not.toBe('tighten');
  });
  it('reads two rates after a lever as its move only before a comma and not of another quantity', () => {
    expect(stance("Following the H20 export halt, Huang disclosed NVIDIA's Chinese market share dropped from 95% to 50%.", 'export halt')).toBe('tighten');
    expect(stance('Tariffs on canola will drop from 84 percent to roughly 15 percent by March 1.', 'Tariffs')).toBe('relax');
  });
  it('reads plural nouns of easing before a lever as easing it', () => {
    expect(stance('Trump has offered multiple reprieves to the tariffs.', 'tariffs')).toBe('relax');
    expect(stance('Repeated suspensions of the tariffs have confused importers.', 'tariffs')).toBe('relax');
  });
  it('reads a verb after a list of the lever\'s objects as its move', () => {
    expect(stance('Tariffs on steel, aluminium and cars will be lifted next month.', 'Tariffs')).toBe('relax');
    expect(stance('Export controls on gallium, germanium and antimony were suspended for a year.', 'Export controls')).toBe('relax');
    expect(stance('Duties on Australian barley, wine and beef have been removed.', 'Duties')).toBe('relax');
    expect(stance('With anti-discrimination measures on canola meal, lobsters, crabs, and peas also removed, exporters cheered.', 'lobsters')).toBe('relax');
    expect(stance('With anti-discrimination measures on canola meal, lobsters, crabs, and peas also removed, exporters cheered.', 'canola meal')).toBe('relax');
    expect(stance('Restrictions on soybeans, pork and corn will stay in place.', 'Restrictions')).toBe('tighten');
    // A comma that ends the phrase still ends it: what follows is a clause of its own.
    expect(stance('Tariffs on steel, which hurt carmakers, were lifted.', 'Tariffs')).toBe('relax');
    expect(stance('China imposed tariffs on soybeans, and Washington suspended its talks.', 'tariffs')).toBe('tighten');
  });
  it('reads more of a limit on an amount as easing it and less as tightening it', () => {
    expect(stance('The UK will increase the quota for US beef imports to 13,000 tonnes.', 'quota')).toBe('relax');
    expect(stance('Washington expanded its tariff-rate quota for Argentine beef.', 'tariff-rate quota')).toBe('relax');
    expect(stance('The EU cut steel import quotas by 15%.', 'import quotas')).toBe('tighten');
    // A limit brought in or kept longer is tightened, as is a duty raised.
    expect(stance('Britain proposed to extend a package of tariffs and quotas on steel for two years.', 'quotas')).toBe('tighten');
    expect(stance('The EU introduced import quotas on steel in 2019.', 'import quotas')).toBe('tighten');
    expect(stance('Canada will raise tariffs on steel.', 'tariffs')).toBe('tighten');
  });
  it('reads an easing verb before a planned or sized increase in a lever as easing it', () => {
    expect(stance('The United States agreed to cancel a planned increase in Section 301 tariffs.', 'Section 301 tariffs')).toBe('relax');
    expect(stance('The United States agreed to cancel a 5 percent increase in Section 301 tariffs.', 'Section 301 tariffs')).toBe('relax');
    expect(stance('Washington scrapped the proposed increase in tariffs on Mexican goods.', 'tariffs')).toBe('relax');
    expect(stance('China announced a planned increase in tariffs on US soybeans.', 'tariffs')).toBe('tighten');
  });
  it('reads an easing striven for or fought as leaving the measure standing', () => {
    expect(stance("Australia's diplomats have been working to remove China's trade bans over the past few years.", 'trade bans')).toBe('tighten');
    expect(stance('TikTok lost the early phase of its legal effort to overturn the law.', 'law')).toBe('tighten');
    expect(stance('Relations with the US, which is opposed to ending the arms embargo, were damaged.', 'embargo')).toBe('tighten');
    expect(stance('Brussels failed to lift the duties.', 'duties')).toBe('tighten');
    // An easing agreed is had; a flow striven for is not a measure left standing.
    expect(stance('Washington agreed to lift the tariffs.', 'tariffs')).toBe('relax');
  });
  it('reads a lever in the main clause after an opening clause by the main clause\'s verb', () => {
    expect(stance("While the H20 is now permitted, exports of Nvidia's other, more advanced AI chips to China remain restricted.", 'advanced AI chips')).toBe('tighten');
    expect(stance("While the H20 is now permitted, exports of Nvidia's other, more advanced AI chips to China remain restricted.", 'H20')).toBe('relax');
  });
  it('reads a measure that cuts off an object as biting, not as a cut', () => {
    expect(stance("The export ban cut off most of the company's output.", 'export ban')).toBe('tighten');
    expect(stance('The restrictions shut out Huawei from US suppliers.', 'restrictions')).toBe('tighten');
    expect(stance('Tariff cuts were agreed in May.', 'Tariff')).toBe('relax');
  });
  it('reads an easing named after the lever and taken away as tightening', () => {
    expect(stance('China has suspended tariff exemption for U.S. agricultural products.', 'tariff')).toBe('tighten');
    expect(stance('The US revoked the tariff exemption for Mexico.', 'tariff')).toBe('tighten');
    expect(stance('The US granted a tariff exemption to Mexico.', 'tariff')).toBe('relax');
  });
  it('does not take the verb that ends the clause before ", and" as the move of a lever after it', () => {
    expect(stance('Restrictions on some beef exporters remain, and imports of Australian rock lobster are still blocked.', 'lobster')).toBe('tighten');
    expect(stance('Senior executives will be banned from entering China, and their residency permissions also will be revoked.', 'permissions')).toBe('tighten');
    expect(stance('Beijing imposed tariffs on soybeans, and pork.', 'pork')).toBe('tighten');
  });
  it('reads a tightening that no longer happens as eased', () => {
    expect(stance('The US will no longer require licences for chip design software exports to China.', 'licences')).toBe('relax');
    expect(stance('China will no longer impose the extra duty on US pork.', 'duty')).toBe('relax');
    expect(stance('China can no longer buy the chips.', 'chips')).toBe('tighten');
    expect(stance('Washington has never restricted exports of soybeans.', 'soybeans')).toBe('neutral');
  });
  it('reads a noun of a rate\'s move before "from" after the lever as its move', () => {
    expect(stance('Canada will let up to 49,000 Chinese electric vehicles in at a tariff of 6.1 percent, a steep drop from the 100 percent duty imposed in 2024.', 'tariff')).toBe('relax');
    expect(stance('Under the deal, British cars pay a tariff of 10 percent, a cut from 27.5 percent.', 'tariff')).toBe('relax');
    expect(stance('Goods from Brazil now pay a tariff of 50 percent, a jump from 10 percent in April.', 'tariff')).toBe('tighten');
  });
  it('reads a flow that picks up or rebounds as eased and one that collapses as held back', () => {
    expect(stance('Chinese purchases of US soybeans have picked up since the truce.', 'purchases')).toBe('relax');
    // ("Gallium is recovered as a by-product of aluminium refining": a metal won from ore, so "recover" is no verb here.)
    expect(stance('Gallium is recovered as a by-product of aluminium refining.', 'Gallium')).not.toBe('relax');
    expect(stance('Soybean shipments to China rebounded in March.', 'Soybean')).toBe('relax');
    expect(stance("China's purchases of Boeing jets collapsed.", 'purchases')).toBe('tighten');
  });
  it('reads a good that makes up a share of a flow as counted', () => {
    expect(stance('Cognac makes up the vast majority of EU brandy exports to China.', 'Cognac')).toBe('neutral');
    // "make up for" is no share, and "make-up" is a good.
    expect(stance("Brazil's soybean shipments to China make up for Beijing's purchases from the US.", 'purchases')).not.toBe('neutral');
  });
  it('reads trade told as dated to a year or as a yearly habit as counted', () => {
    expect(stance('Before the trade war started, China bought $19.5 billion worth of farm goods in 2017.', 'farm goods')).toBe('neutral');
    expect(stance('Products that were a major share of the $25 billion in U.S. farm goods China purchased annually before the trade war.', 'farm goods')).toBe('neutral');
    // A pledge to buy every year is a purchase commitment, and a purchase in the news is one made.
    expect(stance('Beijing has agreed to purchase 12 million metric tons of U.S. soybeans through January and 25 million tons annually.', 'soybeans')).toBe('relax');
    expect(stance('China bought 3 million tonnes of US soybeans last week.', 'soybeans')).toBe('relax');
  });
  it('reads an easing hoped for as leaving the measure standing', () => {
    expect(stance('South Korea hopes Japan will ease its export controls.', 'export controls')).toBe('tighten');
    expect(stance('Japan said it will ease its export controls.', 'export controls')).toBe('relax');
  });
  it('does not read "to" before a verb after a good as putting it under a measure', () => {
    expect(stance('China agreed to keep rare earth exports flowing, resuming purchases of US soybeans, and intensifying efforts to curb the illicit fentanyl trade.', 'purchases')).toBe('relax');
    expect(stance('Beijing added tungsten, tellurium and bismuth to its export control list.', 'tungsten')).toBe('tighten');
  });
  it('reads a good said to be used for something as described', () => {
    expect(stance("DUV machines can still be used to make highly sophisticated microchips, and some of China's leading tech companies are pushing the limits of the older technology.", 'DUV machines')).toBe('neutral');
    // Only the good's own verb: a later clause about other chips does not describe the technology whose export is limited.
    expect(stance('It announced that it would limit the export of its own chip technology to China for fear that the chips would be used for military purposes.', 'chip technology')).not.toBe('neutral');
  });
  it('does not take a word before a comma, or an opening phrase of concession, as the lever\'s modifier or verb', () => {
    expect(stance('Despite the truce, export controls on advanced chips stay in place.', 'export controls')).toBe('tighten');
    expect(stance('After the truce, the new tariffs took effect.', 'tariffs')).toBe('tighten');
  });
  it('reads a measure let lapse or expiring as eased', () => {
    expect(stance('China let its anti-dumping duties on Australian barley lapse.', 'anti-dumping duties')).toBe('relax');
    expect(stance('Export licences for the chips have lapsed.', 'Export licences')).toBe('tighten');
  });
  it('reads the verb after a measure between two sides as its move', () => {
    expect(stance('Tariffs between the two countries fell after the truce.', 'Tariffs')).toBe('relax');
  });
});

describe('stance: easing nouns of a rescinded measure', () => {
  it('reads "the rescission of" a measure as eased, and of a licence as withheld', () => {
    expect(stance('Washington announced the rescission of its export controls on chip design software.', 'export controls')).toBe('relax');
    expect(stance('Chipmakers welcomed the rescission of the AI Diffusion Rule by the United States.', 'AI Diffusion Rule')).toBe('relax');
    expect(stance('The rescission of the export licences left Huawei without suppliers.', 'export licences')).toBe('tighten');
  });
});

describe('stance: a good a side relies on', () => {
  it('reads a good after "dependence on" or "depends heavily on" as described, whatever verb follows', () => {
    expect(stance('Japan cut its dependence on China for rare earths after 2010.', 'rare earths')).toBe('neutral');
    expect(stance('Its reliance on Japanese hydrogen fluoride fell sharply last year.', 'hydrogen fluoride')).toBe('neutral');
    expect(stance('The reversal offers relief for the chip design sector, which depends heavily on EDA tools.', 'EDA tools')).toBe('neutral');
    // A measure something depends on keeps its own reading.
    expect(stance('China halted exports of rare earth magnets on which Japan depends.', 'rare earth magnets')).toBe('tighten');
  });
});

describe('stance: a good in a side\'s market share', () => {
  it('reads a good after "controls 90% of" or "accounts for 30% of" as counted', () => {
    expect(stance("China controls about 90% of the world's rare earth magnet output.", 'rare earth magnet')).toBe('neutral');
    expect(stance('Japan supplies 70 percent of the hydrogen fluoride used by Korean chipmakers.', 'hydrogen fluoride')).toBe('neutral');
    expect(stance('Japan controls 92% of the global resist supply and 94% of fluorinated polyimide.', 'fluorinated polyimide')).toBe('neutral');
    // Another verb between the share and the good moves it.
    expect(stance('Beijing banned exports of gallium, which makes up 98% of global supply.', 'gallium')).toBe('tighten');
  });
});

describe('stance: a lever that only qualifies a noun', () => {
  it('reads "tariff strategy", "tariff revenue", "Tariff story" as named, whatever verb follows', () => {
    expect(stance("Trump's tariff strategy was vindicated by the deal, his aides said.", 'tariff')).toBe('neutral');
    expect(stance('US tariff revenue rose to a record $30 billion in October.', 'tariff')).toBe('neutral');
    expect(stance('Tariff story takes new twists', 'Tariff')).toBe('neutral');
    // The lever's own verb still moves it.
    expect(stance('Washington imposed new tariffs on Chinese cars, with tariff revenue expected to rise.', 'tariffs')).toBe('tighten');
  });
});

describe('stance: a promise to buy not followed through', () => {
  it('reads a purchase promised and "not followed through" as held back', () => {
    expect(stance('He accused Beijing of not following through with its promise to resume purchasing farm products.', 'farm products')).toBe('tighten');
    expect(stance('China never followed through on its pledge to buy more US soybeans.', 'soybeans')).toBe('tighten');
    // A promise kept is a purchase made.
    expect(stance('China followed through on its promise to buy more US soybeans.', 'soybeans')).toBe('relax');
  });
});
