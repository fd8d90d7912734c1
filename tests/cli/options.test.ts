import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/options';

const annotate = (...argv: string[]) => {
  const parsed = parseArgs(['annotate', ...argv]);
  if (parsed.command !== 'annotate') throw new Error(`parsed as ${parsed.command}`);
  return parsed.options;
};

describe('command-line options', () => {
  it('defaults to a table, one job per core, and the progress bar only on a terminal', () => {
    expect(annotate('a.txt')).toEqual({ inputs: ['a.txt'], format: 'table', summaryJson: false, jobs: availableParallelism(), progress: undefined, stdinAs: undefined });
  });

  it('takes options before and after inputs, in both spellings of a value', () => {
    expect(annotate('--jobs', '3', 'a.txt', '--jsonl')).toMatchObject({ inputs: ['a.txt'], format: 'jsonl', jobs: 3 });
    expect(annotate('a.txt', '--jobs=2').jobs).toBe(2);
    expect(annotate('-j', '4', 'a.txt').jobs).toBe(4);
    expect(annotate('-j5', 'a.txt').jobs).toBe(5);
    expect(annotate('--stdin-as=html', '-').stdinAs).toBe('html');
    expect(annotate('--no-progress', 'a.txt').progress).toBe(false);
    expect(annotate('--progress', 'a.txt').progress).toBe(true);
  });

  it('reads "-" as stdin and anything after "--" as a name', () => {
    expect(annotate('-', '--', '--json', '-j2').inputs).toEqual(['-', '--json', '-j2']);
  });

  it('allows --summary with --json, and no other pair of formats', () => {
    expect(annotate('--summary', '--json', 'a')).toMatchObject({ format: 'summary', summaryJson: true });
    expect(annotate('--json', '--json', 'a').format).toBe('json');
    for (const pair of [['--csv', '--json'], ['--summary', '--csv'], ['--table', '--jsonl']]) expect(() => annotate(...pair, 'a')).toThrow(UsageError);
  });

  it('refuses what it cannot use, saying what is wrong', () => {
    expect(() => annotate()).toThrow(/no input/);
    expect(() => annotate('--jobs', '0', 'a')).toThrow(/--jobs needs a whole number/);
    expect(() => annotate('--jobs', 'many', 'a')).toThrow(/"many"/);
    expect(() => annotate('--jobs')).toThrow(/nothing/);
    expect(() => annotate('--stdin-as', 'pdf', '-')).toThrow(/"text" or "html"/);
    expect(() => annotate('--json=yes', 'a')).toThrow(/unknown option --json=yes/);
    expect(() => annotate('-', '-')).toThrow(/only once/);
    expect(() => parseArgs([])).toThrow(/no command/);
    expect(() => parseArgs(['annotat', 'a'])).toThrow(/unknown command "annotat"/);
  });

  it('knows --help and --version anywhere', () => {
    expect(parseArgs(['--help']).command).toBe('help');
    expect(parseArgs(['annotate', 'a.txt', '-h']).command).toBe('help');
    expect(parseArgs(['-V']).command).toBe('version');
  });
});
