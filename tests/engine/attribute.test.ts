import { describe, expect, it } from 'vitest';
import { acceptsSide, attribute, counterpart, fallbackSide, speakerSide } from '../../src/engine/attribute';
import { isAsked } from '../../src/engine/roles';
import { tokenize } from '../../src/engine/tokens';
import { UNSURE_RECIPROCAL } from '../../src/engine/types';
import { docState, prepare, tokenIndex } from './stage-context';

/** attribute() for the lever `term` of a one-sentence text. */
function attr(text: string, term: string, setup?: (p: ReturnType<typeof prepare>) => void) {
  const p = prepare(text);
  setup?.(p);
  return attribute(p.ctx, p.lever(term));
}

describe('attribute', () => {
  it('reads a side adjective before a good and its buying noun as the good\'s origin, not its buyer', () => {
    expect(attr('The agreement will resume U.S. soybean purchases.', 'soybean purchases').side).toBe('china');
    // On the buying itself the adjective still names the buyer.
    expect(attr('The agreement will resume Chinese soybean purchases.', 'soybean purchases').side).toBe('china');
  });

  it('gives "its" lever to the side called on or asked to act on it', () => {
    expect(attr('China has repeatedly called on the EU to cancel its EV tariffs.', 'tariffs').side).toBe('eu');
    expect(attr('Beijing urged Washington to lift its export controls.', 'export controls').side).toBe('us');
    expect(attr('China called on the U.S. to completely cancel its tariffs.', 'tariffs').side).toBe('us');
    // Not the one asking when nobody is asked.
    expect(attr('China said it would cancel its tariffs.', 'tariffs').side).toBe('china');
  });

  it('reads a side adjective before a good that qualifies a tariff or probe as the target, not the holder', () => {
    expect(attr('China unveils next steps in EU brandy probe as EV tariffs take effect.', 'probe').side).toBe('china');
    // An export control named after its goods is the exporter's own.
    expect(attr('We see an escalation in US semiconductor restrictions to China.', 'semiconductor restrictions').side).toBe('us');
  });

  it('reads "the administration" as the US government', () => {
    expect(attr('On Monday the administration imposed new tariffs on steel.', 'tariffs').side).toBe('us');
    expect(attr('The administration imposed new tariffs on steel.', 'tariffs').side).toBe('us');
    expect(attr('The new tariff would reach products that the administration had spared.', 'tariff').side).toBe('us');
  });

  it('reads "the bloc" as the EU', () => {
    expect(attr('If dialogue failed, the bloc could impose restrictions, such as higher import tariffs.', 'import tariffs').side).toBe('eu');
    expect(attr('The 27-nation bloc imposed duties on Chinese electric vehicles.', 'duties').side).toBe('eu');
  });

  it('gives a tit-for-tat move to the side that makes it, not to both', () => {
    expect(attr('Since January, Beijing has opened tit-for-tat investigations into European brandy.', 'investigations').side).toBe('china');
    expect(attr('China responded in tit-for-tat fashion, including imposing limits on rare earth shipments to the United States.', 'rare earth').side).toBe('china');
    // Both sides at once stay nobody's.
    expect(attr('The two sides imposed tit-for-tat tariffs on each other.', 'tariffs').side).toBeNull();
  });

  it('does not read a pair that frames talks or a row ("between the two countries") as both sides holding the lever', () => {
    expect(attr('Washington imposed the tariffs at the height of tensions between the two countries.', 'tariffs').side).toBe('us');
    expect(attr('Trump promised to introduce additional border taxes during the standoff between the two countries.', 'border taxes').side).toBe('us');
    // The pair acting on each other still holds it jointly.
    expect(attr('The two countries imposed tariffs on each other.', 'tariffs').side).toBeNull();
  });

  it('gives a measure a side works under to the other party, not to that side', () => {
    expect(attr('Chinese firms have accelerated domestic development under restrictions.', 'restrictions').side).toBe('us');
    // Under a law it imposes with, the measure is the subject's own. (A bare "under Section 232" names the law only.)
    expect(attr('Washington imposed quotas under the Section 232 measures.', 'Section 232').side).toBe('us');
  });

  it('gives a lever called a reply to a side named a few words on to the other party', () => {
    expect(attr('The export restriction may be a countermeasure against the efforts led by the US to control chips.', 'export restriction').side).toBe('china');
  });

  it('reads past a possessor that names no side and an "imported" to a reply cue', () => {
    expect(attr("Mexico imposed its own tariffs on U.S. apples in response to the administration's imported steel duties.", 'duties').side).toBe('us');
  });

  it('gives a lever to the side whose decision or move acts on it', () => {
    expect(attr('Beijing criticized the US decision to revoke the visas of Chinese students.', 'visas').side).toBe('us');
    expect(attr("Washington condemned Beijing's move to ban exports of gallium.", 'gallium').side).toBe('china');
    // A refusal, threat, promise or failure is a move of its own side's too.
    expect(attr("New Delhi, incensed by Washington's refusal to exempt it from the new tariffs, also imposed a duty on walnuts.", 'tariffs').side).toBe('us');
    expect(attr("Canada criticised Beijing's threat to impose tariffs on canola.", 'tariffs').side).toBe('china');
  });

  it('gives a good its buyer holds to the side it is sold to, not to the seller the clause names', () => {
    expect(attr('From June to August, the United States shipped virtually nothing in soybeans to China.', 'soybeans').side).toBe('china');
    expect(attr('The United States exported few soybeans to China last year.', 'soybeans').side).toBe('china');
    // A buyer that buys still holds it; an export noun is no selling verb.
    expect(attr('China bought record soybeans from Brazil.', 'soybeans').side).toBe('china');
    expect(attr('Brazil bought soybeans from the United States.', 'soybeans').side).toBe('brazil');
  });

  it('reads a measure a side prospers despite as one it reacts to, with an "-ing" modifier between', () => {
    expect(attr('China remains a vital revenue driver, despite ongoing export curbs.', 'export curbs').side).toBe('us');
  });

  it('gives a lever a complaint is about to the side complained against, not the one complaining', () => {
    expect(attr('S. Korea file complaint against Japan to WTO regarding export controls', 'export controls').side).toBe('japan');
    expect(attr('India has also dragged the U.S. to the WTO over the import duties.', 'import duties').side).toBe('us');
  });

  it('gives a lever answered by a reply to the side the reply targets, not to the one replying', () => {
    expect(attr('China bans exports to US of gallium, germanium, antimony in response to chip sanctions', 'sanctions').side).toBe('us');
    expect(attr('China is amplifying its threat to restrict rare earths exports to the U.S. in retaliation for tariffs.', 'tariffs').side).toBe('us');
    expect(attr('Officials in Beijing said they would be drawing up countermeasures to the tariffs.', 'tariffs').side).toBe('us');
    // Facing a lever is no reply: the side that says so holds it.
    expect(attr('Canada faces new duties, Washington said.', 'duties').side).toBe('us');
  });

  it('gives an export control that exporters face to their own government', () => {
    expect(attr('Japanese manufacturers of semiconductor materials will soon face export restrictions to South Korea.', 'export restrictions').side).toBe('japan');
  });

  it('gives a good to the side whose purchase of it is named', () => {
    expect(attr("In addition to China's purchase of agricultural goods, the agreement addresses biotechnology.", 'agricultural goods').side).toBe('china');
  });

  it('reads the origin of the goods a measure is put on as its target', () => {
    expect(attr('An extra 5 percent tariff would be put on US soybeans starting next month.', 'tariff').side).toBe('china');
  });

  it('gives an entry restriction or a visa to the country entered', () => {
    expect(attr('Other measures include fines and entry restrictions on employees into China.', 'entry restrictions').side).toBe('china');
    expect(attr('Senior executives are prohibited from entering China, and their visas will be revoked.', 'visas').side).toBe('china');
  });

  it('gives a charge to the side it is paid to', () => {
    expect(attr('Matson reported paying $6.4 million in port fees to China since October.', 'port fees').side).toBe('china');
  });

  it('does not take a time zone ("UK time", "Beijing time") for a side', () => {
    expect(attr('From Friday UK time the EU has put in place tariffs on US imports.', 'tariffs').side).toBe('eu');
    expect(attr('From Friday am UK time Europe has put in place tariffs on US imports.', 'tariffs').side).not.toBe('uk');
    expect(attr('At 9 am Beijing time the US raised tariffs on Chinese goods.', 'tariffs').side).toBe('us');
  });

  it('gives a measure a side is exempt from to another side', () => {
    expect(attr('The United States imposed a new round of tariffs. Canada and Mexico were exempt from this round of tariffs.', 'tariffs').side).not.toBe('canada');
    expect(attr('Canada and Mexico were exempt from the tariffs.', 'tariffs').side).not.toBe('canada');
  });

  it('returns the imposing side for "export controls against China" when only the target is named', () => {
    expect(attr('New export controls against China took effect.', 'export controls')).toEqual({ side: 'us', confidence: 0.55 });
  });

  it('gives an export control to the side whose goods leave, not to where they go', () => {
    expect(attr('The measure answers restrictions on exports of American chips to China.', 'restrictions on exports').side).toBe('us');
    expect(attr('Experts saw it as a reply to restrictions on the exportation of US semiconductor technology to China.', 'restrictions').side).toBe('us');
    // A subject that imposes it still holds it.
    expect(attr('China imposed restrictions on exports of rare earths to the US.', 'restrictions on exports').side).toBe('china');
  });

  it('returns the subject that imposes it over the target named after it', () => {
    expect(attr('Washington imposed export controls against China.', 'export controls')).toEqual({ side: 'us', confidence: 0.8 });
  });

  it('gives a zero relative clause\'s subject the lever ("the duties the Trump administration has imposed")', () => {
    expect(attr('India went to the WTO over the high import duties the Donald Trump administration has imposed on steel.', 'import duties').side).toBe('us');
    expect(attr('India went to the WTO over the import duties the Donald Trump administration opposes.', 'import duties').side).not.toBe('us');
  });

  it('gives a lever whose clause names no side to the one the sentence is attributed to at its end', () => {
    expect(attr('The export restrictions announced in March will take effect in September, said Foreign Trade Minister Liesje Schreinemacher.', 'export restrictions').side).toBe('netherlands');
    expect(attr('The new export restrictions will take effect in September and cover lithography tools, Tokyo said.', 'export restrictions').side).toBe('japan');
    expect(attr('The export restrictions will take effect in September while Tokyo said nothing.', 'export restrictions').side).not.toBe('japan');
  });

  it('gives the lever to the side accused of wielding it, not to the accuser', () => {
    expect(attr('Beijing accused Washington of abusing export controls.', 'export controls')).toEqual({ side: 'us', confidence: 0.8 });
    expect(attr('Canada criticised the US for imposing the tariffs.', 'tariffs').side).toBe('us');
    expect(attr('Beijing accused Washington of bullying and imposed export controls.', 'export controls').side).toBe('china');
  });

  it('gives what a maker makes to the maker\'s government, and a lever to the side whose move reaches it', () => {
    expect(attr('ASML, the Dutch company that makes lithography machines, said exports to China were blocked.', 'lithography machines').side).toBe('netherlands');
    expect(attr('The move by Amsterdam to partly revoke its export licence hit ASML shares.', 'export licence').side).toBe('netherlands');
    expect(attr('The move by Amsterdam, which followed talks, and the US export licence rules hit ASML.', 'export licence').side).not.toBe('netherlands');
  });

  it('reads the goods that face a measure by their origin, not by where they go', () => {
    expect(attr('Chinese exports to the US face tariffs of 25%.', 'tariffs').side).toBe('us');
    expect(attr('American soybeans still face a tariff in China.', 'tariff').side).toBe('china');
  });

  it('keeps "both sides" to its own clause, up to a semicolon', () => {
    expect(attr('Both sides paused new export bans; the US will delay a planned blacklist expansion.', 'blacklist').side).toBe('us');
    expect(attr('Both sides paused new export bans and the planned blacklist expansion.', 'blacklist')).toEqual({ side: null, confidence: UNSURE_RECIPROCAL });
  });

  it('gives a lever that answers a side ("in retaliation for Ottawa imposing tariffs") to the other side', () => {
    expect(attr('The duties come in retaliation for Ottawa imposing tariffs on Chinese EVs.', 'duties').side).toBe('china');
    expect(attr('The levies are a response to Canada\'s surtax on Chinese EVs.', 'levies').side).toBe('china');
    // The clause's own subject before the lever still holds it.
    expect(attr('Canada imposed duties in retaliation for China\'s tariffs on canola.', 'duties').side).toBe('canada');
  });

  it('gives a lever announced "according to" a government body to that body\'s side', () => {
    const text = 'The new duties on Canadian canola become effective March 20, according to a statement by the Customs Tariff Commission.';
    expect(attr(text, 'duties').side).toBe('china');
    expect(attr('The US duties on Chinese EVs rose again, according to Canadian data.', 'duties').side).toBe('us');
    expect(attr('The new tariffs on U.S. goods will be fully in place by April 13, according to von der Leyen.', 'tariffs').side).toBe('eu');
    // "according to the ministry": the government the story last had acting.
    const ministry = 'According to the ministry, the new tariff rates on European pork producers take effect on Wednesday.';
    expect(attr(ministry, 'tariff rates', (p) => (p.ctx.state.lastSubject = 'china')).side).toBe('china');
  });

  it('reads "fighting with" a lever as wielding it, "fighting" a lever as reacting to it', () => {
    expect(attr('Meanwhile, China is fighting with countermeasures, such as import duties on European spirits.', 'import duties').side).toBe('china');
    expect(attr('Meanwhile, China is fighting the import duties on its electric cars.', 'import duties').side).not.toBe('china');
  });

  it('gives a good its seller controls to the seller when the subject buys it', () => {
    expect(attr('Chinese tech companies have reportedly ordered more than 2 million H200s.', 'H200s').side).toBe('us');
    expect(attr('Beijing asked why they buy Nvidia H20 chips over local versions.', 'H20').side).toBe('china');
  });

  it('keeps "both countries" of a coordinated clause out of the clause before it', () => {
    expect(attr('Washington lifted the Section 232 tariffs on Canada and Mexico, and both countries removed their duties.', 'Section 232 tariffs').side).toBe('us');
    expect(attr('Both countries lifted the Section 232 tariffs on each other.', 'Section 232 tariffs').side).toBeNull();
  });

  it('gives licences "from" a government to that government', () => {
    expect(attr('Korean firms must obtain individual export licenses from the U.S. Department of Commerce.', 'export licenses').side).toBe('us');
  });

  it('gives a licence asked of the exporters to their own government, or to the side goods are shipped out of', () => {
    expect(attr('The delisting requires Japanese companies to apply for an individual license to export dual-use items to South Korea.', 'license').side).toBe('japan');
    expect(attr('Exporters of gallium will have to apply for special permission from the state to ship it out of China.', 'special permission').side).toBe('china');
  });

  it('trusts a possessive most, then a side adjective, then a passive agent', () => {
    expect(attr("China's export controls on rare earths hit carmakers.", 'export controls')).toEqual({ side: 'china', confidence: 0.95 });
    expect(attr('Dutch export controls hit ASML.', 'export controls')).toEqual({ side: 'netherlands', confidence: 0.9 });
    expect(attr('Tariffs imposed by Ottawa on Chinese electric vehicles reached 100 percent.', 'Tariffs')).toEqual({ side: 'canada', confidence: 0.85 });
  });

  it('reads a side adjective on the buying itself as the buyer, and on the goods as the seller', () => {
    expect(attr('Within a year Chinese purchases of US beans had collapsed.', 'purchases').side).toBe('china');
    expect(attr('Within a year Chinese purchases of US beans had collapsed.', 'beans').side).toBe('china');
    expect(attr('Beijing stopped buying American soybeans.', 'soybeans').side).toBe('china');
  });

  it('gives no single side a lever two sides own together or that is named only for a pair', () => {
    expect(attr('Canada and Mexico agreed to drop their retaliatory tariffs on American goods.', 'retaliatory tariffs').side).toBeNull();
    expect(attr('The agreement aims to stabilise the US-China trade relationship, strained by tariffs.', 'tariffs').side).toBeNull();
    expect(attr('Bessent said the tariffs had become an embargo that neither side wanted.', 'tariffs').side).toBeNull();
    expect(attr('In eight months, tariffs between the United States and China rose sharply.', 'tariffs')).toEqual({ side: null, confidence: UNSURE_RECIPROCAL });
    // A lever only one side holds stays its own: China's rare earths in "the trade war between the US and China".
    expect(attr('Rare earths featured in the escalating trade war between the US and China.', 'Rare earths').side).toBe('china');
    // A side acting in the clause still holds it.
    expect(attr('Canada agreed to drop its retaliatory tariffs on American goods.', 'retaliatory tariffs').side).toBe('canada');
    expect(attr('Washington raised tariffs in the US-China trade war.', 'tariffs').side).toBe('us');
  });

  it('does not give a lever to the subject that is only affected by it', () => {
    const text = 'Earlier this week, the Australian Government announced two meat plants that were still affected by tariffs will resume trade with China.';
    expect(attr(text, 'tariffs').side).not.toBe('australia');
  });

  it('does not take "US$" in an amount for the United States', () => {
    expect(attr('Tariffs on US$112 billion of goods imported from China take effect.', 'Tariffs').side).toBe('us');
    expect(attr('Tariffs on US$112 billion of goods imported from China take effect.', 'Tariffs').confidence).toBeLessThan(0.75);
  });

  it('gives the lever to the subject of a relative clause on it ("the tariffs that the United States imposed")', () => {
    expect(attr('The steel tariffs that the United States imposed remain.', 'steel tariffs')).toEqual({ side: 'us', confidence: 0.85 });
  });

  it('gives the lever to the side asked to act ("urged Seoul to lower tariffs")', () => {
    expect(attr('Washington urged Seoul to lower tariffs.', 'tariffs')).toEqual({ side: 'south-korea', confidence: 0.8 });
  });

  it('gives a reciprocal lever to nobody, with the reciprocal confidence', () => {
    expect(attr('The two sides cut tariffs they imposed on each other.', 'tariffs')).toEqual({ side: null, confidence: UNSURE_RECIPROCAL });
    expect(attr('Negotiators from both sides will discuss tariffs.', 'tariffs')).toEqual({ side: null, confidence: UNSURE_RECIPROCAL });
  });

  it('reads a side adjective on a bought good as the seller: "American soybeans" are China\'s to withhold', () => {
    expect(attr('American soybeans piled up in silos.', 'soybeans')).toEqual({ side: 'china', confidence: 0.7 });
  });

  it('gives a lever to the one whose move on it is named ("Trump\'s sharp increase in tariffs")', () => {
    expect(attr("The crackdown is part of China's retaliation for President Trump's sharp increase in tariffs.", 'tariffs')).toEqual({ side: 'us', confidence: 0.9 });
    expect(attr("China's tariffs on soybeans rose.", 'tariffs')).toEqual({ side: 'china', confidence: 0.95 });
  });

  it('gives a lever to the party the subject deals with about it ("a resolution with China regarding the export ban")', () => {
    expect(attr('The Dutch government is seeking a resolution with China regarding the export ban on Nexperia chips.', 'export ban')).toEqual({ side: 'china', confidence: 0.75 });
    expect(attr('Japan opened talks with Washington over tariffs on cars.', 'tariffs')).toEqual({ side: 'us', confidence: 0.75 });
    // Without a word of dealing, "with" is no counterparty.
    expect(attr('Japan sided with Washington on export controls against China.', 'export controls').side).not.toBe('us');
  });

  it('does not take the owner of goods ("vessels owned by Chinese companies") for the agent of the lever', () => {
    expect(attr('Washington imposed port fees on vessels owned by Chinese companies.', 'port fees').side).toBe('us');
    expect(attr('Tariffs imposed by Washington hit steel.', 'Tariffs')).toEqual({ side: 'us', confidence: 0.85 });
  });

  it('gives a good named by its origin to the buyer the sentence shows, not to the usual buyer', () => {
    expect(attr('New Delhi will continue to buy Russian oil despite the tariffs.', 'oil')).toEqual({ side: 'india', confidence: 0.85 });
    expect(attr("The tariff targets India's continued purchase of Russian oil.", 'oil')).toEqual({ side: 'india', confidence: 0.85 });
    expect(attr('Washington imposed tariffs on India for its imports of Russian oil.', 'oil')).toEqual({ side: 'india', confidence: 0.85 });
    expect(attr('India to continue Russian oil imports despite the tariffs.', 'oil').side).toBe('india');
    expect(attr('Mexico is the largest buyer of American corn and soybeans amid the tariff fight.', 'corn').side).toBe('mexico');
    // No buyer shown: the usual one.
    expect(attr('Russian crude oil sat unsold as tariffs bit.', 'crude oil')).toEqual({ side: 'china', confidence: 0.7 });
  });

  it('never gives an exclusive lever to another side ("the Entity List ... by China" stays the US\'s)', () => {
    expect(attr('Huawei was added to the Entity List by China.', 'Entity List').side).toBe('us');
  });

  it('carries the previous subject to "its", and says nothing without one', () => {
    const text = 'Its export controls on gallium bite.';
    expect(attr(text, 'export controls')).toEqual({ side: null, confidence: 0.2 });
    expect(attr(text, 'export controls', (p) => (p.ctx.state.lastSubject = 'china'))).toEqual({ side: 'china', confidence: 0.75 });
  });

  it('falls back to the side the document gave the lever before, then to the default holder', () => {
    const text = 'The tariffs are a tax paid by importers at the border, economists said.';
    expect(attr(text, 'tariffs')).toEqual({ side: null, confidence: 0.2 });
    expect(attr(text, 'tariffs', (p) => p.ctx.state.leverSides.set('tariffs', new Map([['eu', 2], ['us', 1]])))).toEqual({ side: 'eu', confidence: 0.5 });
    expect(attr('Graphite exports fell sharply.', 'Graphite')).toEqual({ side: 'china', confidence: 0.5 });
  });

  it('falls back to the holder of a lever of the same kind when this one was never given a side', () => {
    // "The Dutch export restrictions ... A national licensing requirement ...": a licence of a story about Dutch
    // export controls is Dutch.
    const text = 'A national licensing requirement was announced three months ago.';
    expect(attr(text, 'licensing requirement')).toEqual({ side: null, confidence: 0.2 });
    const related = (p: ReturnType<typeof prepare>) => p.ctx.state.categorySides.set('export-controls', new Map([['netherlands', 2]]));
    expect(attr(text, 'licensing requirement', related)).toEqual({ side: 'netherlands', confidence: 0.4 });
    // The lever's own memory comes first.
    expect(attr(text, 'licensing requirement', (p) => {
      related(p);
      p.ctx.state.leverSides.set('export-licences', new Map([['japan', 1]]));
    })).toEqual({ side: 'japan', confidence: 0.5 });
  });
});

