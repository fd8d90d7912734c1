/**
 * Side classes found with sentences written here in the style of 2018-2025 trade news (and confirmed on the gold set's
 * tuning part): who holds a lever when the sentence says it in a way the nearer rules do not read.
 */
import { describe, expect, it } from 'vitest';
import { sideOf } from './stage-context';

describe('the agent of a passive whose subject the lever heads', () => {
  it('"A ban on gallium exports to the US was announced by China\'s commerce ministry": past the target to the agent', () => {
    expect(sideOf("A ban on gallium exports to the US was announced by China's commerce ministry.", 'ban')).toBe('china');
    expect(sideOf('A week ago, a 25 percent tariff on steel and a 10 percent tariff on aluminum affecting trade partners Canada, Mexico, and the EU, was implemented by the Trump administration.', 'tariff', 1)).toBe('us');
    expect(sideOf('New duties on Canadian lumber were formally confirmed by Washington on Friday.', 'duties')).toBe('us');
  });
  it('not across a relative clause or a verb of the lever\'s own clause', () => {
    // The passive is about the goods, not the tariffs.
    expect(sideOf('China imposed tariffs on goods that were made by US firms.', 'tariffs')).toBe('china');
    expect(sideOf('Ottawa imposes duties on steel, which was hit by Washington.', 'duties')).toBe('canada');
  });
});

describe('goods no one buys in their sentence, in a story of tariffs', () => {
  it('are held by the side the story shows taxing goods', () => {
    // (No side holds three in five of the story's tariffs, so the story's vote alone gives the goods to no one.)
    const story = 'The European Union placed tariffs on US goods in response to tariffs imposed by Washington. Brussels said its ' +
      "duties would stay. Beijing's own duties were unchanged. Other products that will be affected include denim, orange juice and tobacco.";
    expect(sideOf(story, 'orange juice')).toBe('eu');
    expect(sideOf(story, 'denim')).toBe('eu');
  });
});

describe('chipmaking tools that several governments control', () => {
  it('are held by the government that licenses the maker the sentence names', () => {
    expect(sideOf('ASML is barred from shipping its most advanced EUV machines to Chinese customers.', 'EUV machines')).toBe('netherlands');
    expect(sideOf("The new regulations issued on Friday apply to the export of ASML's older DUV systems to China.", 'DUV systems')).toBe('netherlands');
    expect(sideOf('Tokyo Electron said its chipmaking equipment sales to China could fall.', 'chipmaking equipment')).toBe('japan');
  });
  it('unless a side named in the clause acts on them', () => {
    expect(sideOf('Washington barred ASML from shipping EUV machines to China.', 'EUV machines')).toBe('us');
    expect(sideOf('Japan restricted exports of chipmaking equipment made by ASML and Applied Materials.', 'chipmaking equipment')).toBe('japan');
  });
});

describe('a lever called abused', () => {
  it('is the other party\'s when its target says so', () => {
    expect(sideOf('Beijing called the move an abuse of export controls.', 'export controls')).toBe('us');
    expect(sideOf("China's commerce ministry said the Dutch rules were an abuse of export control measures.", 'export control')).toBe('netherlands');
    expect(sideOf('The Chinese embassy in The Hague denounced the decision as an "abuse of export control measures".', 'export control')).toBe('netherlands');
    expect(sideOf('The commission said it is ready to defend EU industry against the misuse of trade defence tools by China.', 'trade defence tools')).toBe('china');
  });
  it('is the abuser\'s own when the abuse is someone\'s', () => {
    expect(sideOf("Washington criticised China's abuse of export controls on rare earths.", 'export controls')).toBe('china');
  });
});

describe('a lever its speaker condemns', () => {
  it('"Beijing said the tariffs were unfair", "described the duties as unjustified": the other party\'s', () => {
    expect(sideOf('Beijing said the tariffs were unfair and vowed to respond.', 'tariffs')).toBe('us');
    expect(sideOf('Ottawa described the duties as unjustified.', 'duties')).toBe('us');
    expect(sideOf('China called the tariffs bullying.', 'tariffs')).toBe('us');
  });
  it('not a lever it defends, or one called something else', () => {
    expect(sideOf('China said the duties were justified.', 'duties')).toBe('china');
    expect(sideOf('The EU said its duties were not protectionist.', 'duties')).toBe('eu');
    expect(sideOf('Trump called the tariffs a success.', 'tariffs')).toBe('us');
  });
});

