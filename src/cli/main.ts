#!/usr/bin/env node
/**
 * moat's command line. Commands live one per file in ./commands; each loads
 * its heavy modules inside its handler, so `moat --version` and `moat lint`
 * don't pay for the Azure SDK.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError, RemoteError } from '../errors.js';
import { VERSION } from '../version.js';
import { generateCommand } from './commands/generate.js';
import { graphCommand } from './commands/graph.js';
import { initCommand } from './commands/init.js';
import { lintCommand } from './commands/lint.js';
import { validateCommand } from './commands/validate.js';
import { whatifCommand } from './commands/whatif.js';

const USAGE_EXIT = 2;

// moat prints help only for --help/-h (.fail() below replaces yargs' help-on-error), yet yargs
// lays out the running command's help after starting it: wrapping that unseen text cost ~7 ms
// of every `moat lint` and `moat generate`.
const wantsHelp = (argv: string[]): boolean => argv.some((arg) => arg === '--help' || arg === '-h');

async function main(argv: string[]): Promise<void> {
  await yargs(argv)
    .scriptName('moat')
    .usage('$0 <command> [options]\n\nGenerate, lint and preview network-isolated Azure ML (v1) inference on AKS.')
    .command(initCommand)
    .command(validateCommand)
    .command(generateCommand)
    .command(lintCommand)
    .command(whatifCommand)
    .command(graphCommand)
    .demandCommand(1, 'Name a command; moat --help lists them.')
    .strict()
    .recommendCommands()
    .version(VERSION)
    .alias('h', 'help')
    .wrap(wantsHelp(argv) ? Math.min(100, process.stdout.columns || 100) : null)
    .fail((message, error) => {
      if (error) throw error;
      throw new InputError(message ?? 'bad usage', undefined, 'moat --help lists the commands and options');
    })
    .parseAsync();
}

// `moat lint . | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(hideBin(process.argv)).catch((error: unknown) => {
  if (error instanceof InputError) {
    process.stderr.write(`moat: ${error.describe()}\n`);
    process.exitCode = USAGE_EXIT;
  } else if (error instanceof RemoteError) {
    process.stderr.write(`moat: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    // A bug in moat, not in the user's input: say so in one line instead of a trace.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`moat: internal error: ${message} (please report this with the input that caused it)\n`);
    if (process.env.MOAT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
});
