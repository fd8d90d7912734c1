/**
 * Fixed word lists of the engine's grammar: what is never a lever or an actor, what makes a sentence about trade,
 * and the function words the attribution rules look for. Lever and side names are data (src/kb); these are not.
 */

/** Phrases that contain a lever word but are not about trade; a lever match inside one is dropped. */
export const TRAPS = [
  'potato chip', 'potato chips', 'tortilla chips', 'chocolate chip', 'chocolate chips', 'blue chip', 'blue chips',
  'blue-chip', 'poker chip', 'poker chips', 'wood chips', 'chip in for', 'chips in for', 'chip in with', 'chips in with',
  'chipped in', 'chipping in',
  // Firms that process food, crops or payments, not chips.
  'grain processors', 'grain processor', 'food processors', 'food processor', 'meat processors', 'meat processor',
  'oilseed processors', 'oilseed processor', 'canola processors', 'soybean processors', 'dairy processors',
  'seafood processors', 'poultry processors', 'pork processors', 'beef processors', 'payment processors',
  'payment processor', 'card processors', 'data processors', 'data processor',
  // Electric cars by their drive ("duties on battery electric vehicles (BEVs) from China"), not batteries.
  'battery electric vehicle', 'battery electric vehicles', 'battery-electric vehicle', 'battery-electric vehicles',
  'battery electric car', 'battery electric cars',
  // Refined copper and other metals sold as cathodes, not battery parts.
  'copper cathode', 'copper cathodes', 'nickel cathode', 'nickel cathodes', 'zinc cathode', 'zinc cathodes',
  'chip on his shoulder', 'chip on her shoulder', 'chip shop', 'fish and chips', 'bargaining chip', 'cow chip',
  'visa card', 'visa cards', 'visa debit', 'visa credit', 'visa inc', 'visa and mastercard', 'visa or mastercard',
  'mastercard and visa', 'license plate', 'license plates', 'licence plate', 'licence plates', "driver's license",
  "driver's licence", 'driving licence', 'driving license', 'drivers license', 'liquor license', 'liquor licence',
  'marriage license', 'marriage licence', 'fishing license', 'fishing licence', 'software license',
  'software licence', 'open-source license', 'poetic license', 'artistic license', 'license to kill',
  'creative license', 'tv licence', 'learner permit', "learner's permit", 'parking permit', 'building permit',
  'work permit', 'parking permits', 'building permits', 'approval rating', 'approval ratings', 'approval rate', 'approval rates', 'open-source licensing', 'review embargo', 'news embargo', 'press embargo', 'default tariff', 'default tariffs', 'ban on smoking', 'smoking ban', 'ban smoking', 'phone ban', 'ban on phones', 'travel ban on pets',
  'job duties', 'official duties', 'household duties', 'jury duty', 'on duty', 'off duty', 'heavy duty',
  'heavy-duty', 'duty of care', 'duty-bound', 'duty bound', 'call of duty', 'civic duty', 'moral duty',
  'duty roster', 'duty officer', 'duty officers', 'duty manager', 'duty managers', 'duty doctor', 'duty solicitor', 'duty nurse', 'duty editor', 'duty free', 'duty-free', 'tax-free', 'feed-in tariff', 'feed-in tariffs', 'electricity tariff',
  'electricity tariffs', 'power tariff', 'power tariffs', 'water tariff', 'water tariffs', 'energy tariff',
  'energy tariffs', 'mobile tariff', 'phone tariff', 'data tariff plan', 'prepaid tariff plan', 'postpaid tariff plan', 'broadband tariff plan', 'curb appeal', 'curbside', 'price controls',
  'price control', 'capital controls', 'quality control', 'border control', 'border controls', 'remote control',
  'remote controls', 'birth control', 'pest control', 'gun control', 'gun controls', 'parental controls',
  'traffic control', 'air traffic control', 'ban on plastic bags', 'fridge magnet',
  'fridge magnets', 'magnet school', 'magnet schools', 'chick magnet', 'golden visa', 'golden visas',
  'tourist visa', 'tourist visas', 'travel visa', 'wedding', 'some restrictions apply', 'other restrictions apply', 'certain restrictions apply', 'terms and restrictions apply', 'conditions and restrictions apply', 'restrictions may apply', 'dietary restrictions',
  'dietary restriction', 'age restriction', 'age restrictions', 'parking restrictions', 'speed restrictions',
  'covid restrictions', 'lockdown restrictions', 'corn on the cob', 'candy corn', 'popcorn', 'crude oil painting',
  'coal miner\'s daughter', 'sanctioned by the league', 'general agreement on tariffs and trade',
  'general agreement on tariffs', 'harmonized tariff schedule', 'harmonised tariff schedule', 'tariff code',
  'tariff codes', 'tariff classification', 'fuel duty', 'fuel duties', 'stamp duty', 'excise duty', 'excise duties',
  'tobacco duty', 'alcohol duty', 'beer duty', 'vehicle excise duty', 'air passenger duty', 'murder tariff', 'murder tariffs',
  'licence duty', 'license duty', 'dumping margin', 'dumping margins',
  'immigration controls', 'immigration control', 'controls on immigration', 'controls on economic migrants', 'non-tariff barrier', 'non-tariff barriers', 'non-tariff', 'nontariff', 'production curbs', 'output curbs', 'spending curbs', 'curbs on spending', 'sanctioned event', 'sanctioned races', 'game ban',
  'production quota', 'production quotas', 'output quota', 'output quotas', 'fishing quota', 'fishing quotas', 'catch quota',
  'emissions quota', 'quota sampling', 'gender quota', 'gender quotas', 'sales quota', 'sales quotas',
  // Small and medium-sized enterprises, never the equipment (SME), which is not counted in the plural.
  'smes',
];

/** Names that look like a side's actor but are not one. */
export const NOT_ACTORS = [
  'Beijing time', 'Tokyo time', 'Japan time', 'Seoul time', 'Taipei time', 'Hong Kong time', 'London time', 'UK time',
  'U.K. time', 'British time', 'Brussels time', 'Washington time', 'Ottawa time', 'India time', 'Delhi time',
  'Washington Post', 'Washington State', 'Washington state', 'University of Washington',
  'New Mexico', 'New Mexican', 'Treasury bill', 'Treasury bills', 'Treasury yields', 'Treasury yield',
  'Treasuries', 'Bank of China', 'China Daily', 'China Mobile', 'China Telecom', 'Air China', 'South China Sea',
  'South China Morning Post', 'East China Sea', 'Korea Herald', 'Japan Times', 'Canada Goose', 'US Open',
  'US Steel', 'U.S. Steel', 'Japanese yen', 'Chinese New Year', 'Chinese food', 'Chinese restaurant',
  'Mexican restaurant', 'Indian restaurant', 'Indian Ocean', 'American Express', 'American Airlines',
  'American football', 'Mexico City',
];

/** Words that put a sentence on the subject of trade pressure, for generic and ambiguous lever words. */
export const CUE_WORDS = [
  'trade', 'trading', 'export', 'exports', 'exported', 'exporter', 'exporters', 'exporting', 'import', 'imports',
  'imported', 'importer', 'importers', 'goods', 'products', 'shipments', 'tariff', 'tariffs', 'wto', 'commerce',
  'economic', 'economy', 'retaliation', 'retaliatory', 'retaliate', 'retaliated', 'negotiators', 'negotiations',
  'talks', 'truce', 'war', 'dispute', 'supply', 'suppliers', 'manufacturers', 'chipmakers', 'chipmaker', 'firms',
  'companies', 'technology', 'tech', 'dual-use', 'military', 'national', 'security', 'sanctions', 'minerals',
  'semiconductor', 'semiconductors', 'market', 'markets', 'industry', 'industrial', 'officials', 'government',
  'ministry', 'administration', 'beijing', 'washington', 'brussels', 'tokyo', 'trump', 'xi', 'deal', 'agreement',
  'bilateral', 'customs', 'duties', 'licences', 'licenses', 'licensing', 'entities', 'entity', 'restrictions',
  'controls', 'curbs', 'students', 'universities', 'researchers', 'nationals', 'citizens', 'embargo',
  'countermeasures', 'pct', 'dlrs', 'billion', 'mln', 'shipping', 'vessels', 'farmers', 'soybeans',
];

/** Nouns that make a demonym the side acting ("Chinese authorities"), not the origin of goods or people. */
export const GOVERNING_NOUNS = new Set([
  'government', 'governments', 'authorities', 'authority', 'officials', 'official', 'regulators', 'regulator',
  'ministry', 'ministries', 'side', 'leader', 'leaders', 'leadership', 'president', 'premier', 'negotiators',
  'negotiator', 'administration', 'state', 'customs', 'lawmakers', 'legislators', 'diplomats', 'embassy',
  'cabinet', 'parliament', 'congress', 'commission', 'agency', 'agencies', 'envoy', 'delegation', 'team',
  'military', 'army', 'navy', 'court', 'courts', 'prime', 'minister', 'ministers', 'secretary', 'department',
  'regime', 'council', 'bureau', 'watchdog', 'spokesman', 'spokeswoman', 'spokesperson', 'trade', 'senators',
  'senator', 'congressmen', 'congressman', 'congresswoman', 'representative', 'representatives', 'envoys', 'sources',
  'authorities', 'prime', 'foreign', 'finance', 'economy', 'industry', 'commerce',
]);

/** Prepositions after which a side is the target of a lever, not its holder. */
export const TARGET_PREPOSITIONS = new Set([
  'on', 'against', 'to', 'for', 'from', 'toward', 'towards', 'at', 'into', 'targeting', 'targeted', 'of', 'over',
  'with', 'by-passing', 'hitting', 'affecting', 'include', 'including',
]);

