import type { CommandModule } from 'yargs';
import { CLOUD_NAMES, type CloudName } from '../../azure/clouds.js';
import { useColor } from '../output.js';

interface WhatIfArgs {
  input: string;
  subscription: string;
  'resource-group'?: string;
  parameters?: string;
  name?: string;
  mode: 'Incremental' | 'Complete';
  cloud: CloudName;
  'arm-endpoint'?: string;
  location?: string;
  format: 'text' | 'json';
  'exclude-change-types'?: string[];
  'show-noise': boolean;
  'detailed-exit-code': boolean;
}

/** Conventional exit code of a process stopped by Ctrl-C (128 + SIGINT). */
const INTERRUPTED_EXIT = 130;

export const whatifCommand: CommandModule<object, WhatIfArgs> = {
  command: 'whatif <input>',
  describe: 'Preview with ARM what-if what deploying a topology, ARM template or .bicep file would change',
  builder: (y) =>
    y
      .positional('input', { type: 'string', demandOption: true, describe: 'topology (.yaml), ARM template (.json) or .bicep file' })
      .option('subscription', { type: 'string', demandOption: true, describe: 'subscription ID to preview against' })
      .option('resource-group', { type: 'string', describe: 'target resource group (resource-group templates)' })
      .option('parameters', { type: 'string', describe: 'ARM parameters file (.json)' })
      .option('name', { type: 'string', describe: 'deployment name (default: the file name)' })
      .option('mode', { choices: ['Incremental', 'Complete'] as const, default: 'Incremental' as const, describe: 'deployment mode' })
      .option('cloud', { choices: CLOUD_NAMES, default: 'AzureCloud' as CloudName, describe: 'sets the ARM endpoint, authority and token scope' })
      .option('arm-endpoint', { type: 'string', describe: 'ARM URL overriding the cloud default (e.g. a private link to ARM)' })
      .option('location', { type: 'string', describe: 'where ARM keeps subscription-scope deployment data (default: a literal location parameter)' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
      .option('exclude-change-types', { type: 'string', array: true, describe: 'change types to leave out, e.g. Ignore,NoChange' })
      .option('show-noise', { type: 'boolean', default: false, describe: 'print known noise as az does (not dimmed, counted)' })
      .option('detailed-exit-code', { type: 'boolean', default: false, describe: 'exit 3 when a Create, Delete, Modify or Deploy remains' }),
  handler: async (args) => {
    const { whatIf } = await import('../../whatif/run.js');
    const { parseChangeTypes } = await import('../../whatif/view.js');
    const { WhatIfCancelled } = await import('../../whatif/failures.js');
    const abort = new AbortController();
    const onInterrupt = (): void => abort.abort();
    process.once('SIGINT', onInterrupt);
    const progress = process.stderr.isTTY ? 'moat: waiting for ARM what-if (Ctrl-C stops)' : '';
    if (progress) process.stderr.write(progress);
    try {
      const outcome = await whatIf(
        {
          input: args.input,
          subscription: args.subscription,
          resourceGroup: args['resource-group'],
          parameters: args.parameters,
          name: args.name,
          mode: args.mode,
          cloud: args.cloud,
          armEndpoint: args['arm-endpoint'],
          location: args.location,
          format: args.format,
          exclude: parseChangeTypes(args['exclude-change-types']),
          showNoise: args['show-noise'],
          detailedExitCode: args['detailed-exit-code'],
          color: useColor(process.stdout),
        },
        {},
        abort.signal,
      );
      if (progress) process.stderr.write(`\r${' '.repeat(progress.length)}\r`);
      process.stdout.write(outcome.output);
      process.exitCode = outcome.exitCode;
    } catch (error) {
      if (progress) process.stderr.write('\n');
      if (!(error instanceof WhatIfCancelled)) throw error;
      process.stderr.write(`moat: ${error.message}\n`);
      process.exitCode = INTERRUPTED_EXIT;
    } finally {
      process.off('SIGINT', onInterrupt);
    }
  },
};