describe('acceptsSide', () => {
  it('gives a flow with named holders only to them (only China withholds its rare earths)', () => {
    const p = prepare('China restricted rare earths.');
    const m = p.lever('rare earths');
    expect(acceptsSide(p.ctx, m, 'china')).toBe(true);
    expect(acceptsSide(p.ctx, m, 'us')).toBe(false);
  });

  it('gives an exclusive measure only to its holders, an open measure to anyone', () => {
    const p = prepare('Washington put Huawei on the Entity List and raised tariffs.');
    expect(acceptsSide(p.ctx, p.lever('Entity List'), 'us')).toBe(true);
    expect(acceptsSide(p.ctx, p.lever('Entity List'), 'china')).toBe(false);
    expect(acceptsSide(p.ctx, p.lever('tariffs'), 'china')).toBe(true);
  });

  it('gives a flow with an open holder to any side', () => {
    const p = prepare('China halted purchases of soybeans.');
    expect(acceptsSide(p.ctx, p.lever('soybeans'), 'eu')).toBe(true);
  });
});

describe('counterpart', () => {
  it('falls back to the US or China when the story names nobody else', () => {
    const state = docState('Nothing named here.');
    expect(counterpart('china', state)).toBe('us');
    expect(counterpart('us', state)).toBe('china');
    expect(counterpart('eu', state)).toBe('us');
    expect(counterpart('us', state, 'china')).toBeNull();
  });

  it('prefers the side named most in the last few sentences, the nearest first on a tie', () => {
    const text = 'Japan and Japan met Korea. China';
    const state = docState(text);
    state.at = tokenize(text).length - 1;
    expect(counterpart('south-korea', state)).toBe('japan');
    expect(counterpart('japan', state)).toBe('china');
    expect(counterpart('japan', state, 'china')).toBe('south-korea');
  });

  it('falls back to the whole story when no side is named near the sentence', () => {
    const state = docState('Canada and Canada spoke.');
    state.at = 10_000;
    expect(counterpart('us', state)).toBe('canada');
  });
});