/** Pronouns and stand-in nouns that carry the subject over from an earlier sentence. */
export const ANAPHORS = new Set([
  'it', 'they', 'its', 'their', 'he', 'she', 'the ministry', 'the government', 'the administration', 'the agency',
  'the department', 'officials', 'the commission', 'the bureau', 'authorities', 'the authorities',
  // A move the previous sentence's subject made: "Ottawa unveiled its response. The measures include 25% tariffs on ...".
  'the measures', 'the countermeasures', 'the package',
]);

/** Words after which an ambiguous lever word ("ban", "curb", "chip") is a verb, not a noun. */
export const VERB_CONTEXT = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', "won't",
  "wouldn't", "can't", 'cannot', 'they', 'we', 'i', 'you', 'he', 'she', 'it', 'also', 'not', 'never', 'and',
]);

/** Words that end a clause for the purpose of finding a lever's governing verb and subject. */
export const CLAUSE_BREAKS = new Set([
  'but', 'while', 'whereas', 'although', 'though', 'after', 'before', 'because', 'since', 'whereby', 'unless',
  'however', 'meanwhile', 'until', 'when', 'if',
]);

/** Auxiliaries that introduce a passive or perfect participle after a lever ("tariffs were lifted"). */
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'can', 'may',
  'might', 'must', 'should', 'shall', 'to', 'also', 'now', 'already', 'still', 'further', 'not', "n't", 'get', 'got',
  'later', 'then', 'all', 'both', 'each', 'largely', 'partly', 'fully', 'formally', 'temporarily', 'quickly',
]);

/** Words between a demonym or verb and the lever that do not break the link ("new Chinese export controls"). */
export const MODIFIERS = new Set([
  'new', 'fresh', 'ongoing', 'continuing', 'lingering', 'looming', 'escalating', 'mounting', 'persistent', 'renewed',
  'pending', 'upcoming', 'additional', 'extra', 'higher', 'lower', 'steep', 'steeper', 'sweeping', 'tough', 'tougher',
  'strict', 'stricter', 'tight', 'tighter', 'broad', 'broader', 'punitive', 'retaliatory', 'expanded', 'existing',
  'current', 'planned', 'proposed', 'latest', 'recent', 'first', 'initial', 'blanket', 'targeted', 'limited',
  'partial', 'full', 'total', 'temporary', 'permanent', 'heavy', 'hefty', 'stiff', 'unilateral', 'reciprocal',
  'related', 'long-standing', 'controversial', 'own', 'various', 'several', 'some', 'many', 'all', 'those',
  'these', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'remaining', 'key', 'major', 'critical', 'strategic',
  'export', 'import', 'trade', 'technology', 'tech', 'chip', 'semiconductor', 'mineral', 'minerals', 'farm',
  'agricultural', 'energy', 'dual-use', 'earlier', 'previous', 'of', 'and', 'or', 'up', 'out', 'back', 'off',
  'down', 'in', 'per', 'cent', 'percent', 'pct', 'percentage', 'point', 'points', 'more', 'less', 'by', 'about',
  'some', 'more', 'most', 'any', 'further', 'such', 'that', 'this', 'so-called', 'twice', 'half', 'duty',
  'advanced', 'refined', 'processed', 'imported', 'finished', 'integrated', 'specialised', 'specialized', 'high-end', 'cutting-edge',
  'sophisticated', 'sensitive', 'certain', 'other',
]);

/** Single words that may be a noun (a lever) or a verb ("to ban", "chip in"). */
export const VERBABLE = new Set([
  'ban', 'bans', 'curb', 'curbs', 'sanction', 'sanctions', 'control', 'controls', 'chip', 'chips', 'permit', 'permits',
  'license', 'licenses', 'licence', 'licences', 'levy', 'levies', 'embargo', 'embargoes', 'restrict', 'blacklist',
  'blacklists', 'target', 'duty', 'surcharge', 'visa', 'visas', 'dump', 'subsidies', 'tariff',
]);

/** Words after an ambiguous lever word that make it a noun ("curbs on", "bans that"). */
export const PREPOSITION_AFTER = new Set(['on', 'against', 'over', 'for', 'of', 'in', 'to', 'imposed', 'and', 'or', 'that', 'which']);

/** Words after a side name that make it the subject of a clause ("Beijing announced", "Washington has"). */
export const VERBISH_EXTRA = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'plans', 'planned', 'wants', 'wanted', 'agreed', 'agrees',
  'moved', 'moves', 'decided', 'decides', 'has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were',
  'could', 'may', 'might', 'must', 'should', 'can', 'also', 'warned', 'warns', 'told', 'which', 'who',
  'hit', 'hits', 'struck', 'responded', 'answered', 'retaliated', 'began', 'begins', 'started', 'kept', 'keeps',
  'made', 'took', 'takes', 'imposed', 'issued', 'approved', 'gave', 'gives', 'sought', 'seeks', 'pushed',
  'accused', 'accuses', 'insisted', 'stepped', 'signalled', 'signaled', 'countered', 'followed', 'unveiled',
  'first', 'then', 'now', 'later', 'quickly', 'again', 'still', 'already', 'itself', 'declared', 'announce',
]);

/** Sides whose plain name before a measure names its holder ("EC tariffs"), not its target. */
/** Nouns of a contest or dealing between sides that a lever right before names the subject of ("tariff talks", "years
 * of tariff battles", "a tariff spiral", "the sanctions dispute"): the lever is what they deal over, no one side's. */
export const CONTEST_NOUNS = new Set([
  'talks', 'negotiations', 'discussions', 'consultations', 'battle', 'battles', 'war', 'wars', 'spiral', 'spirals',
  'dispute', 'disputes', 'row', 'rows', 'standoff', 'spat', 'spats', 'clash', 'clashes', 'fight', 'fights', 'tensions',
  'truce', 'feud', 'showdown', 'tit-for-tat',
]);

export const BLOCS = new Set(['us', 'eu', 'uk']);
/** Sides that commonly impose sanctions; for others, "X sanctions" means sanctions on X. */
export const SANCTIONERS = new Set(['us', 'eu', 'uk', 'china', 'japan', 'canada', 'australia', 'switzerland', 'south-korea', 'taiwan']);

/** Words allowed between a side adjective and the lever it qualifies ("US chip export controls"). */
export const ATTRIBUTIVE = new Set([...MODIFIERS].filter((w) => !/^(the|a|an|its|their|his|her|of|and|or|up|out|back|off|down|in|by|about|per|that|this|those|these|some|many|all|any|such|so-called|twice|half|expanded|limited|targeted|planned|proposed|related)$/.test(w)));

/** Verbs of reporting after which "that" opens a clause of its own. */
export const REPORTING = new Set([
  'said', 'says', 'say', 'declared', 'declares', 'announced', 'announces', 'warned', 'warns', 'added', 'noted',
  'argued', 'argues', 'claimed', 'claims', 'denied', 'denies', 'insisted', 'insists', 'stated', 'states', 'told',
  'confirmed', 'confirms', 'reported', 'reports', 'believe', 'believes', 'estimate', 'estimates', 'expects', 'expect',
]);

/** Prepositions after which a lever is the object of another lever ("controls on gallium"). */
export const OBJECT_PREPOSITIONS = new Set(['on', 'for', 'against', 'covering', 'targeting', 'of', 'over', 'to', 'into']);
/** Words that may stand inside a list of levers or between a lever and its object. */
export const LIST_WORDS = new Set(['and', 'or', 'as', 'well', 'including', 'such', 'a', 'an', 'the', 'long', 'list', 'range', 'of', 'some', 'other', 'types', 'kinds', 'exports', 'imports', 'shipments', 'sales']);

/** Verbs of avoiding or opposing: what they govern is the other side's lever. */
export const AVOIDING = new Set([
  'avoid', 'avoids', 'avoided', 'avoiding', 'forestall', 'forestalls', 'forestalled', 'forestalling', 'avert', 'averts',
  'averted', 'averting', 'challenge', 'challenges', 'challenged', 'challenging', 'resist', 'resisted', 'resisting',
  'fight', 'fought', 'fighting', 'escape', 'escaped', 'evade', 'evaded', 'protest', 'protested', 'oppose', 'opposed',
  'opposes', 'opposing', 'condemn', 'condemned', 'criticise', 'criticised', 'criticize', 'criticized', 'denounce',
  'denounced', 'appeal', 'appealed', 'contest', 'contested', 'demand', 'demanded', 'demands', 'urged', 'sought',
  'opposes', 'resists', 'fights', 'challenges', 'condemns', 'criticises', 'criticizes', 'denounces', 'protests',
]);

/** Prepositions that make a lever the thing reacted to, not the thing wielded ("in response to US tariffs"). */
/** Nouns of a side's own move, before "to" and its verb: "Washington's refusal to exempt it from the new tariffs". */
export const MOVE_NOUNS = new Set([
  'move', 'moves', 'decision', 'plan', 'bid', 'effort', 'attempt', 'push', 'step', 'order', 'refusal', 'threat', 'threats',
  'pledge', 'promise', 'commitment', 'offer', 'proposal', 'failure', 'reluctance', 'readiness', 'willingness',
]);

/** Goods words after a side named by an export control's "on": the goods are that side's own ("on American know-how"). */
export const OWN_GOODS_WORDS = new Set(['goods', 'products', 'exports', 'imports', 'technology', 'technologies', 'know', 'know-how', 'items', 'chips', 'equipment', 'software']);

/** The REACTIVE words of a reply: what follows is the other side's move, answered. */
export const REPLYING = new Set([
  'response to', 'reaction to', 'retaliation for', 'retaliation against', 'retaliating against', 'retaliated against',
  'retaliate against', 'answer to', 'reply to', 'hit back at', 'responded to', 'respond to', 'responding to',
  'countermeasures to', 'countermeasures against', 'countermeasure to', 'countermeasure against', 'retaliation to',
]);

