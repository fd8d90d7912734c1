import { describe, expect, it } from 'vitest';
import {
  countSides,
  hasTradeEvidence,
  isAllCaps,
  isAttributive,
  isIdleGood,
  isObligation,
  isPartOfName,
  isStatuteName,
  isTitleCase,
  isVerbUse,
  matchPhrases,
  mergeHeads,
  needsCueWord,
} from '../../src/engine/match';
import { analyze } from '../../src/engine/analyze';
import { tokenize } from '../../src/engine/tokens';
import type { ActorHit } from '../../src/engine/types';
import { lexicon, prepare } from './stage-context';

/** Raw matches of a sentence, with the text of each. */
function raw(text: string) {
  const tokens = tokenize(text);
  const found = matchPhrases(text, tokens, lexicon);
  const textOf = (m: { i: number; j: number }) => text.slice(tokens[m.i].start, tokens[m.j - 1].end);
  const lever = (term: string) => {
    const m = found.levers.find((x) => textOf(x) === term);
    if (!m) throw new Error(`no raw lever "${term}" in "${text}": ${found.levers.map(textOf).join(', ')}`);
    return m;
  };
  return { text, tokens, ...found, textOf, lever };
}

describe('matchPhrases', () => {
  it('matches "rare earth export controls" as one lever and "China" as an actor', () => {
    const r = raw('China tightened rare earth export controls on Monday.');
    expect(r.levers.map((m) => [r.textOf(m), m.entry.lever])).toEqual([['rare earth export controls', 'rare-earths']]);
    expect(r.actors.map((a) => [r.textOf(a), a.entry.kind, a.entry.side])).toEqual([['China', 'actor', 'china']]);
  });

  it('matches hyphenated and line-broken forms as one phrase, longest first', () => {
    for (const text of ['Exports of rare-earth magnets fell.', 'Exports of rare\nearth magnets fell.']) {
      const r = raw(text);
      expect(r.levers.map((m) => m.entry.lever), text).toEqual(['rare-earth-magnets']);
    }
    // The longest phrase at a position wins.
    const r = raw('Brussels imposed anti-subsidy duties on Chinese cars.');
    expect(r.levers.map((m) => [r.textOf(m), m.entry.lever])).toEqual([['anti-subsidy duties', 'trade-remedies']]);
  });

  it('matches side names with their exact case ("US" but not "us"), except in all caps, and possessives', () => {
    expect(raw('The US raised tariffs.').actors.map((a) => a.entry.side)).toEqual(['us']);
    expect(raw('Tariffs hurt us all.').actors).toEqual([]);
    // An all-caps headline lifts the case rule.
    const r = raw('THE US RAISED TARIFFS ON CHINESE STEEL');
    expect(r.actors.map((a) => [r.textOf(a), a.entry.side])).toEqual([
      ['US', 'us'],
      ['CHINESE', 'china'],
    ]);
    const possessive = raw("China's export controls bite.");
    expect(possessive.actors.map((a) => a.entry.side)).toEqual(['china']);
    expect(possessive.tokens[possessive.actors[0].j - 1].possessive).toBe(true);
  });

  it('reports traps ("potato chips") and names that are not sides ("Bank of China")', () => {
    const r = raw('She ate potato chips at the Bank of China.');
    expect(r.traps.map((t) => r.textOf(t))).toEqual(['potato chips']);
    const bank = r.actors.find((a) => r.textOf(a) === 'Bank of China');
    expect(bank?.entry.side).toBeNull();
    expect(r.actors.some((a) => a.entry.side === 'china')).toBe(false);
  });
});

describe('countSides', () => {
  it('counts every side name with the token index of each, but not inside "Bank of China"', () => {
    const text = 'China and Beijing rebuked the US, while Washington and the EU waited.';
    const hits: { at: number; side: string }[] = [];
    const counts = countSides(text, tokenize(text), lexicon, hits);
    expect(Object.fromEntries(counts)).toEqual({ china: 2, us: 2, eu: 1 });
    expect(hits.map((h) => h.side)).toEqual(['china', 'china', 'us', 'us', 'eu']);
    expect(hits[0].at).toBe(0);
    // Not inside a name that is not a side.
    const names = 'The Bank of China and the Washington Post reported it.';
    expect(countSides(names, tokenize(names), lexicon).size).toBe(0);
  });
});

describe('mergeHeads', () => {
  it('turns "H200 chips" into H200, spanning only the model name', () => {
    const r = raw('Nvidia sold H200 chips to China.');
    expect(r.levers.map((m) => m.entry.lever)).toEqual(['ai-chips', 'semiconductors']);
    const merged = mergeHeads(r.text, r.tokens, r.levers);
    expect(merged).toHaveLength(1);
    expect(merged[0].entry.lever).toBe('ai-chips');
    expect(r.textOf(merged[0])).toBe('H200');
  });

  it('merges a named lever with a generic measure after it into one mention spanning both', () => {
    const r = raw('Gallium export controls took effect.');
    const merged = mergeHeads(r.text, r.tokens, r.levers);
    expect(merged).toHaveLength(1);
    expect(merged[0].entry.lever).toBe('gallium-germanium');
    expect(r.textOf(merged[0])).toBe('Gallium export controls');
  });

  it('leaves levers alone when they are not adjacent or a comma parts them', () => {
    const r = raw('Nvidia sold H200 and other chips to China.');
    expect(mergeHeads(r.text, r.tokens, r.levers).map((m) => r.textOf(m))).toEqual(['H200', 'chips']);
    const comma = raw('Gallium, export controls and more.');
    expect(mergeHeads(comma.text, comma.tokens, comma.levers)).toHaveLength(2);
  });
});