describe('isAsked, speakerSide, fallbackSide', () => {
  it('isAsked: a side right after a verb of asking', () => {
    const tokens = tokenize('Washington urged Seoul and called on Tokyo to act.');
    expect(isAsked(tokens, tokenIndex(tokens, 'Seoul'))).toBe(true);
    expect(isAsked(tokens, tokenIndex(tokens, 'Tokyo'))).toBe(true);
    expect(isAsked(tokens, tokenIndex(tokens, 'Washington'))).toBe(false);
  });

  it('speakerSide: the side of a verb of saying, else the last subject', () => {
    expect(speakerSide(prepare('Our tariffs will remain, Canada said.').ctx)).toBe('canada');
    const p = prepare('Our tariffs will stay, the minister said.');
    expect(speakerSide(p.ctx)).toBeNull();
    p.ctx.state.lastSubject = 'japan';
    expect(speakerSide(p.ctx)).toBe('japan');
  });

  it('fallbackSide: a remembered side only if accepted, else a single default holder, else nobody', () => {
    const p = prepare('Graphite exports fell sharply.');
    const m = p.lever('Graphite');
    p.ctx.state.leverSides.set('graphite', new Map([['us', 3]]));
    expect(fallbackSide(p.ctx, m, (s) => s === 'china', ['china'])).toEqual({ side: 'china', confidence: 0.5 });
    expect(fallbackSide(p.ctx, m, () => true, ['china'])).toEqual({ side: 'us', confidence: 0.5 });
    expect(fallbackSide(p.ctx, m, () => false, ['china', 'us'])).toEqual({ side: null, confidence: 0.2 });
  });
});

