/** The shipped seed's knowledge, built at build time (scripts/vite/seed-knowledge.ts). */
declare module 'virtual:seed-knowledge' {
  export function seedKnowledge(): import('./knowledge').KnowledgeData;
}