describe('isVerbUse', () => {
  /** Side names right before a lever, as the first noun/verb pass sees them. */
  function call(text: string, term: string, role: ActorHit['role'] = 'actor') {
    const r = raw(text);
    const actorAt = new Map<number, ActorHit>();
    for (const a of r.actors) if (a.entry.side) actorAt.set(a.j - 1, { ...a, role, subjectLike: false });
    return isVerbUse(text, r.tokens, r.lever(term), actorAt);
  }

  it('calls a word after a modal, or between a side and its object, a verb', () => {
    expect(call('The US will sanction the banks.', 'sanction')).toBe(true);
    expect(call('The law would effectively ban TikTok.', 'ban')).toBe(true);
    // "side, word, object": "China sanctions 20 US firms".
    expect(call('China sanctions 20 US firms.', 'sanctions')).toBe(true);
    expect(call('China bans exports of gallium.', 'bans')).toBe(true);
  });

  it('calls a word after a determiner, adjective or possessive, before a preposition, or of two words, a noun', () => {
    expect(call('Washington imposed new sanctions on Russia.', 'sanctions')).toBe(false);
    expect(call('Curbs on exports hurt.', 'Curbs')).toBe(false);
    expect(call("China's curbs bite.", 'curbs')).toBe(false);
    expect(call('China will export controls soon.', 'export controls')).toBe(false);
  });

  it('calls "controls" before a share of something a verb', () => {
    expect(call('The Asian nation controls 70 percent of global rare earth mining.', 'controls')).toBe(true);
    expect(call('China controls most of the supply.', 'controls')).toBe(true);
    expect(call('The new controls hit 40 firms.', 'controls')).toBe(false);
  });
});

describe('hasTradeEvidence', () => {
  const evidence = (text: string, term: string) => {
    const p = prepare(text);
    const m = p.raw.levers.find((x) => p.textOf(x) === term)!;
    return hasTradeEvidence(p.tokens, m, lexicon, p.actors, p.raw.levers, 6);
  };

  it('finds a side name or a trade word near an ambiguous word, and none in other copy', () => {
    expect(evidence('Beijing curbed the magnets.', 'magnets')).toBe(true);
    expect(evidence('Exports of magnets fell.', 'magnets')).toBe(true);
    expect(evidence('A magnet held the shopping list to the fridge.', 'magnet')).toBe(false);
  });
});

describe('isTitleCase and isAllCaps', () => {
  it('tell title-case and all-caps headlines from running text', () => {
    expect(isTitleCase(tokenize('China Slaps New Tariffs On Steel Imports'))).toBe(true);
    expect(isTitleCase(tokenize('China slaps new tariffs on steel imports'))).toBe(false);
    // Short headlines: every word capitalised but the ones title case leaves small.
    expect(isTitleCase(tokenize('Key Details of the New Tariffs'))).toBe(true);
    expect(isTitleCase(tokenize('Why These Tariffs?'))).toBe(true);
    expect(isTitleCase(tokenize('Steven Levy said the talks would go on'))).toBe(false);
    expect(isAllCaps(tokenize('THE US RAISED TARIFFS'))).toBe(true);
    expect(isAllCaps(tokenize('The US raised tariffs'))).toBe(false);
    expect(isAllCaps(tokenize('US EU'))).toBe(false);
  });
});

describe('isPartOfName', () => {
  const name = (text: string, term: string, known = new Set<string>()) => {
    const r = raw(text);
    return isPartOfName(r.text, r.tokens, r.lever(term), () => isTitleCase(r.tokens), known);
  };

  it('rejects "Steven Levy", "Mr Levy" and "Chip Wilson" as names, not levers', () => {
    expect(name('A column by Steven Levy criticised the tariffs.', 'Levy')).toBe(true);
    expect(name('Mr Levy said tariffs would rise.', 'Levy')).toBe(true);
    expect(name('Chip Wilson founded a company.', 'Chip')).toBe(true);
  });

  it('keeps a lower-case or sentence-initial lever word, a model name and words of a title-case headline', () => {
    expect(name('The levy on imports rose.', 'levy')).toBe(false);
    expect(name('Tariffs rose sharply.', 'Tariffs')).toBe(false);
    expect(name('Nvidia Sells H20 Chips', 'H20')).toBe(false);
    expect(name('China Slaps New Levy On Steel Imports', 'Levy')).toBe(false);
  });

  it('reads a capitalised fruit as a company, possessive or not', () => {
    expect(name('The rules will hit products like Apple\'s A18 chip.', 'Apple')).toBe(true);
    expect(name('Analysts said Apple shipped fewer phones.', 'Apple')).toBe(true);
  });

  it('remembers a name already seen ("Levy said" after "Steven Levy")', () => {
    expect(name('Later, Levy said the tariffs would stay.', 'Levy')).toBe(false);
    expect(name('Later, Levy said the tariffs would stay.', 'Levy', new Set(['Levy']))).toBe(true);
  });
});

describe('isObligation', () => {
  const obligation = (text: string) => {
    const r = raw(text);
    return isObligation(r.tokens, r.lever('duty'));
  };

  it('reads "the duty to protect", "his duty" and "a duty of care" as obligations', () => {
    expect(obligation('The state has the duty to protect farmers.')).toBe(true);
    expect(obligation('He said it was his duty.')).toBe(true);
    expect(obligation('Firms owe a duty of care.')).toBe(true);
  });

  it('keeps a duty with a rate ("a duty of 25 percent", "a duty to 10 percent")', () => {
    expect(obligation('China imposed a duty of 25 percent on pork.')).toBe(false);
    expect(obligation('China cut the duty to 10 percent.')).toBe(false);
    expect(obligation('China imposed a duty of up to 25 percent.')).toBe(false);
  });
});