export const REACTIVE = new Set([
  'countermeasures to', 'countermeasures against', 'countermeasure to', 'countermeasure against', 'retaliation to',
  'response to', 'reaction to', 'retaliation for', 'retaliation against', 'retaliating against', 'retaliated against',
  'retaliate against', 'protest against', 'protested', 'protesting', 'complained about', 'criticised', 'criticized',
  'condemned', 'opposed', 'answer to', 'reply to', 'hit back at', 'responded to', 'respond to', 'responding to', 'amid',
  'despite', 'face', 'faces', 'faced', 'facing', 'hit by', 'subject to', 'exposed to', 'suffered from',
  'affected by', 'impacted by', 'hurt by', 'harmed by', 'struck by', 'squeezed by', 'caught by', 'exempt from',
  'exempted from', 'spared from', 'shielded from',
  // Verbs of condemning a lever: the side that condemns it is its target, not its holder.
  'condemns', 'condemning', 'criticises', 'criticizes', 'criticising', 'criticizing', 'denounced', 'denounces',
  'denouncing', 'slam', 'slams', 'slammed', 'slamming', 'decry', 'decries', 'decried', 'blasted', 'blasts', 'lambasted',
  'lambastes', 'object to', 'objects to', 'objected to', 'objecting to', 'railed against', 'rails against', 'out at',
  'deplored', 'deplores', 'warned against', 'warns against', 'attacked', 'assailed', 'castigated', 'bemoaned',
  'lamented', 'bristled at', 'chafed at', 'aim at', 'back against', 'protests', 'opposes', 'opposing',
  // What a side gets "in exchange for" or "in return for" its own move is the other side's.
  'exchange for', 'return for',
  // "China is the main target of the new export controls": the side targeted does not hold them.
  'target of', 'targets of', 'victim of', 'victims of', 'brunt of',
]);

/** The last word of each REPLYING phrase: a pair of words is looked up only when its second word is one of these. */
export const REPLYING_LAST_WORDS = new Set([...REPLYING].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/** The last word of each REACTIVE phrase: a pair of words is looked up only when its second word is one of these. */
export const REACTIVE_LAST_WORDS = new Set([...REACTIVE].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/** Nouns that a lever word can qualify without being wielded: "semiconductor pact", "tariff dispute". */
export const ADJUNCT_HEADS = new Set([
  'dispute', 'disputes', 'pact', 'agreement', 'accord', 'talks', 'row', 'war', 'deal', 'issue', 'issues', 'industry',
  'industries', 'sector', 'firms', 'companies', 'makers', 'producers', 'manufacturers', 'market', 'markets', 'negotiations',
  'friction', 'conflict', 'fight', 'battle', 'showdown', 'standoff', 'association', 'group', 'stocks', 'shares',
]);

/** Words that may stand between a verb and the verb it governs ("waived its right to impose"). */
export const CHAIN_LINKS = new Set([
  'to', 'its', 'their', 'his', 'her', 'the', 'a', 'right', 'rights', 'power', 'plan', 'plans', 'threat', 'decision',
  'move', 'bid', 'effort', 'efforts', 'whether', 'on', 'of', 'vote', 'ability', 'capacity', 'attempt', 'attempts',
]);

/** Verbs by which a rule falls on goods ("the limits apply to antimony ore"). */
export const APPLYING = new Set(['apply', 'applies', 'applied', 'applying', 'extend', 'extends', 'extended']);

/** Finite forms of "be": a verb form before one is a noun in the subject ("the suspensions were among ..."). */
export const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** Words before a verb form that make it a noun or adjective ("the supply", "its matching fees"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'new', 'further', 'more', 'any', 'no', 'this', 'that']);
/** Permissions whose denial tightens: "would not be permitted". */
export const PERMISSIONS = /^(permit|permits|permitted|allow|allows|allowed|approve|approves|approved|grant|grants|granted)$/;

/** Words before a measure that say it is in force and biting ("under US sanctions", "because of the controls"). */
export const IN_FORCE_BEFORE = new Set([
  'under', 'because of', 'due to', 'subject to', 'hit by', 'hit with', 'face', 'faces', 'faced', 'facing', 'despite',
  'amid', 'response to', 'retaliation for', 'retaliation against', 'affected by', 'exempt from', 'exempted from',
  'burdened by', 'slapped with', 'targeted by', 'blocked by', 'barred by', 'restricted by', 'evade', 'evading',
  'circumvent', 'circumventing', 'violating', 'violation of', 'breach of', 'breaching', 'complying with', 'comply with',
  'countermeasures to', 'responding to', 'respond to', 'responded to', 'reprisal for', 'hit back at', 'answer to',
  'reply to', 'exposed to', 'retaliation to', 'retaliating against', 'retaliate against', 'retaliated against',
]);

/** Words in a clause that make a lever both sides' at once: "tariffs imposed on each other". */
export const RECIPROCAL = [
  'each other', 'one another', 'both sides', 'both countries', 'both nations', 'both governments', 'the two sides',
  'the two countries', 'the two nations', 'the two governments', 'the two economies', 'the two powers',
  'mutual', 'mutually', 'neither side', 'neither country',
];

/** Words before a lever that make it the subject of analysis or talk, not a move: "the impact of tariffs". */
export const ANALYSED = new Set([
  'impact', 'impacts', 'effect', 'effects', 'cost', 'costs', 'talks', 'negotiations', 'discussions', 'debate', 'study',
  'studies', 'history', 'question', 'questions', 'issue', 'issues', 'topic', 'about', 'understanding', 'analysis',
  'consequences', 'uncertainty', 'economics', 'politics', 'role', 'use',
  // "Japan's past dependence on Chinese rare earth imports", "depends heavily on EDA tools": what a side relies on.
  'dependence', 'dependency', 'reliance', 'depend', 'depends', 'depended', 'rely', 'relies', 'relied', 'dependent', 'reliant',
  'future', 'fate', 'scope', 'details', 'legality', 'lawsuit', 'ruling', 'challenge', 'case', 'expert', 'experts',
  'regarding', 'concerning', 'comply', 'tailored', 'designed', 'definition', 'meaning', 'target', 'concerns', 'fears',
  // "cited problems with South Korea's export controls", "opponents of the tariff policy".
  'problems', 'problem', 'criticism', 'critics', 'opponents', 'opposition',
  // "the stated purpose of the tariffs is to", "the rationale behind the tariff": why a lever exists is analysis.
  'purpose', 'purposes', 'rationale', 'justification', 'justifications',
  // "the biggest producer of gallium", "its largest supplier of soybeans": who makes or buys a good.
  'producer', 'producers', 'supplier', 'suppliers', 'exporter', 'exporters', 'importer', 'importers', 'buyer', 'buyers',
  // "the company, which manufactures chip-making equipment", "a firm that develops AI chips": what a maker makes.
  'manufacture', 'manufactures', 'manufacturing', 'produces', 'producing', 'designs', 'develops', 'developing',
  // "his arithmetic counted the 10 percent reciprocal rate", "lawyers compared the 0.1 percent rule with": a sum or a
  // comparison made of the lever.
  'count', 'counts', 'counted', 'counting', 'compare', 'compares', 'compared', 'comparing', 'calculate', 'calculates',
  'calculated', 'calculating', 'tally', 'tallied',
]);

/** Verbs that say who pays for or bears a lever, or what it rests on: analysis, not a move. */
export const DESCRIBING = new Set([
  'paid', 'pay', 'pays', 'borne', 'bear', 'bears', 'absorb', 'absorbed', 'absorbs', 'passed', 'stem', 'stems',
  'stemmed', 'rest', 'rests', 'counted', 'accounted', 'totalled', 'totaled', 'amounted', 'compared', 'risk', 'risks',
  'account', 'accounts', 'totals', 'represent', 'represents', 'represented', 'generate', 'generates',
  'generated',
]);

/** Nouns after a lever word that make it a topic, not an instrument in use: "tariff revenue", "sanctions experts". */
export const ANALYSED_AFTER = new Set([
  'revenue', 'revenues', 'expert', 'experts', 'policy', 'policies', 'debate', 'history', 'talks', 'negotiations',
  'lawyer', 'lawyers', 'analyst', 'analysts', 'regime', 'war', 'wars', 'dispute', 'disputes', 'fight', 'battle',
  // "sanctions evasion", "a settlement over sanctions violations": breaking a lever is not moving it.
  'evasion', 'violation', 'violations', 'breaches', 'compliance',
]);

/**
 * Nouns a lever only qualifies, whatever verb follows: "Tariff story takes new twists", "vindicating the tariff
 * strategy", "the H20 model tailored for export restrictions", "tariff revenue raised from importers".
 */
export const NAMED_HEADS = new Set([
  'story', 'stories', 'strategy', 'strategies', 'structure', 'model', 'models', 'saga', 'chaos', 'turmoil',
  'uncertainty', 'revenue', 'revenues', 'receipts', 'playbook',
]);

/** What is raised when "raise" moves no lever: "raised concerns about", "raised alarm over", "security risks raised". */
export const RAISED_WORRIES = new Set([
  'concern', 'concerns', 'alarm', 'alarms', 'question', 'questions', 'fear', 'fears', 'doubt', 'doubts', 'objection',
  'objections', 'worry', 'worries', 'risk', 'risks', 'eyebrows', 'hope', 'hopes', 'red', 'flag', 'flags', 'suspicion', 'suspicions',
]);

/** Words of not managing what follows "to": "of failing to stop the flow of fentanyl", "failed to produce a rollback". */
export const FAILING = new Set(['fail', 'fails', 'failed', 'failing', 'failure', 'failures']);

/** What a lever's effect on an economy is measured in: "tariffs do increase prices", "raise the costs of goods". */
export const PRICE_OBJECTS = new Set(['price', 'prices', 'cost', 'costs', 'inflation']);

/** Words of a flow going on as before: "India's continued purchase of Russian oil", "the ongoing imports of". */
export const GOING_ON = new Set(['continued', 'continuing', 'ongoing', 'persistent', 'sustained']);

/** Participles that make the subject of a passive the target of a lever: "China was hit with tariffs". */
export const HIT_VERBS = new Set([
  'hit', 'targeted', 'slapped', 'punished', 'sanctioned', 'blacklisted', 'penalised', 'penalized', 'struck', 'threatened',
  'subjected', 'saddled', 'socked', 'singled', 'barred', 'banned', 'blocked', 'cut', 'added', 'placed', 'put', 'named',
  'designated', 'excluded', 'denied', 'spared', 'exempted', 'affected', 'squeezed', 'angered', 'upset', 'hurt',
  'frustrated', 'incensed', 'under', 'charged', 'taxed', 'fined',
]);

/** Verbs whose subject bears a lever: "Canada faces duties". */
export const FACING = new Set(['face', 'faces', 'faced', 'facing', 'endure', 'endures', 'endured', 'suffer', 'suffers', 'suffered']);

/** Prepositions after which a possessive names a lever's target: "tariffs on China's goods". */
export const POSSESSIVE_TARGET_PREPOSITIONS = new Set(['on', 'against', 'targeting', 'into', 'to', 'at', 'from', 'of']);

/** Nouns of trade flows: "exports to", "imports from", "sales to". */
export const TRADE_FLOWS = new Set([
  'exports', 'imports', 'sales', 'shipments', 'goods', 'products', 'purchases', 'deliveries', 'supplies', 'export',
  'import', 'sale', 'shipment',
]);

/** Words before a capitalised word that make it a person's name: "Mr Levy", "Secretary Levy". */
export const NAME_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lady', 'lord', 'judge', 'senator', 'rep', 'governor',
  'mayor', 'chairman', 'chairwoman', 'coach', 'captain', 'sen', 'gov', 'named', 'called',
]);

