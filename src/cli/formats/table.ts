import type { DocumentResult } from '../annotate-input';
import type { Writer } from './writer';

function pad(s: string, n: number): string {
  return s.length >= n ? `${s.slice(0, n - 1)}…` : s + ' '.repeat(n - s.length);
}

/** The readable report of one document: its mentions, then the tally per side. */
export function formatTable(doc: DocumentResult): string {
  const lines = [`== ${doc.file}`, ''];
  if (doc.mentions.length === 0) {
    lines.push('No levers found.', '');
    return lines.join('\n');
  }
  lines.push(`${pad('offset', 8)}${pad('text', 28)}${pad('lever', 24)}${pad('side', 13)}${pad('stance', 9)}conf`);
  for (const m of doc.mentions) {
    lines.push(
      `${pad(String(m.start), 8)}${pad(m.text.replace(/\s+/g, ' '), 28)}${pad(m.lever, 24)}${pad(m.side ?? '-', 13)}` +
        `${pad(m.stance, 9)}${m.confidence.toFixed(2)}`,
    );
  }
  lines.push('', `${pad('side', 13)}${pad('mentions', 10)}${pad('tighten', 9)}${pad('relax', 7)}${pad('neutral', 9)}top levers`);
  for (const [side, s] of Object.entries(doc.tally.bySide)) {
    const top = Object.entries(s.levers)
      .slice(0, 4)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ');
    lines.push(`${pad(side, 13)}${pad(String(s.count), 10)}${pad(String(s.tighten), 9)}${pad(String(s.relax), 7)}${pad(String(s.neutral), 9)}${top}`);
  }
  lines.push(`${pad('total', 13)}${doc.tally.total}`, '');
  return lines.join('\n');
}

export function tableWriter(): Writer {
  return { start: () => '', document: (doc) => `${formatTable(doc)}\n`, end: () => '' };
}
