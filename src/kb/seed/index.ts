import type { KnowledgeBase } from '../../types/knowledge';
import { farmEnergyAndSecurityLevers } from './levers-farm-security';
import { genericLevers } from './levers-generic';
import { goodsLevers } from './levers-goods';
import { mineralsAndTechLevers } from './levers-minerals-tech';
import { tariffAndFinanceLevers } from './levers-tariffs-finance';
import { sides } from './sides';

/** Bump when the shipped levers or sides change: installed profiles then update the rows the user has not edited. */
export const SEED_VERSION = 37;

export const seed: KnowledgeBase = {
  version: SEED_VERSION,
  levers: [...mineralsAndTechLevers, ...tariffAndFinanceLevers, ...farmEnergyAndSecurityLevers, ...goodsLevers, ...genericLevers],
  sides,
};