describe('the other filters', () => {
  it('accepts every good of a list once one member has its trade evidence', () => {
    const p = prepare('Items affected include beef, lamb and pork products, as well as various varieties of vegetables, fruit juice, tea and coffee.');
    for (const term of ['beef', 'pork', 'vegetables', 'fruit juice', 'tea', 'coffee']) expect(p.lever(term), term).toBeDefined();
    // Not across a clause that is no list: "coffee" here has no pressure on it.
    const apart = prepare('Tariffs hit pork. Later that year he opened a shop that sold coffee.');
    expect(apart.ctx.levers.some((m) => apart.tokens[m.i].norm === 'coffee')).toBe(false);
  });

  it('needsCueWord: a bare "investigation" counts only in a sentence about trade', () => {
    const idle = prepare('Regulators opened an inquiry into AOL over its accounts.');
    expect(needsCueWord(idle.tokens, idle.raw.levers.find((m) => idle.tokens[m.i].norm === 'inquiry')!, idle.raw.levers)).toBe(true);
    const cued = prepare('The Commission opened an investigation into imports of Chinese electric vehicles.');
    expect(needsCueWord(cued.tokens, cued.raw.levers.find((m) => cued.tokens[m.i].norm === 'investigation')!, cued.raw.levers)).toBe(false);
  });

  it('needsCueWord: "processors" count only in a sentence about export controls', () => {
    const idle = raw('The processors are fast.');
    expect(needsCueWord(idle.tokens, idle.lever('processors'))).toBe(true);
    const cued = raw('US export controls bar sales of processors to China.');
    expect(needsCueWord(cued.tokens, cued.lever('processors'))).toBe(false);
  });

  it('needsCueWord: "technology", "software", "equipment" count only when a side owns them or a list carries them', () => {
    const owned = raw('The rule bars companies from supplying U.S.-origin technology to Huawei without a licence.');
    expect(needsCueWord(owned.tokens, owned.lever('technology'), owned.levers)).toBe(false);
    const american = raw('The blacklist prohibits Huawei from purchasing American software.');
    expect(needsCueWord(american.tokens, american.lever('software'), american.levers)).toBe(false);
    const listed = raw('The listing bars American firms from selling them components, software or technology.');
    expect(needsCueWord(listed.tokens, listed.lever('technology'), listed.levers, listed.text)).toBe(false);
    // Unowned, or in a sentence that is not about export controls: no lever.
    const company = raw('Green technology companies were barred from the fair.');
    expect(needsCueWord(company.tokens, company.lever('technology'), company.levers)).toBe(true);
    const update = raw('American software updates arrive every month.');
    expect(needsCueWord(update.tokens, update.lever('software'), update.levers)).toBe(true);
  });

  it('isIdleGood: goods pulled from shelves in a boycott are under pressure', () => {
    const pulled = raw("Ontario's liquor board pulled American wine from its shelves.");
    expect(isIdleGood(pulled.tokens, pulled.lever('wine'), pulled.levers, lexicon)).toBe(false);
    const sold = raw('American wine sells well in Ontario.');
    expect(isIdleGood(sold.tokens, sold.lever('wine'), sold.levers, lexicon)).toBe(true);
  });

  it('isAttributive: a good that qualifies another noun ("chip industry") is no lever; a measure is never attributive', () => {
    const chip = raw('The chip industry grew fast.');
    expect(isAttributive(chip.text, chip.tokens, chip.lever('chip'))).toBe(true);
    const magnets = raw('Exports of rare earth magnets, industry said, fell.');
    expect(isAttributive(magnets.text, magnets.tokens, magnets.lever('rare earth magnets'))).toBe(false);
    const tariff = raw('The tariff policy shifted.');
    expect(isAttributive(tariff.text, tariff.tokens, tariff.lever('tariff'))).toBe(false);
  });

  it('isAttributive: a good naming a stock index, a group of firms or their customers qualifies it', () => {
    for (const [text, term] of [['The main semiconductor index fell 3%.', 'semiconductor'], ['Uncertainty grows for semiconductor outfits in China.', 'semiconductor'], ['Many soybean exporters were worried.', 'soybean']]) {
      const r = raw(text);
      expect(isAttributive(r.text, r.tokens, r.lever(term))).toBe(true);
    }
  });

  it('isAttributive: a chip family named with its architecture is still the chip', () => {
    const r = raw('The administration may now permit exports of modified Blackwell architecture chips.');
    expect(isAttributive(r.text, r.tokens, r.lever('Blackwell'))).toBe(false);
  });

  it('isAttributive: "rare earth materials" are the minerals themselves, and so is a plant that processes them', () => {
    const minerals = raw('China restricted exports of rare earth materials.');
    expect(isAttributive(minerals.text, minerals.tokens, minerals.lever('rare earth'))).toBe(false);
    // (The gold sets label the mineral in "a rare earths processing plant" and "rare earth magnet production".)
    const plant = raw('Xi visited a rare earth processing plant.');
    expect(isAttributive(plant.text, plant.tokens, plant.lever('rare earth'))).toBe(false);
    const industry = raw('China dominates the rare earth industry.');
    expect(isAttributive(industry.text, industry.tokens, industry.lever('rare earth'))).toBe(true);
  });

  it('isAttributive: a lever word before a quarrel ("tariff spat", "tariff-driven trade war") names the quarrel', () => {
    const spat = raw('The unfolding tariff spat rattled markets.');
    expect(isAttributive(spat.text, spat.tokens, spat.lever('tariff'))).toBe(true);
    const driven = raw('They are locked in a tariff-driven trade war.');
    expect(isAttributive(driven.text, driven.tokens, driven.lever('tariff'))).toBe(true);
    const used = raw('China imposed a tariff on soybeans.');
    expect(isAttributive(used.text, used.tokens, used.lever('tariff'))).toBe(false);
    const both = raw('It was a truce in the escalating tariff and export-control war.');
    expect(isAttributive(both.text, both.tokens, both.lever('tariff'))).toBe(true);
    expect(isAttributive(both.text, both.tokens, both.lever('export-control'))).toBe(true);
    const pair = raw('China imposed tariffs and export controls, a war by other means.');
    expect(isAttributive(pair.text, pair.tokens, pair.lever('tariffs'))).toBe(false);
  });

  it('isStatuteName: "Section 232 of the Trade Expansion Act" names a statute', () => {
    const statute = raw('Section 232 of the Trade Expansion Act lets the president act.');
    expect(isStatuteName(statute.tokens, statute.lever('Section 232'))).toBe(true);
    const measure = raw('Tariffs of 25 percent on steel took effect under the act.');
    expect(isStatuteName(measure.tokens, measure.lever('Tariffs'))).toBe(false);
  });

  it('isIdleGood: a good with no pressure on it is idle; a halt in purchases or a tariff on it is not', () => {
    const idle = raw('Beef exports were worth 2 billion dollars.');
    expect(isIdleGood(idle.tokens, idle.lever('Beef'), idle.levers, lexicon)).toBe(true);
    const pressed = raw('China halted purchases of US beef in retaliation.');
    expect(isIdleGood(pressed.tokens, pressed.lever('beef'), pressed.levers, lexicon)).toBe(false);
    const taxed = raw('Tariffs on beef rose.');
    expect(isIdleGood(taxed.tokens, taxed.lever('beef'), taxed.levers, lexicon)).toBe(false);
  });
});

