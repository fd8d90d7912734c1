/**
 * The verb lexicon that decides which way a lever is pulled (section 2 of ../shared/domain/levers.md, reorganised).
 *
 * `tighten` and `relax` verbs mean the same whatever their object. `more` and `less` verbs change the amount of
 * their object, so their meaning depends on the object's polarity: "raise tariffs" tightens a measure, "issue
 * licences" relaxes a flow; "suspend tariffs" relaxes, "suspend licences" tightens. Write base forms; the engine
 * derives the inflections. Nouns made from verbs ("imposition", "suspension") are listed with them.
 */
export interface VerbLexicon {
  /** Verbs that hold a lever as it is: a measure kept in force tightens, a flow kept says nothing. */
  keep: string[];
  tighten: string[];
  relax: string[];
  more: string[];
  less: string[];
  /** Heads of noun phrases that are pressure in themselves: more of them tightens. */
  measureNouns: string[];
  /** Heads of noun phrases that the holder can withhold: less of them tightens. */
  flowNouns: string[];
  /** Adjectives and nouns next to a lever that say more or less of it ("new tariffs", "tariff cuts"). */
  moreModifiers: string[];
  lessModifiers: string[];
  /** Words that make the clause say the opposite or nothing ("did not lift"). */
  negations: string[];
}

export const verbLexicon: VerbLexicon = {
  keep: [
    'keep', 'maintain', 'retain', 'remain', 'stay', 'preserve', 'uphold', 'take effect', 'come into', 'go into',
    'enter into', 'continue', 'persist', 'stand',
  ],
  tighten: [
    'restrict', 'tighten', 'ban', 'bar', 'block', 'curb', 'blacklist', 'sanction', 'retaliate', 'weaponize',
    'weaponise', 'slap', 'impose', 'choke off', 'slow-walk', 'crack down', 'punish', 'threaten', 'target',
    'designate', 'escalate', 'clamp down', 'prohibit', 'forbid', 'embargo', 'penalize', 'penalise', 'hit',
    'imposition', 'crackdown', 'retaliation', 'restriction', 'escalation', 'tightening', 'prohibition', 'strangle',
    'throttle', 'outlaw', 'require', 'take control', 'seize control', 'seize', 'weaponization', 'weaponisation',
    'retaliate against', 'threat', 'shun', 'discourage', 'boycott', 'tax', 'charge', 'fall on', 'inspect', 'collect', 'subject', 'enforcement',
    'toughen', 'mandate',
  ],
  relax: [
    'relax', 'loosen', 'ease', 'lift', 'waive', 'exempt', 'rescind', 'roll back', 'unblock', 'de-escalate',
    'fast-track', 'soften', 'relaxation', 'easing', 'rollback', 'waiver', 'exemption', 'repeal',
    'dismantle', 'unwind', 'relief', 'reverse', 'reversal', 'undo', 'exclude from', 'carve out',
  ],
  more: [
    'raise', 'hike', 'increase', 'double', 'triple', 'quadruple', 'expand', 'extend', 'add', 'introduce', 'reimpose', 'restart',
    'restore', 'resume', 'reinstate', 'issue', 'grant', 'approve', 'authorize', 'authorise', 'allow', 'permit', 'boost', 'step up', 'renew',
    'launch', 'open', 'broaden', 'widen', 'tighten up', 'buy', 'purchase', 'sell', 'ship', 'deliver', 'supply',
    'match', 'levy', 'apply', 'enforce', 'reopen', 'rise', 'climb', 'jump', 'soar', 'increase', 'expansion',
    'extension', 'resumption', 'restoration', 'approval', 'addition', 'accelerate', 'speed up', 'place', 'put',
    // Announcing, proposing or urging a measure pulls the same way as taking it; the brief tags these as threatened.
    'propose', 'recommend', 'decree', 'urge', 'provide', 'receive', 'secure', 'endorse', 'clear', 'win', 'flow', 'seek', 'obtain',
    'enhance', 'heighten', 'intensify', 'ramp up', 'scale up', 'revive', 'beef up', 'ratchet up', 'crank up', 'jack up',
    'pick up', 'rebound', 'surge', 'give',
  ],
  less: [
    'cut', 'reduce', 'lower', 'halve', 'slash', 'suspend', 'pause', 'halt', 'stop', 'end', 'scrap', 'remove',
    'drop', 'revoke', 'cancel', 'withdraw', 'withhold', 'deny', 'delay', 'postpone', 'freeze', 'terminate',
    'phase out', 'cut off', 'curtail', 'shrink', 'trim', 'fall', 'decline', 'delist', 'abandon', 'plummet', 'plunge',
    'tumble', 'slump', 'dwindle', 'dry up', 'scale back', 'dial back', 'wind down', 'collapse', 'sink', 'nosedive', 'lapse', 'expire',
    'suspension', 'removal', 'cancellation', 'revocation', 'termination', 'reduction', 'delay', 'denial',
    'slow', 'shut', 'close', 'stall', 'dump', 'drop', 'end to', 'eliminate', 'abolish', 'ditch', 'axe', 'nullify', 'annul', 'invalidate', 'overturn', 'strike down', 'shorten', 'hold off', 'put off', 'avoid', 'cease',
    'shelve', 'call off', 'water down', 'walk back', 'pare back', 'back off', 'tear up', 'temper',
    'retract', 'rein in', 'replace', 'tear down',
  ],
  measureNouns: [
    'tariff', 'duty', 'duties', 'levy', 'levies', 'control', 'restriction', 'curb', 'ban', 'embargo', 'sanction',
    'rule', 'requirement', 'list', 'probe', 'investigation', 'fee', 'countermeasure', 'barrier', 'quota', 'limit',
    'penalty', 'measure', 'surcharge', 'blacklist', 'prohibition', 'scrutiny', 'review', 'order', 'inspection', 'check',
    'screening', 'vetting', 'regime',
  ],
  flowNouns: [
    'export', 'import', 'shipment', 'sale', 'purchase', 'delivery', 'supply', 'supplies', 'licence', 'license',
    'permit', 'approval', 'visa', 'access', 'truce', 'pause', 'exemption', 'exclusion', 'waiver', 'reprieve', 'permission',
    'buying', 'flow', 'trade', 'deal', 'agreement', 'ceasefire', 'investment',
  ],
  moreModifiers: [
    'threatened', 'proposed', 'looming', 'new', 'higher', 'additional', 'extra', 'fresh', 'steeper', 'steep', 'tougher', 'stricter', 'tighter',
    'sweeping', 'expanded', 'punitive', 'broader', 'harsher', 'increased', 'heavier', 'hefty', 'stiff', 'stiffer',
    'hike', 'hikes', 'increase', 'increases', 'rise', 'escalation', 'approvals', 'approval', 'issuance',
  ],
  lessModifiers: [
    'lower', 'fewer', 'reduced', 'eased', 'relaxed', 'looser', 'cut', 'cuts', 'reduction', 'reductions', 'relief', 'rollback',
    'exemption', 'exemptions', 'exclusion', 'exclusions', 'waiver', 'waivers', 'suspension', 'removal', 'easing',
    'truce', 'pause', 'reprieve', 'lifted', 'suspended', 'lowered', 'removed', 'waived', 'exempted', 'concession',
    'concessions',
  ],
  negations: ['not', "n't", 'cannot', 'never', 'no', 'without', 'refuse', 'refused', 'refuses', 'refusing', 'refusal', 'declined', 'decline', 'declines', 'rejected'],
};
