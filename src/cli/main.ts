// `guidance <command> [options]`: a thin layer over the library. It turns results into text
// and exit codes: 0 ok, 1 content problems, 2 usage or internal errors.
import { ContentFolderError } from '../pipeline/load-content.js';
import { OutputFolderError } from '../pipeline/write-outputs.js';
import { COMMANDS } from './commands.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { TOOL } from './tool-info.js';

const USAGE = `Usage: guidance <command> [options]

Compiles markdown guidance on exercises for back pain in pregnancy and after birth into a
validated JSON dataset and the outputs built from it.

Commands:
${Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`).join('\n')}

Run \`guidance <command> --help\` for a command's options, \`guidance --version\` for the version.
Exit codes: 0 ok, 1 content problems, 2 usage or internal error.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${TOOL.name} ${TOOL.version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`guidance: unknown command \`${name}\`, expected one of: ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`guidance ${name}: ${error.message}\nRun \`guidance ${name} --help\` for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof ContentFolderError || error instanceof OutputFolderError) {
      io.stderr.write(`guidance ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`guidance ${name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

/**
 * A reader that stops early (`guidance lint | head -1`) closes the pipe; the next write fails
 * with EPIPE, which Node raises as an uncaught error with a stack trace. Like other Unix tools,
 * stop quietly instead: nobody is left to read the rest. Exit 0, since the reader asked for less,
 * not the content for more (the exit code of `head` is what a pipeline reports anyway).
 */
export function stopQuietlyOnClosedPipe(stream: NodeJS.WritableStream, exit: (code: number) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(EXIT.ok);
    else throw error;
  });
}