describe('addAnaphors (through analyze)', () => {
  const levers = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever, m.side]);

  it('reads "the list" after the Entity List as the Entity List, with its holder', () => {
    const found = levers('The Commerce Department added Huawei to the Entity List on Thursday. Companies on the list need a licence for every sale.');
    expect(found).toContainEqual(['list', 'entity-list', 'us']);
  });

  it('needs the lever named before, a definite determiner or a possessive, and a head that qualifies nothing', () => {
    expect(levers('Companies on the list need approval for every sale to Huawei.').map((m) => m[1])).not.toContain('entity-list');
    const before = 'The Commerce Department added Huawei to the Entity List on Thursday. ';
    expect(levers(`${before}Officials drew up a list of suppliers.`).filter((m) => m[0] === 'list')).toEqual([]);
    expect(levers(`${before}The law firm said the list price of phones would rise.`).filter((m) => m[0] === 'list')).toEqual([]);
    expect(levers(`${before}Washington expanded its new list again in August.`)).toContainEqual(['list', 'entity-list', 'us']);
  });

  it('reads a charge word named by who levies it, its amount or its imposing as the story\'s charge', () => {
    const before = 'USTR announced port fees on Chinese-built ships. ';
    expect(levers(`${before}The reprieve covers $3.2 billion a year in U.S. fees for Chinese-built vessels.`)).toContainEqual(['fees', 'port-fees', 'us']);
    expect(levers(`${before}Both sides agreed to a pause on the imposition of fees.`).map((m) => m[0])).toContain('fees');
    const visa = 'Trump raised the cost of the H-1B visa. ';
    expect(levers(`${visa}Workers must renew against a fee of $100,000 to enter.`).map((m) => m[0])).toContain('fee');
    // Not a fee the story never named, and not "fees" of some other kind.
    expect(levers('Banks charge U.S. fees for wire transfers.').map((m) => m[0])).not.toContain('fees');
    expect(levers(`${visa}Lawyers charge a fee for each application.`).map((m) => m[0])).not.toContain('fee');
  });

  it('takes the latest lever when several share the word', () => {
    const text = 'China put Lockheed on its unreliable entity list. A week later the US added three Chinese firms to the Entity List. The list now runs to hundreds of names.';
    expect(analyze(text, lexicon).mentions.filter((m) => m.text === 'list').map((m) => m.lever)).toEqual(['entity-list']);
  });
});

describe('a bare probe word (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => m.text);

  it('refers back to a trade probe the story named ("extend the probe"), not to a new inquiry', () => {
    const story = 'China launched an anti-dumping investigation into EU brandy. The ministry decided to extend the probe until July.';
    expect(found(story)).toContain('probe');
    expect(found(`${story} Regulators opened an inquiry into AOL.`)).not.toContain('inquiry');
    expect(found('The ministry decided to extend the probe until July.')).not.toContain('probe');
  });
});

describe('a word of a named lever taken up by a verb of imposing (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);

  it('reads "imposed fees", "imposing similar fees" as the port fees the story named', () => {
    const story = 'The US announced port fees on Chinese ships. China responded by imposing similar fees.';
    expect(found(story)).toContainEqual(['fees', 'port-fees']);
    expect(found('China responded by imposing similar fees.')).toEqual([]);
    const rule = 'The Treasury proposed an outbound investment rule. The proposal would prohibit investments in quantum computing.';
    expect(analyze(rule, lexicon).mentions.map((m) => [m.text, m.lever, m.stance])).toContainEqual(['investments', 'outbound-investment', 'tighten']);
  });
});

describe('hyphenated "-related" levers and "controls for" (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.stance]);

  it('reads "rare earths-related curbs" as one mention that the verb moves', () => {
    expect(found('China said it suspends some rare earths-related curbs for one year.')).toEqual([['rare earths-related curbs', 'relax']]);
  });

  it('keeps a good merged with the measure on it ("wine duties") even with no other word of pressure', () => {
    expect(found('China drops wine duties, ending the costliest chapter of its feud with Australia')).toEqual([['wine duties', 'relax']]);
  });

  it('reads a crop that a farmer grows or plants as no lever', () => {
    expect(found('"It hurts," said Trudy Halvorsen, who grows soybeans and raises hogs in Minnesota, of China\'s tariffs.').map(([text]) => text)).not.toContain('soybeans');
    expect(found('China halted purchases of US soybeans.').map(([text]) => text)).toContain('soybeans');
  });

  it('reads a good in a list of words sharing an industry head ("car, semiconductor and aerospace industries") as no lever', () => {
    expect(found('China suspended exports of magnets crucial for the car, semiconductor and aerospace industries.').map(([text]) => text)).toEqual(['magnets']);
    expect(found('China banned exports of gallium, germanium, antimony and superhard materials to the US.').map(([text]) => text)).toContain('antimony');
  });

  it('prefers a lever phrase that holds a whole trap ("the duty-free de minimis treatment") to the trap', () => {
    expect(found('The US will eliminate the duty-free de minimis treatment for postal items.').map(([text]) => text)).toEqual(['duty-free de minimis']);
    expect(found('Duty-free shopping at the airport fell.')).toEqual([]);
  });

  it('keeps "export controls for one year", which is no trap', () => {
    expect(found('China said it would suspend the export controls for one year.')).toEqual([['export controls', 'relax']]);
  });
});

