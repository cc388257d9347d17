import { Command, CommanderError } from 'commander';
import { ApiRequestError } from '../../shared/api/request-error';
import { QuerySyntaxError } from '../../shared/search/query-syntax';
import { registerBrief } from './commands/brief';
import { registerBackup } from './commands/backup';
import { registerEval } from './commands/eval';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerImport } from './commands/import';
import { registerSearch } from './commands/search';
import { registerServe } from './commands/serve';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from './exit-codes';
import { safeName } from '../../shared/text/safe-name';

/** Parses argv, runs one command and returns the exit code (0 ok, 1 some inputs failed, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('parley')
    .description('Parley: who said what, for which nation, in your news archive.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run parley --help for usage)');

  let exitCode = EXIT_OK;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  registerImport(program, setExit);
  registerExtract(program, setExit);
  registerSearch(program, setExit);
  registerServe(program, setExit);
  registerEval(program, setExit);
  registerExport(program, setExit);
  registerBrief(program, setExit);
  registerBackup(program, setExit);

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const command = program.args[0] ? `parley ${program.args[0]}` : 'parley';
    const message = error instanceof Error ? error.message : String(error);
    // Arguments the API contract refuses are usage errors, like commander's own.
    const usage = error instanceof ApiRequestError || error instanceof QuerySyntaxError;
    // Other messages name paths (an archive, a backup) that may hold newlines, escapes or bidi overrides:
    // escaped whole, so no name can forge a line. A usage error's lines are the contract's own.
    const printable = usage ? message.split('\n').map(safeName).join('\n') : safeName(message);
    process.stderr.write(`${command}: ${printable}\n`);
    return usage ? EXIT_USAGE : EXIT_SOME_FAILED;
  }
}
