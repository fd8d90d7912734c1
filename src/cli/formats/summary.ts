import { mergeTallies, type Tally } from '../../engine/index';
import type { Writer } from './writer';

export interface SideSummary {
  /** Inputs in which the side has at least one mention. */
  documents: number;
  count: number;
  tighten: number;
  relax: number;
  neutral: number;
  levers: Record<string, number>;
}

export interface Summary {
  /** Inputs annotated (failed inputs are not counted here; they are reported on stderr). */
  documents: number;
  /** Inputs with at least one mention. */
  withMentions: number;
  total: number;
  bySide: Record<string, SideSummary>;
}

/** Per-side tallies across all inputs, folded as documents arrive so memory stays flat however many there are. */
export class SummaryBuilder {
  private documents = 0;
  private withMentions = 0;
  private readonly docsPerSide = new Map<string, number>();
  private pending: Tally[] = [];

  add(tally: Tally): void {
    this.documents++;
    if (tally.total > 0) this.withMentions++;
    for (const side of Object.keys(tally.bySide)) this.docsPerSide.set(side, (this.docsPerSide.get(side) ?? 0) + 1);
    this.pending.push(tally);
    if (this.pending.length >= 1000) this.pending = [mergeTallies(this.pending)];
  }

  build(): Summary {
    const merged = mergeTallies(this.pending);
    const bySide: Record<string, SideSummary> = {};
    for (const [side, s] of Object.entries(merged.bySide)) {
      bySide[side] = { documents: this.docsPerSide.get(side) ?? 0, count: s.count, tighten: s.tighten, relax: s.relax, neutral: s.neutral, levers: s.levers };
    }
    return { documents: this.documents, withMentions: this.withMentions, total: merged.total, bySide };
  }
}

function pad(s: string, n: number): string {
  return s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length);
}

export function formatSummary(s: Summary): string {
  const lines = [`${s.documents} documents, ${s.withMentions} with levers, ${s.total} mentions`, ''];
  if (s.total === 0) return `${lines.join('\n')}\n`;
  lines.push(`${pad('side', 13)}${pad('documents', 11)}${pad('mentions', 10)}${pad('tighten', 9)}${pad('relax', 7)}${pad('neutral', 9)}top levers`);
  for (const [side, t] of Object.entries(s.bySide)) {
    const top = Object.entries(t.levers)
      .slice(0, 5)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ');
    lines.push(`${pad(side, 13)}${pad(String(t.documents), 11)}${pad(String(t.count), 10)}${pad(String(t.tighten), 9)}${pad(String(t.relax), 7)}${pad(String(t.neutral), 9)}${top}`);
  }
  return `${lines.join('\n')}\n`;
}

export function summaryWriter(asJson: boolean): Writer {
  const builder = new SummaryBuilder();
  return {
    start: () => '',
    document(doc) {
      builder.add(doc.tally);
      return '';
    },
    end() {
      const summary = builder.build();
      return asJson ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary);
    },
  };
}
