/** The command line's options: parsed by hand (a dozen flags do not need a library, and start-up counts). */
import { availableParallelism } from 'node:os';

export type Format = 'table' | 'json' | 'jsonl' | 'csv' | 'summary';

export interface AnnotateOptions {
  inputs: string[];
  format: Format;
  /** `--summary --json`: the summary as one JSON document. */
  summaryJson: boolean;
  jobs: number;
  /** true/false when asked for; undefined: only when stderr is a terminal. */
  progress: boolean | undefined;
  /** How to read stdin (`-`): sniffed from its first bytes unless given. */
  stdinAs: 'text' | 'html' | undefined;
}

export type Parsed = { command: 'help' } | { command: 'version' } | { command: 'annotate'; options: AnnotateOptions };

export class UsageError extends Error {}

const FORMAT_FLAGS: Record<string, Format> = { '--table': 'table', '--json': 'json', '--jsonl': 'jsonl', '--csv': 'csv', '--summary': 'summary' };

function positiveInt(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} needs a whole number of at least 1, not ${value === undefined ? 'nothing' : `"${value}"`}`);
  return Number(value);
}

/**
 * `pressure-points annotate [options] INPUT...`. `npm run annotate -- …` passes the same words after `annotate`.
 * Options may come before or after inputs; `--` ends options (for a file named like one).
 */
export function parseArgs(argv: string[]): Parsed {
  const args = [...argv];
  if (args.length === 0) throw new UsageError('no command given');
  const command = args.shift() as string;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-V') return { command: 'version' };
  if (command !== 'annotate') throw new UsageError(`unknown command "${command}" (the command is "annotate")`);

  const options: AnnotateOptions = { inputs: [], format: 'table', summaryJson: false, jobs: availableParallelism(), progress: undefined, stdinAs: undefined };
  const formats = new Set<Format>();
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--') optionsEnded = true;
    else if (flag === '--help' || flag === '-h') return { command: 'help' };
    else if (flag === '--version' || flag === '-V') return { command: 'version' };
    else if (flag in FORMAT_FLAGS && inline === undefined) formats.add(FORMAT_FLAGS[flag]);
    else if (flag === '--jobs' || flag === '-j') options.jobs = positiveInt(flag, value());
    else if (/^-j\d+$/.test(flag)) options.jobs = positiveInt('-j', flag.slice(2));
    else if (flag === '--progress' && inline === undefined) options.progress = true;
    else if (flag === '--no-progress' && inline === undefined) options.progress = false;
    else if (flag === '--stdin-as') {
      const as = value();
      if (as !== 'text' && as !== 'html') throw new UsageError(`--stdin-as takes "text" or "html", not ${as === undefined ? 'nothing' : `"${as}"`}`);
      options.stdinAs = as;
    } else throw new UsageError(`unknown option ${arg}`);
  }

  if (formats.has('summary')) {
    formats.delete('summary');
    const rest = [...formats];
    if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'json')) throw new UsageError('--summary goes alone, or with --json for the summary as JSON');
    options.format = 'summary';
    options.summaryJson = rest[0] === 'json';
  } else if (formats.size > 1) {
    throw new UsageError(`choose one output format, not ${[...formats].map((f) => `--${f}`).join(' and ')}`);
  } else if (formats.size === 1) {
    options.format = [...formats][0];
  }
  if (options.inputs.length === 0) throw new UsageError('no input given (a file, a directory, a glob pattern, or - for stdin)');
  if (options.inputs.filter((i) => i === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  return { command: 'annotate', options };
}