/** Goods whose capitalised singular is a company: "Apple", "Orange". */
export const COMPANY_WORDS = new Set(['apple', 'orange', 'blackberry', 'shell']);

/** Words before "duty" that make it an obligation: "his duty", "a moral duty". */
export const OBLIGATION_BEFORE = new Set([
  'his', 'her', 'my', 'our', 'your', 'moral', 'civic', 'patriotic', 'legal', 'fiduciary', 'sacred', 'solemn', 'public',
  'bound', 'sense', 'line', 'active', 'military', 'national', 'first', 'primary', 'special', 'statutory',
]);

/**
 * Names of statutes that are also aliases of the measures taken under them: alone ("pursuant to Section 301", "IEEPA
 * does not authorize the President", "a Section 301 petition") they name the law; with a word of the measure close after
 * ("Section 301 tariffs", "Section 232 measures", "Section 232 automobiles and automobile parts tariffs") the measure.
 */
export const STATUTE_ALIASES = new Set(['section 301', 'section 232', 'section 122', 'section 201', 'ieepa']);
export const STATUTE_MEASURE_NOUNS = new Set([
  'tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies', 'measure', 'measures', 'action', 'actions', 'investigation',
  'investigations', 'probe', 'probes', 'inquiry', 'case', 'cases', 'exclusion', 'exclusions', 'exemption', 'exemptions',
  'rate', 'rates', 'fees', 'surcharge', 'surcharges', 'relief', 'quota', 'quotas', 'restrictions', 'review', 'list', 'lists',
]);

/**
 * Practices a measure is aimed at, named in the lever's aliases: "forced labour" is what the UFLPA bans, not the ban.
 * Alone ("victims of wartime forced labor", "goods made with forced labour") the phrase names no lever; with a word of
 * the measure after it ("forced labor import ban", "forced-labour law", "forced labor prevention efforts") it does.
 */
export const PRACTICES = new Set(['forced labour', 'forced labor']);
export const PRACTICE_MEASURE_NEXT = new Set([
  'ban', 'bans', 'import', 'imports', 'law', 'laws', 'act', 'rule', 'rules', 'regulation', 'regulations', 'legislation',
  'statute', 'provision', 'provisions', 'prevention', 'presumption', 'list', 'entity', 'restrictions', 'detentions',
  'detention', 'sanctions', 'tariffs', 'duties', 'order', 'orders',
]);

/** Lever words that count only in a sentence about export controls ("processors", "components"). */
export const CONTROL_ONLY = new Set([
  'gpu', 'gpus', 'processor', 'processors', 'accelerator', 'accelerators', 'hopper', 'component', 'components', 'sub-assembly',
  'sub-assemblies', 'subassembly', 'subassemblies', 'part', 'parts',
]);

/** Words that name China in a sentence on the flow of fentanyl (see needsCueWord): the side that holds the precursors. */
export const FENTANYL_SOURCE_WORDS = new Set(['china', 'chinese', 'beijing', 'xi', 'prc']);
/** Words that put a flow of fentanyl at the US's land borders, not China's precursors (see needsCueWord). */
export const BORDER_FLOW_WORDS = new Set(['canada', 'canadian', 'canadians', 'ottawa', 'mexico', 'mexican', 'mexicans', 'border', 'borders', 'cartel', 'cartels']);

/**
 * Verbs of making a part word after them (see needsCueWord): "Huawei tried to design more components in-house", "the
 * feasibility of producing more components in the country": a part made at home, not one whose export is controlled.
 */
export const MAKING_PART_VERBS = new Set([
  'design', 'designs', 'designing', 'produce', 'produces', 'producing', 'make', 'makes', 'making', 'manufacture',
  'manufactures', 'manufacturing', 'build', 'builds', 'building', 'develop', 'develops', 'developing',
]);

/**
 * Words that are controlled goods only when a side owns them ("American components and software", "U.S.-origin
 * technology", "US-designed equipment") or when they stand in a list with another lever, and the sentence is on
 * export controls: "technology companies" and "the software update" are not levers.
 */
export const OWNED_ONLY = new Set(['technology', 'technologies', 'software', 'equipment']);

/**
 * Side words that own goods right before them, and the hyphenated words between ("U.S.-origin", "US-made"): the
 * US only, whose export rules reach goods by origin (the page gate looks for each pair, so the list stays short).
 */
export const OWNER_WORDS = new Set(['american', 'us']);
export const OWNED_VIA = new Set(['origin', 'designed', 'made']);

/** Words that put a sentence on export controls. */
export const CONTROL_CUES = new Set([
  'export', 'exports', 'exported', 'exporting', 'control', 'controls', 'controlled', 'restriction', 'restrictions',
  'restricted', 'restrict', 'restricts', 'curb', 'curbs', 'curbed', 'ban', 'banned', 'bans', 'barred', 'bar', 'licence',
  'licences', 'license', 'licenses', 'licensing', 'licensed', 'blacklist', 'blacklisted', 'entity', 'sanctions',
  'sanctioned', 'embargo', 'prohibited', 'prohibit', 'sell', 'sold', 'selling', 'sales', 'ship', 'shipped', 'shipping',
  'shipments', 'denied', 'deny', 'approval', 'approved', 'smuggled', 'smuggling', 'diverted', 'supplying', 'supply',
  'supplies', 'listing', 'listed', 'blacklisting', 'cut', 'suppliers', 'buy', 'buying', 'bought', 'dependence',
  // "limit China's access to advanced semiconductors", "semiconductors now a prime source of leverage".
  'access', 'leverage',
]);

/** Words that put pressure on goods named in the same sentence: "retaliation targets pork", "halted purchases". */
/**
 * "China suspends seafood from Japan", "suspending all imported seafood", "banning imports of Japanese fish": the
 * -s and -ing forms of a halt put a good under pressure like PRESSURE_CUES, except where what is halted is a firm's
 * own orders ("buyers began cancelling or suspending orders"), which is commerce, not a measure.
 */
export const HALT_FORMS = new Set(['suspends', 'suspending', 'banning']);
export const COMMERCIAL_HALTS = new Set(['orders', 'order', 'shipments', 'production', 'operations']);

export const PRESSURE_CUES = new Set([
  'retaliation', 'retaliatory', 'retaliate', 'retaliated', 'retaliating', 'target', 'targets', 'targeted', 'targeting',
  'boycott', 'boycotts', 'boycotted', 'halt', 'halted', 'halts', 'halting', 'suspend', 'suspended', 'suspension', 'ban',
  'banned', 'bans', 'barred', 'block', 'blocked', 'purchases', 'purchase', 'buy', 'buying', 'bought', 'countermeasures',
  'countermeasure', 'reprisal', 'list', 'covers', 'cover', 'covered', 'hit', 'punish', 'punished', 'resume', 'resumed', 'resumption', 'stop',
  'stopped', 'cease', 'ceased', 'commitments', 'commitment', 'pledge', 'pledged', 'quota', 'quotas', 'probe',
  'investigation', 'dumping', 'levies', 'taxes', 'hitting', 'slapped', 'imposed', 'impose', 'tit', 'affected',
  // "pulled American wine from its shelves", "pork was the heaviest blow", "spared from the list".
  'pulled', 'shelves', 'blow', 'spared', 'excluded', 'exempted',
  // "energy imported from Canada would be taxed at an additional 10%", "a tax was levied on footwear".
  'taxed', 'levied', 'tariffed', 'surcharge', 'surtax',
]);

/** Words that make a flow a requirement, not a grant: "must apply for licences", "required to get approvals". */
export const REQUIREMENT = new Set([
  'require', 'requires', 'required', 'requiring', 'requirement', 'requirements', 'must', 'need', 'needs', 'needed',
  'mandated', 'mandate', 'mandatory', 'obliged', 'obligated', 'compelled', 'only',
]);

