import { csvField } from '../../kb/csv';
import type { Writer } from './writer';

export const CSV_COLUMNS = ['file', 'start', 'end', 'text', 'lever', 'category', 'side', 'stance', 'confidence', 'sentence'] as const;

/**
 * One row per mention (RFC 4180, CRLF line ends, a header row); a mention with no side has an empty side cell. Cells
 * hold the exact text, for data tools; the dashboard's export is the one made safe for spreadsheets.
 */
export function csvWriter(): Writer {
  return {
    start: () => `${CSV_COLUMNS.join(',')}\r\n`,
    document(doc) {
      let out = '';
      for (const m of doc.mentions) {
        const cells = [doc.file, m.start, m.end, m.text, m.lever, m.category, m.side ?? '', m.stance, m.confidence, m.sentence];
        out += `${cells.map(csvField).join(',')}\r\n`;
      }
      return out;
    },
    end: () => '',
  };
}
