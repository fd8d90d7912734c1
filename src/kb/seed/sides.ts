import type { Side } from '../types';

/**
 * Sides and the names news copy uses for them. Actors are matched with their exact case, so "US" and "Commerce"
 * do not fire on "us" or "commerce". Agencies and leaders come from section 3 of ../shared/domain/levers.md.
 */
export const sides: Side[] = [
  {
    id: 'us',
    name: 'United States',
    color: '#1d4ed8',
    actors: [
      'United States', 'US', 'U.S.', 'USA', 'America', 'Washington', 'White House', 'Trump administration',
      'Biden administration', 'Obama administration', 'Reagan administration', 'Trump', 'Donald Trump',
      'President Trump', 'Biden', 'Joe Biden', 'Reagan', 'Commerce Department', 'Department of Commerce',
      'US Commerce Department', 'Commerce Secretary', 'Bureau of Industry and Security', 'BIS', 'USTR',
      'U.S. Trade Representative', 'US Trade Representative', 'Office of the US Trade Representative', 'Treasury',
      'Treasury Department', 'US Treasury', 'OFAC', 'Office of Foreign Assets Control', 'State Department',
      'Department of Homeland Security', 'DHS', 'Customs and Border Protection', 'CBP', 'Pentagon',
      'Department of Defense', 'Congress', 'US Congress', 'Senate', 'Lutnick', 'Howard Lutnick', 'Bessent',
      'Scott Bessent', 'Greer', 'Jamieson Greer', 'Rubio', 'Marco Rubio', 'Raimondo', 'Gina Raimondo', 'Yellen',
      'Janet Yellen', 'Katherine Tai', 'Lighthizer', 'Robert Lighthizer', 'CFIUS', 'Yeutter', 'Clayton Yeutter',
      'Baldrige', 'Malcolm Baldrige',
    ],
    demonyms: ['American', 'US', 'U.S.', 'Washington-led'],
  },
  {
    id: 'china',
    name: 'China',
    color: '#b91c1c',
    actors: [
      'China', 'Beijing', 'PRC', "People's Republic of China", 'Chinese government', 'MOFCOM',
      'Ministry of Commerce', 'Commerce Ministry', 'Chinese commerce ministry', 'General Administration of Customs',
      'GAC', 'GACC', 'Customs Tariff Commission', 'Tariff Commission', 'State Council', 'SAMR',
      'State Administration for Market Regulation', 'Cyberspace Administration of China', 'CAC',
      'Ministry of Foreign Affairs', 'Foreign Ministry', 'Xi', 'Xi Jinping', 'President Xi', 'He Lifeng',
      'Li Chenggang', 'Wang Wentao', 'Li Qiang', 'Communist Party',
    ],
    demonyms: ['Chinese', 'Beijing-backed'],
  },
  {
    id: 'eu',
    name: 'European Union',
    color: '#7c3aed',
    actors: [
      'European Union', 'EU', 'E.U.', 'Brussels', 'European Commission', 'the Commission', 'EC',
      'European Community', 'EEC', 'European Parliament', 'von der Leyen', 'Ursula von der Leyen', 'Sefcovic',
      'Maros Sefcovic', 'Dombrovskis', 'Valdis Dombrovskis', 'Council of the EU',
    ],
    demonyms: ['European', 'EU', 'E.U.'],
  },
  {
    id: 'japan',
    name: 'Japan',
    color: '#be185d',
    actors: [
      'Japan', 'Tokyo', 'METI', 'Ministry of Economy, Trade and Industry', 'MITI',
      'Ministry of International Trade and Industry', 'Kishida', 'Ishiba', 'Takaichi', 'Sanae Takaichi', 'Abe',
      'Shinzo Abe', 'Nakasone', 'Yasuhiro Nakasone',
    ],
    demonyms: ['Japanese'],
  },
  {
    id: 'south-korea',
    name: 'South Korea',
    color: '#0f766e',
    actors: [
      'South Korea', 'Korea', 'Seoul', 'Republic of Korea', 'ROK', 'Ministry of Trade, Industry and Energy',
      'MOTIE', 'Lee Jae-myung', 'Yoon Suk Yeol', 'Moon Jae-in',
    ],
    demonyms: ['South Korean', 'Korean'],
  },
  {
    id: 'netherlands',
    name: 'Netherlands',
    color: '#c2410c',
    actors: ['Netherlands', 'The Hague', 'Dutch government', 'Holland', 'Schoof', 'Rutte', 'Mark Rutte'],
    demonyms: ['Dutch'],
  },
  {
    id: 'uk',
    name: 'United Kingdom',
    color: '#0369a1',
    actors: [
      'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'London', 'Downing Street', 'Whitehall',
      'Starmer', 'Keir Starmer', 'Sunak', 'Thatcher',
    ],
    demonyms: ['British', 'UK', 'U.K.'],
  },
  {
    id: 'canada',
    name: 'Canada',
    color: '#dc2626',
    actors: ['Canada', 'Ottawa', 'Carney', 'Mark Carney', 'Trudeau', 'Justin Trudeau', 'Mulroney'],
    demonyms: ['Canadian'],
  },
  {
    id: 'taiwan',
    name: 'Taiwan',
    color: '#15803d',
    actors: ['Taiwan', 'Taipei', 'Lai Ching-te', 'Tsai Ing-wen'],
    demonyms: ['Taiwanese'],
  },
  {
    id: 'india',
    name: 'India',
    color: '#ea580c',
    actors: ['India', 'New Delhi', 'Delhi', 'Modi', 'Narendra Modi'],
    demonyms: ['Indian'],
  },
  {
    id: 'mexico',
    name: 'Mexico',
    color: '#047857',
    actors: ['Mexico', 'Mexico City', 'Sheinbaum', 'Claudia Sheinbaum'],
    demonyms: ['Mexican'],
  },
  {
    id: 'australia',
    name: 'Australia',
    color: '#a16207',
    actors: ['Australia', 'Canberra', 'Albanese', 'Anthony Albanese'],
    demonyms: ['Australian'],
  },
  {
    id: 'russia',
    name: 'Russia',
    color: '#4b5563',
    actors: ['Russia', 'Moscow', 'Kremlin', 'Putin', 'Vladimir Putin'],
    demonyms: ['Russian'],
  },
];
