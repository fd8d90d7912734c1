/** One input through the engine: read, decode, reduce HTML to its article, analyse. Shared by the main thread and workers. */
import { analyze, type Mention, type Tally } from '../engine/index';
import { cliLexicon } from './lexicon';
import { decodeText, documentText, InputError, isHtmlPath, looksLikeHtml, readBytes } from './read-input';

/** A mention as the command line prints it (the engine's Mention may carry more). */
export interface CliMention {
  start: number;
  end: number;
  text: string;
  lever: string;
  category: string;
  side: string | null;
  stance: Mention['stance'];
  confidence: number;
  sentence: string;
}

export interface DocumentResult {
  file: string;
  mentions: CliMention[];
  tally: Tally;
}

/** A file to read, or stdin's bytes (read once by the main thread). */
export interface Task {
  index: number;
  path: string;
  bytes?: Uint8Array;
  stdinAs?: 'text' | 'html';
}

export type TaskResult = { index: number; ok: true; doc: DocumentResult } | { index: number; ok: false; message: string };

export function cliMention(m: Mention): CliMention {
  const { start, end, text, lever, category, side, stance, confidence, sentence } = m;
  return { start, end, text, lever, category, side, stance, confidence, sentence };
}

export async function annotateInput(task: Task): Promise<TaskResult> {
  const { index, path } = task;
  try {
    const bytes = task.bytes ?? (await readBytes(path));
    const raw = decodeText(path, bytes);
    const html = task.bytes ? (task.stdinAs ? task.stdinAs === 'html' : looksLikeHtml(raw)) : isHtmlPath(path);
    const text = await documentText(raw, html);
    const analysis = analyze(text, await cliLexicon());
    return { index, ok: true, doc: { file: path, mentions: analysis.mentions.map(cliMention), tally: analysis.tally } };
  } catch (err) {
    if (err instanceof InputError) return { index, ok: false, message: err.message };
    return { index, ok: false, message: `${path}: internal error: ${(err as Error).message}` };
  }
}
