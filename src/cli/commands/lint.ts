import type { CommandModule } from 'yargs';
import { CLOUD_NAMES, type CloudName } from '../../azure/clouds.js';
import { InputError } from '../../errors.js';
import { FORMATS, findingsExitCode, renderFindings, type FindingsFormat } from '../output.js';

interface LintArgs {
  paths: string[];
  format: FindingsFormat;
  config?: string;
  maxWarnings?: number;
  cloud?: CloudName;
}

/** Input that couldn't be read or parsed outranks findings: the run is incomplete. */
const UNPARSABLE_EXIT = 2;

export const lintCommand: CommandModule<object, LintArgs> = {
  command: 'lint <paths..>',
  describe: 'Lint Bicep and ARM templates (files and folders) with every rule',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'templates and folders to lint' })
      .option('format', { choices: FORMATS, default: 'text' as FindingsFormat, describe: 'output format' })
      .option('config', { type: 'string', describe: 'config file (default: .moat.yaml here or above, up to the git root)' })
      .option('max-warnings', { type: 'number', describe: 'exit 1 when there are more warnings than this' })
      .option('cloud', { choices: CLOUD_NAMES, describe: 'the cloud the templates deploy to (default: the config\'s `cloud`, else AzureCloud)' }),
  handler: async (args) => {
    const maxWarnings = args.maxWarnings;
    if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
      throw new InputError(`--max-warnings must be a whole number of 0 or more, not ${String(maxWarnings)}`, undefined, 'e.g. --max-warnings 0');
    }
    const [{ lintPaths }, { resolveConfig }, { RULES }, { progressLine }] = await Promise.all([
      import('../../lint/run.js'),
      import('../../lint/config.js'),
      import('../../lint/registry.js'),
      import('../../lint/progress.js'),
    ]);
    const cwd = process.cwd();
    const config = resolveConfig(cwd, args.config, RULES.map((r) => r.meta.id));
    const progress = progressLine(process.stderr);
    const result = await lintPaths(args.paths, { cwd, config, ...(args.cloud ? { cloud: args.cloud } : {}), onProgress: (done, total) => progress.update(done, total) });
    progress.finish();
    process.stdout.write(await renderFindings(result.findings, args.format, result.files));
    process.exitCode = result.unparsable ? UNPARSABLE_EXIT : findingsExitCode(result.findings, maxWarnings);
  },
};