describe('chips named by what a material does to them (through analyze)', () => {
  it('reads chips that a chemical cleans or coats as no lever', () => {
    const found = (text: string) => analyze(text, lexicon).mentions.map((m) => m.text);
    expect(found('Japan tightened export controls on hydrogen fluoride, which is used to clean semiconductors.')).not.toContain('semiconductors');
    expect(found('Japan tightened export controls on photoresist, a material used to coat semiconductor circuit boards.')).not.toContain('semiconductor');
  });
});

describe('the side a story shows retaliating (through analyze)', () => {
  it('gives the goods of a retaliation list that names nobody to the side the story shows retaliating', () => {
    const story = 'Canada plans additional retaliation for US tariffs on its steel. ' +
      'The first tranche of retaliation includes a list of products such as orange juice, peanut butter, wine and coffee.';
    const sides = analyze(story, lexicon).mentions.filter((m) => m.text === 'orange juice' || m.text === 'coffee').map((m) => m.side);
    expect(sides).toEqual(['canada', 'canada']);
  });
});

describe('quotas, safeguards, ore export bans, digital taxes and SWIFT (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever, m.stance]);

  it('reads a quota on goods as a lever and a quota on migrants as none', () => {
    expect(found('Britain proposed to extend a package of tariffs and quotas on five steel products.')).toContainEqual(['quotas', 'import-quotas', 'tighten']);
    expect(found('He rejected the call for a quota on economic migrants and asylum seekers.')).toEqual([]);
    expect(found('OPEC agreed to cut production quotas.')).toEqual([]);
  });

  it('reads granting a zero-tariff quota as easing', () => {
    expect(found('The UK will grant the US a zero-tariff quota of 13,000 tons of beef.')).toContainEqual(['zero-tariff quota', 'import-quotas', 'relax']);
  });

  it('finds nickel ore under an export ban, a digital services tax and exclusion from SWIFT', () => {
    expect(found('Indonesia has banned exports of nickel ore since 2020.').map(([text, lever]) => [text, lever])).toContainEqual(['nickel ore', 'ore-export-bans']);
    expect(found('The US threatened tariffs over France\'s digital services tax.').map(([text, lever]) => [text, lever])).toContainEqual(['digital services tax', 'digital-services-tax']);
    expect(found('The EU excluded seven Russian banks from the SWIFT network.').map(([text, lever]) => [text, lever])).toContainEqual(['SWIFT network', 'sanctions']);
  });
});

describe('a bare "fee" takes the topic of its story (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);

  it('reads "a 15% fee" as the revenue share on licensed chip sales in a story about AI chips, and nowhere else', () => {
    expect(found('AMD holds licences to ship some MI308 accelerators to China and would pay a 15% fee on those sales.')).toContainEqual(['fee', 'chip-revenue-share']);
    const chips = 'Nvidia may sell H200 chips to approved customers in China. Legal scholars say this fee may conflict with the ban on export taxes.';
    expect(found(chips)).toContainEqual(['fee', 'chip-revenue-share']);
    expect(found('The White House said H-1B visas will carry a $100,000 fee for new applicants.').map(([, lever]) => lever)).not.toContain('chip-revenue-share');
    expect(found('Washington raised tariffs on steel; importers pay a fee to file each claim.').map(([text]) => text)).not.toContain('fee');
  });

  it('leaves "the fees" of a port-fee story to the port fees', () => {
    const story = 'The US imposed port fees on Chinese-built ships. The fees will apply to the first five voyages per year.';
    expect(found(story).filter(([text]) => text === 'fees')).toEqual([['fees', 'port-fees']]);
  });
});

describe('what a story has named lends context to its later words (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);

  it('reads "the ban" of a TikTok story as the TikTok ban, and "the fee" of an H-1B story as its fee', () => {
    const tiktok = 'The Supreme Court upheld the TikTok ban law. The court rejected the argument that the ban violated free speech.';
    expect(found(tiktok)).toContainEqual(['ban', 'tiktok']);
    const visas = 'Trump raised the H-1B visa fee to $100,000. The White House argued the fee would protect American workers.';
    expect(found(visas)).toContainEqual(['fee', 'student-visas']);
    expect(found('The White House argued the fee would protect American workers.')).toEqual([]);
  });

  it('reads "its own retaliatory fees", "a $100,000 fee" and "the appropriate applications" back to the lever the story named', () => {
    const ports = 'The US imposed port fees on Chinese-built ships. China agreed to pause its own retaliatory fees on US-linked ships.';
    expect(found(ports)).toContainEqual(['fees', 'port-fees']);
    const visas = 'Trump raised the H-1B visa fee. Employers must pay a $100,000 fee for new petitions.';
    expect(found(visas)).toContainEqual(['fee', 'student-visas']);
    const licences = 'China required export licences for gallium. Exporters must submit the appropriate applications to the ministry.';
    expect(found(licences)).toContainEqual(['applications', 'export-licences']);
    expect(found('Exporters must submit the appropriate applications to the ministry.')).toEqual([]);
  });

  it('takes a bare "duty" or "licence" once the story has named levers of its kind', () => {
    const duties = 'Vietnam imposed anti-dumping duties on Chinese steel. Ansteel will attract the highest duty of 27.83%.';
    expect(found(duties).map(([text]) => text)).toEqual(['anti-dumping duties', 'duty']);
    expect(found('Ansteel will attract the highest duty of 27.83%.')).toEqual([]);
    const listed = 'The US added 11 Chinese firms to the Entity List, tightening export restrictions and export controls on them. ' +
      'Transfers of items to these entities or their associated addresses now require a license.';
    expect(found(listed)).toContainEqual(['license', 'export-licences']);
  });

  it('does not read "visa holders" as a lever', () => {
    expect(found('The US imposed a visa ban on officials, and visa holders must leave.').map(([text]) => text)).toEqual(['visa ban']);
  });
});

