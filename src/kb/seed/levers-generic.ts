import type { Lever } from '../../types/knowledge';

/**
 * The generic instruments: words that name a lever only when the sentence is about trade pressure ("a ban on chip
 * exports", not "a ban on smoking"). Their holder comes from the sentence, never from a default. Facts are taken from
 * ../shared/domain/levers.md with the sources it cites; the context text is written for this project.
 */
export const genericLevers: Lever[] = [
  {
    id: 'tariffs',
    ref: 'GEN',
    name: 'Tariffs and duties',
    category: 'tariffs-remedies',
    holders: [],
    polarity: 'measure',
    generic: true,
    aliases: [
      'tariff', 'tax on imports', 'border tax', 'import tariff', 'import duty', 'customs duty', 'import tax', 'tariff rate', 'import surcharge', 'punitive duty',
      'additional duty', 'section 232', 'section 232 tariff', 'section 232 investigation', 'steel tariff', 'aluminium tariff',
      'aluminum tariff', 'national security tariff', 'safeguard duty', 'safeguard tariff', 'export tax', 'export duty',
      'tariff exclusion', 'exclusion process', 'exclusion request', 'retaliation list',
    ],
    contextAliases: ['duty', 'levy', 'surcharge', 'surtax'],
    context:
      'A tax charged on imports at the border. It is the oldest and most visible lever: it raises the price of the ' +
      "target's goods, and cutting or pausing it is the usual currency of a truce.",
    facts: [
      {
        date: '2025-04-10',
        text: 'After a week of tit-for-tat rises, US tariffs on Chinese goods reached 145 % counting the 20 % fentanyl levy.',
        source: 'inc.nutfruit.org, "Trump engages in tit-for-tat with China"',
        url: 'https://inc.nutfruit.org/trump-engages-in-tit-for-tat-with-china-while-backtracking-on-other-tariffs/',
      },
      {
        date: '2025-05-12',
        text: 'In the Geneva joint statement each side suspended 24 points of its tariff for 90 days and kept 10 %.',
        source: 'Joint Statement on the China-U.S. Economic and Trade Meeting in Geneva',
        url: 'https://94ha.com/joint-statement-on-china-u-s-economic-and-trade-meeting-in-geneva.html',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'export-controls',
    anaphors: ['limits', 'penalty', 'blockade'],
    ref: 'GEN',
    name: 'Export controls and bans',
    category: 'export-controls',
    holders: [],
    polarity: 'measure',
    generic: true,
    aliases: [
      'export control', 'export restriction', 'export curb', 'export ban', 'export embargo', 'trade restriction',
      'trade ban', 'import ban', 'trade embargo', 'embargo', 'technology controls', 'dual-use controls',
      'dual-use export controls', 'export control regime', 'limits on exports', 'limits on sales', 'limits on the sale', 'limits on the export', 'export limit',
      'export regulation', 'regulations on exports', 'restrictions on exports', 'sales ban', 'export rule', 'export law',
      'export control list', 'export halt', 'denial order', 'customs inspection', 'customs check',
    ],
    contextAliases: ['restriction', 'curbs', 'ban', 'controls', 'blockade', 'inspections'],
    context:
      'A government rule that an item may not leave the country, or may leave only with a licence. Whoever controls a ' +
      'chokepoint (a mineral, a machine, a piece of software) can slow the other side down without a tariff.',
    facts: [],
    asOf: '2025-12-31',
  },
  {
    id: 'export-licences',
    ref: 'GEN',
    name: 'Export and import licences',
    category: 'export-controls',
    holders: [],
    polarity: 'flow',
    generic: true,
    aliases: [
      'export licence', 'export permit', 'import licence', 'licence application', 'licensing requirement', 'licence requirement',
      'export approval', 'end-use check', 'end-user check', 'end-use certificate', 'end-user certificate', 'end-use review',
      'end-user review', 'licensing regime', 'licensing system', 'general licence', 'temporary general licence',
      'review of end-usage', 'review of end use', 'reviews of end-usage', 'reviews of end use', 'checks on end use', 'government permission', 'special permission', 'case-by-case review',
      'veu waiver', 'veu status', 'validated end-user status',
    ],
    acronyms: ['TGL'],
    anaphors: ['application', 'applications'],
    tightenVerbs: ['need', 'require'],
    contextAliases: ['licence', 'permit', 'licensing', 'approval', 'permission', 'waiver', 'prior notification'],
    context:
      'Permission, case by case, to ship a controlled item. The licence queue is a quiet lever: approvals can be slowed ' +
      'or sped up without any new rule being announced.',
    facts: [],
    asOf: '2025-12-31',
  },
  {
    id: 'export-whitelist',
    ref: 'GEN',
    name: 'Trusted-partner export lists ("whitelists")',
    category: 'export-controls',
    holders: [],
    polarity: 'flow',
    generic: true,
    aliases: [
      'export whitelist', 'whitelist of trusted trading partners', 'list of trusted trading partners',
      'preferential trade partner list', 'fast-track export status', 'trusted trading partner status',
    ],
    contextAliases: ['whitelist', 'white list'],
    relaxVerbs: ['restore', 'reinstate', 'readmit'],
    context:
      'Countries whose buyers may receive controlled goods under simplified, bulk approval. Dropping a partner from ' +
      'the list makes every shipment of listed items need its own licence, so the removal is a lever in itself: Japan ' +
      'and South Korea took each other off their lists in August 2019 and restored them in 2023.',
    facts: [
      {
        date: '2019-08-02',
        text: 'Japan decided to remove South Korea from its list of trusted trading partners; Seoul said the same day it would remove Japan from its own.',
        source: 'Yonhap',
        url: 'https://m-en.yna.co.kr/view/AEN20190802009651320',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'sanctions',
    ref: 'GEN',
    name: 'Sanctions',
    category: 'finance-sanctions',
    holders: [],
    polarity: 'measure',
    generic: true,
    aliases: ['economic sanction', 'trade sanction', 'financial sanction', 'countersanction', 'swift ban', 'swift exclusion', 'exclusion from swift', 'swift network', 'oil price cap', 'price cap on russian oil', 'anti-coercion instrument', 'anti-coercion tool'],
    contextAliases: ['sanction', 'price cap'],
    acronyms: ['SWIFT'],
    context:
      'Measures that cut named people, firms or states off from trade or finance: asset freezes, transaction bans, ' +
      'blacklists. Both sides now run their own lists.',
    facts: [],
    asOf: '2025-12-31',
  },
  {
    id: 'visas',
    ref: 'GEN',
    name: 'Visas and entry',
    category: 'people-visas',
    holders: [],
    polarity: 'flow',
    generic: true,
    aliases: ['visa ban', 'visa restriction', 'entry ban', 'entry restriction', 'work visa', 'visa fee', 'visa bond', 'visa application fee'],
    contextAliases: ['visa'],
    context:
      'Permission to enter, study or work. Visa policy turns people into a lever: students, researchers and executives ' +
      'can be kept out or let in as talks go.',
    facts: [],
    asOf: '2025-12-31',
  },
  {
    id: 'trade-preferences',
    ref: 'GEN',
    name: 'Trade preferences (GSP, AGOA)',
    category: 'tariffs-remedies',
    holders: [],
    polarity: 'flow',
    generic: true,
    aliases: [
      'generalized system of preferences', 'generalised system of preferences', 'generalized systems of preference',
      'generalised systems of preference', 'gsp program', 'gsp benefits',
      'agoa benefits', 'trade preferences', 'trade privileges', 'preferential access',
    ],
    context:
      'Duty-free or low-duty access that a rich economy grants to developing countries without asking the same in ' +
      'return, such as the US and EU Generalized System of Preferences and the US African Growth and Opportunity Act. ' +
      'The grantor can withdraw it, as Washington did for India in June 2019, so the preference is a lever in itself.',
    facts: [],
    asOf: '2025-12-31',
  },
  {
    id: 'import-quotas',
    anaphors: ['quota', 'safeguard', 'safeguards'],
    ref: 'GEN',
    name: 'Import quotas and safeguards',
    category: 'tariffs-remedies',
    holders: [],
    polarity: 'measure',
    generic: true,
    aliases: [
      'import quota', 'tariff-rate quota', 'tariff rate quota', 'safeguard measure', 'steel safeguard', 'safeguard action',
      'textile quota', 'steel quota', 'import cap', 'voluntary export restraint', 'zero-tariff quota', 'tariff-free quota',
      'duty-free quota', 'duty-free import quota', 'non-tariff barrier', 'non-tariff measure', 'non-monetary barrier',
    ],
    acronyms: ['TRQ'],
    contextAliases: ['quota'],
    context:
      'A cap on how much of a good may come in, often with a tariff that jumps once the quota is filled. Safeguards are ' +
      'the emergency form the WTO allows against a surge of imports; they are how steel and textile markets are fenced off.',
    facts: [],
    asOf: '2025-12-31',
  },
  {
    id: 'digital-services-tax',
    anaphors: ['tax'],
    ref: 'GEN',
    name: 'Digital services taxes',
    category: 'tariffs-remedies',
    holders: [],
    polarity: 'measure',
    generic: true,
    aliases: ['digital services tax', 'digital service tax', 'digital tax', 'digital services levy', 'tech tax', 'tax on digital services'],
    acronyms: ['DST', 'DSTs'],
    context:
      'A tax on the local revenue of large, mostly American, tech platforms. Washington treats such taxes as a trade ' +
      'barrier and has answered them with Section 301 investigations and threatened tariffs.',
    facts: [
      {
        date: '2019-07-10',
        text: "USTR opened a Section 301 investigation of France's 3% tax on revenue from digital services, enacted that summer and applied from 1 January 2019 to firms with at least EUR 750 million of such revenue worldwide and EUR 25 million in France.",
        source: 'Trump and Trade (Wiley)',
        url: 'https://www.trumpandtrade.com/?p=2836',
      },
      {
        date: '2019-12-02',
        text: 'USTR found the French tax discriminatory against US companies and proposed duties of up to 100% on about $2.4 billion of French goods, among them champagne, cheese and handbags.',
        source: 'Federal Register, 84 FR 66956',
        url: 'https://casetext.com/federal-register/notice-of-determination-and-request-for-comments-concerning-action-pursuant-to-section-301-frances-digital-services-tax',
      },
    ],
    asOf: '2025-12-31',
  },
  {
    id: 'semiconductors',
    ref: 'GEN',
    name: 'Semiconductors',
    category: 'semiconductors-tech',
    holders: ['us'],
    openHolder: 'seller',
    polarity: 'flow',
    generic: true,
    aliases: [
      'semiconductor', 'microchip', 'chip export', 'chip sale', 'chip supply', 'chip shipment', 'semiconductor technology',
      'semiconductor component', 'chip technology',
    ],
    contextAliases: ['chip', 'microprocessor', 'fpga', 'programmable logic device'],
    context:
      'Chips are both a product each side wants to sell and a chokepoint each side can squeeze: the US through design and ' +
      'tools, China through mature-node output and the minerals chips are made from.',
    facts: [],
    asOf: '2025-12-31',
  },
];
