/**
 * Precision classes of branch prec8, measured on the gold set's tuning part, on sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { lexicon, mentionTexts } from './stage-context';

const words = mentionTexts;

describe('a food oil is one good, not a crop and an energy import', () => {
  it('"soybean oil", "palm oil": one span, never the energy lever', () => {
    const story = 'China cut its purchases of US soybeans and imposed tariffs on oil. ';
    const got = analyze(`${story}Demand for soybean oil rose, and palm oil exports fell.`, lexicon).mentions.slice(-2);
    expect(got.map((m) => m.text)).not.toContain('oil');
    expect(got.map((m) => m.lever)).not.toContain('energy-imports');
    expect(words(`${story}Demand for soybean oil rose.`)).not.toContain('soybean');
  });
});

describe('a part word after a verb of making it', () => {
  it('"design more components in-house", "producing more components in the country": parts made, not controlled', () => {
    expect(words('Those export restrictions led Huawei to try to design more components in-house.')).not.toContain('components');
    expect(words('After the tariffs and export curbs, firms weigh producing more components in the country.')).not.toContain('components');
  });

  it('a part sold or barred stays ("banned from selling components to ZTE")', () => {
    expect(words('Commerce banned American companies from selling components to ZTE under export controls.')).toContain('components');
  });
});

describe('a part made for a listed buyer', () => {
  it('"barred vendors from using U.S. technology to produce components for Huawei": the parts stay', () => {
    expect(words('The White House barred vendors worldwide from using U.S. technology to produce components for Huawei.')).toContain('components');
  });
});

describe('the flow of fentanyl across the land borders, without China in the sentence', () => {
  it('"accusing Canada of failing to stop the flow of fentanyl", a border plan "to stop the flow of fentanyl": not China’s lever', () => {
    expect(words('The new tariff on Canada took effect, the White House said, accusing Canada of failing to stop the flow of fentanyl.')).not.toContain('flow of fentanyl');
    expect(words('We implemented a border plan with new drones to stop the flow of fentanyl, the premier said of the tariffs.')).not.toContain('flow of fentanyl');
  });

  it('with China named it stays ("China’s broken promise to curb the flow of fentanyl")', () => {
    const got = analyze('Trump raised tariffs over China’s broken promises to curb the flow of fentanyl.', lexicon).mentions.map((m) => m.lever);
    expect(got).toContain('fentanyl-precursors');
    const deal = analyze('The two sides agreed to cooperate on curbing fentanyl flows into the United States.', lexicon).mentions.map((m) => m.lever);
    expect(deal).toContain('fentanyl-precursors');
  });
});

describe('an electric car named by its drive', () => {
  it('"countervailing duties on battery electric vehicles (BEVs) from China": no battery lever', () => {
    expect(analyze('The Commission announced countervailing duties on battery electric vehicles (BEVs) from China.', lexicon).mentions.map((m) => m.lever)).not.toContain('batteries');
    expect(words('China restricted exports of battery technology.')).toContain('battery technology');
  });
});

describe('a crop of a good, grown', () => {
  it('"a record crop of soybeans expected", "a bumper crop of corn": the harvest, not purchases withheld', () => {
    const story = 'China halted purchases of US soybeans. ';
    expect(words(`${story}Brazil’s harvest season is beginning, with a record crop of soybeans expected.`).filter((w) => w === 'soybeans')).toHaveLength(1);
  });

  it('"new-crop soybeans" are a season’s sales and stay', () => {
    expect(words('Chinese buyers booked no US new-crop soybeans at all as the autumn harvest began.').join(' ')).toContain('soybeans');
  });
});