describe('knowledge-base words for probes, lists and orders (through analyze)', () => {
  it('finds an anti-discrimination review, a restricted list and a Boeing deal, but not "chip policy"', () => {
    const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);
    expect(found('Beijing launched an anti-discrimination review of U.S. chip policy.')).toEqual([['anti-discrimination review', 'china-probes']]);
    expect(found('The U.S. added 32 entities to a restricted list over export controls.')).toContainEqual(['restricted list', 'entity-list']);
    expect(found('China reneged on the big Boeing deal amid the tariff war.')).toContainEqual(['Boeing deal', 'boeing']);
    expect(found("The US began restricting the export of ASML's 1970i and 1980i systems.")).toEqual(expect.arrayContaining([['1970i', 'chipmaking-tools'], ['1980i', 'chipmaking-tools']]));
    expect(found('Exporting the H20 chips to China would require government permission.')).toContainEqual(['government permission', 'export-licences']);
    expect(found('The rules ban the export of antimony smelting technology without permission.')).toContainEqual(['permission', 'export-licences']);
    expect(found('The court declined to block the federal law banning TikTok. The law requires a sale.')).toEqual([['law banning TikTok', 'tiktok'], ['law', 'tiktok']]);
  });
});

describe('knowledge-base words of seed version 6 (through analyze)', () => {
  it('finds surtaxes, export rules, Ascend processors by model and goods on retaliation lists', () => {
    const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);
    expect(found('Canada imposed a 100% surtax on EVs made in China.')).toContainEqual(['surtax', 'tariffs']);
    expect(found('Its income surtax for the rich was cut.')).toEqual([]);
    expect(found('It reinforces existing export laws and export rules.')).toEqual([['export laws', 'export-controls'], ['export rules', 'export-controls']]);
    expect(found("Huawei's Ascend processors, specifically the 910B and 910C, are subject to export controls.")).toEqual(
      expect.arrayContaining([['Ascend processors', 'ai-chips'], ['910B', 'ai-chips'], ['910C', 'ai-chips']]),
    );
    expect(found('Canada put a 25% tariff on US appliances and alcoholic beverages.')).toEqual(
      expect.arrayContaining([['appliances', 'targeted-goods'], ['alcoholic beverages', 'targeted-goods']]),
    );
    expect(found('Washington curbed exports of artificial intelligence (AI) chips to China.')).toContainEqual(['artificial intelligence (AI) chips', 'ai-chips']);
  });
});

describe('sides across sentences and institutions (through analyze)', () => {
  const sides = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.side]);
  it('carries the previous subject to "it" right before a verb of imposing, over the story\'s other holder of the lever', () => {
    expect(sides("The European Union said Trump's steel tariffs could cost it $1.5 billion. It said it could impose import duties on rice.")).toEqual([
      ['steel tariffs', 'us'],
      ['import duties', 'eu'],
      ['rice', 'eu'],
    ]);
  });

  it('gives an institution the side named before it ("Mexico\'s Senate"), not the one the knowledge base gives its name', () => {
    expect(sides("Mexico's Senate on Wednesday voted for the bill that imposes tariffs on products from Asian nations.")).toEqual([['tariffs', 'mexico']]);
    expect(sides('The Senate on Wednesday voted for the bill that imposes tariffs on Chinese products.')).toEqual([['tariffs', 'us']]);
    expect(sides("India's Ministry of Commerce imposed duties on Chinese steel.")).toEqual([['duties', 'india']]);
    expect(sides('Ontario also imposed a 25% surcharge on electricity exports.')).toEqual([['surcharge', 'canada']]);
  });
});

describe('a currency as a unit (through analyze)', () => {
  it('drops "400 yuan per ton" and "seven yuan to the dollar", keeps the yuan as a lever', () => {
    const found = (text: string) => analyze(text, lexicon).mentions.map((m) => m.text);
    expect(found('China began collecting port charges of 400 yuan per net ton from US vessels.')).not.toContain('yuan');
    expect(found('Washington accused China of weakening the yuan past seven yuan to the dollar.')).toEqual(['yuan']);
  });
});

describe('a retaliation list (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => m.text);
  it('takes every member of a list that names two goods under a measure, left and right of them', () => {
    expect(found('A second tranche of tariffs covers goods such as passenger vehicles, trucks, steel, fruit, vegetables, aerospace products and beef.')).toEqual([
      'tariffs', 'passenger vehicles', 'trucks', 'steel', 'fruit', 'vegetables', 'aerospace products', 'beef',
    ]);
  });

  it('stops where the list stops, and needs two goods and a measure', () => {
    expect(found('The tariffs cover passenger vehicles, trucks, fruit and beef.')).toEqual(['tariffs', 'trucks', 'fruit', 'beef']);
    expect(found('China put tariffs on soybeans, pork and lamps, sources said.')).toEqual(['tariffs', 'soybeans', 'pork', 'lamps']);
    expect(found('China put tariffs on soybeans, lamps and sofas.')).toEqual(['tariffs', 'soybeans']);
    expect(found('Shops sell wine, beer, lamps and sofas.')).toEqual([]);
  });

  it('does not count "purchases" as one of the goods: the buying is not a member of a list', () => {
    expect(found('The US cut tariffs in exchange for Beijing resuming purchases of soybeans and cracking down on fentanyl.')).toEqual(['tariffs', 'purchases', 'soybeans']);
  });
});