/** Verbs that stop the verb after them: "avoid buying", "barred from selling", "shun purchases". */
export const PREVENTING = new Set([
  'avoid', 'avoids', 'avoided', 'avoiding', 'prevent', 'prevents', 'prevented', 'preventing', 'bar', 'barred', 'bars',
  'barring', 'ban', 'banned', 'bans', 'banning', 'prohibit', 'prohibited', 'prohibits', 'forbid', 'forbade',
  'forbidden', 'shun', 'shunned', 'discourage', 'discouraged', 'discouraging', 'refuse', 'refused', 'refuses',
  'block', 'blocked', 'blocks', 'restrict', 'restricted', 'restricts', 'stopped', 'stop', 'stops', 'halt', 'halted',
]);

/** Words that waive a lever outright: "zero-tariff quota", "tariff-free access", "duty exemption". */
/** Nouns of an easing granted from a measure: "an exemption to tariffs". */
export const EXEMPTIONS = new Set(['exemption', 'exemptions', 'waiver', 'waivers', 'exclusion', 'exclusions', 'reprieve']);

/**
 * Limits on an amount: raising one lets more through ("increase the quota for US beef", "raise the price cap"),
 * cutting one lets less, the other way round from a duty.
 */
export const LIMIT_HEADS = new Set(['quota', 'quotas', 'cap', 'caps', 'ceiling', 'ceilings', 'allocation', 'allocations', 'allowance', 'allowances']);
/** Verbs that change an amount (not "extend" or "introduce", which keep or bring in a limit). */
export const AMOUNT_VERBS = /^(increas|rais|expand|boost|doubl|tripl|enlarg|widen|lower|reduc|cut|slash|halv|trim|shrink)/;

export const FREE_OF = new Set([
  'zero', 'free', 'exemption', 'exemptions', 'exempt', 'exempted', 'waiver', 'waivers', 'exclusion', 'exclusions',
  'relief', 'reprieve',
]);

/** Nouns that a good can qualify without being a lever: "chip industry", "rare-earth producer", "magnet shortage". */
export const ATTRIBUTIVE_HEADS = new Set([
  'industry', 'industries', 'sector', 'sectors', 'firm', 'firms', 'company', 'companies', 'maker', 'makers', 'producer',
  'producers', 'manufacturer', 'manufacturers', 'toolmaker', 'toolmakers', 'chipmaker', 'chipmakers', 'automaker',
  'automakers', 'carmaker', 'carmakers', 'manufacturing', 'market', 'markets', 'stock', 'stocks', 'shares',
  'mine', 'mines', 'miner', 'miners', 'mining', 'production', 'processing', 'plant', 'plants', 'facility',
  'facilities', 'factory', 'factories', 'giant', 'giants', 'circuitry', 'design', 'designer', 'designers', 'startup',
  'startups', 'shortage', 'shortages', 'technology', 'research', 'researchers', 'engineers', 'workers', 'jobs',
  'investment', 'investments', 'subsidies', 'capacity', 'launch', 'range', 'lineup', 'family',
  'industrial', 'equipment', 'materials', 'reserves', 'deposits', 'refining', 'refineries', 'separation', 'price',
  'prices', 'farmers', 'growers', 'producer', 'lobby', 'association', 'self-sufficiency', 'ambitions', 'standoff', 'policy',
  'policies', 'holder', 'holders', 'index', 'indexes', 'indices', 'outfit', 'outfits', 'exporter', 'exporters', 'importer',
  'importers', 'customers', 'earnings', 'group', 'groups', 'race', 'rivalry', 'competition', 'darling', 'darlings', 'stability', 'truce',
  'alliance', 'alliances', 'knowledge', 'redesign', 'redesigns', 'analyst', 'analysts', 'development', 'substrate',
  'substrates', 'exposure', 'progress', 'supplier', 'suppliers', 'orchards', 'consumption', 'security',
  // "China's chip-making capabilities", "memory chip sites", "the semiconductor supply chain".
  'making', 'capabilities', 'capability', 'site', 'sites', 'chain', 'chains', 'rivalry', 'race', 'sovereignty',
  // "soybean futures fell": the market. "cognac house Martell", "chip concerns".
  'futures', 'house', 'houses', 'concerns',
]);

/** People a demonym can qualify: "Chinese students" are whom a visa lever bears on, not who holds it. */
export const PEOPLE = new Set([
  'students', 'student', 'nationals', 'citizens', 'workers', 'researchers', 'scholars', 'academics', 'travellers',
  'travelers', 'tourists', 'visitors', 'employees', 'executives', 'engineers', 'scientists', 'applicants', 'migrants',
  'graduates', 'professionals', 'journalists', 'consumers', 'buyers', 'shoppers', 'farmers', 'growers', 'exporters',
  'importers', 'investors',
]);

/** The ones who ship: "Japanese companies", "Chinese exporters" (who must apply for a licence). */
export const FIRMS = new Set([
  'companies', 'company', 'firms', 'firm', 'exporters', 'exporter', 'producers', 'manufacturers', 'makers', 'suppliers',
  'businesses',
]);

/** Heads of a private body a side's name may own, besides FIRMS and PEOPLE: "Britain's aluminium sector". */
export const PRIVATE_HEADS = new Set([
  'sector', 'sectors', 'industry', 'industries', 'news', 'newspaper', 'media', 'shares', 'stocks', 'automakers',
  'carmakers', 'chipmakers', 'steelmakers', 'automaker', 'carmaker', 'chipmaker', 'steelmaker', 'ag', 'inc', 'corp',
]);

/** Verbs of asking for a licence: "apply for", "seek", "obtain". */
export const SEEKING_LICENCE = new Set([
  'apply', 'applying', 'applied', 'applies', 'seek', 'seeking', 'sought', 'obtain', 'obtaining', 'request', 'requesting',
  'ask', 'asking',
]);

/** Verbs of buying a good: "companies have ordered 2 million H200s". */
export const BUYING_VERBS = new Set([
  'buy', 'buys', 'bought', 'buying', 'purchase', 'purchased', 'purchasing', 'order', 'ordered', 'ordering', 'import',
  'imported', 'importing', 'acquire', 'acquired', 'acquiring', 'stockpile', 'stockpiled', 'stockpiling',
]);

/** Verbs of selling a good: "the United States shipped virtually nothing in soybeans to China". */
export const SELLING_VERBS = new Set([
  'sell', 'sells', 'sold', 'selling', 'ship', 'ships', 'shipped', 'shipping', 'export', 'exports', 'exported', 'exporting',
  'supply', 'supplies', 'supplied', 'supplying', 'deliver', 'delivers', 'delivered', 'delivering',
]);

/** Nouns after a side name that make it the exporter: "US exports", "Japanese exporters", "Dutch manufacturer". */
export const EXPORTERS = new Set([
  'exports', 'export', 'exporters', 'exporter', 'shipments', 'sales', 'manufacturer', 'manufacturers', 'supplier',
  'suppliers',
]);

/** Verbs of asking: the side they take as object is asked to act ("urged Tokyo to lower tariffs"). */
export const ASKING = new Set([
  'ask', 'asked', 'asks', 'asking', 'urge', 'urged', 'urges', 'urging', 'press', 'pressed', 'presses', 'pressing',
  'pressure', 'pressured', 'pressuring', 'persuade', 'persuaded', 'force', 'forced', 'forcing', 'told', 'tell',
  'tells', 'want', 'wants', 'wanted', 'allow', 'allowed', 'get', 'got',
  // Verbs of making or moving a side to act: "pushed Japan to tighten", "prompted Beijing to impose".
  'persuades', 'persuading', 'forces', 'push', 'pushed', 'pushes', 'pushing', 'prompt', 'prompted', 'prompts',
  'prompting', 'led', 'lead', 'leads', 'leading', 'drove', 'drive', 'drives', 'driven', 'spur', 'spurred', 'spurs',
  'spurring', 'compel', 'compelled', 'compels', 'encourage', 'encouraged', 'encourages', 'encouraging', 'convince',
  'convinced', 'lobby', 'lobbied', 'lobbies', 'lobbying', 'invite', 'invited', 'provoke', 'provoked', 'provokes',
  // Verbs of letting a side act: "allowing Beijing to enforce penalties like fines or bans", "enables Washington to".
  'allows', 'allowing', 'enable', 'enables', 'enabled', 'enabling', 'empower', 'empowers', 'empowered', 'empowering',
  'authorise', 'authorises', 'authorised', 'authorising', 'authorize', 'authorizes', 'authorized', 'authorizing',
]);

/** Words before a lever word that make it a noun ("the ban", "new curbs", "export controls"). */
export const NOUN_BEFORE = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'new', 'fresh', 'any', 'no', 'these',
  'those', 'such', 'of', 'on', 'with', 'by', 'from', 'more', 'further', 'tougher', 'stricter', 'sweeping', 'broad',
  'broader', 'existing', 'export', 'import', 'trade', 'technology', 'chip', 'tech',
]);

/** Words that end a company name ("JL MAG Rare-Earth Co."). */
export const COMPANY_SUFFIXES = new Set([
  'co', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'group', 'holdings', 'company', 'gmbh', 'ag', 'sa',
]);

/** Capitalised nouns that open the name of a body before "of": "the Ministry of Trade, Industry and Energy". */
export const BODY_NAMES = new Set([
  'ministry', 'department', 'secretary', 'minister', 'bureau', 'office', 'commission', 'agency', 'council', 'committee',
  'institute', 'association', 'federation', 'administration', 'authority', 'board', 'chamber', 'centre', 'center',
  'university', 'school', 'academy', 'society', 'foundation', 'forum', 'union', 'corporation', 'company', 'bank',
]);

/** Capitalised words of the calendar, which name no party: "the April rules", "the Friday announcement". */
export const CALENDAR_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words of time and place that may stand between a lever and its participle ("the tariff levied in April on"). */
export const TIME_AND_PLACE = new Set([
  'in', 'at', 'from', 'with', 'since', 'until', 'by', 'last', 'this', 'next', 'year', 'month', 'week', 'day',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
]);

