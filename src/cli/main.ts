/**
 * The command line's entry point (bundled to dist/cli/main.mjs by `npm run build:cli`, started by
 * bin/pressure-points.js). Parses the arguments and runs the command; usage errors exit with 2.
 */
import { version } from '../../package.json';
import { annotate, type Io } from './annotate';
import { parseArgs, UsageError } from './options';
import { USAGE } from './usage';

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`pressure-points: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.command === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.command === 'version') {
    io.stdout.write(`pressure-points ${version}\n`);
    return 0;
  }
  return annotate(parsed.options, io);
}

/** Runs in this process with its real streams; a reader that goes away (`| head`) ends the run quietly. */
export function run(argv = process.argv.slice(2)): void {
  const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      process.stderr.write(`pressure-points: internal error: ${err.stack ?? err}\n`);
      process.exitCode = 1;
    },
  );
}