describe('a side from the rest of the story (through analyze)', () => {
  it('keeps the side a story states for a lever the knowledge base gives one holder only, in its later mentions', () => {
    const text = 'India’s ban on 59 Chinese apps, including TikTok, surprised millions of users. Beijing said it was concerned about the ban. Experts describe the ban as a political move.';
    expect(analyze(text, lexicon).mentions.map((m) => [m.text, m.side])).toEqual([['ban', 'india'], ['ban', 'india'], ['ban', 'india']]);
  });

  it('gives a mention the sentence leaves open the side of the nearest stated mention of the lever when no side dominates', () => {
    const text = 'Economists say the tariff changed the market. The United States imposed a tariff on steel in March. Canada imposed tariffs on bourbon in June. Mexico imposed tariffs on pork in July.';
    const [first] = analyze(text, lexicon).mentions;
    expect([first.text, first.side]).toEqual(['tariff', 'us']);
  });
});

describe('the object of a lever (through analyze)', () => {
  it('shares its pull, also when the lever is said not to exist ("no new tariff on LNG")', () => {
    const stances = (text: string) => Object.fromEntries(analyze(text, lexicon).mentions.map((m) => [m.text, m.stance]));
    expect(stances('China will impose a new 5 percent levy on oil but there was no new tariff on liquefied natural gas.')).toMatchObject({ tariff: 'neutral', 'liquefied natural gas': 'neutral' });
    expect(stances('China imposed a new tariff on liquefied natural gas.')).toMatchObject({ tariff: 'tighten', 'liquefied natural gas': 'tighten' });
  });
});

describe('isEndUse (through analyze)', () => {
  const levers = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);

  it('drops chips named only as what a controlled material or tool is for', () => {
    const text = 'Tokyo tightened export controls on hydrogen fluoride and photoresist, chemicals needed to produce semiconductors.';
    expect(levers(text).map((m) => m[1])).not.toContain('semiconductors');
    expect(levers('Gallium is crucial for chip production, and China banned its export.').map((m) => m[1])).not.toContain('semiconductors');
    expect(levers('The Dutch government blocked shipments of the lithography machines which produce computer chips.').map((m) => m[1])).not.toContain('semiconductors');
  });

  it('drops chips named only by who makes them or how they move ("manufacturers of semiconductors")', () => {
    expect(levers('All manufacturers of semiconductors will have to apply for an export licence.').map((m) => m[1])).not.toContain('semiconductors');
    expect(levers('The curbs could disrupt global supply chains for semiconductors.').map((m) => m[1])).not.toContain('semiconductors');
  });

  it('keeps chips that are themselves controlled', () => {
    expect(levers('Washington banned exports of advanced semiconductors to China.')).toContainEqual(['semiconductors', 'semiconductors']);
  });
});

describe('a shortened name of a lever the story named (through analyze)', () => {
  const levers = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever, m.side]);
  it('reads "the temporary licence" after a "Temporary General License" as that licence, not a rare-earth licence', () => {
    const text = 'The Commerce Department added Huawei to the Entity List. On May 20 it issued a Temporary General License for 90 days. ' +
      'The same day the temporary licence was issued, Mr Xi visited a rare-earth magnet factory.';
    const last = levers(text).find((m) => m[0] === 'temporary licence')!;
    expect(last[0]).toBe('temporary licence');
    expect(last[1]).not.toBe('rare-earth-licences');
    expect(last[2]).toBe('us');
  });

  it('leaves the context alias alone when no longer phrase of the story holds its words', () => {
    const text = 'China tightened rare earth export controls. The same day the temporary licence was issued, exporters shipped magnets.';
    expect(levers(text).find((m) => m[0] === 'temporary licence')?.[1]).toBe('rare-earth-licences');
  });
});

describe('a side after the lever (through analyze)', () => {
  const sides = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.side]);
  it('takes a side right after the lever when it reports it, not the subject of the next clause', () => {
    expect(sides('The new tariffs took effect, Canada announced on Friday.')).toEqual([['tariffs', 'canada']]);
    expect(sides('On Monday, the day the export controls were announced, Japan protested.')).not.toContainEqual(['export controls', 'japan']);
  });
});

describe('a buyer that refuses to buy (through analyze)', () => {
  const sides = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.side]);
  it('gives chips a government tells its companies not to buy to that government, not to the seller', () => {
    expect(sides('Beijing told large internet companies to avoid buying the processors.')).toEqual([['processors', 'china']]);
    expect(sides('Chinese tech companies have ordered 2 million H200s.')).toEqual([['H200s', 'us']]);
  });
});

describe('an export control list of any government (through analyze)', () => {
  const sides = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.side]);
  it('gives "its export control list" to the government that keeps it, not to China', () => {
    expect(sides('Taiwan added Huawei and SMIC to its export control list.')).toContainEqual(['export control list', 'taiwan']);
    expect(sides("China's commerce ministry added 28 US defence firms to its export control list.")).toContainEqual(['export control list', 'china']);
  });
});

describe('outbound investment named by what it bars (through analyze)', () => {
  const levers = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);
  it('reads "investments in China-based entities" that a rule bars as the outbound-investment rule, and the rule after it', () => {
    const found = levers('The Treasury Department finalized a rule that bars U.S. persons from making certain investments in China-based entities. The rule takes effect on Jan. 2.');
    expect(found).toContainEqual(['investments in China', 'outbound-investment']);
    expect(found).toContainEqual(['rule', 'outbound-investment']);
  });

  it('leaves a company\'s investment in China alone', () => {
    expect(levers('Tesla expanded its investment in China last year.')).toEqual([]);
  });
});

describe('an anaphor of a lever named earlier in the same sentence (through analyze)', () => {
  it('reads "a $100,000 fee" after "the H-1B visa program" in one sentence as the visa fee', () => {
    const found = analyze('Trump changed the H-1B visa program by requiring a $100,000 fee for new applications.', lexicon).mentions.map((m) => [m.text, m.lever]);
    expect(found).toContainEqual(['fee', 'student-visas']);
  });
});