/** Verbs of giving up a right: "waived its right to impose duties" reverses the verb they govern. */
export const GIVING_UP = new Set([
  'waive', 'waived', 'waives', 'waiving', 'forgo', 'forgoes', 'forwent', 'renounce', 'renounced', 'abandon',
  'abandoned',
]);

/** Words after "is"/"was" that make a sentence a definition of the lever ("H20 is the chip", "graphite is used"). */
export const DEFINING = new Set([
  'a', 'an', 'the', 'one', "nvidia's", 'its', 'their', 'used', 'essential', 'key', 'vital', 'crucial', 'critical',
  'central', 'made',
]);

/** After a copula (and an adverb) a good was made for something: "The H20 chip was specifically designed for". */
export const MADE_FOR = new Set(['designed', 'created', 'developed', 'built', 'engineered', 'tailored', 'made']);

/** Nouns that may stand between a lever and the verb after it ("tariffs on goods were lifted"). */
export const PASSABLE_NOUNS = new Set([
  'goods', 'imports', 'exports', 'products', 'firms', 'companies', 'principle', 'effect', 'practice', 'part', 'in',
  // "The approval rate for rare earth export licences has climbed": the measure of a flow moves with it.
  'rate', 'rates', 'volume', 'volumes', 'pace',
]);

/** Words after a side name that make it the origin of goods or firms ("China-made", "US-owned"), or where they go ("China-bound"). */
export const ORIGIN_WORDS = new Set([
  'made', 'built', 'owned', 'linked', 'based', 'origin', 'bound', 'destined',
]);

/** Verbs that show a noun after a side adjective is acting ("US chipmakers urge", "Japanese firms want"). */
export const ACTIVE_AFTER_NOUN = new Set([
  'urge', 'urged', 'urges', 'want', 'wants', 'wanted', 'say', 'said', 'says', 'called', 'call', 'calls', 'demand',
  'demanded', 'demands', 'ask', 'asked', 'asks', 'plan', 'planned', 'plans',
]);

/** Words inside a lever's name that make the lever itself an easing: "general licence", "exemption", "waiver". */
export const EASING_NAMES = new Set(['general', 'truce', 'zero', 'free', 'exclusion', 'exclusions', 'tgl']);

/** Short words a headline in title case leaves in lower case ("Key Details of the New Tariffs"). */
export const TITLE_MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'per', 'into', 'over', 'up']);

/** Words before a head noun that make it refer back to something named before ("the list", "its exemption"). */
export const ANAPHOR_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'such']);

/** One word that may stand between such a determiner and the head noun ("the new list", "the proposed law"). */
export const ANAPHOR_MODIFIERS = new Set(['new', 'proposed', 'planned', 'current', 'latest', 'same', 'expanded', 'updated', 'revised', 'final', 'initial', 'original', 'entire', 'whole', 'full', 'official', 'controversial', 'so-called', 'retaliatory', 'own', 'reciprocal', 'additional', 'extra', 'appropriate', 'required']);

/**
 * The shape of a chip's model number: "H20", "H800", "B30A", "MI308", "GB300", "910C", and their plurals ("H20s").
 * A shape alone is also a jet ("A380"), a summit ("G20") or a fighter ("F35"): chipModelAt asks for a chip noun after
 * it or a chipmaker before it.
 */
export const CHIP_MODEL = /^(?:[A-Z]{1,3}\d{2,4}[A-Z]{0,2}|\d{3}[A-Z]{1,2})s?$/;
/**
 * Words that only describe a model between its name and its noun ("MI308 artificial intelligence accelerators", "H20 HGX
 * AI GPU", "Blackwell architecture chips", "1980i DUV immersion lithography systems"): see modelAbsorbs.
 */
export const MODEL_DESCRIPTORS = new Set(['artificial', 'intelligence', 'ai', 'architecture', 'hgx', 'data', 'center', 'centre', 'graphics', 'duv', 'euv', 'deep', 'extreme', 'ultraviolet', 'immersion']);
/** The nouns a model name absorbs across MODEL_DESCRIPTORS: its chips, or its machines. */
export const MODEL_KIND_NOUNS = new Set(['chip', 'chips', 'gpu', 'gpus', 'processor', 'processors', 'accelerator', 'accelerators', 'microchip', 'microchips', 'semiconductor', 'semiconductors', 'lithography', 'system', 'systems', 'machine', 'machines', 'scanner', 'scanners', 'tool', 'tools']);
/** Nouns for what a model number names: "the B40 chips", "its L20 accelerators", "MI308 GPUs". */
export const CHIP_MODEL_NOUNS = new Set(['chip', 'chips', 'gpu', 'gpus', 'processor', 'processors', 'accelerator', 'accelerators', 'microchip', 'microchips', 'semiconductor', 'semiconductors']);
/**
 * Words that put a sentence on chipmaking, for a bare "tools" (see addChipTools): "supply tools to China's memory
 * chipmakers", "wafer fabrication equipment and tools", "chips produced using US-designed tools".
 */
export const CHIPMAKING_WORDS = new Set(['chip', 'chips', 'chipmaker', 'chipmakers', 'chipmaking', 'chip-making', 'semiconductor', 'semiconductors', 'wafer', 'wafers', 'fab', 'fabs', 'foundry', 'foundries', 'lithography', 'fabrication', 'memory']);
/**
 * Words before "tools" that make them some other kind ("cutting tools", "the regulatory tools we have", "its own tools"),
 * or that point back at machines already named ("these tools contain US components").
 */
export const NOT_CHIP_TOOLS = new Set(['cutting', 'machine', 'hand', 'power', 'regulatory', 'policy', 'own', 'diplomatic', 'legal', 'economic', 'political', 'trade', 'retaliatory', 'such', 'other', 'many', 'several', 'software', 'design', 'ai', 'digital', 'online', 'new', 'these', 'those']);
/** Goods a technology or machine may be for making (addMakingTechnology): "technology to produce semiconductors". */
export const MADE_WITH = new Set(['technology', 'technologies', 'equipment', 'tools', 'machines', 'machinery']);
/** Words of making, mining or refining a good (addMakingTechnology). */
export const MAKING_WORDS = new Set([
  'produce', 'producing', 'production', 'make', 'making', 'manufacture', 'manufacturing', 'fabricate', 'fabricating',
  'fabrication', 'build', 'building', 'mining', 'mine', 'smelting', 'smelt', 'refining', 'refine', 'processing', 'separation',
]);
/** Chips made with such a technology, beyond CHIPMAKING_WORDS: memory by its kinds. */
export const MADE_CHIPS = new Set(['dram', 'nand', 'microchips', 'microchip', 'processors', 'hbm']);

/**
 * Words before or after "equipment" that make it some other kind ("military equipment", "telecommunications equipment")
 * or name its makers or buyers ("the equipment group", "equipment makers", "procuring equipment for SMIC").
 */
export const NOT_CHIP_EQUIPMENT = new Set(['military', 'telecommunications', 'telecoms', 'telecom', 'network', 'networking', 'medical', 'sports', 'farm', 'agricultural', 'defence', 'defense', 'office', 'household', 'surveillance', 'construction', 'transport', 'protective', 'and', 'group', 'maker', 'makers', 'manufacturer', 'manufacturers', 'supplier', 'suppliers', 'firms', 'companies', 'sector', 'industry', 'stocks', 'for']);
/** Who a blacklist lists (see addCompanyLists): "a list of Chinese companies", "its list of American firms". */
export const LISTED_PARTIES = new Set(['companies', 'firms', 'entities', 'businesses', 'suppliers']);
/** Words that make a list of companies a blacklist: export controls, sanctions, a ban, selling without a licence. */
export const BLACKLIST_CUES = new Set([
  'export', 'exports', 'controls', 'sanctions', 'sanctioned', 'ban', 'banned', 'barred', 'bars', 'prohibited', 'licence',
  'license', 'unreliable', 'blacklist', 'blacklisted', 'punish', 'harm', 'harmed', 'restrictions', 'restricted',
]);
/** Makers and product lines whose name before a model number makes it a chip: "Nvidia's H800", "AMD MI325X", "Ascend 920". */
export const CHIP_MODEL_MAKERS = new Set(['nvidia', 'amd', 'huawei', 'intel', 'ascend', 'blackwell', 'hopper', 'rubin', 'cambricon', 'hisilicon']);

/** Verbs and nouns of buying that make a side's goods a purchase commitment: "offering to buy extra US goods". */
export const PURCHASE_WORDS = new Set(['buy', 'buys', 'buying', 'bought', 'purchase', 'purchases', 'purchasing', 'purchased', 'import', 'importing']);
/** Nouns for a side's goods in general: "US goods", "American products", "U.S. exports". */
export const GOODS_NOUNS = new Set(['goods', 'products', 'exports', 'produce']);

/**
 * Words for a charge that name a tariff when a rate or goods say so: "10 per cent taxes on $200 billion of Chinese
 * imports", "an additional 25% penalty", "taxes on steel and aluminum imports". Alone they are income taxes and fines.
 */
export const RATED_CHARGES = new Set(['tax', 'taxes', 'penalty', 'penalties']);

/** Taxes that are not tariffs, next to the charge word: "income tax", "a 15% corporate tax", "a 50% tax rate". */
export const NOT_TARIFF_TAXES = new Set(['rate', 'rates', 'band', 'bands', 'bracket', 'brackets', 'credit', 'credits', 'break', 'breaks', 'relief', 'return', 'returns', 'haven', 'havens', 'code', 'payers', 'rebate', 'rebates', 'deduction', 'deductions', 'income', 'corporate', 'corporation', 'sales', 'property', 'payroll', 'capital', 'gains', 'value-added', 'consumption', 'fuel', 'carbon', 'windfall', 'inheritance', 'digital', 'services', 'minimum', 'withholding', 'wealth', 'estate', 'excise', 'stamp', 'luxury', 'vat', 'profit', 'profits', 'revenue', 'tobacco']);

