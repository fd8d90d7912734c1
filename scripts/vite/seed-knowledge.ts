/**
 * Vite plugin: `virtual:seed-knowledge` is the shipped seed's KnowledgeData (src/background/knowledge.ts), built at
 * build time, so that a service worker waking up does not expand the lexicon (compromise, a few hundred ms) but
 * parses JSON (a few ms), and only when it first needs it.
 */
import type { Plugin } from 'vite';
import { buildKnowledge } from '../../src/background/knowledge';
import { seed } from '../../src/kb/seed/index';

const ID = 'virtual:seed-knowledge';

export function seedKnowledge(): Plugin {
  return {
    name: 'pressure-points:seed-knowledge',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const json = JSON.stringify(buildKnowledge(seed));
      // JSON.parse of a string is faster to parse and run than the same data as an object literal.
      return `let data;\nexport function seedKnowledge() {\n  return (data ??= JSON.parse(${JSON.stringify(json)}));\n}\n`;
    },
  };
}
