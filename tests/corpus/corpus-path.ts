import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared real-world corpus: PP_CORPUS, or ../shared/corpus next to the repository. */
export const corpusDir = resolve(process.env.PP_CORPUS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));

/** A sub-folder of the corpus, or null (with the reason printed once) when it is absent. */
export function corpusFolder(sub: string): string | null {
  const dir = join(corpusDir, sub);
  if (existsSync(dir)) return dir;
  console.warn(`SKIPPED: corpus folder ${dir} is absent (set PP_CORPUS to the folder holding ${sub}).`);
  return null;
}
