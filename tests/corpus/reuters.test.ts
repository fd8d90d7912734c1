import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText, mergeTallies, type Tally } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { corpusFolder } from './corpus-path';

/**
 * Every Reuters-21578 article tagged `trade` (1987) through the engine: nothing throws, every offset is exact,
 * and the per-side tally is printed. Skips, saying so, when ../shared/corpus is not there.
 */
const dir = corpusFolder('text/reuters-1987-trade');

describe.skipIf(!dir)('Reuters 1987 trade corpus', () => {
  it('annotates every article without an error and with exact offsets', () => {
    const files = readdirSync(dir!).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThan(500);
    const tallies: Tally[] = [];
    let mentions = 0;
    let withLevers = 0;
    for (const f of files) {
      const text = readFileSync(join(dir!, f), 'utf8');
      const result = annotateText(text, seed);
      for (const m of result.mentions) {
        expect(text.slice(m.start, m.end), `${f} @${m.start}`).toBe(m.text);
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
      mentions += result.mentions.length;
      if (result.mentions.length > 0) withLevers++;
      tallies.push(result.tally);
    }
    const total = mergeTallies(tallies);
    const rows = Object.entries(total.bySide).map(
      ([side, s]) => `  ${side.padEnd(12)} ${String(s.count).padStart(5)}  tighten ${s.tighten}, relax ${s.relax}, neutral ${s.neutral}`,
    );
    console.log(`Reuters 1987: ${files.length} articles, ${withLevers} with levers, ${mentions} mentions\n${rows.join('\n')}`);
    // The collection is about trade disputes: most articles name a lever, and the US, Japan and the EC lead.
    expect(withLevers / files.length).toBeGreaterThan(0.3);
    const top = Object.keys(total.bySide).slice(0, 4);
    expect(top).toContain('us');
    expect(top).toContain('japan');
  });
});
