/**
 * Recall classes measured on the gold set's tuning part: each test names the class of missed (or split) mentions a
 * change fixed, on sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { lexicon } from './stage-context';

const spans = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);

describe('adjacent words for one good are one mention', () => {
  it('"H20 graphics processing units", "H100 AI accelerators": a model name and the noun for it', () => {
    expect(spans('The US will grant licences to resume the sale of its H20 graphics processing units to China.')).toEqual([
      ['licences', 'export-licences'],
      ['H20 graphics processing units', 'ai-chips'],
    ]);
    expect(spans('Washington placed export controls on the H100 AI accelerators Nvidia sells to China.').map((m) => m[0])).toContain('H100 AI accelerators');
  });
});

describe('goods named in a retaliation list', () => {
  it('furniture, apparel, olives, washing machines, sleeping bags, jeans: goods the other side targets in retaliation', () => {
    const text = 'Canada imposed retaliatory tariffs on US furniture, apparel, washing machines and sleeping bags, and the EU on olives and jeans.';
    const found = spans(text).map((m) => m[0]);
    for (const good of ['furniture', 'apparel', 'washing machines', 'sleeping bags', 'olives', 'jeans']) expect(found).toContain(good);
  });

  it('"olive oil" is one good, not olives and an energy import', () => {
    expect(spans('The US put a 25 percent tariff on olive oil from Spain.')).toContainEqual(['olive oil', 'targeted-goods']);
  });
});

describe('probe words in a story about probes', () => {
  it('"a further investigation", "active probes": any probe word after a trade or antitrust probe was named', () => {
    const text = 'China opened an anti-monopoly investigation into Nvidia in December. Beijing will conduct a further investigation before determining penalties.';
    expect(spans(text)).toContainEqual(['investigation', 'trade-remedies']);
    const eu = 'Brussels opened an anti-subsidy investigation into Chinese wind turbines. The EU now maintains dozens of active probes into alleged anti-competitive behaviour.';
    expect(spans(eu).map((m) => m[0])).toContain('probes');
  });

  it('a probe word in a story without one stays out ("an inquiry into AOL by market regulators")', () => {
    expect(spans('Regulators opened an inquiry into AOL. The probe lasted a year.')).toEqual([]);
  });
});

describe('a name between the determiner and a word that refers back', () => {
  it('"the Huawei listing", "the Xinjiang listings": the name says which listing of the Entity List', () => {
    const text = 'The Commerce Department added Huawei to the Entity List in May. The Huawei listing has also put pressure on allies.';
    expect(spans(text)).toContainEqual(['listing', 'entity-list']);
  });

  it('a month is no such name ("the April rules")', () => {
    const text = 'The US expanded the foreign direct product rule to Huawei. Carmakers struggled under the April rules.';
    expect(spans(text).map((m) => m[0])).not.toContain('rules');
  });
});

describe('a comma parts a proper name', () => {
  it('"Bourbon, Harleys and orange juice", "the United States, Tariffs will rise": a capitalised lever word after a comma is no name', () => {
    expect(spans('Bourbon, Harleys and orange juice: how the EU answered the US steel tariff').map((m) => m[0])).toContain('Bourbon');
    expect(spans('If Mexico does not stop the flow of migrants into the United States, Tariffs will be raised to 10 percent.').map((m) => m[0])).toContain('Tariffs');
  });

  it('a capitalised lever word inside a name still is none ("Steven Levy")', () => {
    expect(spans('Steven Levy wrote about the tariffs on Chinese goods.').map((m) => m[0])).not.toContain('Levy');
  });
});

describe('trade preferences (GSP, AGOA) as a lever', () => {
  it('"withdrew the GSP program", "scrapped trade privileges", "Agoa benefits": a preference the grantor can withdraw', () => {
    expect(spans('India retaliated after the US withdrew the GSP program for Indian exporters.')).toContainEqual(['GSP program', 'trade-preferences']);
    expect(spans('The tariffs imposed by the White House take precedence over Agoa benefits.')).toContainEqual(['Agoa benefits', 'trade-preferences']);
  });

  it('the programme named as the ground of the same preference is not a second mention', () => {
    const found = spans('A week after the US scrapped trade privileges under the Generalized System of Preferences, India imposed retaliatory tariffs.');
    expect(found).toContainEqual(['trade privileges', 'trade-preferences']);
    expect(found.map((m) => m[0])).not.toContain('Generalized System of Preferences');
  });
});

describe('named cheeses on a retaliation list', () => {
  it('"pecorino, stilton, cheddar and Reggiano": varieties of a listed good are goods the other side targets', () => {
    const found = spans('The US put 25 percent tariffs on European cheeses, including pecorino, stilton, cheddar and Reggiano.').map((m) => m[0]);
    for (const cheese of ['pecorino', 'stilton', 'cheddar', 'Reggiano']) expect(found).toContain(cheese);
  });
});

describe('VEU waivers and status are export licences', () => {
  it('"VEU waivers", "Validated End-User status": one mention of export-licences, not the initials and an extra', () => {
    expect(spans('The US revoked the VEU waivers that let Samsung ship chip tools to its China fabs.')).toContainEqual(['VEU waivers', 'export-licences']);
    expect(spans('Once validated end-user status is withdrawn, Korean firms need individual export licences.')).toContainEqual(['validated end-user status', 'export-licences']);
  });
});

describe('arms sales in a story about Taiwan', () => {
  it('"arms sales to the Taiwan region": the arms sales Beijing answers with its counter-sanctions', () => {
    const text = 'China added three US defence firms to its Unreliable Entity List over their involvement in arms sales to the Taiwan region.';
    expect(spans(text)).toContainEqual(['arms sales', 'taiwan-arms']);
  });
});

describe('limits on the sale or export of a good', () => {
  it('"sets limits on the sale of chip design software to China": the determiner between is the same export control', () => {
    const found = spans('The US set limits on the sale of chip design software to China, requiring a licence to export it.');
    expect(found.some(([text, lever]) => text.startsWith('limits') && lever === 'export-controls')).toBe(true);
  });
});

describe('manufactures named on a retaliation list', () => {
  it('"large civil aircraft", "passenger cars", "footwear", "sports equipment", "cast-iron goods", "bed linen": goods a tariff list targets', () => {
    const found = spans('In retaliation the EU put a 25 percent tariff on US footwear, passenger cars, sports equipment, cast-iron goods and bed linen, and a 10 percent tariff on large civil aircraft.').map((m) => m[0]);
    for (const good of ['footwear', 'passenger cars', 'sports equipment', 'cast-iron goods', 'bed linen', 'large civil aircraft']) expect(found).toContain(good);
  });

  it('"small aircraft", "auto parts", "gherkins" on a counter-tariff list', () => {
    const found = spans('Beijing said its retaliatory tariffs would cover pork, small aircraft and auto parts; Canada hit back with duties on gherkins.').map((m) => m[0]);
    for (const good of ['small aircraft', 'auto parts', 'gherkins']) expect(found).toContain(good);
  });
});

describe('chip words in a story about export controls', () => {
  it('"buy processors from Intel", "standard processors": a chip word a control cue admits, far from the story\'s control', () => {
    const text = 'The Commerce Department added eight Chinese surveillance firms to the Entity List on Monday. What makes the listing bite is their dependence on outside parts. Hikvision and Dahua buy processors from Intel, graphics chips from Nvidia and hard drives from Seagate.';
    expect(spans(text).map((m) => m[0])).toContain('processors');
  });

  it('a product review names no controlled processors', () => {
    expect(spans('The new laptop ships with faster processors and a brighter screen.')).toEqual([]);
  });
});

describe('chip model numbers the knowledge base does not list', () => {
  it('"Nvidia\'s H900", "the B40 chips", "MI325X accelerators", "Ascend 920": a model number after a chipmaker or before a chip noun', () => {
    const found = spans("The US curbed exports of Nvidia's H900 and the B40 chips to China, and AMD said its MI325X accelerators need a licence. Huawei will ship the Ascend 920 anyway.");
    expect(found).toContainEqual(['H900', 'ai-chips']);
    expect(found).toContainEqual(['B40', 'ai-chips']);
    expect(found.map((m) => m[0])).toContain('MI325X accelerators');
    expect(found).toContainEqual(['Ascend 920', 'ai-chips']);
  });

  it('"shipments of B40s": a plural model number in a sentence about export controls', () => {
    expect(spans('Shipments of B40s to China now need an export licence.')).toContainEqual(['B40s', 'ai-chips']);
  });

  it('jets and summits have the same shape and stay out ("40 A300s", "the G20")', () => {
    expect(spans('Airbus has delivered 40 A300s to UPS, officials said at the G20 as tariffs loomed.').map((m) => m[0])).toEqual(['tariffs']);
  });

  it('"Rubin chips", "Ascend accelerators", "RTX Pro 6000": named chip lines', () => {
    const found = spans("Blackwell processors remain off limits under US export controls, as do the Rubin chips; Huawei's Ascend accelerators fill the gap, and customs checked the RTX Pro 6000 cards.").map((m) => m[0]);
    expect(found).toContain('Rubin');
    expect(found.some((t) => t.startsWith('Ascend'))).toBe(true);
    expect(found.some((t) => t.startsWith('RTX Pro 6000'))).toBe(true);
  });
});

describe('trade-remedy reviews and further probes', () => {
  it('"administrative review", "sunset review": the reviews of an anti-dumping or countervailing duty order', () => {
    const found = spans('Commerce announced the final results of the sixth administrative review of the order on Canadian lumber, and a sunset review of the duties on Chinese steel begins next month.').map((m) => m[0]);
    expect(found).toContain('administrative review');
    expect(found).toContain('sunset review');
  });

  it('"a further investigation": another probe after one the story named', () => {
    const text = 'China said a preliminary anti-monopoly investigation found Nvidia broke the law. The agency said it will conduct a further investigation before determining penalties.';
    const found = spans(text).map((m) => m[0]);
    expect(found).toEqual(['anti-monopoly investigation', 'investigation']);
  });
});

describe('chipmaking chemicals by another name', () => {
  it('"fluorine polyimide": fluorinated polyimide as Korean reports spell it', () => {
    expect(spans('Japan required permits for exports of fluorine polyimides to South Korea.').map((m) => m[1])).toContain('chip-materials');
  });
});

describe('the H-1B fee by other names', () => {
  it('"the H-1B programme", "a one-off charge of $100,000", "the required payment"', () => {
    const text = 'Trump raised the H-1B visa fee to $100,000, a move critics say will finish off the H-1B programme. Employers must pay a one-off charge of $100,000 per visa, and petitions that lack the required payment will be denied.';
    const found = spans(text).map((m) => m[0]);
    for (const word of ['H-1B programme', 'charge', 'payment']) expect(found).toContain(word);
  });
});

describe('licensing steps as export-control instruments', () => {
  it('"stricter reviews of end-usage", "prior notification will be required to export"', () => {
    expect(spans('The directive mandates stricter reviews of end-usage for graphite exports to the US.').map((m) => m[0])).toContain('reviews of end-usage');
    expect(spans('Prior notification will be required for manufacturers to export EUV resists to South Korea.').map((m) => m[0])).toContain('Prior notification');
  });
});

describe('the G7 price cap', () => {
  it('"the price cap" beside Russian oil or the G7 is the sanctions cap', () => {
    const text = 'The G7 finance ministers met in Washington on Friday. Russia has organised a shadow fleet of over 600 tankers, often hidden through shell companies, to circumvent the G7 price cap of $60 per barrel.';
    expect(spans(text).map((m) => m[0])).toContain('price cap');
  });

  it('a regulator\'s energy price cap is no lever', () => {
    expect(spans('Energy bills will rise after the regulator lifted the price cap on household tariffs.').map((m) => m[0])).not.toContain('price cap');
  });
});

describe('legacy chips by kind, and SWIFT', () => {
  it('"diodes, transistors and small logic chips" that Beijing bars from export', () => {
    const found = spans('China barred exports of Nexperia products made in China: diodes, transistors and small logic chips.').map((m) => m[0]);
    for (const part of ['diodes', 'transistors', 'logic chips']) expect(found).toContain(part);
  });

  it('"excludes 7 Russian banks from SWIFT": the payment network as a sanction', () => {
    expect(spans('EU excludes 7 Russian banks from SWIFT').map((m) => m[0])).toContain('SWIFT');
  });
});

describe('barriers other than tariffs, and capitalised plural instruments', () => {
  it('"non-monetary barriers", "non-tariff measures": barriers a side imposes or ends', () => {
    expect(spans('If they impose non-monetary barriers to keep us out of their markets, we will retaliate with tariffs.').map((m) => m[0])).toContain('non-monetary barriers');
    expect(spans("China's commitments include lifting retaliatory tariffs and ending non-tariff measures on U.S. industries.").map((m) => m[0])).toContain('non-tariff measures');
  });

  it('"Tariffs Cut: the US will halve...": a capitalised plural instrument before a capitalised word is no name', () => {
    expect(spans('Tariffs Cut: The U.S. will halve fentanyl-related tariffs from 20% to 10%.').map((m) => m[0])).toContain('Tariffs');
  });
});

describe('a good the story has shown under pressure', () => {
  it('"Pork and dairy are first at the plate": a good already targeted stays the lever in a later sentence', () => {
    const text = 'China threatened tariffs on European pork and dairy after the EU voted for duties on Chinese electric vehicles. Pork and dairy are first at the plate, according to the state-owned Global Times.';
    expect(spans(text).map((m) => m[0]).filter((t) => /^(pork|dairy)$/i.test(t))).toEqual(['pork', 'dairy', 'Pork', 'dairy']);
  });

  it('a good named only as grown or as a market stays out ("farms soybeans", "apple orchards")', () => {
    const text = 'China halted purchases of US soybeans and apples. Bill Daniels farms soybeans near Decatur, and Washington state apple orchards are worried.';
    expect(spans(text).map((m) => m[0])).toEqual(['purchases', 'soybeans', 'apples']);
  });
});

describe('chips the story has shown under control', () => {
  it('"Nvidia\'s chips can be used to develop supercomputers": chips already under export control stay the lever', () => {
    const text = 'The US banned exports of advanced chips to China in April. The administration has said that Nvidia\'s chips can be used to develop supercomputers for military purposes.';
    expect(spans(text).map((m) => m[0])).toContain('chips');
  });
});

describe("a side's goods bought as a concession", () => {
  it('"purchase a very substantial amount of US products", "offering to buy extra US goods", "import more American goods"', () => {
    expect(spans('China agrees to purchase a "very substantial" amount of US products.')).toContainEqual(['products', 'farm-purchases']);
    expect(spans('Beijing made conciliatory gestures, offering to buy extra US goods.')).toContainEqual(['goods', 'farm-purchases']);
    expect(spans('Trump hopes China will import more American goods as part of the truce.')).toContainEqual(['goods', 'farm-purchases']);
  });

  it('goods under a tariff are its target, not a purchase ("a 25% import tariff on Canadian goods")', () => {
    expect(spans('Washington slapped a 25% import tariff on Canadian and Mexican goods.').map((m) => m[1])).not.toContain('farm-purchases');
  });
});

describe('a charge on goods before any other lever of a trade story', () => {
  it('"March 2018: Tax on steel, aluminium" opening a timeline of tariffs and curbs', () => {
    const text = 'March 2018: Tax on steel, aluminium\n\nOn March 8, US President Donald Trump announces tariffs of 25 per cent on steel imports. China answers with tariffs on US soybeans and Beijing imposes export curbs on rare earths. Washington adds Huawei to the Entity List; China puts US firms on its unreliable entity list.';
    expect(spans(text)[0]).toEqual(['Tax', 'tariffs']);
  });
});

describe("a story about a lever's subject", () => {
  it('"comply with the law", "prevent the ban" in a story about TikTok: the TikTok law before any alias names it', () => {
    const text = 'President Donald Trump will extend a deadline for TikTok parent company ByteDance to sell its US business. The app could be banned from app stores if it does not comply with the law. TikTok sought an injunction to prevent the ban from taking effect.';
    const found = spans(text);
    expect(found).toContainEqual(['law', 'tiktok']);
    expect(found).toContainEqual(['ban', 'tiktok']);
  });

  it('"the law" in a story that names no such subject is no lever', () => {
    expect(spans('Congress passed the law in April. Tariffs on steel stayed in force.').map((m) => m[0])).not.toContain('law');
  });
});

describe('energy under a tax', () => {
  it('"Energy imported from Canada, including oil, natural gas and electricity, would be taxed": a verb of taxing puts the goods under pressure', () => {
    const found = spans('Energy imported from Canada, including oil, natural gas and electricity, would be taxed at an additional 10%.').map((m) => m[0]);
    for (const good of ['Energy', 'oil', 'natural gas', 'electricity']) expect(found).toContain(good);
  });

  it('"Russia\'s top crude buyers": crude alone in a story about a tariff over Russian oil', () => {
    expect(spans('Trump said the tariff would be a big blow to Moscow, given that India is among Russia\'s top crude buyers.').map((m) => m[0])).toContain('crude');
  });
});

describe('traps narrowed to the advertising and telecom phrases they are for', () => {
  it('"Although the restrictions apply only to specific products", "its revised tariff plan for China-made EVs"', () => {
    const text = 'U.S. export controls cut Applied Materials\' China sales. Although the restrictions apply only to specific advanced products, the impact has been significant.';
    expect(spans(text).map((m) => m[0])).toContain('restrictions');
    expect(spans('China opened an anti-subsidy probe into EU dairy a day after Brussels published its revised tariff plan for China-made electric vehicles.').map((m) => m[1])).toContain('tariffs');
  });

  it('"Some restrictions apply", "a cheaper data tariff plan" stay out', () => {
    expect(spans('Offer valid until Friday. Some restrictions apply. Switch to a cheaper data tariff plan today.')).toEqual([]);
  });
});

describe('fentanyl as a flow China can curb', () => {
  it('"curb the flow of fentanyl", "curbing fentanyl flows", "failure to curb fentanyl exports"', () => {
    expect(spans('Trump accused China of broken promises to curb the flow of fentanyl into the U.S. market.').map((m) => m[1])).toContain('fentanyl-precursors');
    expect(spans('The two sides agreed to cooperate on curbing fentanyl flows into the United States.').map((m) => m[1])).toContain('fentanyl-precursors');
    expect(spans("A 20% duty was imposed over China's alleged failure to curb fentanyl exports.").map((m) => m[1])).toContain('fentanyl-precursors');
  });
});

describe('the AI diffusion rule by its full names', () => {
  it('"the Artificial Intelligence (AI) Diffusion Rule", "the AI diffusion framework"', () => {
    expect(spans("BIS announced the rescission of the Biden administration's Artificial Intelligence (AI) Diffusion Rule on May 13.").map((m) => m[1])).toContain('ai-chips');
    expect(spans('Officials said the AI diffusion framework would be replaced.').map((m) => m[1])).toContain('ai-chips');
  });
});

describe('customs inspections as an informal barrier', () => {
  it('"a delay in customs inspections", "stepped up inspections of semiconductor shipments"', () => {
    expect(spans('Beijing can switch these levers on and off: a quiet word to state buyers, or a delay in customs inspections.').map((m) => m[0])).toContain('customs inspections');
    expect(spans('China restricted chip imports. Customs officers at major ports have stepped up inspections of semiconductor shipments.').map((m) => m[0])).toContain('inspections');
  });
});

describe('a policy of a restriction or a check', () => {
  it('"a new visa restriction policy", "the new end-use check policy": the measure, not a qualifier', () => {
    expect(spans('Rubio announced a new visa restriction policy for foreign officials who censor Americans.').map((m) => m[1])).toContain('visas');
    expect(spans('Consistent with the new end-use check policy, BIS is removing 27 entities from its Unverified List.').map((m) => m[1])).toContain('export-licences');
  });

  it('"a visa policy" alone still qualifies', () => {
    expect(spans('The minister defended the visa policy in parliament.')).toEqual([]);
  });
});

describe('a model name and the measure on it stay two', () => {
  it('"the H20 export halt", "the H20 export ban": H20 and the export control, as "H20 licences" are two', () => {
    expect(spans('Following the H20 export halt, Nvidia said its China share fell.')).toEqual([
      ['H20', 'ai-chips'],
      ['export halt', 'export-controls'],
    ]);
  });
});

describe('initials in brackets that end their phrase', () => {
  it('"exports of its H20 graphics processing units (GPUs) to China": the GPUs count on their own', () => {
    expect(spans('Nvidia will take a charge tied to exports of its H20 graphics processing units (GPUs) to China.')).toEqual([
      ['H20 graphics processing units', 'ai-chips'],
      ['GPUs', 'ai-chips'],
    ]);
  });

  it('"liquefied natural gas (LNG) and", "tariff-rate quotas (TRQ) under", "Regulation (FSR), which": any initials that name a lever', () => {
    expect(spans('Seoul pledged to purchase $100 billion worth of liquefied natural gas (LNG) and other energy products from the US.').map((m) => m[0])).toContain('LNG');
    expect(spans('The panel ruled on Canada’s dairy tariff-rate quotas (TRQ) under the trade agreement.').map((m) => m[0])).toContain('TRQ');
    expect(spans('It was the first raid under the EU’s Foreign Subsidies Regulation (FSR), which took effect in 2023.').map((m) => m[0])).toContain('FSR');
  });

  it('"liquefied natural gas (LNG) cargoes": initials before a noun are left out, any initials', () => {
    expect(spans('Seoul pledged to buy liquefied natural gas (LNG) cargoes from the US.').map((m) => m[0])).toEqual(['liquefied natural gas']);
  });

  it('"graphics processing unit (GPU) chips": initials before their noun are still left out', () => {
    expect(spans("Nvidia's graphics processing unit (GPU) chips face export controls.").map((m) => m[0])).toEqual(['graphics processing unit', 'export controls']);
  });
});

describe('access and leverage as words of control', () => {
  it('"constrain Huawei\'s access to critical U.S.-made components, including semiconductors and software"', () => {
    const found = spans("That move threatens to constrain Huawei's access to critical U.S.-made components, including semiconductors and software.").map((m) => m[0]);
    for (const good of ['components', 'semiconductors', 'software']) expect(found).toContain(good);
  });
});

describe('a mineral named with where it is produced', () => {
  it('"a rare earths processing plant", "rare earth magnet production", "germanium production": the mineral is the lever', () => {
    expect(spans('Xi Jinping toured a rare earths processing plant in Jiangxi, a visit read as a threat to cut supplies.').map((m) => m[0])).toContain('rare earths');
    expect(spans('China, which controls about 90% of global rare earth magnet production, tightened export controls in April.').map((m) => m[0])).toContain('rare earth magnet');
    expect(spans('China accounts for 98% of gallium output and 60 per cent of germanium production.').map((m) => m[0])).toEqual(expect.arrayContaining(['gallium', 'germanium']));
    expect(spans('The US Geological Survey said China produced 48% of global antimony mine production last year.').map((m) => m[0])).toContain('antimony');
  });

  it('a bare "magnet factory", a company\'s name and a mine stay out', () => {
    expect(spans('Xi visited a magnet factory in Ganzhou after the US blacklisted Huawei.').map((m) => m[0])).not.toContain('magnet');
    expect(spans('Xi visited the JL MAG Rare-Earth factory in Ganzhou after the tariffs rose.').map((m) => m[0])).not.toContain('Rare-Earth');
    expect(spans('MP Materials runs the only American rare-earth mine, after China curbed exports.').map((m) => m[0])).not.toContain('rare-earth');
    expect(spans('The Pentagon is funding the first American rare earths processing plant, as China tightens export controls.').map((m) => m[0])).not.toContain('rare earths');
  });
});

describe('"tools" in a sentence about export controls on chipmaking', () => {
  it('"supply tools to Chinese chipmakers", "chips made with American tools": the chipmaking tools', () => {
    expect(spans('Applied Materials said tighter US export controls had cut its ability to supply tools to Chinese chipmakers.')).toContainEqual(['tools', 'chipmaking-tools']);
    expect(spans('The rules bar foreign firms from supplying chips made with American tools to Huawei.')).toContainEqual(['tools', 'chipmaking-tools']);
    expect(spans('Tokyo Electron said it would stop selling tools to Chinese memory makers after Japan imposed export curbs.')).toContainEqual(['tools', 'chipmaking-tools']);
  });

  it('"immersion lithography tools" is one mention', () => {
    expect(spans('Only the most advanced immersion lithography tools are affected by the Dutch export controls.')).toContainEqual(['immersion lithography tools', 'chipmaking-tools']);
  });

  it('tools of policy, cutting tools and tools in a sentence without chips stay out', () => {
    for (const text of [
      'Beijing has many tools to retaliate against US export controls on chips, analysts said.',
      'China could use regulatory tools such as antitrust probes against US chip firms.',
      'Tungsten is used in cutting tools, and China\'s export curbs on it have hit manufacturers.',
      'Canada said it would use every tool, including export restrictions, against the US tariffs.',
    ]) expect(spans(text).map((m) => m[0])).not.toContain('tools');
  });
});

describe('a regulator\'s review after its probe was named', () => {
  it('"SAMR started its review of Nvidia\'s compliance": the probe the story named', () => {
    const text = 'China said a preliminary investigation found Nvidia violated its anti-monopoly law. SAMR started its review of Nvidia\'s compliance in December 2024.';
    expect(spans(text).map((m) => m[0])).toContain('review');
  });
});

describe('a list of companies in a sentence about export controls or sanctions', () => {
  it('"its list of Chinese companies barred from", "a list of foreign companies that harm": the side\'s blacklist', () => {
    expect(spans('The Commerce Department expanded its list of Chinese companies barred from buying American technology without a licence.')).toContainEqual(['list', 'entity-list']);
    expect(spans('Beijing said it would draw up a list of foreign companies that harm the interests of Chinese firms, days after Washington blacklisted Huawei.')).toContainEqual(['list', 'counter-sanctions']);
    expect(spans('China added 17 US defence contractors to its list of firms banned from trading with Chinese entities.')).toContainEqual(['list', 'counter-sanctions']);
  });

  it('a list of companies with no blacklisting in the sentence stays out', () => {
    expect(spans('The ministry published a list of companies that have pledged to invest in new factories, after the tariffs.').map((m) => m[0])).not.toContain('list');
    expect(spans('Forbes released its list of the world\'s largest companies, led by Nvidia, as tariffs rose.').map((m) => m[0])).not.toContain('list');
  });
});

describe('chipmaking machines named by their kind', () => {
  it('"DUV machinery", "microchip-making machines", "DUV lithographic equipment": the chipmaking-tools lever', () => {
    expect(spans('A licensing requirement will apply to the export of older types of DUV machinery beginning on Saturday.')).toContainEqual(['DUV machinery', 'chipmaking-tools']);
    expect(spans('The Dutch government is tightening its export restrictions on microchip-making machines.')).toContainEqual(['microchip-making machines', 'chipmaking-tools']);
    expect(spans('The ministry said DUV lithographic equipment can be used with technologies from other countries, as export controls tighten.')).toContainEqual(['DUV lithographic equipment', 'chipmaking-tools']);
  });
});

describe('China\'s Treasury holdings named by the securities themselves', () => {
  it('"holdings of US Treasury securities", "US Treasuries held by China", "US government bonds": the treasury-holdings lever', () => {
    expect(spans('According to data from the US Treasury, China has reduced its holdings of US Treasury securities.').map((m) => m[1])).toContain('treasury-holdings');
    expect(spans('US Treasuries held by China as a weapon?').map((m) => m[1])).toContain('treasury-holdings');
    expect(spans('This would make China the third-largest foreign holder of US government bonds.').map((m) => m[1])).toContain('treasury-holdings');
  });
});

describe('goods between two goods of a retaliation list', () => {
  it('"cosmetics, clothing, footwear", "coffee, toilet paper and sleeping bags": a member between two goods is a good, with no measure in the sentence', () => {
    const canada = 'Canada announced retaliatory tariffs on US goods on Tuesday. Its list covers orange juice, peanut butter, coffee, cosmetics, clothing, footwear, motorcycles, furniture, lumber and paper products.';
    const found = spans(canada).map((m) => m[0]);
    expect(found).toContain('clothing');
    expect(found).toContain('lumber');
    const consumer = 'Canada answered the steel tariffs. A long list of consumer goods carried 10 percent, including whiskey, orange juice, coffee, toilet paper and sleeping bags.';
    expect(spans(consumer).map((m) => m[0])).toContain('toilet paper');
  });

  it('a member after the last good stays out when the sentence names no measure', () => {
    const text = 'Canada announced retaliatory tariffs on US goods on Tuesday. The list covers orange juice, peanut butter and garden hoses.';
    expect(spans(text).map((m) => m[0])).not.toContain('garden hoses');
  });

  it('"lawnmowers and boats - products chosen": a member ends at a spaced dash', () => {
    expect(spans('Canada imposed retaliatory tariffs on whiskey, yogurt, lawnmowers and boats - products chosen to hurt Republican states.')).toContainEqual(['boats', 'targeted-goods']);
  });
});

describe('an investigation a side opens into a firm', () => {
  it('"Chinese regulators opened an investigation into FedEx", "Beijing began a review of Nvidia\'s deal": China\'s probe of a foreign firm', () => {
    expect(spans('The same week, Chinese regulators said they had opened an investigation into FedEx, after the courier diverted two packages.')).toEqual([['investigation', 'china-probes']]);
    const nvidia = 'US export controls bar Nvidia from selling its best chips to China. In December 2024, Beijing began a review of Nvidia\'s deal to acquire Mellanox.';
    expect(spans(nvidia)).toContainEqual(['review', 'china-probes']);
    const micron = 'Washington added Chinese chipmakers to the Entity List. Chinese authorities launched a review in March of products sold in the country by Micron.';
    expect(spans(micron)).toContainEqual(['review', 'china-probes']);
  });

  it('"review", which the page gate does not look for, only in a story that has named a lever', () => {
    expect(spans('In December 2024, Beijing began a review of Nvidia\'s deal to acquire Mellanox.')).toEqual([]);
  });

  it('the probe so opened is the one a later sentence refers back to ("the FedEx investigation", "its review")', () => {
    const text = 'Chinese regulators opened an investigation into FedEx in June. The FedEx investigation says Beijing will use the tools it has.';
    expect(spans(text).filter((m) => m[0] === 'investigation')).toHaveLength(2);
  });

  it('no side in the sentence, or nothing opened into: no lever', () => {
    expect(spans('The home secretary said he would not be launching an investigation and that the reports were wrong.')).toEqual([]);
    expect(spans('Regulators opened an inquiry into AOL. The probe lasted a year.')).toEqual([]);
    expect(spans('The company began a review of its accounts after the audit.')).toEqual([]);
  });
});

describe('goods a buyer withholds, together in a sentence', () => {
  // A story about trade pressure: three levers named outright, and sides.
  const story = 'Beijing imposed retaliatory tariffs on US farm goods and halted soybean purchases after Washington added Chinese firms to the Entity List. ';

  it('"sales of pork and cotton remain sluggish", "raising hope that wine could be next": a good beside another good under pressure is under it too', () => {
    const soy = story + 'In addition to soybeans, US exports of corn, wheat, and sorghum to China fell to zero in 2025, and sales of pork and cotton remain sluggish.';
    const found = spans(soy).map((m) => m[0]);
    expect(found).toContain('pork');
    expect(found).toContain('cotton');
    const wine = story + 'China has officially scrapped more than 80% of punitive tariffs on Australian barley that it has imposed since May 2020, raising hope that wine could be next as relations improve.';
    expect(spans(wine)).toContainEqual(['wine', 'targeted-goods']);
  });

  it('goods with no good under pressure beside them stay out, and so do goods beside one outside a story about trade pressure', () => {
    expect(spans(story + 'Shoppers in Sydney bought more wine this year, and the harvest of cotton was large.').map((m) => m[0])).not.toContain('wine');
    expect(spans('Tariffs hit pork, and later that year he opened a shop that sold coffee.').map((m) => m[0])).not.toContain('coffee');
  });
});

describe('more names of chipmaking machines', () => {
  it('"semiconductor machinery", "deep ultraviolet systems", "microchip machines", "chip-related equipment": the chipmaking-tools lever', () => {
    expect(spans('ASML, the largest maker of semiconductor machinery, will need a licence to export to China.')).toContainEqual(['semiconductor machinery', 'chipmaking-tools']);
    expect(spans('The Dutch rules cover its deep ultraviolet systems, which need an export licence from September.')).toContainEqual(['deep ultraviolet systems', 'chipmaking-tools']);
    expect(spans('The Netherlands tightens export restrictions on microchip machines.')).toContainEqual(['microchip machines', 'chipmaking-tools']);
    expect(spans('Japan\'s export restrictions on 23 types of chip-related equipment take effect this month.')).toContainEqual(['chip-related equipment', 'chipmaking-tools']);
  });
});

describe('a bare "equipment" or "tools" for the chipmaking tools', () => {
  it('"restrictions on advanced chips and their manufacturing equipment", "export controls on six categories of equipment used in chip manufacturing"', () => {
    expect(spans('Previously, Washington has imposed restrictions on advanced chips and their manufacturing equipment.')).toContainEqual(['equipment', 'chipmaking-tools']);
    expect(spans('Japan will impose export controls on six categories of equipment used in chip manufacturing.')).toContainEqual(['equipment', 'chipmaking-tools']);
  });

  it('"can no longer ship certain tools to Chinese customers" in a story that has named the tools', () => {
    const text = 'Applied Materials sells chipmaking equipment worldwide. The company said it can no longer ship certain tools to affected Chinese customers.';
    expect(spans(text)).toContainEqual(['tools', 'chipmaking-tools']);
  });

  it('other equipment, its makers, or equipment with no word of chipmaking stays out', () => {
    const found = (text: string) => spans(text).filter((m) => m[1] === 'chipmaking-tools');
    expect(found('Export controls on chips cover military equipment sold to China.')).toEqual([]);
    expect(found('The restrictions on chips hit equipment makers in Japan.')).toEqual([]);
    expect(found('The US imposed tariffs of 100% on ship-to-shore cranes and cargo handling equipment and may suspend LNG export licences.')).toEqual([]);
  });
});

describe('a technology named by the chips or rare earths it makes', () => {
  it('"technology to produce semiconductors", "technologies used to manufacture DRAM": the chipmaking tools, one mention with the chips', () => {
    const smic = 'The US added SMIC to the Entity List. The government would deny licenses to prevent SMIC from accessing technology to produce semiconductors at advanced levels.';
    expect(spans(smic)).toContainEqual(['technology to produce semiconductors', 'chipmaking-tools']);
    const dram = 'Under rules announced in 2022, U.S. export controls make it virtually impossible to supply Chinese factories with technologies used to manufacture DRAM.';
    expect(spans(dram)).toContainEqual(['technologies used to manufacture DRAM', 'chipmaking-tools']);
  });

  it('"technology to make rare earth magnets", "technologies used for rare-earth mining": the rare-earth technology', () => {
    expect(spans('In December, China banned the export of technology to make rare earth magnets.')).toEqual([['technology to make rare earth magnets', 'rare-earth-technology']]);
    const mining = 'The October 9 controls meant exporters would need permission for technologies used for rare-earth mining and smelting.';
    expect(spans(mining)).toContainEqual(['technologies used for rare-earth mining', 'rare-earth-technology']);
  });

  it('outside a sentence about export controls, or with nothing made, no lever', () => {
    expect(spans('The chipmaker invested in equipment to produce more chips after the tariffs.').map((m) => m[1])).not.toContain('chipmaking-tools');
    expect(spans('Apple uses technology to make its phones thinner, as export controls tighten.').map((m) => m[1])).not.toContain('chipmaking-tools');
  });
});

describe('a good halted by the -s or -ing form of a halt verb', () => {
  it('"suspends seafood", "suspending all imported salmon", "banning wine": the good withheld is a mention', () => {
    expect(spans('Beijing suspends seafood from Japan over the wastewater release.').map((m) => m[0])).toContain('seafood');
    expect(spans('Beijing said it was suspending all imported salmon from Norway.').map((m) => m[0])).toContain('salmon');
    expect(spans('Beijing is banning wine from Australia.').map((m) => m[0])).toContain('wine');
  });

  it('a firm suspending its own orders puts no good under pressure', () => {
    expect(spans('Exporters of garments, textiles and shrimp say American buyers began suspending orders.').map((m) => m[0])).not.toContain('shrimp');
  });
});

describe('chipmaking chemicals named generically', () => {
  it('"three chemical materials", "high-tech materials": the chemicals a side curbs', () => {
    expect(spans('Tokyo tightened export restrictions on three chemical materials to South Korea in July.').map((m) => m[0])).toContain('chemical materials');
    expect(spans('Japan said it would allow exports of some high-tech materials to South Korea.').map((m) => m[0])).toContain('high-tech materials');
  });

  it('a chemical material with no trade around it is no mention', () => {
    expect(spans('The lab stores chemical materials in a cool room.')).toEqual([]);
  });
});

describe('a prefix word written closed or hyphenated', () => {
  it('"super-hard materials" of the alias "superhard materials", "countertariffs" of "counter-tariffs"', () => {
    expect(spans('China banned exports of gallium, germanium, antimony and super-hard materials to the US.')).toContainEqual(['super-hard materials', 'antimony']);
    expect(spans('Canada said it would eliminate all countertariffs on US products covered by the trade agreement.').map((m) => m[0])).toContain('countertariffs');
  });

  it('the prefix word of another noun stays out ("super-hard coating")', () => {
    expect(spans('The new super-hard coating protects the blades of the export model.')).toEqual([]);
  });
});

describe('initials a story defines for a lever', () => {
  it('"the Anti-Coercion Instrument (ACI) ... the ACI": the initials name the lever again, in the brackets too', () => {
    const text = 'Lawmakers voted to clear the Anti-Coercion Instrument (ACI), which should enter force soon. An EU report on the ACI named China.';
    expect(spans(text).filter((m) => m[0] === 'ACI')).toEqual([
      ['ACI', 'sanctions'],
      ['ACI', 'sanctions'],
    ]);
  });

  it('"Generalised System of Preferences (GSP)": small words aside; "Foreign Direct Product rules (‘FDPs’)": quoted, plural', () => {
    const gsp = 'Trump ended India’s place in the Generalised System of Preferences (GSP) programme. India is the biggest beneficiary of the GSP.';
    expect(spans(gsp).map((m) => m[0])).toEqual(['Generalised System of Preferences', 'GSP']);
    expect(spans('BIS introduced two new Foreign Direct Product rules (‘FDPs’).').map((m) => m[0])).toContain('FDPs');
  });

  it('initials that spell no lever named before them, or written in another case, name nothing', () => {
    expect(spans('The European Central Bank (ECB) raised rates. Tariffs rose. The ECB said prices would rise.').map((m) => m[0])).toEqual(['Tariffs']);
    expect(spans('Lawmakers cleared the Anti-Coercion Instrument (ACI). The aci team met.').map((m) => m[0])).toEqual(['Anti-Coercion Instrument', 'ACI']);
  });
});
