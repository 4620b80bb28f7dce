import type { CommandModule } from 'yargs';
import { FORMATS, findingsExitCode, renderFindings, type FindingsFormat } from '../output.js';

interface ValidateArgs {
  topology: string;
  format: FindingsFormat;
  print: boolean;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <topology>',
  describe: 'Check a topology against its schema and every rule, at the YAML line that causes each finding',
  builder: (y) =>
    y
      .positional('topology', { type: 'string', demandOption: true, describe: 'topology file (YAML or JSON)' })
      .option('format', { choices: FORMATS, default: 'text' as FindingsFormat, describe: 'output format' })
      .option('print', { type: 'boolean', default: false, describe: 'print the effective topology (defaults filled in)' }),
  handler: async (args) => {
    const { validateTopologyFile } = await import('../../validate.js');
    const result = validateTopologyFile(args.topology);
    if (args.print && result.loaded.topology) {
      const { printTopology } = await import('../../topology/print.js');
      process.stdout.write(printTopology(result.loaded.topology));
      if (result.findings.length > 0) process.stderr.write(await renderFindings(result.findings, 'text', 1));
    } else {
      process.stdout.write(await renderFindings(result.findings, args.format, 1));
    }
    process.exitCode = findingsExitCode(result.findings);
  },
};