describe('attribute: the roles of the sides around a lever', () => {
  it('does not give a lever to the side that condemns it', () => {
    for (const verb of ['slammed', 'decried', 'lambasted', 'lashed out at', 'hit out at', 'objected to', 'railed against', 'took aim at', 'bristled at', 'deplored', 'warned against']) {
      const got = attr(`Beijing ${verb} the export restrictions imposed last week.`, 'export restrictions');
      expect(got.side, verb).not.toBe('china');
    }
    // Imposing them still makes them its own.
    expect(attr('Beijing imposed the export restrictions last week.', 'export restrictions').side).toBe('china');
  });
  it('gives what a side gets "in exchange for" or "in return for" its move to the other side', () => {
    expect(attr('In return for lower tariffs, China agreed to buy more American soybeans.', 'tariffs').side).toBe('us');
    expect(attr('China agreed to buy more US farm goods in exchange for tariff relief.', 'tariff').side).toBe('us');
    expect(attr('Japan will invest $550 billion in the US in exchange for lower tariffs.', 'tariffs').side).toBe('us');
    // What it gives in exchange stays its own.
    expect(attr('China agreed to cut its tariffs in exchange for access to chips.', 'tariffs').side).toBe('china');
  });
  it('gives the lever of an infinitive to the side made or moved to act ("pushed Japan to tighten")', () => {
    expect(attr('Trump pushed Japan to tighten export controls on chip tools.', 'export controls').side).toBe('japan');
    expect(attr('The US tariffs prompted Beijing to impose duties on soybeans.', 'duties').side).toBe('china');
    expect(attr('The dispute led Canada to impose tariffs on US steel.', 'tariffs').side).toBe('canada');
    expect(attr('Washington lobbied the Netherlands to impose export controls on ASML.', 'export controls').side).toBe('netherlands');
  });
  it('does not give a lever to the side called its target, victim or the one bearing its brunt', () => {
    expect(attr('China is the target of most of the new export controls.', 'export controls').side).not.toBe('china');
    expect(attr('Canada was the first target of the tariffs.', 'tariffs').side).not.toBe('canada');
    expect(attr('Canada bore the brunt of the tariffs.', 'tariffs').side).not.toBe('canada');
  });
  it('gives "its" lever to the side accused or blamed of something with it', () => {
    expect(attr('China accused the EU of protectionism over its EV tariffs.', 'tariffs').side).toBe('eu');
    expect(attr('Beijing accused Washington of abusing its export controls.', 'export controls').side).toBe('us');
    expect(attr('China blamed the US for its tariffs.', 'tariffs').side).toBe('us');
    // With nobody accused, "its" is the subject's.
    expect(attr('China said it would keep its tariffs.', 'tariffs').side).toBe('china');
  });
  it('reads the side a ", which" or ", who" clause hangs on as the subject of that clause', () => {
    expect(attr('The seizure prompted a furious response from China, which banned exports of Nexperia chips.', 'chips').side).toBe('china');
    expect(attr('The seizure prompted a response from China, which imposed tariffs on Dutch cheese.', 'tariffs').side).toBe('china');
    // Without the comma "which" may pick out a thing, not hang on the side.
    expect(attr('The seizure prompted a response from China which the US met with tariffs.', 'tariffs').side).not.toBe('china');
  });
  it('gives a lever avoided or answered "after" to the side the subject\'s own move targets', () => {
    expect(attr('Vietnam agreed to cut tariffs on US goods to avoid a 46% levy.', 'levy').side).toBe('us');
    expect(attr("Brazil's government weighed retaliatory tariffs on US goods after the 50% tariff.", 'tariff').side).toBe('us');
    // Without a word of retaliation "after" names only a time.
    expect(attr('China imposed tariffs on US goods after the summit.', 'tariffs').side).toBe('china');
  });
  it('gives a lever to the side warned off or stopped from moving it', () => {
    expect(attr('Beijing has repeatedly warned Brussels against imposing the tariffs.', 'tariffs').side).toBe('eu');
    expect(attr('Tokyo tried to dissuade Seoul from imposing new export controls.', 'export controls').side).toBe('south-korea');
    // The one warning, with nobody warned, is not given it by this rule.
    expect(attr('Beijing has repeatedly imposed the tariffs.', 'tariffs').side).toBe('china');
  });
  it('reads the body before ", responsible for" as the one doing what follows', () => {
    expect(attr('It had no word from the Bureau of Industry and Security, responsible for enforcing export controls.', 'export controls').side).toBe('us');
  });
  it('reads a side demanding more of a measure as imposing it, not opposing it', () => {
    expect(attr("China's customs officials have started to demand additional inspections of rare earth shipments.", 'inspections').side).toBe('china');
    // Demanding that a measure go is opposing it.
    expect(attr('Beijing demanded the removal of the tariffs.', 'tariffs').side).not.toBe('china');
  });
  it('gives a good its buyer holds, imported or bought from a side, to the side that buys it', () => {
    const p = prepare('Energy imported from Canada, including oil and natural gas, would be taxed at an additional 10%.');
    p.ctx.state.sideCounts.set('us', 3);
    p.ctx.state.sideCounts.set('canada', 2);
    expect(attribute(p.ctx, p.lever('Energy')).side).toBe('us');
  });
});