describe('an application for an export licence, named by its object (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);
  const before = 'Washington assured Nvidia that export licences for the H20 would be granted. ';

  it('reads applications to sell or export, or for each shipment, as the story\'s licences', () => {
    expect(found(`${before}The company has started filling out applications to sell the H20 again.`)).toContainEqual(['applications', 'export-licences']);
    expect(found(`${before}Japan made filing applications for each transaction a requirement for exporting photoresist.`)).toContainEqual(['applications', 'export-licences']);
  });

  it('leaves other applications alone', () => {
    expect(found(`${before}Job applications to the company doubled.`).map((m) => m[0])).not.toContain('applications');
    expect(found(`${before}Its applications for patents were rejected.`).map((m) => m[0])).not.toContain('applications');
  });
});

describe('addRatedCharges: a tax or penalty that a rate or its goods make a tariff (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever, m.side]);

  it('reads a charge word right after a rate as a tariff, with its holder', () => {
    expect(found('On September 24, Washington slaps 10 per cent taxes on $200 billion of Chinese imports, its second round of tariffs.')).toContainEqual(['taxes', 'tariffs', 'us']);
    expect(found('Trump imposed a 10% tariff on most countries and later added a 40% penalty on Brazil.')).toContainEqual(['penalty', 'tariffs', 'us']);
    expect(found('The EU answered US tariffs. Another 50 percent tax was levied on items such as footwear.').map((m) => m[0])).toContain('tax');
  });

  it('reads a tax on goods or imports as a tariff', () => {
    expect(found('Trump threatened additional taxes on European Union cars if the EU retaliated against his tariffs.').map((m) => m[0])).toContain('taxes');
    expect(found('The trade war in dates. January 2018: tariffs on washing machines. March 2018: Tax on steel, aluminium').map((m) => m[0])).toContain('Tax');
  });

  it('leaves domestic taxes, fines and taxes on anything else alone', () => {
    expect(found('The government cut the 20% income tax on wages.').map((m) => m[0])).not.toContain('tax');
    expect(found('Beijing raised taxes on property developers.').map((m) => m[0])).not.toContain('taxes');
    expect(found('The court imposed a penalty on the bank.').map((m) => m[0])).not.toContain('penalty');
    expect(found('US tariffs rose again. The party wants a new 50% tax rate on incomes over £100,000.').map((m) => m[0])).not.toContain('tax');
  });

  it('trusts such a word less than a named lever: it does not outvote the story on who holds its goods', () => {
    const text = 'The EU imposed retaliatory tariffs on US goods on Friday. Trump threatened additional taxes on European Union cars if the EU chose to retaliate. Other products that will be affected include denim, orange juice and peanut butter.';
    const mentions = analyze(text, lexicon).mentions;
    expect(mentions.find((m) => m.text === 'taxes')?.confidence).toBeLessThan(0.75);
    expect(mentions.find((m) => m.text === 'orange juice')?.side).toBe('eu');
  });

  it('needs a lever named in the story, so that the page gate lets through whatever it finds', () => {
    expect(found('Washington slaps 10 per cent taxes on $200 billion of Chinese imports.').map((m) => m[0])).not.toContain('taxes');
    expect(found('The dispute began with tariffs. Washington slaps 10 per cent taxes on $200 billion of Chinese imports.').map((m) => m[0])).toContain('taxes');
  });
});

describe('knowledge-base words of seed versions 14 to 19 (through analyze)', () => {
  const found = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);

  it('reads the manipulator label, currency devaluation and a farm boycott as their levers', () => {
    expect(found("The Treasury's manipulator designation remains in force.")).toContainEqual(['manipulator designation', 'currency']);
    expect(found('Washington pinned a manipulator label on China.')).toContainEqual(['manipulator label', 'currency']);
    expect(found('The deal commits both sides to avoid currency devaluation.')).toContainEqual(['currency devaluation', 'currency']);
    expect(found('The farm boycott left soybean growers without their biggest buyer.')).toContainEqual(['farm boycott', 'farm-purchases']);
  });

  it("reads the EU's anti-coercion instrument, its Foreign Subsidies Regulation and a retaliation list as levers", () => {
    expect(found('The EU could use its anti-coercion instrument against China.')).toContainEqual(['anti-coercion instrument', 'sanctions']);
    expect(found('Brussels opened its first probe under the Foreign Subsidies Regulation.')).toContainEqual(['Foreign Subsidies Regulation', 'trade-remedies']);
    expect(found('The EU published two retaliation lists targeting American exports.')).toContainEqual(['retaliation lists', 'tariffs']);
  });

  it('gives retaliatory tariffs to the side the story shows answering, not to China by default (seed 17)', () => {
    const sides = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.side]);
    expect(sides('India raised duties on 28 US products after Washington ended its trade preferences. The retaliatory tariffs will earn India $217 million in revenue.')).toContainEqual(['retaliatory tariffs', 'india']);
    expect(sides("China's retaliatory tariffs on US soybeans remain in force.")).toContainEqual(['retaliatory tariffs', 'china']);
  });

  it('gives Taiwan arms sales to their seller, the United States, even when China punishes them (seed 19)', () => {
    const sides = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.side]);
    expect(sides('China sanctioned 10 US defence firms on Thursday, citing their involvement in arms sales to Taiwan.')).toContainEqual(['arms sales to Taiwan', 'us']);
  });

  it('reads design software, microprocessors and FPGAs as levers where the story is about trade pressure', () => {
    expect(found('The United States rolled back its export curbs on design software and ethane.')).toContainEqual(['design software', 'eda']);
    expect(found('The Commerce Department listed microprocessors among the technologies it may put under export controls.')).toContainEqual(['microprocessors', 'semiconductors']);
    expect(found('Under the export ban Huawei can no longer buy American FPGAs.')).toContainEqual(['FPGAs', 'semiconductors']);
    // Not without trade pressure around them.
    expect(found('The studio bought new design software for its artists.').map((m) => m[0])).not.toContain('design software');
  });
});