/** Goods a charge falls on, after "on" or "against": what makes "taxes on ..." a tariff. */
export const TAXED_GOODS = new Set(['imports', 'imported', 'import', 'goods', 'products', 'product', 'items', 'steel', 'aluminium', 'aluminum', 'cars', 'autos', 'vehicles', 'exports', 'merchandise', 'lines', 'shipments', 'commodities']);

/** Nouns of goods moving across a border: the object that makes a measure word a trade measure ("limits on these exports"). */
export const FLOW_NOUNS = new Set(['exports', 'export', 'shipments', 'sales', 'sale', 'imports', 'deliveries', 'supplies']);

/** Gerunds of trading a good, whose object a ban keeps from moving ("barred from exporting certain products"). */
export const BARRED_TRADE = new Set(['exporting', 'purchasing', 'buying', 'selling', 'supplying', 'shipping', 'importing']);
/** One word between such a gerund and "products": "certain products", "finished products". */
export const BARRED_PRODUCT_WORDS = new Set(['certain', 'specific', 'some', 'all', 'any', 'its', 'their', 'finished', 'these', 'those']);
/** Verbs of a ban whose "from" takes the trade it stops ("prohibited operators from buying"). */
export const BAN_FORMS = new Set(['bar', 'bars', 'barred', 'barring', 'ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'block', 'blocks', 'blocked', 'blocking', 'forbid', 'forbids', 'forbidden', 'forbade']);
/** Verbs of stopping a trade the subject is told to stop ("should stop purchasing Micron products"). */
export const STOP_FORMS = new Set(['stop', 'stops', 'stopped', 'stopping', 'halt', 'halts', 'halted', 'halting', 'cease', 'ceases', 'ceased']);

/** Nouns of a promise to buy: "its pledge to buy", "commitments to purchase". */
export const PROMISES = new Set(['promise', 'promises', 'pledge', 'pledges', 'commitment', 'commitments', 'deal', 'agreement', 'vow', 'vows', 'undertaking', 'undertakings']);

/** Words that say a promise was broken or given up: "broken promises", "reneged on its pledge", "scrapping a deal". */
export const BREAKING = new Set(['broken', 'broke', 'break', 'breaks', 'breaking', 'breach', 'breached', 'fail', 'fails', 'failed', 'failing', 'failure', 'renege', 'reneged', 'reneges', 'reneging', 'backtrack', 'backtracked', 'backtracking', 'abandon', 'abandoned', 'abandoning', 'scrap', 'scrapped', 'scrapping', 'scraps', 'ditch', 'ditched', 'ditching', 'unfulfilled', 'short']);

/** Nouns of a quarrel: a lever word right before one names the quarrel ("tariff spat", "tariff-driven"). */
export const QUARREL_HEADS = new Set(['war', 'wars', 'spat', 'spats', 'dispute', 'disputes', 'fight', 'battle', 'row', 'tensions', 'conflict', 'driven', 'feud']);

/** Nouns of a deal: a lever word right before one names the deal ("a tariff agreement"). (A "tariff truce" eases the tariff.) */
export const DEAL_HEADS = new Set(['agreement', 'agreements', 'deal', 'deals', 'pact', 'pacts', 'accord', 'accords', 'arrangement', 'arrangements', 'framework']);

/**
 * Bodies and trades a measure word may name ("the tariff commission", "the Export Control Administration", "an export
 * control lawyer", "Export Control Classification Numbers"): the body or the person, not the measure.
 */
export const BODY_HEADS = new Set([
  'commission', 'commissions', 'committee', 'committees', 'administration', 'bureau', 'office', 'offices', 'agency', 'division',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'specialist', 'specialists', 'classification',
]);

/** Nouns after which the head only qualifies another noun: "the law firm", "the list price". */
export const ANAPHOR_NOT_BEFORE = new Set(['firm', 'firms', 'price', 'prices', 'school', 'schools', 'student', 'students', 'enforcement', 'maker', 'makers', 'professor', 'degree']);

/** Nouns of the buying itself: a side adjective on them names the buyer ("Chinese purchases of US soybeans"). */
export const BUYING_NOUNS = new Set(['purchase', 'purchases', 'buying', 'orders', 'order', 'procurement', 'imports', 'import']);
/** Those, the verbs of buying and the buyers: what shows who buys a good ("continue to buy Russian oil", "the largest buyer of"). */
export const BUYING_WORDS = new Set([
  ...BUYING_NOUNS, 'buy', 'buys', 'bought', 'purchased', 'purchasing', 'imported', 'importing', 'intake', 'buyer', 'buyers',
  'importer', 'importers', 'customer', 'customers',
]);

/** Verbs right before a good that name it as an end use: "to produce semiconductors", "used to make chips". */
export const END_USE_VERBS = new Set(['produce', 'producing', 'develop', 'developing', 'make', 'making', 'manufacture', 'manufacturing', 'fabricate', 'build', 'building', 'power', 'powering', 'clean', 'cleaning', 'coat', 'coating', 'etch', 'etching', 'polish', 'polishing']);
/** Plain modifiers that may stand between an end-use verb and the chips it makes ("produce computer chips"). */
export const END_USE_MODIFIERS = new Set(['computer', 'advanced', 'highly', 'sophisticated', 'memory', 'more', 'most', 'semiconductor', 'chip', 'high', 'end', 'cutting', 'edge', 'leading', 'compound', 'certain']);
/** "production of chips", "crucial for semiconductors", "used in chips": a link word, and the word before it. */
export const END_USE_LINKS = new Set(['of', 'for', 'in', 'to', 'into']);
export const END_USE_BEFORE_LINK = new Set(['production', 'manufacture', 'manufacturing', 'making', 'fabrication', 'used', 'goes', 'go', 'went', 'crucial', 'critical', 'essential', 'vital', 'needed', 'necessary', 'key', 'important', 'inputs', 'input', 'ingredient', 'ingredients',
  // "manufacturers of semiconductors", "supply chains for semiconductors": who makes them or how they move.
  'manufacturers', 'makers', 'producers', 'manufacturer', 'maker', 'producer', 'chains', 'demand',
  // "curb Beijing's ambitions in semiconductors", "China's progress in chips": a field of endeavour, not goods.
  'ambitions', 'ambition', 'progress', 'capabilities', 'capability', 'leadership', 'self-sufficiency', 'self-reliance',
  'advances', 'dominance', 'lead', 'competitiveness', 'prowess']);

/** Number words: "two days after" is a time, not the object of a verb. */
export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'a few', 'many']);

/** Words before "to" that pass on to the verb after it: "licences began to flow", "tariffs are set to rise". */
export const ASPECTUAL = new Set(['begin', 'began', 'begun', 'begins', 'start', 'started', 'starts', 'set', 'expected', 'likely', 'due', 'going', 'about', 'poised', 'scheduled']);

/** Bare words for an investigation: a trade lever only with a word of trade in the sentence (PROBE_CUES). */
export const PROBE_ONLY = new Set(['investigation', 'investigations', 'probe', 'probes', 'inquiry', 'inquiries']);

/** Verbs that open an investigation ("Beijing began a review of", "regulators opened an investigation into"). */
export const PROBE_OPENERS = new Set([
  'open', 'opens', 'opened', 'opening', 'launch', 'launches', 'launched', 'launching', 'begin', 'begins', 'began', 'begun',
  'start', 'starts', 'started', 'initiate', 'initiates', 'initiated',
]);

/** Words for the investigation such a verb opens: PROBE_ONLY and a regulator's "review". */
export const OPENED_PROBES = new Set([...PROBE_ONLY, 'review', 'reviews']);

/** Words that put an investigation on trade: what is dumped or subsidised, or the kind of case. */
export const PROBE_CUES = new Set([
  'imports', 'import', 'imported', 'exports', 'dumping', 'dumped', 'subsidies', 'subsidy', 'subsidised', 'subsidized',
  'aid', 'tariff', 'tariffs', 'duties', 'duty', 'trade', 'antitrust', 'anti-monopoly', 'monopoly', 'anti-discrimination',
  'countervailing', 'safeguard', 'wto', 'chips', 'chip', 'chipmakers', 'semiconductor', 'semiconductors', 'retaliation',
  'retaliatory', 'countermeasure', 'countermeasures', 'vehicles', 'evs',
]);

/** Nouns of a reply in kind: "in retaliation for", "a response to", "the duties are a reprisal". */
export const REPLY_NOUNS = new Set([
  'response', 'responses', 'retaliation', 'reprisal', 'reprisals', 'answer', 'reply', 'riposte', 'retribution',
  'countermeasure', 'countermeasures', 'punishment',
]);

/** Words of answering a measure with one's own ("Canada plans additional retaliation"). */
export const RETALIATING = new Set([
  'retaliation', 'retaliatory', 'retaliate', 'retaliates', 'retaliated', 'retaliating', 'countermeasures',
  'counter-tariffs', 'counter-measures',
]);

/** Verbs of blaming and the preposition that names the deed: "accused Washington of", "blamed Beijing for". */
export const ACCUSING = /^(accuse|accuses|accused|accusing|blame|blames|blamed|blaming|criticise|criticised|criticises|criticize|criticized|criticizes|condemn|condemned|condemns|fault|faulted|faults)$/;

/** Nouns of a topic whose verb follows the lever it governs: "Talks on tariffs will resume", "the impact of the ban is". */
export const TOPICS = /^(talks|negotiations|discussions|debate|impact|impacts|effect|effects|question|questions|issue|issues|future|fate|details|legality|uncertainty|study|studies)$/;

