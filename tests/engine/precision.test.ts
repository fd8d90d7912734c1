/**
 * Precision classes measured on the gold set's tuning part: each test names the class of extra mentions a change
 * removed, on sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { lexicon, mentionTexts } from './stage-context';

const words = mentionTexts;

describe('a good that only qualifies another noun', () => {
  it('"chip suppliers", "chip knowledge", "semiconductor analyst", "chip alliance": the noun after it is the subject', () => {
    expect(words('After the ban, Huawei lost its American chip suppliers.')).not.toContain('chip');
    expect(words('Under the export ban, the Dutch government feared that the firm’s chip knowledge would leak to China.')).not.toContain('chip');
    expect(words('"Tariffs will bite," said a semiconductor analyst in Taipei.')).not.toContain('semiconductor');
    expect(words('China cut gallium exports to the US and its chip alliance partners.')).not.toContain('chip');
    expect(words('Washington restricted exports to curb China’s semiconductor development and progress.')).not.toContain('semiconductor');
  });

  it('the good itself, under a measure, is still named', () => {
    expect(words('Washington restricted exports of chips to China.')).toContain('chips');
  });
});

describe('a statute and the probe opened under it are one mention', () => {
  it('"Section 301 investigation(s)", "Section 301 probe": the statute names the probe, not a second lever', () => {
    expect(analyze('USTR opened a Section 301 investigation into the French digital tax.', lexicon).mentions.filter((m) => m.lever !== 'digital-services-tax').map((m) => [m.text, m.lever])).toEqual([
      ['Section 301 investigation', 'section-301'],
    ]);
    expect(words('Lighthizer may open Section 301 investigations into Austria and Italy.')).toEqual(['Section 301 investigations']);
    expect(words('Port fees followed a Section 301 probe of Chinese shipbuilding.')).toContain('Section 301 probe');
  });
});

describe('"controls" as the verb of a share held', () => {
  it('"which controls more than 90% of processing", "controls up to 90 per cent of the market": a share, not export controls', () => {
    expect(words('China, which controls more than 90% of global magnet processing, restricted rare earth exports.')).not.toContain('controls');
    expect(words('Japan controls up to 90 per cent of the market for these chemicals, now under export licences.')).not.toContain('controls');
  });

  it('the noun stays ("China tightened controls on more than 90 items")', () => {
    expect(words('China tightened export controls on more than 90 items.')).toContain('export controls');
  });
});

describe('a measure word that names a body or a trade', () => {
  it('"the tariff commission", "the Export Control Administration", "an export control lawyer", "the Section 301 committee"', () => {
    expect(words("The State Council's tariff commission announced retaliatory tariffs on US goods.")).toEqual(['retaliatory tariffs']);
    expect(words('Seoul applied to Washington through the Export Control Administration for chip tools.')).not.toContain('Export Control');
    expect(words('"Nothing has changed," said an export control lawyer in Washington about the chip rules.')).not.toContain('export control');
    expect(words('The Section 301 committee will hold a hearing on the proposed tariffs.')).not.toContain('Section 301');
  });
});

describe('lever words in a sense outside trade (traps)', () => {
  it('"approval ratings", "open-source licensing", "review embargo", "default tariff customers"', () => {
    expect(words('Trump faces low approval ratings as China weighs retaliatory tariffs.')).toEqual(['retaliatory tariffs']);
    expect(words('Huawei phones can use only what is available through open-source licensing after the US export ban.')).toEqual(['export ban']);
    expect(words('Google blocked benchmark apps during the Pixel review embargo, as US chip export controls bit.')).toEqual(['chip export controls']);
    expect(words('The price cap rises for 11 million default tariff customers, as the US raised tariffs on China.')).toEqual(['tariffs']);
  });
});

describe('the technology a foreign-made item is the direct product of', () => {
  it('"semiconductors that are the direct product of certain U.S. software and technology": the reach of the rule, not a lever', () => {
    const text = 'BIS amended the direct product rule and the Entity List to target Huawei’s acquisition of semiconductors that are the direct product of certain U.S. software and technology.';
    expect(words(text)).toEqual(['direct product rule', 'Entity List', 'semiconductors']);
    expect(words('Export controls now cover chipsets that are direct products of controlled U.S. software and technology, Commerce said.')).toEqual(['Export controls']);
  });

  it('software and technology under a control still count', () => {
    expect(words('The US barred American companies from selling Huawei components, software and technology without a licence.')).toContain('software');
  });
});

describe('state-owned enterprises are actors, not a lever', () => {
  it('"purchases from State Owned Enterprises", "support for state-owned enterprises": the firms, like company names', () => {
    expect(analyze('China suspended agricultural purchases by state-owned enterprises after the US tariffs.', lexicon).mentions.map((m) => m.lever)).not.toContain('subsidies-overcapacity');
    expect(words("A phase two deal would cover Beijing's support for state-owned enterprises, as US tariffs remain.")).not.toContain('state-owned enterprises');
  });
});

describe('an agency is an actor, not a lever', () => {
  it('"SAMR announced", "The SAMR revealed": the market regulator is the side, its probe is the lever', () => {
    const found = analyze("China's State Administration for Market Regulation (SAMR) said an antitrust probe found Nvidia broke the law.", lexicon).mentions;
    expect(found.map((m) => m.text)).toEqual(['antitrust probe']);
    expect(found[0].side).toBe('china');
  });
});

describe('"tariff" as a verb', () => {
  it('"Whatever they tariff us, we will tariff them": the verb, not a lever', () => {
    expect(words('"Whatever they tariff us, we will tariff them," Trump said of China.')).toEqual([]);
  });

  it('the noun stays ("the tariff", "a 25% tariff")', () => {
    expect(words('They raised the tariff to 25% on Chinese goods.')).toEqual(['tariff']);
  });
});

describe('chips in general and the generic measure on them are one mention', () => {
  it('"chip restrictions", "semiconductor restrictions", "semiconductor tariffs"', () => {
    expect(analyze('The decision reverses Biden-era chip restrictions on China.', lexicon).mentions.map((m) => [m.text, m.lever])).toEqual([['chip restrictions', 'export-controls']]);
    expect(words('Analysts see an escalation in US semiconductor restrictions to China.')).toEqual(['semiconductor restrictions']);
    expect(words('They are exempt from the reciprocal tariffs but included in the semiconductor tariffs.')).toEqual(['reciprocal tariffs', 'semiconductor tariffs']);
  });
});

describe('initials in brackets, then the noun they qualify', () => {
  it('"extreme ultraviolet (EUV) lithography machines", "(EUV) resists": one mention (the noun), not the initials and an extra', () => {
    expect(words('The Dutch rules bar ASML from shipping extreme ultraviolet (EUV) lithography machines to China.')).toEqual(['lithography machines']);
    expect(words('Japan put cutting-edge extreme ultraviolet (EUV) resists under tighter export controls.')).toHaveLength(2);
  });
});

describe('two names of one measure joined by "and" or "or"', () => {
  it('"anti-dumping and countervailing duties", "anti-dumping and anti-subsidy duties": one mention', () => {
    expect(words('The US set combined anti-dumping and countervailing duties on Canadian softwood lumber.')).toEqual(['anti-dumping and countervailing duties']);
    expect(words('China first imposed anti-dumping and anti-subsidy duties on Australian barley.')).toContain('anti-dumping and anti-subsidy duties');
  });

  it('two different measures stay two ("tariffs and export controls")', () => {
    expect(words('Washington raised tariffs and export controls on China.')).toEqual(['tariffs', 'export controls']);
  });
});

describe('two measures that each have their noun stay two', () => {
  it('"export laws and export rules"', () => {
    expect(words('It reinforces existing export laws and export rules against China.')).toEqual(['export laws', 'export rules']);
  });
});

describe('a measure named as the legal ground of the measure right after it', () => {
  it('"IEEPA reciprocal tariffs", "the Entity List affiliates rule": one mention of the second', () => {
    expect(words('The copper levy applies in addition to IEEPA reciprocal tariffs on Chinese goods.')).toContain('IEEPA reciprocal tariffs');
    expect(words('The US suspended the Entity List affiliates rule for a year.')).toEqual(['Entity List affiliates rule']);
  });
});

describe('a domestic charge named once, then bare', () => {
  it('"fuel duty" ... "the duty", "the murder tariff" ... "a 15-year tariff": the same domestic charge, no lever', () => {
    const fuel = 'The chancellor announced a freeze on fuel duty in his budget. He said the duty would be frozen because of volatility in the oil market. Motorists welcomed the freeze in vehicle licence duty.';
    expect(words(fuel)).toEqual([]);
    const murder = 'Judges can reduce the tariff if the defendant pleads guilty. Murderers who face a 15-year tariff could get five years off. The minister introduced the murder tariff rules in 2003.';
    expect(words(murder)).toEqual([]);
  });

  it('a bare duty next to a word of trade, or in a story about trade, is still a lever', () => {
    const text = 'The chancellor kept fuel duty frozen. Separately, the duty on imports of Chinese steel rises to 25 percent.';
    expect(words(text)).toContain('duty');
  });
});

describe('a lever word inside the name of an Act', () => {
  it('"the CHIPS Act", "the Stop CCP VISAs Act", "the Export Control Reform Act": the statute, not the lever', () => {
    expect(words('The US restricted exports of chip tools to China a year after Congress passed the CHIPS Act.')).not.toContain('CHIPS');
    expect(words('House Republicans introduced the Stop CCP VISAs Act to bar Chinese students.')).not.toContain('VISAs');
    expect(words('The Export Control Reform Act, passed in 2018, lets Commerce restrict emerging technologies.')).not.toContain('Export Control');
  });

  it('a lever the whole Act names stays one mention', () => {
    expect(words('CBP detained solar panels under the Uyghur Forced Labor Prevention Act.')).toContain('Uyghur Forced Labor Prevention Act');
  });
});

describe('a finding of a probe is no measure', () => {
  it('"dumping margins of 27.7%": what the probe found, not a trade remedy', () => {
    expect(words('The companies will be exempt from anti-dumping duties despite dumping margins of 27.7% to 34.9%.')).toEqual(['anti-dumping duties']);
  });
});

describe('a ban in a story where nothing crosses a border', () => {
  it('"a ban on disposable vapes came into force": a domestic ban, no export control', () => {
    const text = 'Disposable vapes disappear from shop shelves as UK ban takes effect. Shops can no longer sell single-use vapes after a ban on the devices came into force on Sunday. Some warned that the ban could push sales online. Convenience store owners said customers had largely switched to refillable kits in recent weeks, and the government said it would review the ban next year. Health campaigners welcomed the move but said refillable devices were still too easy for teenagers to buy.';
    expect(words(text)).toEqual([]);
  });

  it('a ban in a story about exports, or the ban of a story about the TikTok law, stays a lever', () => {
    expect(words('Beijing said the ban would stay. It covers exports of gallium to the United States.')).toContain('ban');
    expect(words('Congress passed the TikTok divestiture law last year. The Supreme Court let the ban take effect.')).toContain('ban');
  });
});

describe('a practice a measure is aimed at, named alone', () => {
  it('"victims of wartime forced labor", "goods made with forced labour": the practice, not the UFLPA', () => {
    expect(words('Japan’s export curbs were seen as retaliation for rulings that ordered Japanese firms to compensate victims of wartime forced labor.')).toEqual(['export curbs']);
    expect(words('US officials are weighing restrictions on imports of goods made with forced labour in Xinjiang.')).not.toContain('forced labour');
    expect(words('The 37 entities added to the UFLPA Entity List are all linked to forced labor practices.')).toEqual(['UFLPA Entity List']);
  });

  it('the practice with the measure after it is the lever ("forced labor import ban", "forced labor prevention efforts")', () => {
    expect(words('CBP enforces the forced labor import ban on cotton from Xinjiang.')).toContain('forced labor import ban');
    expect(words('The agency doubled its forced labor prevention efforts against Chinese suppliers.')).toContain('forced labor');
  });
});

describe('a lever word inside the name of a company or a body', () => {
  it('"Lynas Rare Earths", "JL Mag Rare-Earth": goods of several capitalised words after a name end a company name', () => {
    expect(words('Shares in Iluka and Lynas Rare Earths rose after China tightened export controls on rare earths.')).toEqual(['export controls', 'rare earths']);
    expect(words('Xi toured the production lines at JL Mag Rare-Earth. Shares in magnet makers rose on talk of export curbs.')).toEqual(['export curbs']);
  });

  it('"the Ministry of Trade, Industry and Energy", "the Department of Energy": a capitalised word in a body\'s name', () => {
    expect(words('An official at the Ministry of Trade, Industry, and Energy said Japan’s export curbs were unfair.')).toEqual(['export curbs']);
    expect(words('The Department of Energy said US sanctions on Iranian oil would stay.')).not.toContain('Energy');
  });

  it('a list of company names in running text is no title-case headline ("China’s Bellatrix Energy, ... have fallen under EU sanctions")', () => {
    const text = 'In the 18th package, China’s Bellatrix Energy, Zhu Jiang Shipmanagement, Wuhan Global Sensor Technology and Shandong ODES Industry have fallen under European sanctions.';
    expect(words(text)).toEqual(['sanctions']);
  });

  it('"TikTok USDS Joint Venture" is the new company, not the divest-or-ban law', () => {
    expect(words('Under the TikTok law, Oracle, Silver Lake and MGX will each own 15 percent of a new entity, TikTok USDS Joint Venture.')).toEqual(['TikTok law']);
  });

  it('goods in lower case, or a chip model after a company name, stay levers', () => {
    expect(words('China tightened export controls on rare earths and Huawei Ascend chips.')).toContain('rare earths');
    expect(words('“Using Huawei Ascend chips anywhere in the world violates US export controls,” BIS said.')).toContain('Huawei Ascend');
  });
});

describe('subsidies in a story where nothing crosses a border', () => {
  it('"subsidies for the poor": a domestic benefit, no state aid that distorts trade', () => {
    const text = 'Colombia spends more on the rich than on the poor, a government report has found. A total of 24 trillion pesos is earmarked for subsidies for the poor, the government department for planning said, but half of it goes to the richest fifth of households. The minister said he was examining the report. With a better distribution of such subsidies and economic growth of 2%, poverty could fall to 15% by 2019, he said, adding that pensions and housing would be reviewed first.';
    expect(words(text)).toEqual([]);
  });

  it('subsidies in a story about trade stay a lever', () => {
    expect(words('The EU and US agreed to begin talks on ending subsidies given to aircraft makers, to avoid a WTO fight over tariffs.')).toContain('subsidies');
  });
});

describe('a good named as one of the uses of another', () => {
  const levers = (text: string) => analyze(text, lexicon).mentions.map((m) => m.lever);
  it('"used in weapons, semiconductors and cutting tools", "products from batteries to weapons", "to produce high-end chips"', () => {
    expect(levers('China curbed tungsten exports. Tungsten is used in weapons, semiconductors, and industrial cutting machines.')).not.toContain('semiconductors');
    expect(levers('China said it would restrict exports of antimony, which is used in a wide range of products from batteries to weapons.')).not.toContain('batteries');
    expect(levers('China will lift export restrictions on critical minerals essential for manufacturing everything from microchips to advanced weaponry.')).not.toContain('semiconductors');
    expect(levers('The Dutch curbs cover EUV machines, which chipmakers such as TSMC use to produce high-end chips.')).not.toContain('semiconductors');
    expect(levers('Japan restricted exports of chip tools to stymie China’s ability to develop high-end semiconductors.')).not.toContain('semiconductors');
  });

  it('a field of endeavour or an industry: "ambitions in semiconductors", "chip-making capabilities", "the semiconductor supply chain"', () => {
    expect(levers('The EDA ban escalated Washington’s campaign to curb Beijing’s ambitions in semiconductors and AI.')).not.toContain('semiconductors');
    expect(levers('The Dutch export controls follow Washington’s lead to curb China’s chip-making capabilities.')).not.toContain('semiconductors');
    expect(levers('The VEU exemption will contribute to the stability of the global semiconductor supply chain.')).not.toContain('semiconductors');
  });

  it('goods of another list, or the goods under the measure, stay', () => {
    expect(analyze('China banned exports of gallium, used in chips, and germanium to the US.', lexicon).mentions.map((m) => m.text)).toContain('germanium');
    expect(analyze('Gallium is critical for semiconductors, while germanium is also used in infrared optics, under the new export ban.', lexicon).mentions.map((m) => m.text)).toContain('germanium');
    expect(levers('Washington banned exports of high-end semiconductors to China.')).toContain('semiconductors');
  });
});

describe('a story about energy tariffs', () => {
  it('"default tariff customers" ... "the price cap on tariffs": bare tariffs are the energy ones', () => {
    const text = 'Energy bills will rise for 15 million households after the regulator lifted the price cap on tariffs. The cap will increase by £96 for 11 million default tariff customers. The regulator said the cap protects consumers who do not switch suppliers for better tariffs.';
    expect(words(text)).toEqual([]);
  });
});

describe('a measure word quoted as a word', () => {
  it('"failed to use the words \\"tariff\\" or \\"duty\\"": the words, not the lever', () => {
    const text = 'The justices held that the law’s failure to use the words "tariff" or "duty" was decisive against the tariffs.';
    expect(words(text)).toEqual(['tariffs']);
  });

  it('a good so named is still described ("the term \\"rare earths\\" refers to 17 elements")', () => {
    expect(words('The term "rare earths" refers to 17 elements that China now restricts for export.')).toContain('rare earths');
  });
});

describe('the name of a statute alone', () => {
  it('"pursuant to Section 301", "IEEPA does not authorize", "a Section 301 petition": the law, not the measure', () => {
    expect(words('The United States would negotiate with China pursuant to Section 301 on the issues raised.')).toEqual([]);
    expect(words('The court concluded that IEEPA does not authorize the President to impose any tariffs.')).toEqual(['tariffs']);
    expect(words('The port fees were introduced after a Section 301 petition was filed by the United Steelworkers.')).toEqual(['port fees']);
  });

  it('with a word of the measure close after it, the measure ("Section 301 tariffs", "Section 232 measures")', () => {
    expect(words('Beijing answered the Section 301 tariffs with duties of its own.')).toContain('Section 301 tariffs');
    expect(words('All three countries condemned the Section 232 measures on steel.')).toContain('Section 232');
    expect(words('Goods subject to Section 232 automobiles and automobile parts tariffs are excluded.')).toContain('Section 232');
  });
});

describe('a lever word that names a deal', () => {
  it('"a UK-US tariff agreement", "every quota deal", "the price-undertaking deal": the deal, not the lever', () => {
    expect(words('Trump signed an order enacting a UK-US tariff agreement, clearing the way for reduced tariffs on British cars.')).toEqual(['tariffs']);
    expect(words('Firms that sign the price-undertaking deal will see their anti-dumping deposits returned.')).not.toContain('price-undertaking');
    expect(words('He restored the full 25 percent tariff on steel and scrapped every quota deal.')).toEqual(['tariff']);
  });

  it('nor does a word that refers back to a lever when it names a framework ("under the WTO\'s safeguards framework")', () => {
    const text = 'India said the US steel tariffs were safeguard measures. The US would not enter talks under the WTO’s safeguards framework.';
    expect(words(text)).not.toContain('safeguards');
  });

  it('a lever that names a deal by its whole alias stays ("the Boeing deal")', () => {
    expect(words('China agreed to buy jets in the Boeing deal.')).toContain('Boeing deal');
  });
});

describe('goods in a company\'s accounts, a farm or a market', () => {
  it('"charges for inventory, purchase commitments, and related reserves": the chipmaker\'s accounts, not a buyer\'s pledge', () => {
    expect(words('After the US required a licence for the H20, Nvidia took $5.5 billion of charges for inventory, purchase commitments, and related reserves.')).not.toContain('purchase commitments');
    expect(words('Nvidia wrote off about $5.5 billion of inventory and purchase commitments after the export ban.')).not.toContain('purchase commitments');
  });

  it('"who farms soybeans and corn", "soybean futures fell": crops grown, a market', () => {
    expect(words('"Phase One purchases were a promise," said a man who farms soybeans and corn in Illinois.')).not.toContain('corn');
    expect(words('After China halted purchases, soybean futures in Chicago fell to their lowest level in weeks.')).not.toContain('soybean');
  });

  it('crops of a given origin under a tariff stay ("U.S. grown chicken, wheat, corn and cotton")', () => {
    expect(words('Imports of U.S. grown chicken, wheat, corn and cotton will face an extra 15% tariff.')).toContain('cotton');
    expect(words('China pledged purchase commitments of $200 billion under Phase One.')).toContain('purchase commitments');
  });
});

describe('a lever word said of its absence, its statistics, its offices, or as a verb after an adverb', () => {
  it('"enter the UK tariff-free", "export the technology license-free": the lever\'s absence; "a tariff-free quota" stays', () => {
    expect(words('Under the deal, 1.4 billion litres of US ethanol will enter the UK tariff-free.')).not.toContain('tariff');
    expect(words('The VEU program let select firms export the U.S. technology license-free to China.')).not.toContain('license');
    expect(words('Mexico opened a tariff-free quota for pork imports.')).toContain('tariff-free quota');
  });

  it('"the approval rate for export licences", "licensing offices"', () => {
    expect(words('The approval rate for rare earth export licences from China has climbed to 60%.')).toEqual(['rare earth export licences']);
    expect(words('A student on a controlled technology needs a deemed export licence; universities do not want to become licensing offices.')).not.toContain('licensing');
  });

  it('"may now permit exports", "will also ban sales": the verb after a modal and an adverb', () => {
    expect(words('The administration may now permit exports of modified Blackwell chips to China.')).not.toContain('permit');
    expect(words('Beijing will also ban sales of gallium to the US military.')).not.toContain('ban');
  });
});

describe('home-made goods, and a kind of goods before the goods it names', () => {
  it('"use only domestically produced AI chips", "buy domestic accelerators": the substitute, not the lever', () => {
    expect(words('Beijing issued guidance that new data centres use only domestically produced AI chips, after the US export controls.')).toEqual(['export controls']);
    expect(words('Permission to buy the H200 may come with pledges to buy domestic accelerators, despite US export controls.')).not.toContain('accelerators');
  });

  it('"the critical minerals gallium, germanium and antimony": the named minerals are the mentions', () => {
    expect(words('China banned exports to the US of the critical minerals gallium, germanium and antimony.')).toEqual(['gallium', 'germanium', 'antimony']);
  });

  it('a kind of goods on its own stays ("exports of critical minerals")', () => {
    expect(words('China banned exports of critical minerals to the US.')).toContain('critical minerals');
  });
});

describe('goods in a story where nothing crosses a border, goods naming a firm or a worry, a measure likened to', () => {
  it('"brie, mint, whisky and haggis" in a story about crisp flavours: just goods', () => {
    const text = 'A crisp maker has launched a flavour of roast turkey and stuffing for the holidays. Shoppers have reacted with a mix of delight and horror. The past roll call of questionable flavours from other brands includes brie, mint, cinnamon bun, cheeseburger, whisky and haggis, venison and cranberry. The company said the new packs would be sold in supermarkets from next week and would stay on shelves until the end of January, when it will decide whether to keep them. A spokesman said the flavour had been tested on hundreds of people in three cities, and that most of them had asked for a second bag.';
    expect(words(text)).toEqual([]);
  });

  it('"cognac house Martell", "over semiconductor technology concerns"', () => {
    expect(words('China set anti-dumping duties ranging from 30.6 per cent for cognac house Martell to 39 per cent for Hennessy.')).not.toContain('cognac');
    expect(words('Washington added 140 companies to the Entity List over advanced semiconductor technology concerns.')).toEqual(['Entity List']);
  });

  it('"the tariffs had become the equivalent of an embargo": the measure likened to, not used', () => {
    expect(words('Bessent said the tariffs had become “the equivalent of an embargo” that neither side wanted.')).toEqual(['tariffs']);
  });

  it('goods under a measure, or a measure compared with a like one, stay ("similar to the exclusion procedures")', () => {
    expect(words('Shoppers in Toronto shunned US whisky after Canada imposed retaliatory tariffs.')).toContain('whisky');
    expect(words('The process will be similar to the tariff exclusion procedures for List 1 imports.')).not.toEqual([]);
  });
});

describe('the false levers of real articles, in general form', () => {
  it('"duty" as a post: "the duty officer", "duty managers"', () => {
    expect(words('The duty officer at customs refused to clear the goods subject to tariffs.')).toEqual(['tariffs']);
    expect(words('Duty managers at the port said the new tariffs had slowed clearance.')).toEqual(['tariffs']);
  });

  it('company names, "countermeasures" alone, the name of a deal, surnames: none is a lever', () => {
    expect(words('Nvidia said the new export controls would hurt its sales in China.')).toEqual(['export controls']);
    expect(words('Beijing said it would take resolute countermeasures.')).toEqual([]);
    expect(words('The Phase One deal was signed at the White House in January.')).toEqual([]);
    expect(words('Mr Levy, speaking on Duty Street, said the tariffs would rise.')).toEqual(['tariffs']);
    expect(words('Former UN chief Ban Ki-moon warned against a trade war.')).toEqual([]);
  });
});

describe('the target of a measure is not the measure', () => {
  it('"U.S. fees for Chinese-built vessels", "100% tariffs on ship-to-shore cranes": the fees and the tariffs are the levers', () => {
    expect(words('The reprieve covers $3.2 billion a year in U.S. port fees for large Chinese-built vessels.')).toEqual(['port fees']);
    expect(words('Also paused were 100% tariffs on ship-to-shore cranes and container chassis.')).toEqual(['tariffs']);
  });
});

describe('"the dumping of" a measure', () => {
  it('"the dumping of tariffs on wine and beef" throws the tariffs out: no trade-remedy lever, and the tariffs eased', () => {
    const found = analyze('It follows the dumping of tariffs on wine and beef.', lexicon).mentions;
    expect(found.map((m) => m.text)).not.toContain('dumping');
    expect(found.find((m) => m.text === 'tariffs')?.stance).toBe('relax');
  });

  it('dumping of goods is the practice a probe looks at, not a second remedy', () => {
    expect(analyze('The EU launched an anti-dumping probe after finding dumping of steel.', lexicon).mentions.map((m) => m.text)).toEqual(['anti-dumping probe']);
  });
});

describe('"dumping" alone is the practice, not the remedy', () => {
  it('"duties on EU pork over dumping", "the dumping and the threat of injury": no trade-remedy mention on "dumping"', () => {
    expect(words('China to impose temporary duties on EU pork over dumping')).not.toContain('dumping');
    expect(words('The probe established a causal relationship between the dumping and the threat of injury, the ministry said.')).not.toContain('dumping');
  });

  it('its phrases still name one: "dumping probe", "dumping duty", "dumping investigation"', () => {
    expect(words('Beijing opened a dumping probe into EU pork.')).toContain('dumping probe');
    expect(words('The dumping investigation into EU brandy was extended.')).toContain('dumping investigation');
  });
});

describe('firms that process food, crops or payments', () => {
  it('"grain processors", "beef processors", "payment processors" are no chips and no goods', () => {
    expect(words('One of Canada’s largest grain processors said China had revoked its permit, as export controls widened.')).not.toContain('processors');
    expect(words('Two Australian beef processors are the last remaining trade impediments after China lifted its tariffs.')).not.toContain('beef');
    expect(words('Payment processors warned that the export controls on chips would hit them.')).not.toContain('processors');
  });

  it('processors under export controls are still named', () => {
    expect(words('The US tightened export controls on advanced processors sold to China.')).toContain('processors');
  });
});

describe('a model name absorbs the noun of its kind across words that describe it', () => {
  it('"MI308 artificial intelligence accelerators", "H20 HGX AI GPU", "Blackwell architecture chips": one mention, the model', () => {
    expect(words('AMD holds export licenses for a portion of its MI308 artificial intelligence accelerators.')).toEqual(['export licenses', 'MI308']);
    expect(words('Washington imposed new export restrictions on its H20 HGX AI GPU designed for China.')).toEqual(['export restrictions', 'H20']);
    expect(words('The administration may permit exports of modified Blackwell architecture chips under the export controls.')).toContain('Blackwell');
    expect(words('The administration may permit exports of modified Blackwell architecture chips under the export controls.')).not.toContain('chips');
    expect(words('The rule requires a license for export of the company’s H20 [GPUs] to China.')).not.toContain('GPUs');
  });

  it('"1980i DUV immersion lithography systems", "NXT:2100i deep ultraviolet (DUV) lithography systems": the model is the tool', () => {
    expect(words('The US began restricting the export of ASML’s 1970i and 1980i DUV immersion lithography systems.')).toEqual(['1970i', '1980i']);
    expect(words('The Dutch export controls affected the delivery of NXT:2100i deep ultraviolet (DUV) lithography systems to China.')).toEqual(['export controls', '2100i']);
  });

  it('a noun of another kind stays its own mention ("H20 export licences")', () => {
    expect(words('Nvidia applied for H20 export licences in July.')).toEqual(['H20', 'export licences']);
  });
});

describe('a qualifier and its noun are one mention across a closing quote, and two words of one measure are one', () => {
  it('"“232 semiconductor” tariffs", "‘de minimis’ exemptions": the quoted qualifier and the noun after it', () => {
    expect(words('Chipmakers await clarity on potential “232 semiconductor” tariffs, from which they are exempt for now.')).toEqual(['semiconductor” tariffs']);
    expect(words('Washington ended the ‘de minimis’ exemptions for parcels from China.')).toEqual(['de minimis’ exemptions']);
  });

  it('"export control restrictions": one measure, not two', () => {
    expect(words('ASML does not expect the latest US export control restrictions to hurt its outlook.')).toEqual(['export control restrictions']);
  });

  it('a quoted lever and a different measure after it stay two ("“Entity List” export restrictions")', () => {
    expect(words('Huawei was put under “Entity List” export restrictions.')).toEqual(['Entity List', 'export restrictions']);
  });
});

describe('chips named as what a tool or a metal makes', () => {
  it('"used to make highly sophisticated microchips", "to produce advanced semiconductors", "ability to make advanced chips"', () => {
    expect(words('Under the new export licences, DUV machines can still be used to make highly sophisticated microchips.')).not.toContain('microchips');
    expect(words('The Dutch export controls cover equipment that can be used to produce advanced semiconductors.')).not.toContain('semiconductors');
    expect(words('Japan will restrict exports of chipmaking equipment to hinder China’s ability to make advanced chips.')).not.toContain('advanced chips');
  });

  it('"goes into the compound semiconductors": a use of the metal', () => {
    expect(words('China put export controls on gallium, which goes into the compound semiconductors used in radar.')).not.toContain('semiconductors');
  });

  it('chips under a measure stay, and a model name stays after a verb of making ("build the H20")', () => {
    expect(words('Washington restricted exports of advanced chips to China.')).toContain('advanced chips');
    expect(words('Nvidia said it would build the H20 for China under the export rules.')).toContain('H20');
  });
});

describe('names that look like lever words: initials before a capitalised lever word, and "SMEs"', () => {
  it('"ON Semiconductor", "NXP Semiconductors" are companies; "industrial SMEs" are small firms, not chip equipment', () => {
    expect(words('The anti-dumping probe targets chips supplied by Texas Instruments and ON Semiconductor.')).toEqual(['anti-dumping probe', 'chips']);
    expect(words('Shares of NXP Semiconductors fell after the export ban.')).toEqual(['export ban']);
    expect(words('The 39% tariff hit industrial SMEs that cannot move production.')).toEqual(['tariff']);
  });

  it('a side’s initials stay a side ("US Tariffs"), and SME in the singular stays the equipment', () => {
    expect(words('Markets fell as US Tariffs took effect.')).toEqual(['Tariffs']);
    expect(words('“We will be able to sell our product into Vietnam at ZERO Tariff,” he wrote.')).toEqual(['Tariff']);
    expect(words('Washington tightened export controls on SME sold to China.')).toEqual(['export controls', 'SME']);
  });
});

describe('refined metal sold as cathodes', () => {
  it('"copper cathodes" are copper, not battery parts', () => {
    expect(words('Chile says 99.9% of its copper exports to the United States are made up of copper cathodes and are not covered by the 50% tariff.')).toEqual(['tariff']);
  });
  it('battery cathodes under a control stay a lever', () => {
    expect(words('China restricted exports of cathodes for lithium batteries.')).toContain('cathodes');
  });
});

describe('the first good a material is used in', () => {
  it('"a metal used in batteries", "is used in the batteries for", "the main ingredient in the anodes of batteries": a use, not a lever', () => {
    expect(words('China imposed the same limits on antimony, a metal used in batteries and solar panels.')).not.toContain('batteries');
    expect(words('China tightened export controls on graphite, which is used in the batteries for electric vehicles.')).not.toContain('batteries');
    expect(words('Graphite, the main ingredient in the anodes of electric-vehicle batteries, came under export controls next.')).not.toContain('batteries');
  });

  it('a material that "goes into" a good, and a use glossed in a list of materials, still name the good', () => {
    expect(words('China imposed licence requirements on graphite. Graphite goes into the batteries of nearly every electric car.')).toContain('batteries');
    expect(words('China restricted rare earths such as neodymium, used in magnets, and yttrium, used for electronics.')).toContain('magnets');
  });
});

describe('a good and the buying of it', () => {
  it('"Russian oil purchases", "the H20 purchases": one mention, the good, not a second one on "purchases"', () => {
    expect(words('The tariff is meant to press New Delhi to cut back on Russian oil purchases.')).toEqual(['tariff', 'oil']);
    expect(words('Chinese tech giants were increasing their H20 purchases despite the export rules.')).not.toContain('purchases');
  });

  it('purchases on their own, and a good’s own purchases alias, stay ("halted purchases of US soybeans", "soybean purchases")', () => {
    expect(words('China halted purchases of US soybeans.')).toEqual(['purchases', 'soybeans']);
    expect(words('China halted soybean purchases.')).toEqual(['soybean purchases']);
  });
});

describe('a trade remedy and the noun that completes it are one mention', () => {
  it('"the antidumping duty investigation": the measure and the probe word after it are one probe', () => {
    expect(words('Commerce suspended the antidumping duty investigation on fresh tomatoes from Mexico.')).toEqual(['antidumping duty investigation', 'tomatoes']);
  });

  it('"an anti-dumping and anti-subsidy tariff": the generic noun after a coordinated pair belongs to the pair', () => {
    expect(words('China will impose an 80% anti-dumping and anti-subsidy tariff on barley from Australia.')).toEqual(['anti-dumping and anti-subsidy tariff', 'barley']);
  });

  it('a coordinated pair that has its own noun is unchanged ("anti-dumping and countervailing duties")', () => {
    expect(words('China imposed anti-dumping and countervailing duties on Australian wine.')).toEqual(['anti-dumping and countervailing duties', 'wine']);
  });
});

describe('a side’s technology in general', () => {
  it('"access to U.S. technology", "American technology", "US technologies": not reported as a lever', () => {
    expect(words('The Commerce Department moved to restrict Huawei’s access to US technologies, targeting its chip supply.')).not.toContain('technologies');
    expect(words('The rule bars blacklisted firms from using American technology without a licence.')).not.toContain('technology');
  });

  it('still says who holds the measures around it, and the goods beside it stay ("U.S. components and technology")', () => {
    const found = analyze('Washington cut off Huawei’s access to U.S. components and technology under export controls.', lexicon).mentions;
    expect(found.map((m) => [m.text, m.side])).toContainEqual(['components', 'us']);
    expect(found.map((m) => m.text)).not.toContain('technology');
    expect(words('China banned the export of technology to make rare earth magnets.')).toEqual(['technology to make rare earth magnets']);
  });
});

describe('goods a measure spares', () => {
  it('"exempting sectors like aircraft, energy, and orange juice", "except energy products", "an exemption for alcohol, including champagne": not levers', () => {
    expect(words('Trump slapped a 50% tariff on Brazil but softened the blow by exempting sectors like aircraft, energy, and orange juice from higher levies.')).toEqual(['tariff', 'levies']);
    expect(words('The administration slapped a 25% import tariff on Canadian goods, except energy products and potash, which received a reduced 10% tariff.')).not.toContain('energy products');
    expect(words('France had pushed hard to win a zero tariff exemption for alcohol, including champagne, wines, and spirits.')).toEqual(['tariff']);
  });

  it('goods a verb exempts with its own object, and goods under the measure beside them, stay', () => {
    expect(words('The new duties will apply to Scotch whisky, but exempt certain products, including Italian wine.')).toEqual(['duties', 'whisky', 'wine']);
    expect(words('Canada imposed tariffs on US orange juice, excluding nothing.')).toContain('orange juice');
  });
});

describe('goods in a list of words that share one industry head', () => {
  it('"the semiconductor, telecommunications, and electric vehicle industries", "the battery, solar and semiconductor supply chains", "fresh apple and tree nut producers"', () => {
    expect(words('China imposed export controls on gallium and germanium, two metals that are vital parts of the semiconductor, telecommunications, and electric vehicle industries.')).not.toContain('semiconductor');
    expect(words('Firms in the electric vehicle, battery, solar and semiconductor supply chains should comment on the Section 301 tariffs.')).not.toContain('battery');
    expect(words('American fresh apple and tree nut producers could lose sales if India raises its retaliatory tariffs.')).not.toContain('apple');
  });

  it('a list of goods with no shared head, or names in the list, still name the goods', () => {
    expect(words('China banned exports of gallium, germanium and antimony to the US.')).toEqual(['gallium', 'germanium', 'antimony']);
    expect(words('Trump ends de minimis exemption, Shein and Temu among firms hit')).toContain('de minimis exemption');
  });
});

describe('an inquiry into how something began', () => {
  it('"called for an inquiry into the origins of COVID-19": no trade probe, even in a story of probes and duties', () => {
    const story = 'China imposed anti-dumping duties on Australian barley after a probe. ';
    expect(words(`${story}Trade froze after Canberra called for an inquiry into the origins of COVID-19, and China imposed tariffs on barley.`)).not.toContain('inquiry');
    expect(words(`${story}Australia has called for an independent investigation into the origins of the coronavirus, which angered Beijing.`)).not.toContain('investigation');
  });

  it('a probe into goods or into a firm is still one', () => {
    expect(words('China opened an anti-dumping probe into imports of barley. The investigation into the barley trade ran for 18 months.')).toContain('investigation');
  });
});

describe('a named good and the kind of controlled goods after it', () => {
  it('"graphite dual-use items": one mention, the good', () => {
    expect(words('China requires a stricter review of end-usage for graphite dual-use items shipped to the United States.')).not.toContain('dual-use items');
    expect(words('China requires a stricter review of end-usage for graphite dual-use items shipped to the United States.')).toContain('graphite');
  });

  it('the kind named apart from the good stays ("gallium and other dual-use items")', () => {
    expect(words('China banned exports of gallium and other dual-use items.')).toEqual(['gallium', 'dual-use items']);
  });
});

describe('chips named by the one who makes them', () => {
  it('"the world’s main producer of advanced AI chips": the firm, not the chips', () => {
    expect(words('TSMC, the world’s main producer of advanced AI chips, posted record profit despite US export controls.')).toEqual(['export controls']);
  });

  it('chips under a measure stay ("export controls on advanced AI chips")', () => {
    expect(words('The US tightened export controls on advanced AI chips.')).toContain('advanced AI chips');
  });
});

describe('chips that only qualify a race, a rivalry or a market favourite', () => {
  it('"AI chip competition", "the AI chip race", "the AI chip darling": the contest or the firm, not the chips', () => {
    expect(words('Trump allowed H200 exports to China, reshaping US export controls and AI chip competition.')).not.toContain('AI chip');
    expect(words('The US and China are locked in an AI chip race as export controls tighten.')).toEqual(['export controls']);
    expect(words('The AI chip darling made a series of announcements despite the export curbs.')).toEqual(['export curbs']);
  });
});

describe('goods that only qualify a truce or a stability', () => {
  it('"a rare earth truce", "European semiconductor stability": the truce or the stability, not the goods', () => {
    expect(words('Despite a rare earth truce signed in London, licence approvals remain slow.')).not.toContain('rare earth');
    expect(words('The minister paused the order while keeping oversight intended to protect European semiconductor stability.')).not.toContain('semiconductor');
  });
});

describe('a good before "trade" and a head it qualifies', () => {
  it('"chip trade policies", "the soybean trade association": the policies or the body, not the good', () => {
    expect(words('China is investigating whether the US discriminated against Chinese firms via chip trade policies.')).not.toContain('chip');
    expect(words('The soybean trade association criticised the tariffs.')).toEqual(['tariffs']);
  });

  it('the good stays before "trade" alone or a quarrel ("the soybean trade war", gold names it)', () => {
    expect(words('China halted the soybean trade with the US after the tariffs.')).toContain('soybean');
  });
});

describe('chips named by their makers across two modifiers', () => {
  it('"makers of analog and embedded semiconductors": the makers, not the chips', () => {
    expect(words('Makers of analog and embedded semiconductors face a Chinese anti-dumping probe.')).toEqual(['anti-dumping probe']);
  });

  it('"exports of advanced and legacy semiconductors" stay', () => {
    expect(words('The US restricted exports of advanced and legacy semiconductors to China.')).toContain('semiconductors');
  });
});

describe('a good pressed earlier, then only valued', () => {
  it('"beef exports were worth roughly $2.2 billion": a count of trade, not pressure, even after a ban on the beef', () => {
    const story = 'China suspended imports of Australian beef from several abattoirs in 2020. ';
    expect(words(`${story}In the 2023/24 financial year, beef exports were worth roughly $2.2 billion to Australia's economy.`).filter((w) => w === 'beef')).toHaveLength(1);
  });

  it('a buyer’s purchases so valued stay ("China has purchased more than $1 billion of barley a year")', () => {
    const story = 'China imposed an 80% tariff on Australian barley. ';
    expect(words(`${story}In recent years, China has purchased more than $1 billion of barley per year from Australia.`).filter((w) => w === 'barley')).toHaveLength(2);
  });
});

describe('a side, a lever word, then a count of those it hits', () => {
  it('"EU sanctions 4 officials and 1 entity", "US sanctions three Chinese refiners": a verb, not the measure', () => {
    expect(words('EU sanctions 4 officials and 1 entity')).toEqual([]);
    expect(words('US sanctions three Chinese refiners for buying Iranian oil')).not.toContain('sanctions');
  });

  it('a count of time after the word, or a preposition before the count, leaves the measure ("US sanctions 20 years on", "sanctions on 4 officials")', () => {
    expect(words('US sanctions 20 years on still bite Iran.')).toEqual(['sanctions']);
    expect(words('The US imposed sanctions on 4 officials.')).toEqual(['sanctions']);
  });
});
