/** Stand-in entry until src/cli/main.ts registers `whatif`: the same error handling, one command. */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError, RemoteError } from '../../src/errors.js';
import { whatifCommand } from '../../src/cli/commands/whatif.js';

yargs(hideBin(process.argv))
  .scriptName('moat')
  .command(whatifCommand)
  .demandCommand(1)
  .strict()
  .fail((message, error) => {
    if (error) throw error;
    throw new InputError(message ?? 'bad usage');
  })
  .parseAsync()
  .catch((error: unknown) => {
    process.stderr.write(`moat: ${error instanceof InputError ? error.describe() : (error as Error).message}\n`);
    process.exitCode = error instanceof InputError ? 2 : error instanceof RemoteError ? 1 : 1;
  });