/** Words of barring or screening that make "investment in China" the outbound-investment rule. */
export const INVESTMENT_CUES = /^(bar|bars|barred|barring|ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting|prohibition|restrict|restricts|restricted|restricting|restriction|restrictions|curb|curbs|curbed|limit|limits|limited|screen|screening|block|blocks|blocked|rule|rules|forbid|forbids|forbidden|notify|notification)$/;

/** Heads that name a mineral in one of its forms: "rare earth materials". */
export const MINERAL_FORMS = /^(materials|material)$/;

/**
 * Where a mineral is produced or worked: "a rare earths processing plant", "90% of global rare earth magnet production",
 * "67 per cent of germanium production". The plant or the share of output is the chokepoint a trade story points at
 * (Xi's 2019 visit to a magnet factory, China's share of refining), so the mineral stays a lever before these nouns;
 * mines and mining companies do not ("the only American rare-earth mine"), mine output does ("antimony mine production").
 */
/** Origins before a mineral's plant that make it a substitute for China's supply (see MINERAL_SITES). */
export const SUBSTITUTE_ORIGINS = new Set(['american', 'us', 's', 'domestic', 'australian', 'malaysian', 'japanese', 'european', 'canadian', 'texas', 'western', 'indian', 'brazilian', 'vietnamese', 'korean']);
export const MINERAL_SITES = new Set(['production', 'processing', 'plant', 'plants', 'facility', 'facilities', 'factory', 'factories', 'output', 'capacity']);

/** Words of a flow being squeezed or held up: "US soybeans face 13 percent", "stricter checks", "a weapon". */
export const SQUEEZE_CUES = new Set([
  'face', 'faces', 'facing', 'faced', 'scrutiny', 'scrutinise', 'scrutinising', 'scrutinize', 'scrutinizing',
  'vetting', 'vetted', 'weapon', 'weaponised', 'weaponized', 'squeeze', 'squeezed', 'stricter', 'tougher',
  'cancelled', 'canceled', 'revoked', 'reneged', 'fewer', 'limit', 'limits', 'limiting', 'shortage', 'shortages',
  'paperwork', 'trickle', 'trickling', 'trickled', 'backlog', 'backlogs', 'stalled', 'stalling',
]);

/** Verbs of dodging a measure: "moved production to avoid the Section 301 tariffs". */
export const DODGING = new Set(['avoid', 'avoids', 'avoided', 'avoiding', 'evade', 'evades', 'evaded', 'evading', 'dodge', 'dodges', 'dodged', 'dodging', 'circumvent', 'circumvents', 'circumvented', 'circumventing', 'sidestep', 'sidestepped', 'sidestepping']);

/** Verbs and nouns of getting round or breaking a measure: what is undermined or violated is in force. */
export const UNDERMINING = new Set(['undermine', 'undermines', 'undermined', 'undermining', 'violate', 'violates', 'violated', 'violating', 'violation', 'violations', 'flout', 'flouts', 'flouted', 'flouting', 'defy', 'defies', 'defied', 'defying', 'bypass', 'bypasses', 'bypassed', 'bypassing', 'skirt', 'skirts', 'skirted', 'skirting', 'evade', 'evades', 'evaded', 'evading', 'evasion', 'circumvent', 'circumvents', 'circumvented', 'circumventing', 'circumvention']);

/** Verbs of wielding a lever "as a weapon" or "as leverage". */
export const WIELDING = /^(use|uses|used|using|wield|wields|wielded|wielding|deploy|deploys|deployed|deploying|turn|turns|turned|turning)$/;
/** What a lever is used to do when it is wielded: "use the tariffs to alter the trajectory", "to cripple". */
export const WIELD_PURPOSES = /^(pressure|pressur[ei]se|punish|force|coerce|alter|cripple|hurt|hit|squeeze|retaliate|counter|contain|curb|extract|win|gain|push|compel|target|hobble|choke|strangle|weaken|deter|influence|sway|intimidate|block)$/;

/** Nouns of goods leaving a country: "restrictions on exports of American chips". */
export const EXPORT_NOUNS = /^(exports|export|exportation|shipments|sales)$/;

/** Verbs that bring a side before a court or the WTO: "Australia took China to the WTO over the wine tariffs". */
export const TAKING_TO = new Set(['took', 'take', 'takes', 'taking']);

/** Nouns and verbs of a complaint brought against a side: "a complaint against Japan over its export controls". */
export const COMPLAINING = new Set([
  'complaint', 'complaints', 'case', 'cases', 'challenge', 'challenges', 'lawsuit', 'suit', 'petition', 'dispute',
  'disputes', 'dragged', 'drag', 'drags', 'sued', 'sue', 'sues',
]);

/** Verbs whose object is probed or challenged, not wielded: "the EU challenged the export ban on nickel ore". */
export const PROBING_VERBS = new Set([
  'investigate', 'investigates', 'investigated', 'investigating', 'challenge', 'challenges', 'challenged', 'challenging',
  'contest', 'contests', 'contested', 'contesting', 'probe', 'probed', 'probing', 'examine', 'examines', 'examined', 'examining',
]);

/** Nouns of a probe or challenge whose object follows a preposition: "an investigation into the tariffs". */
export const PROBING_NOUNS = new Set([
  'investigation', 'investigations', 'probe', 'probes', 'inquiry', 'inquiries', 'challenge', 'challenges', 'complaint',
  'complaints', 'case', 'cases', 'lawsuit', 'lawsuits', 'review', 'reviews',
]);

/** Verbs of asking for an easing that has not been granted: "India sought an exemption from the new tariffs". */
export const SEEKING = /^(seek|seeks|seeking|sought|request|requests|requested|requesting|ask|asks|asked|asking|lobby|lobbies|lobbied|lobbying|apply|applies|applied|applying|want|wants|wanted|wanting)$/;

/**
 * Striving for something not had, or standing against it: "working to remove China's trade bans", "its legal effort
 * to overturn the law", "opposed to ending the ban", "failed to lift". An easing striven for leaves the lever standing.
 */
export const STRIVING = new Set([
  'effort', 'efforts', 'attempt', 'attempts', 'attempted', 'attempting', 'bid', 'bids', 'push', 'pushes', 'pushed',
  'pushing', 'work', 'works', 'worked', 'working', 'try', 'tries', 'tried', 'trying', 'seek', 'seeks', 'sought',
  'seeking', 'fight', 'fights', 'fought', 'fighting', 'lobby', 'lobbies', 'lobbied', 'lobbying', 'campaign',
  'campaigns', 'campaigned', 'campaigning', 'strive', 'strives', 'strove', 'striving', 'struggle', 'struggles',
  'struggled', 'struggling', 'opposed', 'fail', 'fails', 'failed', 'failing', 'failure', 'battle', 'battled', 'battling',
]);

/** Verbs of paying a charge: "paid $6.4 million in port fees to China". */
export const PAYING = /^(pay|pays|paid|paying|remit|remits|remitted|remitting)$/;

/**
 * A domestic charge named with its qualifier ("fuel duty", "stamp duty", "the murder tariff"): in a story that names
 * one and is not about trade, a bare "duty" or "tariff" is that charge again ("he said the duty would be frozen").
 */
export const DOMESTIC_CHARGE_HEADS = new Set(['duty', 'duties', 'tariff', 'tariffs']);
export const DOMESTIC_CHARGE_QUALIFIERS = new Set(['fuel', 'petrol', 'diesel', 'stamp', 'excise', 'tobacco', 'alcohol', 'beer', 'licence', 'license', 'murder', 'electricity', 'water', 'inheritance', 'energy', 'default', 'gas', 'power', 'mobile', 'phone', 'broadband']);
/** Words that put a bare duty or tariff back on trade even in such a story. */
export const TRADE_CHARGE_CUES = new Set(['import', 'imports', 'imported', 'export', 'exports', 'goods', 'products', 'trade', 'wto', 'customs', 'anti-dumping', 'dumping', 'retaliation', 'retaliatory', 'steel', 'textile', 'textiles']);

/**
 * Words of goods or people crossing a border: a story with none of them ("shops can no longer sell single-use vapes
 * after a ban on the devices") speaks of a domestic ban, not of an export control.
 */
export const CROSS_BORDER_WORDS = new Set(['export', 'exports', 'exported', 'exporting', 'exporter', 'exporters', 'import', 'imports', 'imported', 'importing', 'importers', 'trade', 'tariff', 'tariffs', 'sanction', 'sanctions', 'sanctioned', 'shipments', 'shipment', 'customs', 'foreign', 'overseas', 'abroad', 'embargo', 'entity', 'entities', 'wto', 'arms', 'border', 'borders', 'licence', 'licences', 'license', 'licenses']);

/** Words of a rate's unit: "25 percent", "10 per cent", "5 pct". */
export const RATE_UNITS = new Set(['percent', 'pct', 'cent', 'per']);

/** "pork producing states", "coffee-growing regions": a good before one of GROWING_WORDS and a place names the places. */
export const GROWING_WORDS = new Set(['producing', 'growing', 'exporting', 'importing']);
export const GROWING_PLACES = new Set([
  'state', 'states', 'country', 'countries', 'nation', 'nations', 'region', 'regions', 'area', 'areas', 'province',
  'provinces', 'county', 'counties', 'economy', 'economies', 'district', 'districts', 'belt', 'world',
]);

/** Fields of technology that are no good a side can withhold: beside a chip in a list, they make it an industry. */
export const FIELD_WORDS = new Set(['quantum', 'biotech', 'biotechnology', 'ai', 'artificial', 'microelectronics', 'nuclear', 'shipbuilding']);
/** Words before a list of fields: "investments in", "sectors like", "entities working on". */
export const SECTOR_OPENERS = new Set([
  'investment', 'investments', 'invest', 'invests', 'invested', 'investing', 'sector', 'sectors', 'industries', 'fields',
  'working',
]);