describe('sides that face a lever', () => {
  it('"Steel from the EU, Canada and Mexico faced tariffs": no side of the list holds it', () => {
    expect(sideOf('Steel from the EU, Canada and Mexico faced 25% tariffs from June 1, 2018.', 'tariffs')).toBe('us');
  });
  it('a side facing a lever keeps it out of the story\'s vote for its own tariffs', () => {
    const story = "Vietnam faced a 46% tariff until it agreed to a deal. Hanoi promised to cut its own tariffs on American goods and to buy more US LNG.";
    expect(sideOf(story, 'tariff')).toBe('us');
    expect(sideOf(story, 'tariffs')).toBe('vietnam');
  });
});

describe('two sides agreeing on a lever together', () => {
  it('"Washington and Beijing agreed to pause port fees": no one side\'s', () => {
    expect(sideOf('Washington and Beijing additionally agreed to pause port fees designed to restrict competition in shipping.', 'port fees')).toBeNull();
    expect(sideOf('The US and China agreed in Geneva to cut tariffs for 90 days.', 'tariffs')).toBeNull();
  });
  it('not a lever that falls on a named side, nor one a single side agrees to move', () => {
    expect(sideOf('The Biden administration and the EU agreed to replace the tariffs on European metal with a quota.', 'tariffs')).toBe('us');
    expect(sideOf('Canada, Mexico and the US concluded a deal in which the United States agreed to remove the Section 232 tariffs.', 'Section 232 tariffs')).toBe('us');
  });
});

describe('a clause opened by "as"', () => {
  it('"as the 27-strong bloc wavers over ... the EV tariffs": the side after "as" is that clause\'s subject', () => {
    expect(sideOf('Beijing has opened investigations into European pork imports, striking at Danish interests as the 27-strong bloc wavers over whether to back the Commission in a vote on the EV tariffs.', 'tariffs')).toBe('eu');
    // Not "such as": a list of examples names no subject.
    expect(sideOf('Beijing imposed tariffs on countries such as Australia.', 'tariffs')).toBe('china');
  });
  it('"China unveils a brandy probe as EV tariffs take effect": the lever that opens it is not the main subject\'s', () => {
    const story = 'China Unveils Next Steps in EU Brandy Probe as EV Tariffs Take Effect. The European Commission confirmed its tariffs on Chinese-made EVs. The bloc said the EV tariffs would last five years.';
    expect(sideOf(story, 'Tariffs')).toBe('eu');
  });
});

describe('a probe into the subject\'s own goods', () => {
  it('"the bloc ... a probe into EU pork imports": a side does not probe its own goods', () => {
    const story = 'China opened a brandy probe in January. While the bloc was confirming tariffs on Chinese-made EVs, the prospect of retaliation was kept alive by a reference to another probe into EU pork imports.';
    expect(sideOf(story, 'probe', 1)).toBe('china');
    expect(sideOf('The EU confirmed tariffs on Chinese EVs, and the bloc now faces another probe into EU pork imports from China.', 'probe')).toBe('china');
  });
});

describe('goods that face a lever where they go', () => {
  it('"Japanese cars shipped to the United States face a 25% tariff": the side the goods go to holds it', () => {
    expect(sideOf('Japanese cars shipped to the United States face a 25% tariff.', 'tariff')).toBe('us');
    expect(sideOf('Canadian goods entering the US face 35% tariffs.', 'tariffs')).toBe('us');
    expect(sideOf('European car and pharmaceutical exports to the U.S. will be subjected to a 15% tariff rate, a joint U.S.-EU statement showed.', 'tariff rate')).toBe('us');
  });
  it('not where nothing faces the lever', () => {
    expect(sideOf('Japan restricted exports of chemicals to South Korea under its new controls.', 'controls')).toBe('japan');
  });
});

describe('epithets wire copy uses for a side', () => {
  it('"the world\'s second-largest economy" is China, "the world\'s largest economy" the US', () => {
    expect(sideOf("The world's second-largest economy imposed export controls on gallium and germanium in July 2023.", 'export controls')).toBe('china');
    expect(sideOf("The world's largest economy raised duties on steel from Canada.", 'duties')).toBe('us');
    expect(sideOf('The Asian giant has also imposed tariffs on US coal.', 'tariffs')).toBe('china');
  });
});

describe('a side\'s name right before a lever in a headline', () => {
  it('"Canada retaliatory tariffs list", "Mexico tariffs on Asian imports": the side that imposes it', () => {
    expect(sideOf('Canada retaliatory tariffs list', 'retaliatory tariffs')).toBe('canada');
    expect(sideOf('Mexico tariffs on Asian imports to hit China hardest', 'tariffs')).toBe('mexico');
  });
  it('not before an effect, nor when a side acts on it', () => {
    expect(sideOf('The impact of China tariffs on its results was large.', 'tariffs')).not.toBe('china');
    expect(sideOf('US to delay Mexico tariffs on autos', 'tariffs')).toBe('us');
  });
});
