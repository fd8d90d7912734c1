import type { Lever } from '../../types/knowledge';

/**
 * Tariff, trade-remedy, finance/sanctions and visa levers (sections C, D and E of the domain brief).
 * Facts, dates and figures come from ../shared/domain/levers.md and the sources it cites for each lever; the
 * context sentences are written for this project. Deal and place names ("Geneva", "London framework") and the
 * pause vocabulary are left to the engine, which handles de-escalation words itself.
 */
export const tariffAndFinanceLevers: Lever[] = [
  // ---------------------------------------------------------------- C. Tariffs and trade remedies
  {
    id: 'section-301',
    anaphors: ['investigation', 'probe'],
    ref: 'TT-01',
    name: 'Section 301 China tariffs',
    category: 'tariffs-remedies',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: ['section 301', 'section 301 tariff', 'section 301 investigation', 'section 301 probe', 'section 301 inquiry', 'section 301 case', '301 tariff', 'trade-war tariff', 'first-term tariff'],
    contextAliases: ['four-year review'],
    context:
      'The oldest layer of US duties on Chinese goods, imposed from 2018 under Section 301 of the Trade Act after ' +
      'USTR found that China pressured firms into handing over technology. Most of it still sits at 25 %, and the ' +
      '2024 review pushed rates on strategic goods such as EVs and chips far higher; product exclusions are the ' +
      'usual relief valve.',
    facts: [
      {
        date: '2018-03-22',
        text: 'USTR published its Section 301 findings on Chinese technology-transfer and IP practices, the legal basis for the tariffs that followed.',
        source: 'USTR Section 301 report',
        url: 'https://docslib.org/download/5385459/',
      },
      {
        date: '2018-09-24',
        text: 'The third tranche put 10 % on about $200 bn of Chinese imports, a rate raised to 25 % on 10 May 2019.',
        source: 'Cargos.com, Section 301 tariffs',
        url: 'https://cargos.com/tariffs-section301/',
      },
      {
        date: '2024-05-14',
        text: 'The four-year review announced steep increases: 100 % on Chinese EVs and 50 % on solar cells from September 2024, and 50 % on semiconductors from 2025.',
        source: 'Fenwick',
        url: 'https://fenwick.com/insights/publications/expanded-301-tariffs-on-chinese-semiconductors-solar-batteries-and-other-strategic-sectors',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'fentanyl-tariffs',
    ref: 'TT-02',
    name: 'Fentanyl tariffs (IEEPA)',
    category: 'tariffs-remedies',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'fentanyl tariff',
      'fentanyl-related tariff',
      'fentanyl levy',
      'fentanyl duty',
      'trafficking tariff',
      'synthetic opioid tariff',
      'ieepa tariff',
      'executive order 14195',
      'executive order 14228',
    ],
    acronyms: ['EO 14195', 'EO 14228'],
    contextAliases: ['IEEPA'],
    context:
      'An across-the-board US tariff on Chinese goods justified by the flow of fentanyl and its chemical ' +
      'precursors, levied under emergency powers (IEEPA) rather than trade law. Washington trades it directly ' +
      "against Beijing's precursor crackdown: it went from 10 % to 20 % in early 2025 and back to 10 % after Busan.",
    facts: [
      {
        date: '2025-02-01',
        text: 'Executive Order 14195 placed a 10 % tariff on all goods from China, effective 4 February 2025.',
        source: 'Akin Gump, Trump executive order tracker',
        url: 'https://akingump.com/en/insights/blogs/trump-executive-order-tracker/imposing-duties-to-the-peoples-republic-of-china',
      },
      {
        date: '2025-03-03',
        text: 'Executive Order 14228 doubled the fentanyl tariff to 20 % from 4 March 2025.',
        source: 'ExecutiveActions.org (EO 14228, 90 FR 11463)',
        url: 'https://www.executiveactions.org/304',
      },
      {
        date: '2025-10-30',
        text: 'After meeting Xi in Busan, Trump agreed to halve the fentanyl tariff to 10 % (in force 10 November), which US officials said lowered the average tariff on Chinese goods from about 57 % to about 47 %.',
        source: 'CNA',
        url: 'https://www.channelnewsasia.com/east-asia/trump-xi-summit-busan-tariffs-export-controls-fentanyl-soybeans-5436071',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'reciprocal-tariffs',
    ref: 'TT-03',
    name: 'Reciprocal tariffs (IEEPA)',
    category: 'tariffs-remedies',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'reciprocal rate',
      'reciprocal tariff',
      'reciprocal duty',
      'reciprocal levy',
      'liberation day tariff',
      'baseline tariff',
      'executive order 14257',
    ],
    acronyms: ['EO 14257', 'EO 14259', 'EO 14266'],
    contextAliases: ['liberation day duty'],
    context:
      'The country-by-country tariffs announced on 2 April 2025, which against China spiralled to 125 % (145 % with ' +
      'the fentanyl levy) within a week before both sides stood down to 10 %. The higher rate has since been held ' +
      'in suspension through a series of extensions, while the courts questioned whether emergency powers allow ' +
      'tariffs at all.',
    facts: [
      {
        date: '2025-04-09',
        text: 'The reciprocal rate on China rose from 34 % to 84 % and then 125 % within days, a 145 % total once the fentanyl tariff is added.',
        source: 'INC (nutfruit.org)',
        url: 'https://inc.nutfruit.org/trump-engages-in-tit-for-tat-with-china-while-backtracking-on-other-tariffs/',
      },
      {
        date: '2025-05-12',
        text: 'The Geneva joint statement had each side suspend 24 points of its tariff for an initial 90 days while keeping 10 %.',
        source: 'Joint Statement on China-U.S. Economic and Trade Meeting in Geneva',
        url: 'https://94ha.com/joint-statement-on-china-u-s-economic-and-trade-meeting-in-geneva.html',
      },
      {
        date: '2025-08-11',
        text: 'An executive order pushed the suspension of the higher reciprocal rate on China out to 10 November 2025.',
        source: 'SteelOrbis',
        url: 'https://www.steelorbis.com/steel-news/latest-news/us-delays-increased-tariffs-on-chinese-goods-by-another-90-days-1404895.htm',
      },
      {
        date: '2025-08-29',
        text: 'The Federal Circuit, by 7 votes to 4, upheld the trade court ruling that the IEEPA tariffs were unlawful, sending the question to the Supreme Court.',
        source: 'Squire Patton Boggs',
        url: 'https://www.squirepattonboggs.com/en/insights/publications/2025/09/supreme-court-to-take-up-tariff-case-on-expedited-timeline',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'retaliatory-tariffs',
    ref: 'TT-04',
    name: 'Retaliatory tariffs',
    category: 'tariffs-remedies',
    // Whoever answers a tariff in kind: China most often in these stories, but Canada, the EU, India and Mexico too.
    holders: [],
    polarity: 'measure',
    aliases: [
      'retaliatory tariff',
      'retaliatory duty',
      'retaliatory tax',
      'retaliatory levy',
      'counter-tariff',
      'tariff countermeasure',
      'additional tariffs on us goods',
    ],
    tightenVerbs: ['match'],
    context:
      'Tariffs a side imposes to answer tariffs on its own exports, aimed at politically sensitive goods of the side ' +
      "that struck first: farm products, energy, motorcycles, bourbon. Beijing's, set by the State Council's Customs " +
      'Tariff Commission, matched Washington step for step up to 125 % in 2025, then came back to a 10 % surcharge and ' +
      "dropped their farm-specific duties in November; Canada, the EU, India and Mexico have answered US tariffs the same way.",
    facts: [
      {
        date: '2025-02-04',
        text: 'China answered the first fentanyl tariff with 15 % on US coal and LNG and 10 % on crude oil, farm machinery and some vehicles, from 10 February.',
        source: 'Mondaq',
        url: 'https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1593532/',
      },
      {
        date: '2025-03-10',
        text: 'Extra duties of 15 % on US chicken, wheat and corn and 10 % on soybeans, pork, beef and other farm goods took effect.',
        source: 'Spotlight Nepal (NHK)',
        url: 'https://www.spotlightnepal.com/2025/03/10/china-imposes-retaliatory-additional-tariffs-us-agricultural-products/',
      },
      {
        date: '2025-04-04',
        text: 'China announced a 34 % tariff on all US imports to mirror the US reciprocal rate, the first step of an escalation that reached 125 %.',
        source: 'GHY International',
        url: 'https://www.ghy.com/trade-compliance/china-imposes-sweeping-34-tariffs-on-us-imports/',
      },
      {
        date: '2025-11-10',
        text: 'China kept its 24 % increment suspended for another year, retained 10 %, and lifted the March farm tariffs.',
        source: 'Report.az',
        url: 'https://report.az/en/other-countries/china-confirms-suspension-of-24-tariff-on-us-goods-retains-10-levy',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'de-minimis',
    anaphors: ['exemption', 'loophole'],
    ref: 'TT-05',
    name: 'De minimis exemption',
    category: 'tariffs-remedies',
    holders: ['us'],
    // The lever is the duty-free exemption: Washington applies pressure by withdrawing it, so "suspend/end de
    // minimis" tightens and "restore de minimis" relaxes.
    polarity: 'flow',
    exclusive: true,
    aliases: [
      'de minimis',
      'de minimis exemption',
      'de minimis loophole',
      'duty-free de minimis',
      'section 321',
      '$800 exemption',
      'low-value shipment',
    ],
    contextAliases: ['small parcel'],
    tightenVerbs: ['end', 'close', 'eliminate'],
    context:
      'A US rule that let parcels worth up to $800 enter duty-free, which e-commerce sellers shipping straight from ' +
      'China relied on. Washington withdrew it for Chinese and Hong Kong goods in May 2025 and taxed postal items ' +
      'instead, hitting a channel that carried over a billion shipments a year.',
    facts: [
      {
        date: '2025-04-02',
        text: 'An executive order ended duty-free de minimis treatment for goods from China and Hong Kong as of 2 May 2025.',
        source: 'Thompson Hine SmarTrade',
        url: 'https://www.thompsonhinesmartrade.com/2025/04/trump-signs-eo-prohibiting-duty-free-de-minimis-treatment-for-goods-from-china/',
      },
      {
        date: '2025-04',
        text: 'CBP figures cited when the exemption was withdrawn showed more than 1.36 billion de minimis shipments processed in 2024.',
        source: 'Retail Insight Network',
        url: 'https://retail-insight-network.com/newsletters/trump-de-minimis-china',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'port-fees',
    anaphors: ['fee', 'charge', 'levy'],
    ref: 'TT-06',
    name: 'Port fees and shipbuilding',
    category: 'tariffs-remedies',
    holders: ['us', 'china'],
    polarity: 'measure',
    aliases: [
      'port fee',
      'shipping fee',
      'port entry fee',
      'special port fee',
      'vessel fee',
      'port charge',
      'maritime section 301',
      'section 301 maritime action',
    ],
    context:
      "Per-voyage charges the US levied on Chinese-owned and Chinese-built ships to counter China's dominance of " +
      'shipbuilding, which Beijing mirrored with fees on US-linked vessels. Both sets started on 14 October 2025 and ' +
      'were suspended for a year less than a month later.',
    facts: [
      {
        date: '2025-04-17',
        text: 'USTR issued its final Section 301 action on Chinese shipbuilding, setting fees on China-owned or -operated and Chinese-built vessels and on foreign-built car carriers, to start on 14 October 2025.',
        source: 'White & Case',
        url: 'https://www.whitecase.com/insight-alert/ustr-issues-final-section-301-actions-china-shipbuilding-investigation',
      },
      {
        date: '2025-10-14',
        text: 'The US began charging the fees; China answered with its own fees on US-linked ships, and former USTR Katherine Tai contrasted fewer than five US-built commercial ships a year with more than 1,700 in China.',
        source: 'gCaptain',
        url: 'https://gcaptain.com/one-month-in-u-s-halts-port-fees-aimed-at-countering-chinas-shipbuilding-dominance',
      },
      {
        date: '2025-11-10',
        text: 'Both sides suspended their port fees for one year, to 9 November 2026.',
        source: 'gCaptain',
        url: 'https://gcaptain.com/one-month-in-u-s-halts-port-fees-aimed-at-countering-chinas-shipbuilding-dominance',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'trade-remedies',
    anaphors: ['investigation', 'probe', 'inquiry', 'review'],
    ref: 'TT-07',
    name: 'Anti-dumping and anti-subsidy duties',
    category: 'tariffs-remedies',
    holders: [],
    polarity: 'measure',
    aliases: [
      'anti-dumping',
      'antidumping',
      'foreign subsidies regulation',
      'foreign subsidy regulation',
      'foreign subsidies probe',
      'foreign subsidies investigation',
      'anti-dumping duty',
      'anti-dumping probe',
      'dumping probe',
      'anti-subsidy',
      'anti-subsidy probe',
      'anti-subsidy duty',
      'anti-dumping investigation',
      'anti-subsidy investigation',
      'countervailing',
      'countervailing duty',
      'provisional duty',
      'price undertaking',
      'trade remedy',
      'safeguard investigation',
      'anti-dumping case',
      'anti-subsidy case',
      'trade probe',
      'trade investigation',
      'dumping duty',
      'trade defence',
      'trade defense',
      'trade defence instrument',
      'trade defense instrument',
      'trade defence tool',
      'trade defense tool',
      'administrative review',
      'sunset review',
      'expiry review',
      'anti-circumvention investigation',
      'anti-circumvention probe',
    ],
    acronyms: ['AD/CVD', 'AD duties', 'FSR'],
    // "Dumping" alone is the practice a remedy answers ("duties on EU pork over dumping"), not the remedy: only its
    // phrases above ("dumping probe", "dumping duty", "dumping investigation") name one.
    contextAliases: ['CVD', 'investigation', 'probe', 'inquiry', 'security deposit', 'dumping investigation', 'dumping case', 'dumping margin'],
    relaxVerbs: ['terminate'],
    context:
      'Duties a government may impose after an investigation finds imports sold below fair value or propped up by ' +
      'subsidies. Every side uses them: the EU against Chinese EVs, China against Canadian canola and US analog ' +
      'chips, and merely opening a probe is often read as a warning shot.',
    facts: [
      {
        date: '2024-10-30',
        text: 'EU countervailing duties on Chinese battery EVs took effect, from 7.8 % for Tesla to 35.3 % for SAIC and non-cooperating makers, on top of the standard 10 % duty.',
        source: 'WiseTech Academy',
        url: 'https://wisetechacademy.com/news/eu-imposes-countervailing-duties-on-imports-of-battery-electric-vehicles-bevs-from-china/',
      },
      {
        date: '2025-08-14',
        text: 'China required a provisional 75.8 % deposit on Canadian canola seed imports.',
        source: 'CityNews Toronto',
        url: 'https://toronto.citynews.ca/2025/08/12/china-announces-75-8-tariffs-on-canadian-canola/',
      },
      {
        date: '2025-09-13',
        text: 'China opened an anti-dumping investigation into analog chips imported from the US.',
        source: 'Global Times',
        url: 'https://www.globaltimes.cn/page/202509/1343413.shtml',
      },
    ],
    asOf: '2025-12-31',
  },

  // ---------------------------------------------------------------- D. Finance and investment
  {
    id: 'dollar-sanctions',
    ref: 'FI-01',
    name: 'Dollar sanctions (OFAC)',
    category: 'finance-sanctions',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'treasury sanctions',
      'ofac sanctions',
      'sdn list',
      'specially designated nationals',
      'secondary sanctions',
      'blocking sanctions',
      'dollar sanctions',
      'unilateral sanctions',
      'long-arm jurisdiction',
    ],
    // (Not "OFAC" alone: the Office of Foreign Assets Control is the US actor that wields the lever (sides.ts), as
    // "Commerce" is; "OFAC sanctions" stays an alias.)
    acronyms: ['SDN'],
    tightenVerbs: ['designate', 'blacklist', 'freeze'],
    relaxVerbs: ['delist', 'waive'],
    context:
      "Treasury's power to cut a person or firm off from dollars and US counterparties by putting it on the SDN list, " +
      'with secondary sanctions reaching anyone who deals with it. Against China it is mostly aimed at buyers of ' +
      'Iranian or Russian oil and at cyber actors, and Beijing denounces it as "long-arm jurisdiction".',
    facts: [
      {
        date: '2025-03-20',
        text: 'OFAC designated Shandong Shouguang Luqing Petrochemical, the first Chinese independent "teapot" refinery to be sanctioned, over roughly half a billion dollars of Iranian oil.',
        source: 'Willkie Compliance Concourse',
        url: 'https://complianceconcourse.willkie.com/?p=16083',
      },
      {
        date: '2025-04-16',
        text: 'OFAC added a second teapot refinery, Shandong Shengxing Chemical, for buying more than $1 bn of Iranian crude.',
        source: 'Oil & Gas Journal',
        url: 'https://www.ogj.com/general-interest/government/article/55284198/us-sanctions-chinese-refinery-for-buying-iranian-oil',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'counter-sanctions',
    anaphors: ['list', 'blacklist'],
    ref: 'FI-02',
    name: "China's counter-sanctions (UEL, AFSL)",
    category: 'finance-sanctions',
    holders: ['china'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'unreliable entity list',
      'unreliable entity',
      'unreliable entities list',
      'anti-foreign sanctions law',
      'anti-sanctions law',
      'counter-sanction',
      'countermeasures list',
      'blocking rules',
    ],
    acronyms: ['UEL', 'AFSL'],
    contextAliases: ['control list', 'watch list', 'asset freeze'],
    tightenVerbs: ['designate', 'blacklist', 'freeze'],
    context:
      "Beijing's mirror of US blacklists: MOFCOM's Unreliable Entity List and export control list can bar a foreign " +
      'firm from trading with or investing in China, and the 2021 Anti-Foreign Sanctions Law lets ministries freeze ' +
      'assets and ban executives. It is used most against US defence companies after Taiwan arms sales.',
    facts: [
      {
        date: '2021-06-10',
        text: 'The Anti-Foreign Sanctions Law was adopted and took effect the same day.',
        source: 'Akin Gump',
        url: 'https://akingump.com/en/news-insights/the-new-prc-anti-foreign-sanctions-law.html',
      },
      {
        date: '2023-02-16',
        text: 'China made its first Unreliable Entity List designations, Lockheed Martin and Raytheon Missiles & Defense, barring them from China-related trade and new investment.',
        source: 'SCIO',
        url: 'http://english.scio.gov.cn/pressroom/2023-02/17/content_85111530.htm',
      },
      {
        date: '2025-01-02',
        text: 'China put 28 US entities on its export control list and 10 defence firms on the Unreliable Entity List.',
        source: 'Kenyan Post',
        url: 'https://www.kenyan-post.com/2025/01/china-moves-on-with-sanction-on-us.html',
      },
      {
        date: '2025-12-26',
        text: 'The foreign ministry froze the assets of 20 US defence firms and 10 executives under the Anti-Foreign Sanctions Law in response to a US arms package for Taiwan.',
        source: 'Global Times',
        url: 'https://www.globaltimes.cn/page/202512/1351573.shtml',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'outbound-investment',
    anaphors: ['investment', 'investments', 'notification', 'rule'],
    ref: 'FI-03',
    name: 'Outbound investment restrictions',
    category: 'finance-sanctions',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'outbound investment',
      'outbound investment rule',
      'outbound investment program',
      'outbound investment restriction',
      'reverse cfius',
      'office of global transactions',
      'executive order 14105',
    ],
    acronyms: ['EO 14105'],
    contextAliases: [
      'investment ban', 'covered transaction', 'investment in china',
      'investment in chinese', 'investments in china', 'investments in chinese',
    ],
    tightenVerbs: ['prohibit'],
    relaxVerbs: ['narrow'],
    context:
      'A US Treasury programme that stops American money from funding Chinese advances in chips, quantum computing ' +
      'and AI, banning some deals outright and requiring notice of others. It turns investors into an arm of ' +
      'technology controls and has applied since January 2025.',
    facts: [
      {
        date: '2023-08-09',
        text: 'Executive Order 14105 set up the outbound investment programme for semiconductors, quantum and AI, naming China, Hong Kong and Macau as countries of concern.',
        source: 'US Treasury, Outbound Investment Security Program',
        url: 'https://home.treasury.gov/policy-issues/international/outbound-investment-program/program-regulations',
      },
      {
        date: '2024-10-28',
        text: "Treasury's final rule, in force from 2 January 2025, prohibits some Chinese tech deals such as advanced chip design and fabrication and requires notice of others.",
        source: 'STR Trade Report',
        url: 'https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/november/new-restrictions-on-investments-in-china-to-be-imposed-jan-2',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'investment-screening',
    ref: 'FI-04',
    name: 'Inbound investment screening (CFIUS)',
    category: 'finance-sanctions',
    holders: ['us'],
    polarity: 'measure',
    aliases: [
      'committee on foreign investment in the united states',
      'cfius review',
      'investment screening',
      'inbound investment screening',
      'foreign investment review',
    ],
    acronyms: ['CFIUS', 'FIRRMA'],
    contextAliases: ['national security review', 'forced divestment'],
    relaxVerbs: ['clear'],
    context:
      'The interagency committee that can block or unwind foreign purchases of US companies on national-security ' +
      'grounds. The 2018 FIRRMA reform, written with Chinese tech acquisitions in mind, extended it to some minority ' +
      'stakes and made certain filings mandatory.',
    facts: [
      {
        date: '2018-08-13',
        text: 'FIRRMA became law as part of the 2019 defence authorisation act, widening the reach of CFIUS.',
        source: 'Dorsey & Whitney',
        url: 'https://www.dorsey.com/newsresources/publications/client-alerts/2018/08/foreign-investment-risk-review-modernization-act',
      },
      {
        date: '2018-08-22',
        text: 'A Congressional Research Service brief described how FIRRMA brought some non-controlling investments in critical-technology firms under review and introduced mandatory declarations.',
        source: 'Congressional Research Service (IF10952)',
        url: 'https://www.everycrsreport.com/files/2018-08-22_IF10952_4013b72d7aacd5e7222c41e70d891360639d3b8f.html',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'delisting',
    ref: 'FI-05',
    name: 'Delisting and audit access',
    category: 'finance-sanctions',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      'holding foreign companies accountable act',
      'delisting threat',
      'forced delisting',
      'audit access',
      'pcaob inspection',
    ],
    acronyms: ['HFCAA'],
    contextAliases: ['delisting', 'PCAOB', 'us-listed chinese companies'],
    tightenVerbs: ['delist'],
    relaxVerbs: ['certify'],
    context:
      'The threat to force Chinese companies off US stock exchanges if American audit inspectors cannot examine ' +
      'their books. The 2020 HFCAA set the clock running; it stopped when the PCAOB won inspection access in late ' +
      '2022, but the lever can be re-armed.',
    facts: [
      {
        date: '2020-12-18',
        text: 'The Holding Foreign Companies Accountable Act became law, providing for trading bans after three straight years without PCAOB inspections.',
        source: 'World Services Group',
        url: 'https://worldservicesgroup.com/publications.asp?action=print&artid=18215',
      },
      {
        date: '2022-12-15',
        text: 'The PCAOB said it had gained complete access to inspect audit firms in mainland China and Hong Kong, resetting the delisting clock.',
        source: 'Mondaq',
        url: 'http://mondaq.com/china/securities/1268984/pcaob-resets-the-clock-on-delisting-for-china-based-companies-listed-in-the-us-',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'military-company-lists',
    anaphors: ['list', 'blacklist'],
    ref: 'FI-06',
    name: 'Chinese military company lists (1260H, NS-CMIC)',
    category: 'finance-sanctions',
    holders: ['us'],
    polarity: 'measure',
    exclusive: true,
    aliases: [
      '1260h list',
      'chinese military companies list',
      'chinese military company',
      'chinese military-industrial complex companies list',
      'ns-cmic list',
      'cmc list',
      'pentagon blacklist',
      'investment ban on military companies',
    ],
    acronyms: ['1260H', 'NS-CMIC', 'EO 13959'],
    context:
      'US government lists of firms said to support the Chinese military: the Pentagon\'s 1260H list, which will ' +
      'bar direct defence contracts from mid-2026, and the Treasury list that bars Americans from buying their ' +
      'securities. Listing big commercial names such as Tencent and CATL hits their reputation and investor base.',
    facts: [
      {
        date: '2025-01-07',
        text: "The Pentagon's annual 1260H update brought the list to 134 companies, adding Tencent, CATL and COSCO.",
        source: 'WorldECR',
        url: 'https://worldecr.com/?p=2035969',
      },
      {
        date: '2020-11-12',
        text: 'An executive order (EO 13959) first barred US investment in securities of designated Chinese military companies.',
        source: 'Paul Hastings',
        url: 'https://paulhastings.com/insights/client-alerts/congress-passes-the-holding-foreign-companies-accountable-act-chinese-public-companies-confront-the-risk-of-delisting-from-us-securities-exchanges',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'treasury-holdings',
    ref: 'FI-07',
    name: 'US Treasury holdings',
    category: 'finance-sanctions',
    holders: ['china'],
    // China's pressure would come from selling (holding less), so less of it tightens.
    polarity: 'flow',
    aliases: [
      'us treasury holdings',
      'treasury holdings',
      'us debt holdings',
      'dumping treasuries',
      'treasury international capital',
      'tic data',
    ],
    // A story about China's holdings names them by the securities themselves ("its holdings of US Treasury securities",
    // "US Treasuries held by China", "US government bonds").
    contextAliases: ['treasury bonds', 'treasuries', 'treasury securities', 'us government bonds', 'us government debt'],
    tightenVerbs: ['dump', 'sell', 'offload'],
    relaxVerbs: ['buy'],
    context:
      "China's stock of US government debt, often described as a weapon it could use by selling. No source shows " +
      'Beijing declaring it a trade lever, and holdings have drifted down for years, so claims that China is ' +
      '"dumping" Treasuries in retaliation should be read as speculation.',
    facts: [
      {
        date: '2025-03',
        text: "US Treasury TIC data put China's holdings at $765.4 bn, behind Japan ($1,130.8 bn) and now also the UK ($779.3 bn).",
        source: 'Europe Says (summarising Treasury TIC data)',
        url: 'https://www.europesays.com/2084136',
      },
      {
        date: '2022-04',
        text: "China's holdings of Treasuries dropped below $1 trn in April 2022 and have stayed under that mark since.",
        source: 'Europe Says (summarising Treasury TIC data)',
        url: 'https://www.europesays.com/2084136',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'currency',
    anaphors: ['label', 'designation'],
    ref: 'FI-08',
    name: 'Currency and "currency manipulation"',
    category: 'finance-sanctions',
    holders: ['china'],
    polarity: 'measure',
    aliases: [
      'currency manipulation',
      'currency manipulator',
      'exchange-rate manipulation',
      'yuan devaluation',
      'competitive devaluation',
      'currency devaluation',
      'manipulator designation',
      'manipulator label',
    ],
    contextAliases: ['yuan', 'renminbi', 'yuan devaluation'],
    acronyms: ['RMB', 'CNY'],
    tightenVerbs: ['devalue', 'weaken'],
    relaxVerbs: ['stabilise', 'stabilize'],
    context:
      "Beijing manages the yuan's value, and a weaker currency can blunt US tariffs; Washington's counter is to " +
      'brand China a "currency manipulator". The label was applied once, in August 2019, and withdrawn just before ' +
      'the Phase One deal.',
    facts: [
      {
        date: '2019-08-05',
        text: 'The US Treasury labelled China a currency manipulator after the yuan fell past 7 to the dollar, the first such designation since 1994.',
        source: 'VOA',
        url: 'https://www.voanews.com/economy-business/us-designates-china-currency-manipulator',
      },
      {
        date: '2020-01-13',
        text: 'The manipulator label was dropped two days before the Phase One trade deal was signed.',
        source: 'Brisbane Times',
        url: 'https://www.brisbanetimes.com.au/business/markets/us-set-to-stop-calling-china-a-currency-manipulator-ahead-of-trade-deal-20200114-p53r7e.html',
      },
    ],
    asOf: '2025-12-31',
  },

  // ---------------------------------------------------------------- E. People and visas
  {
    id: 'student-visas',
    anaphors: ['fee', 'charge', 'payment'],
    ref: 'PV-01',
    name: 'Student visas and researcher entry',
    category: 'people-visas',
    holders: ['us'],
    polarity: 'flow',
    aliases: [
      'student visa',
      'student visa revocation',
      'visa revocation',
      'researcher visa',
      'f-1 visa',
      'j-1 visa',
      'h-1b visa',
      'h-1b fee',
      'h-1b visa fee',
      'h-1b programme',
      'h-1b program',
      'h-1b system',
      'h-1b visa system',
      'visa vetting',
      'proclamation 10043',
    ],
    contextAliases: ['visa interview'],
    tightenVerbs: ['revoke'],
    relaxVerbs: ['welcome', 'allow'],
    context:
      'US control over which Chinese students and researchers may enter, justified by fears of technology leaking ' +
      'to the military. Threats to cancel visas became a bargaining chip in 2025, and China still sends the ' +
      'second-largest group of foreign students to the US.',
    facts: [
      {
        date: '2025-05-28',
        text: 'Secretary of State Rubio said the US would "aggressively revoke" visas of Chinese students with Communist Party ties or in critical fields and tighten vetting of new applicants.',
        source: 'UPI',
        url: 'https://www.upi.com/Top_News/US/2025/05/28/China-student-visas/3741748485986/',
      },
      {
        date: '2020-05-29',
        text: 'Proclamation 10043 suspended entry on F and J visas for Chinese graduate students and researchers tied to military-civil fusion bodies.',
        source: 'NAFSA',
        url: 'https://www.nafsa.org/regulatory-information/proclamation-suspending-entry-chinese-students-and-researchers-connected-prc',
      },
      {
        date: '2024-11',
        text: 'Open Doors 2024 counted 277,398 Chinese students in the US in 2023/24, down 4 % and now behind India.',
        source: 'Careers360 (Open Doors 2024)',
        url: 'https://news.careers360.com/study-abroad-us-india-beats-china-3-31-lakh-international-student-opt-stem-ms-courses-usa-universities-open-doors-2024-report/amp',
      },
    ],
    asOf: '2025-12-31',
  },
];
