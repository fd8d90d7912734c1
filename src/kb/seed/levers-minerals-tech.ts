/**
 * Seed levers: critical minerals (CM-01 … CM-10) and semiconductors / technology (ST-01 … ST-09).
 *
 * The facts and their URLs come from ../shared/domain/levers.md (section 4, one entry per lever) and the
 * sources cited there; the `context` text and the fact sentences are written for this project.
 */
import type { Lever } from '../../types/knowledge';

const AS_OF = '2025-12-31';

export const mineralsAndTechLevers: Lever[] = [
  // ───────────────────────────── A. Critical minerals (holder: China) ─────────────────────────────
  {
    id: 'rare-earths',
    ref: 'CM-01',
    name: 'Rare earths',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'rare earth',
      'rare earth element',
      'rare earth mineral',
      'rare earth metal',
      'rare earth oxide',
      'rare earth supply',
      'rare earth export',
      'rare earth export control',
      'light rare earth',
      'lanthanide',
    ],
    acronyms: ['REE', 'REEs', 'REO'],
    tightenVerbs: ['slow-walk', 'choke off', 'weaponize', 'withhold'],
    relaxVerbs: ['resume', 'approve', 'fast-track'],
    context:
      'China mines most of the world\'s rare earths and does almost all of the refining, so a licence requirement in ' +
      'Beijing can stall factories abroad within weeks. The April 2025 licensing of seven medium and heavy elements ' +
      'caused shortages that shaped the London and Busan deals; a wider October 2025 package is on hold until ' +
      '10 November 2026.',
    facts: [
      {
        date: '2025-01',
        text:
          'USGS figures put China\'s 2024 rare-earth mine output at about 270,000 t of oxide out of roughly ' +
          '390,000 t worldwide (about 69%), against 45,000 t for the United States.',
        source: 'USGS Mineral Commodity Summaries 2025, rare earths data release',
        url: 'https://data.usgs.gov/datacatalog/metadata/USGS.6798f088d34ea8c18376e7f9.xml',
      },
      {
        date: '2024-05',
        text: 'The IEA estimated that China produced 92% of the world\'s refined rare earths in 2023.',
        source: 'IEA Global Critical Minerals Outlook 2024 (via SEAISI)',
        url: 'https://seaisi.org/details/24787?type=news-rooms',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'rare-earth-magnets',
    ref: 'CM-02',
    name: 'Rare-earth magnets',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'rare earth magnet',
      'permanent magnet',
      'neodymium magnet',
      'neodymium-iron-boron',
      'ndpr magnet',
      'samarium-cobalt',
      'samarium-cobalt magnet',
      'magnet export',
    ],
    acronyms: ['NdFeB', 'SmCo'],
    contextAliases: ['magnet'],
    tightenVerbs: ['withhold', 'halt'],
    relaxVerbs: ['supply', 'approve'],
    context:
      'Permanent magnets made from rare earths go into car motors, wind turbines, drones and missiles, and China ' +
      'makes the great majority of them. Licence delays for magnets were what actually idled assembly lines in ' +
      'spring 2025, which made magnet supply the headline concession in the US-China talks.',
    facts: [
      {
        date: '2025-06-11',
        text:
          'After the London talks Trump posted that China would supply magnets and any necessary rare earths "up ' +
          'front".',
        source: 'Middle East Metals (Trump confirms rare earth deal with China)',
        url: 'https://www.middleeastmetals.ir/en/news/12085/trump-confirms-rare-earth-deal-with-china',
      },
      {
        date: '2025-12-02',
        text:
          'Magnet makers JL Mag, Ningbo Yunsheng and Zhong Ke San Huan received the first year-long, ' +
          'customer-specific "general" export licences.',
        source: "Tom's Hardware (citing Reuters)",
        url: 'https://www.tomshardware.com/tech-industry/china-issues-first-batch-of-general-rare-earth-export-licenses-to-magnet-makers',
      },
      {
        date: '2024-09',
        text:
          'The USTR four-year review of the Section 301 tariffs set a 25% duty on Chinese permanent magnets from ' +
          '1 January 2026.',
        source: 'USTR Section 301 four-year review, 89 FR 76581 (as tabulated by Wenxuecity)',
        url: 'https://zh.wenxuecity.com/bbs/currentevent/3533175.html',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'heavy-rare-earths',
    ref: 'CM-03',
    name: 'Medium and heavy rare earths',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'heavy rare earth',
      'medium and heavy rare earth',
      'medium rare earth',
      'heavy rare earth element',
      'seven rare earths',
      'terbium',
      'dysprosium',
      'samarium',
      'gadolinium',
      'lutetium',
      'scandium',
      'yttrium',
      'holmium',
      'erbium',
      'thulium',
      'ytterbium',
      'announcement no. 18',
      'announcement 18',
      'announcement no. 57',
    ],
    acronyms: ['HREE', 'HREEs'],
    context:
      'Since 4 April 2025 China has required dual-use export licences for seven medium and heavy rare earths ' +
      '(samarium, gadolinium, terbium, dysprosium, lutetium, scandium, yttrium) in every form from metal to magnet. ' +
      'Terbium and dysprosium keep magnets working when hot, and China controls nearly all heavy rare-earth ' +
      'processing. This April measure stayed in force after the November 2025 truce; a further five elements added ' +
      'in October 2025 (Announcement No. 57) were suspended.',
    facts: [
      {
        date: '2025-04-04',
        text:
          'MOFCOM and customs Announcement No. 18 of 2025 placed seven medium and heavy rare earths under export ' +
          'control with immediate effect, in the same week as the US "Liberation Day" tariffs.',
        source: 'Holland & Knight alert',
        url: 'https://hklaw.com/en/insights/publications/2025/04/china-imposes-export-controls-on-medium-and-heavy-rare-earth-materials',
      },
      {
        date: '2025-04-04',
        text:
          'Exporters of the listed metals, alloys, oxides, compounds and magnets must now obtain a dual-use ' +
          'licence from MOFCOM.',
        source: 'Announcement No. 18 of 2025 (translated text, Osenc Magnet)',
        url: 'https://osencmagnet.com/export-controls-on-rare-earth-elements/',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'rare-earth-licences',
    ref: 'CM-04',
    name: 'Rare-earth export licences',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'rare earth export licence',
      'rare earth licence',
      'rare earth export permit',
      'rare earth licence application',
      'six-month licence',
      'rare earth general licence',
      'green channel',
      'licence approval',
    ],
    contextAliases: ['temporary licence'],
    tightenVerbs: ['slow-walk', 'slow-roll', 'delay', 'withhold', 'deny'],
    relaxVerbs: ['grant', 'approve', 'fast-track', 'issue'],
    context:
      'Because each rare-earth shipment needs a MOFCOM licence, the pace of approvals is a dial Beijing can turn ' +
      'without changing any rule. Slow approvals after the Geneva truce led to US accusations of bad faith; ' +
      'short-term licences in June 2025 and year-long "general licences" from December 2025 eased supply while ' +
      'leaving case-by-case review in place.',
    facts: [
      {
        date: '2025-06-06',
        text:
          'Reuters reported that rare-earth suppliers of GM, Ford and Stellantis had been granted temporary export ' +
          'licences on 2 June, some valid for six months.',
        source: 'The Straits Times (Reuters)',
        url: 'https://www.straitstimes.com/asia/east-asia/china-issues-rare-earth-licenses-to-suppliers-of-top-3-us-automakers-sources-say',
      },
      {
        date: '2025-12-04',
        text:
          'At its weekly briefing MOFCOM said it was using general licences to speed rare-earth exports for civilian ' +
          'use, though only large Chinese firms qualify and the existing licensing regime stays.',
        source: 'TRT World (Reuters)',
        url: 'https://www.trtworld.com/article/b8d356291765',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'rare-earth-technology',
    ref: 'CM-05',
    name: 'Extraterritorial rare-earth rule and REE technology controls',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'announcement no. 61',
      'announcement 61',
      'announcement no. 62',
      'announcement 62',
      'announcement no. 56',
      'announcement no. 70',
      'announcement 70',
      '0.1% rule',
      '0.1 percent rule',
      '0.1 per cent rule',
      '0.1% de minimis rule',
      'rare earth de minimis rule',
      'chinese foreign direct product rule',
      'long-arm rare earth rule',
      'extraterritorial rare earth rule',
      'rare earth technology',
      'rare earth technology export ban',
      'extraction and separation technology',
      'magnet-making technology',
      'rare earth equipment',
    ],
    relaxVerbs: ['postpone'],
    context:
      'In October 2025 China tried to reach beyond its borders: Announcement No. 61 would have required a MOFCOM ' +
      'licence for goods made anywhere that contain at least 0.1% by value of Chinese rare earths, a mirror of the ' +
      'US foreign direct product rule, and No. 62 put rare-earth mining, processing and magnet-making know-how ' +
      'under control. Both, with the rest of the 9 October package, are suspended until 10 November 2026.',
    facts: [
      {
        date: '2025-10-09',
        text:
          'MOFCOM Announcement No. 61 required licences for foreign-made items containing 0.1% or more (by value) of ' +
          'listed Chinese rare earths or produced with Chinese rare-earth technology.',
        source: 'ChemRadar (Announcements 61 and 62)',
        url: 'https://www.chemradar.com/en/news/detail/f1la2toi5p1c',
      },
      {
        date: '2025-10-09',
        text:
          'Announcement No. 62 brought technology for rare-earth mining, separation, smelting, magnet production and ' +
          'recycling, including line maintenance, under export control.',
        source: 'MOFCOM Announcement No. 62 of 2025 (text, SS College)',
        url: 'http://www.sscollege.cn/en/news/44809.html',
      },
      {
        date: '2025-10-10',
        text:
          'Trump responded by threatening an extra 100% tariff and controls on "any and all critical software" ' +
          'from 1 November 2025.',
        source: 'Livemint',
        url: 'https://www.livemint.com/news/us-news/trade-talks-why-donald-trump-us-imposed-export-control-add-100-pc-tariffs-november-1-china-xi-jinping-rare-earth-limits-11760148399526.html',
      },
      {
        date: '2025-11-07',
        text:
          'Announcement No. 70 suspended Announcements 55 to 58, 61 and 62 until 10 November 2026.',
        source: 'ChemRadar (Announcement No. 70)',
        url: 'https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'gallium-germanium',
    ref: 'CM-06',
    name: 'Gallium and germanium',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'gallium',
      'germanium',
      'gallium nitride',
      'gallium arsenide',
      'germanium dioxide',
      'announcement no. 23',
      'announcement 23',
      'announcement no. 46',
      'announcement 46',
      'announcement no. 72',
      'announcement 72',
      'dual-use export ban',
    ],
    acronyms: ['GaN', 'GaAs'],
    context:
      'Gallium and germanium are minor metals used in chips, radar, solar cells and night-vision optics, and China ' +
      'produces nearly all primary gallium. Licensing since August 2023 was followed in December 2024 by a rule ' +
      'that in principle barred their export to the United States; that US-specific clause is suspended until ' +
      '27 November 2026, while the general licensing remains.',
    facts: [
      {
        date: '2023-07-03',
        text:
          'MOFCOM and customs Announcement No. 23 of 2023 made eight gallium and six germanium items subject to ' +
          'export licences from 1 August 2023.',
        source: 'China Justice Observer',
        url: 'https://chinajusticeobserver.com/a/china-imposes-export-controls-on-gallium-and-germanium',
      },
      {
        date: '2025-05-09',
        text:
          'USGS modelling estimated that a one-year halt of Chinese gallium exports would cost the US economy about ' +
          '$3.1 bn; China supplies roughly 98% of primary low-purity gallium.',
        source: 'Reuters / Andy Home (via Energy News)',
        url: 'https://energynews.oedigital.com/mining/2025/05/09/andy-home-a-galliumlens-on-chinas-mineral-dominance-and-how-to-end-it',
      },
      {
        date: '2025-11-09',
        text:
          'Announcement No. 72 suspended, until 27 November 2026, the December 2024 clause that in principle barred ' +
          'gallium, germanium, antimony and superhard-material exports to the United States.',
        source: 'Pakistan Today',
        url: 'https://www.pakistantoday.com.pk/2025/11/09/china-suspends-part-of-control-measures-on-dual-use-items-export-to-us/',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'antimony',
    ref: 'CM-07',
    name: 'Antimony and superhard materials',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'antimony',
      'antimony ore',
      'antimony trioxide',
      'indium antimonide',
      'superhard material',
      'synthetic diamond',
      'diamond micropowder',
      'announcement no. 33',
      'announcement 33',
      'announcement no. 55',
      'announcement 55',
    ],
    context:
      'Antimony goes into ammunition, flame retardants and solar glass, and superhard materials such as synthetic ' +
      'diamond are used for precision cutting; China is the leading supplier of both. They have needed export ' +
      'licences since September 2024, and exports to the United States were in principle barred from December 2024 ' +
      'until that clause was suspended in November 2025.',
    facts: [
      {
        date: '2024-08-15',
        text:
          'MOFCOM and customs Announcement No. 33 of 2024 put antimony ores, metal, oxides and related items, along ' +
          'with superhard-material items, under export licensing.',
        source: 'MOFCOM/GAC Announcement No. 33 of 2024 (text, UM Material)',
        url: 'https://um-material.com/news/announcement-no-33-of-2024-of-the-ministry-of-commerce-and-the-general-administration-of-customs-of-china-on-the-implementation-of-export-control-on-antimony-and-other-items',
      },
      {
        date: '2025-11-09',
        text:
          'China suspended until 27 November 2026 the rule that in principle barred antimony exports to the United ' +
          'States, while keeping general licensing.',
        source: 'Pakistan Today',
        url: 'https://www.pakistantoday.com.pk/2025/11/09/china-suspends-part-of-control-measures-on-dual-use-items-export-to-us/',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'graphite',
    ref: 'CM-08',
    name: 'Graphite',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'graphite',
      'natural graphite',
      'flake graphite',
      'spherical graphite',
      'spheroidized graphite',
      'synthetic graphite',
      'artificial graphite',
      'high-purity graphite',
      'graphite anode',
      'anode material',
    ],
    context:
      'Graphite is the main material in lithium-ion battery anodes, and China mines most natural graphite and ' +
      'processes nearly all battery-grade material. Since December 2023 high-purity synthetic and natural flake ' +
      'graphite have needed export licences; a stricter review for US buyers added in December 2024 is suspended.',
    facts: [
      {
        date: '2023-10-20',
        text:
          'China announced licence requirements, effective 1 December 2023, for high-purity, high-strength and ' +
          'high-density synthetic graphite and for natural flake graphite products.',
        source: 'Xinhua',
        url: 'https://english.news.cn/20231020/b218269f9f9e4c708aae37c0ad3d4fe1/c.html',
      },
      {
        date: '2023-10-20',
        text: 'According to the IEA policy tracker, graphite export licences under the new regime must be renewed every six months.',
        source: 'IEA Policies database',
        url: 'https://prod.iea.org/policies/17933-announcement-on-the-optimisation-and-adjustment-of-temporary-export-control-measures-for-graphite-items',
      },
      {
        date: '2022-02-08',
        text: 'USGS data cited by Kitco showed China mining about 820,000 t of natural graphite in 2021, about 82% of world output.',
        source: 'Kitco News (via Republic of Mining)',
        url: 'https://republicofmining.com/2022/02/09/global-graphite-production-up-in-2021-as-china-cements-its-top-producer-status-by-vladimir-basov-kitco-news-february-8-2022/',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'tungsten-minor-metals',
    ref: 'CM-09',
    name: 'Tungsten, tellurium, bismuth, molybdenum, indium',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'tungsten',
      'wolfram',
      'ammonium paratungstate',
      'tellurium',
      'bismuth',
      'molybdenum',
      'indium',
      'announcement no. 10',
      'announcement 10',
      '25 rare metals',
    ],
    context:
      'Tungsten (for armour-piercing rounds and cutting tools), tellurium, bismuth, molybdenum and indium have ' +
      'required Chinese export licences since 4 February 2025. The controls were Beijing\'s same-day answer to the ' +
      'first US fentanyl tariff, alongside new duties on US coal, LNG and crude oil.',
    facts: [
      {
        date: '2025-02-04',
        text:
          'MOFCOM and customs Announcement No. 10 of 2025 imposed export controls on tungsten, tellurium, bismuth, ' +
          'molybdenum and indium items as part of China\'s retaliation package.',
        source: 'Mondaq (China imposes retaliatory tariffs and export controls)',
        url: 'https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1593532/china-imposes-retaliatory-tariffs-export-controls',
      },
      {
        date: '2025-01',
        text:
          'A secondary summary of USGS data puts China\'s 2024 tungsten mine output at about 67,000 t of a world ' +
          'total near 81,000 t, more than 80%.',
        source: 'CrazyFlux (top tungsten-producing countries)',
        url: 'https://crazyflux.com/top-10-tungsten-producing-countries',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'batteries',
    ref: 'CM-10',
    name: 'Lithium batteries and battery materials',
    category: 'critical-minerals',
    holders: ['china'],
    polarity: 'flow',
    aliases: [
      'lithium battery',
      'lithium-ion battery',
      'li-ion battery',
      'battery material',
      'battery technology',
      'battery-making equipment',
      'battery export',
      'lithium iron phosphate',
      'cathode material',
      'cathode precursor',
      'announcement no. 58',
      'announcement 58',
    ],
    acronyms: ['LFP'],
    contextAliases: ['cathode', 'battery cell', 'li-ion', 'battery'],
    context:
      'China dominates the battery supply chain from cathode chemicals to finished cells. Announcement No. 58 of ' +
      'October 2025 would have required licences for top-end cells (300 Wh/kg and above), cell-making machines, ' +
      'cathode materials and precursors, and artificial-graphite anode materials and know-how; it was suspended ' +
      'until 10 November 2026 before it could take effect.',
    facts: [
      {
        date: '2025-10-09',
        text:
          'MOFCOM and customs Announcement No. 58 of 2025 set export controls, due from 8 November 2025, on ' +
          'lithium-ion batteries of at least 300 Wh/kg and on key battery-production equipment.',
        source: 'SMM (news.metal.com)',
        url: 'https://news.metal.com/newscontent/103560601/',
      },
      {
        date: '2025-10-09',
        text:
          'The same decision also listed cathode materials, artificial-graphite anode materials and the related ' +
          'equipment as dual-use items needing a licence.',
        source: 'Mondaq (Herbert Smith Freehills Kramer)',
        url: 'https://www.mondaq.com/china/export-controls-trade-investment-sanctions/1690894/',
      },
    ],
    asOf: AS_OF,
  },

  // ──────────────────────────── B. Semiconductors and technology ────────────────────────────
  {
    id: 'ai-chips',
    ref: 'ST-01',
    name: 'Advanced AI chips',
    category: 'semiconductors-tech',
    holders: ['us'],
    openHolder: 'seller',
    polarity: 'flow',
    aliases: [
      'ai chip',
      'artificial intelligence chip',
      'artificial-intelligence chip',
      'advanced chip',
      'advanced computing chip',
      'advanced ai chip',
      'ai accelerator',
      'chip export control',
      'chip export curb',
      'chip export ban',
      'chip ban',
      'ai diffusion rule',
      'artificial intelligence diffusion rule',
      'ai diffusion framework',
      'huawei ascend',
      'ascend chip',
      'ascend processor',
      'ascend 910b',
      'ascend 910c',
      'ascend 910d',
      'ascend accelerator',
      'ascend ai chip',
    ],
    acronyms: ['H20', '910B', '910C', '910D', 'H100', 'H200', 'H800', 'H20E', 'A100', 'A800', 'B200', 'B20', 'B30A', 'GB200', 'RTX Pro 6000D', 'RTX Pro 6000', 'MI308', 'MI300'],
    contextAliases: ['gpu', 'blackwell', 'graphics processor', 'graphics processing unit', 'processor', 'accelerator', 'ai processor', 'hopper', 'rubin'],
    tightenVerbs: ['curb'],
    relaxVerbs: ['allow', 'resume'],
    context:
      'Since October 2022 the US has required licences to sell China the most capable AI processors, tightening ' +
      'the performance thresholds over time. In 2025 Washington switched to licensing cut-down Nvidia parts in ' +
      'exchange for a share of revenue (15% on the H20, 25% on the H200), while Beijing discouraged firms from ' +
      'buying them and warned that US guidance on Huawei Ascend chips breached the Geneva consensus.',
    facts: [
      {
        date: '2022-10-07',
        text: 'BIS introduced licence requirements for exporting advanced computing chips and related items to China.',
        source: 'BIS press release',
        url: 'https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor',
      },
      {
        date: '2025-04-14',
        text:
          'After being told its H20 chip needed a licence for China indefinitely, Nvidia said it would take a charge ' +
          'of about $5.5 bn.',
        source: 'NBC San Diego (CNBC)',
        url: 'https://www.nbcsandiego.com/news/business/money-report/nvidia-says-it-will-record-5-5-billion-quarterly-charge-tied-to-h20-processors-exported-to-china/3804789/',
      },
      {
        date: '2025-05-13',
        text:
          'BIS rescinded the AI Diffusion rule and warned that using Huawei Ascend 910B/C/D chips could breach US ' +
          'export controls.',
        source: 'Crowell & Moring client alert',
        url: 'https://www.crowell.com/en/insights/client-alerts/us-department-of-commerce-rescinds-biden-administrations-ai-diffusion-export-control-rule-and-issues-new-guidance-on-huawei-chips-for-ai-purposes-and-diligence-expectations',
      },
      {
        date: '2025-12-08',
        text:
          'Trump said Nvidia could sell H200 chips to approved Chinese customers with 25% going to the US ' +
          'government, keeping Blackwell parts off limits.',
        source: 'Wyoming Star',
        url: 'https://wyomingstarnews.org/2025/12/09/trump-opens-door-for-nvidia-to-sell-h200-chips-to-china-softening-export-controls',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'ore-export-bans',
    ref: 'GEN',
    name: 'Raw ore export bans (nickel, bauxite)',
    category: 'critical-minerals',
    holders: [],
    openHolder: 'seller',
    polarity: 'flow',
    generic: true,
    aliases: [
      'nickel ore', 'raw nickel', 'unprocessed nickel', 'nickel ore export', 'bauxite ore', 'raw ore', 'unprocessed ore',
      'unprocessed mineral ore', 'domestic processing requirement', 'downstreaming policy',
    ],
    contextAliases: ['nickel', 'bauxite'],
    context:
      'A producer that bans the export of raw ore forces refining to move onshore. Indonesia stopped nickel ore exports in ' +
      '2020 and bauxite in 2023; the EU took the nickel ban to the WTO and won at the panel stage.',
    facts: [],
    asOf: AS_OF,
  },
  {
    id: 'chip-revenue-share',
    ref: 'ST-01',
    name: 'Revenue share on licensed chip sales',
    category: 'semiconductors-tech',
    holders: ['us'],
    polarity: 'measure',
    aliases: [
      'revenue share', 'revenue-share', 'revenue sharing', 'revenue-sharing', 'revenue-sharing arrangement',
      'revenue-sharing deal', 'revenue-sharing agreement', 'revenue-share arrangement', 'revenue-share deal',
    ],
    // "a 15% fee", "the 25% U.S. government fee": only in a story about AI chips (see isStrayFee in the engine).
    contextAliases: ['fee'],
    context:
      'The price Washington set in 2025 for licensing cut-down AI chips to China: the seller hands the US government ' +
      'a share of what it earns there, 15% on the H20 and 25% on the H200. Lawyers question it, since the Constitution ' +
      'forbids taxes on exports.',
    facts: [
      {
        date: '2025-07-14',
        text: 'H20 licences to China resumed, with 15% of the revenue going to the US government.',
        source: 'Jon Peddie Research',
        url: 'https://www.jonpeddie.com/?p=51382',
      },
      {
        date: '2025-12-08',
        text: 'Trump said H200 sales to approved Chinese customers would be allowed with 25% going to the US.',
        source: 'Wyoming Star',
        url: 'https://wyomingstarnews.org/2025/12/09/trump-opens-door-for-nvidia-to-sell-h200-chips-to-china-softening-export-controls',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'chipmaking-tools',
    ref: 'ST-02',
    name: 'Chipmaking tools (SME) and HBM',
    category: 'semiconductors-tech',
    holders: ['us', 'netherlands', 'japan'],
    polarity: 'flow',
    aliases: [
      'semiconductor manufacturing equipment',
      'semiconductor equipment',
      'chipmaking tool',
      'chipmaking equipment',
      'chip-making tool',
      'chip-making equipment',
      'lithography tool',
      'lithography machine',
      'lithography equipment',
      'lithography system',
      'chipmaking machine',
      'chip-making machine',
      'chipmaking machinery',
      'chip-making machinery',
      'chip-manufacturing equipment',
      'chipmaking technology',
      'chip-making technology',
      'chip-manufacturing technology',
      'semiconductor manufacturing technology',
      'chip-manufacturing item',
      'chip-manufacturing tool',
      'chip-manufacturing machine',
      'semiconductor manufacturing tool',
      'wafer fabrication equipment',
      'DUV machine',
      'EUV machine',
      'DUV tool',
      'EUV tool',
      'DUV system',
      'EUV system',
      'DUV lithography',
      'EUV lithography',
      'immersion lithography',
      'chip production equipment',
      'chip manufacturing equipment',
      'DUV machinery',
      'EUV machinery',
      'deep ultraviolet machinery',
      'DUV lithography machine',
      'DUV lithography system',
      'DUV lithographic machine',
      'DUV lithographic equipment',
      'EUV lithography machine',
      'lithographic machine',
      'lithographic equipment',
      'microchip-making machine',
      'microchip-making equipment',
      // More of the same names: the machine or machinery and the kind of chip it makes.
      'semiconductor machinery',
      'chip machine',
      'microchip machine',
      'deep ultraviolet system',
      'extreme ultraviolet system',
      'chip-related equipment',
      // ASML's immersion scanners by model (NXT:1970i to NXT:2100i), named in Dutch and US licence rules.
      '1970i',
      '1980i',
      '2000i',
      '2050i',
      '2100i',
      'etch tool',
      'deposition tool',
      'fab tool',
      'chip equipment',
      'chip tool',
      'high-bandwidth memory',
      'advanced-node chip',
      'validated end-user',
    ],
    acronyms: ['SME', 'HBM', 'VEU', 'Twinscan', 'TWINSCAN', 'EUV'],
    contextAliases: ['lithography', 'software licence key'],
    tightenVerbs: ['blacklist'],
    context:
      'The machines that make chips come mostly from the US, the Netherlands and Japan, so denying them to Chinese ' +
      'fabs slows China\'s move to leading-edge nodes. US controls began in October 2022 and were widened in ' +
      'December 2024 to more tool types, software and high-bandwidth memory, with allies asked to align.',
    facts: [
      {
        date: '2024-12-02',
        text:
          'BIS added controls on 24 further types of chipmaking equipment and three kinds of software tools used to ' +
          'develop or produce chips.',
        source: 'Akin Gump AI law and regulation tracker',
        url: 'https://akingump.com/en/insights/ai-law-and-regulation-tracker/bis-announces-new-semiconductor-manufacturing-equipment-controls',
      },
      {
        date: '2024-12-02',
        text:
          'The same package introduced controls on high-bandwidth memory, two new foreign direct product rules and ' +
          '140 Entity List additions.',
        source: 'Thompson Hine SmarTrade',
        url: 'https://www.thompsonhinesmartrade.com/2024/12/bis-seeks-to-further-strengthen-export-controls-targeting-chinas-advanced-semiconductor-industry/',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'eda',
    ref: 'ST-03',
    name: 'Chip design software (EDA)',
    category: 'semiconductors-tech',
    holders: ['us'],
    polarity: 'flow',
    aliases: [
      'electronic design automation',
      'eda tool',
      'eda software',
      'chip design software',
      'chip-design tool',
      'siemens eda',
    ],
    contextAliases: ['design software', 'design tool'],
    acronyms: ['EDA', 'ECAD', 'TCAD'],
    context:
      'A handful of US-based vendors supply most of the software used to design chips, including in China. ' +
      'Washington briefly required licences for these sales in May 2025 as a counter to China\'s rare-earth ' +
      'slow-walk, then lifted the requirement in July after the London framework.',
    facts: [
      {
        date: '2025-05-23',
        text:
          'The US Commerce Department sent letters to Cadence, Synopsys and Siemens EDA requiring licences to supply ' +
          'Chinese customers; China accounts for about 12% and 16% of Cadence\'s and Synopsys\'s revenue.',
        source: 'United Daily',
        url: 'https://uniteddaily.my/en/a2f87244-f86f-4745-b504-e8e6f55d1ef6',
      },
      {
        date: '2025-07-02',
        text: 'BIS withdrew the EDA licence requirements, and the three vendors began restoring access for Chinese customers.',
        source: 'EDGAR Index',
        url: 'https://www.edgarindex.com/2025/07/05/bis-removes-restrictions-on-chip-design-and-energy-companies-in-informed-letter/',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'entity-list',
    anaphors: ['list', 'blacklist', 'listing'],
    ref: 'ST-04',
    name: 'Entity List and Affiliates Rule',
    category: 'export-controls',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'entity list',
      'entity listing',
      'bis entity list',
      'trade blacklist',
      'affiliates rule',
      '50% rule',
      '50 percent rule',
      '50-percent rule',
      'military end-user list',
      'penetration rule',
      'affiliate rule',
      'unverified list',
    ],
    acronyms: ['MEU'],
    contextAliases: ['blacklist', 'restricted list', 'trade restriction list'],
    tightenVerbs: ['blacklist', 'designate'],
    relaxVerbs: ['delist'],
    context:
      'Companies on the US Entity List cannot receive items covered by US export rules without a licence that is ' +
      'usually denied; Huawei and hundreds of other Chinese firms are listed. The 2025 Affiliates Rule extended the ' +
      'same limits to any firm at least 50% owned by listed parties, but it was suspended for a year under the ' +
      'Busan deal.',
    facts: [
      {
        date: '2019-05-16',
        text: 'Huawei and 68 of its affiliates were placed on the Entity List, with licences subject to a presumption of denial.',
        source: 'Thompson Hine SmarTrade',
        url: 'https://www.thompsonhinesmartrade.com/2019/05/huawei-technologies-co-ltd-and-68-affiliates-added-to-bis-entity-list/',
      },
      {
        date: '2025-09-29',
        text:
          'The Affiliates Rule took effect, automatically covering entities owned 50% or more by Entity List or ' +
          'military end-user parties.',
        source: 'Federal Register doc. 2025-19001',
        url: 'https://thefederalregister.org/documents/2025-19001/expansion-of-end-user-controls-to-cover-affiliates-of-certain-listed-entities',
      },
      {
        date: '2025-11-10',
        text: 'BIS suspended the Affiliates Rule for one year as part of the US-China deal reached in Busan.',
        source: 'Fenwick',
        url: 'https://whatstrending.fenwick.com/post/bis-suspends-affiliates-rule-lifting-restrictions-restricted-party-affiliates',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'fdpr',
    anaphors: ['rule'],
    ref: 'ST-05',
    name: 'Foreign Direct Product Rule (FDPR)',
    category: 'export-controls',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'foreign direct product rule',
      'direct product rule',
      'fdp rule',
      'foreign-produced direct product',
    ],
    acronyms: ['FDPR'],
    contextAliases: ['extraterritorial control'],
    context:
      'The FDPR lets the US control goods made abroad when they rely on US software, technology or tools, which is ' +
      'how Washington cut Huawei off from foreign foundries in 2020 and later reached chipmaking-equipment sales. ' +
      'China denounces it as long-arm jurisdiction, and its own 0.1% rare-earth rule of October 2025 was widely seen ' +
      'as a copy.',
    facts: [
      {
        date: '2020-05-15',
        text: 'Commerce issued an interim final rule applying the foreign direct product rule specifically against Huawei.',
        source: 'Thompson Hine',
        url: 'https://www.thompsonhine.com/publications/commerce-issues-interim-final-rule-addressing-foreign-produced-direct-products-and-specifically-targets-huawei-technologies',
      },
      {
        date: '2020-08-17',
        text:
          'The rule was tightened to catch foreign-made chips produced with US software or technology and more ' +
          'Huawei affiliates were listed.',
        source: 'Hughes Hubbard & Reed',
        url: 'https://www.hugheshubbard.com/news/u-s-department-of-commerce-tightens-entity-list-restrictions-and-adds-huawei-entities',
      },
      {
        date: '2025-10-09',
        text: 'China\'s new 0.1% rule for rare earths was described by analysts as Beijing\'s own version of the FDPR.',
        source: 'Fred Gao (China implements new export controls)',
        url: 'https://www.fredgao.com/p/china-implements-new-export-controls',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'jet-engines',
    ref: 'ST-06',
    name: 'Jet engines and aircraft parts',
    category: 'semiconductors-tech',
    holders: ['us'],
    polarity: 'flow',
    aliases: [
      'jet engine',
      'aircraft engine',
      'engine export',
      'leap-1c',
      'cf34',
      
      'aircraft part',
      'aviation component',
    ],
    contextAliases: ['aircraft components', 'engine parts'],
    relaxVerbs: ['reinstate'],
    context:
      'China\'s home-built C919 and C909 airliners still depend on US engines and avionics, which gives Washington ' +
      'a lever over Beijing\'s aviation ambitions. The US suspended some engine export licences in late May 2025 in ' +
      'reply to rare-earth delays, and restored them in early July after the London framework.',
    facts: [
      {
        date: '2025-05-28',
        text:
          'The US was reported to have suspended licences for GE engines and other parts for COMAC\'s C919 and C909 ' +
          'programmes.',
        source: 'SSBCrack News',
        url: 'https://www.ssbcrack.com/2025/05/usa-reportedly-halts-jet-engine-sales-to-chinas-comac-amid-tech-tensions.html',
      },
      {
        date: '2025-07-03',
        text: 'Washington lifted the suspensions, allowing GE engine shipments to COMAC to resume.',
        source: 'People News Today (Reuters)',
        url: 'https://www.peoplenewstoday.com/news/en/2025/07/03/1108470.html.US-lifts-license-suspensions-for-GE-jet-engines-to-Chinas-COMAC.html',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'legacy-chips',
    ref: 'ST-07',
    name: 'Legacy chips / Nexperia',
    category: 'semiconductors-tech',
    holders: ['china', 'netherlands'],
    polarity: 'flow',
    aliases: [
      'legacy chip',
      'mature-node chip',
      'goods availability act',
    ],
    acronyms: ['Wbg'],
    contextAliases: ['automotive chip', 'discrete semiconductor', 'transistor', 'diode', 'logic chip', 'mature-node semiconductor', 'power chip'],
    tightenVerbs: ['seize'],
    context:
      'Cheap older-generation chips are essential for cars and industry, and many are packaged in China. When the ' +
      'Dutch government took control of Chinese-owned Nexperia in 2025, Beijing blocked exports from Nexperia\'s ' +
      'Chinese plants and carmakers worldwide faced shortages until both sides stepped back in November.',
    facts: [
      {
        date: '2025-09-30',
        text:
          'The Netherlands invoked the Goods Availability Act over Nexperia, owned by China\'s Wingtech, for the ' +
          'first time since the law was passed in 1952.',
        source: 'Government of the Netherlands (update of 6 November 2025)',
        url: 'https://www.government.nl/topics/enterprise-and-innovation/documents/diplomatic-statements/2025/11/06/update-on-invoking-goods-availability-act-wbg-6th-of-november-2025',
      },
      {
        date: '2025-11-07',
        text: 'Supply of Nexperia chips from its Chinese facilities was set to resume after the US-China deal in Busan.',
        source: 'Evertiq',
        url: 'https://evertiq.com/design/2025-11-07-critical-nexperia-chip-supply-from-china-to-be-reinstated',
      },
      {
        date: '2025-11-19',
        text: 'The Dutch government suspended its order over Nexperia following talks with China.',
        source: 'Evertiq',
        url: 'https://evertiq.com/design/2025-11-19-netherlands-lifts-control-of-nexperia-after-talks-with-china',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'china-probes',
    anaphors: ['investigation', 'probe', 'inquiry', 'review'],
    ref: 'ST-08',
    name: "China's regulatory probes of US tech firms",
    category: 'semiconductors-tech',
    holders: ['china'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'anti-monopoly investigation',
      'anti-monopoly probe',
      'anti-discrimination investigation',
      'anti-discrimination probe',
      'anti-discrimination review',
      'anti-bias review',
      'anti-bias probe',
      'cac summons',
    ],
    contextAliases: [
      'antitrust probe',
      'antitrust investigation',
      'security review',
      'analog chip',
      'interface chip',
      'gate-driver chip',
      'analog ic',
    ],
    tightenVerbs: ['probe', 'investigate', 'summon', 'open', 'launch'],
    relaxVerbs: ['terminate', 'drop'],
    context:
      'Beijing answers US tech restrictions with investigations of its own: antitrust cases against firms such as ' +
      'Nvidia and Google, security summonses from the internet regulator, and trade probes into US chips. The ' +
      'timing usually tracks the negotiating calendar; the US says China agreed in November 2025 to end the cases ' +
      'against US chip firms, which Beijing has not confirmed.',
    facts: [
      {
        date: '2025-09-15',
        text:
          'SAMR said a preliminary review found Nvidia had breached China\'s anti-monopoly law over its Mellanox ' +
          'acquisition, in a probe opened in December 2024.',
        source: 'JURIST',
        url: 'https://www.jurist.org/news/2025/09/china-finds-nvidia-violated-antimonopoly-law-in-preliminary-probe',
      },
      {
        date: '2025-09-13',
        text:
          'On the eve of the Madrid talks MOFCOM opened an anti-dumping case on US analog chips and an ' +
          'anti-discrimination probe into US chip measures.',
        source: 'Global Times',
        url: 'https://www.globaltimes.cn/page/202509/1343413.shtml',
      },
      {
        date: '2025-07-31',
        text: 'The Cyberspace Administration of China summoned Nvidia over alleged security "backdoors" in its H20 chip.',
        source: 'Particle News',
        url: 'https://particle.news/story/us-clears-nvidia-h20-chip-exports-to-china-as-beijing-demands-backdoor-evidence',
      },
    ],
    asOf: AS_OF,
  },
  {
    id: 'tiktok',
    anaphors: ['law', 'ban'],
    topics: ['TikTok', 'ByteDance'],
    ref: 'ST-09',
    name: 'TikTok divest-or-ban',
    category: 'semiconductors-tech',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'tiktok ban',
      'tiktok law',
      'tiktok deal',
      'tiktok divestiture',
      'divest-or-ban',
      'divest-or-ban law',
      'ban-or-sale law',
      'sale-or-ban law',
      'law banning tiktok',
      'ban on tiktok',
      'protecting americans from foreign adversary controlled applications act',
    ],
    acronyms: ['PAFACA'],
    contextAliases: ['tiktok sale', 'tiktok shutdown'],
    tightenVerbs: ['enforce'],
    relaxVerbs: ['delay', 'postpone'],
    context:
      'A 2024 US law ordered ByteDance to sell TikTok\'s US business or see the app banned, and China claims a say ' +
      'over export of the recommendation algorithm. Enforcement was repeatedly postponed in 2025 while a sale was ' +
      'negotiated, turning the app into a bargaining chip in the wider trade talks.',
    facts: [
      {
        date: '2025-09-25',
        text: 'An executive order declared the proposed US joint-venture structure a qualified divestiture under the law.',
        source: 'MacRumors',
        url: 'https://www.macrumors.com/2025/09/25/tiktok-trump-executive-order/',
      },
      {
        date: '2025-12-18',
        text:
          'ByteDance signed binding agreements giving Oracle, Silver Lake and MGX 15% each of the new US venture, ' +
          'with ByteDance keeping 19.9%.',
        source: 'News Ghana',
        url: 'https://www.newsghana.com.gh/bytedance-reaches-agreement-for-majority-us-stake-with-oracle-led-consortium/',
      },
    ],
    asOf: AS_OF,
  },
];
