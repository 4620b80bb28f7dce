import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { InputError } from '../../errors.js';
import { DEFAULT_EXAMPLE, exampleNames, starterTopology } from '../../topology/examples.js';

export interface InitArgs {
  example: string;
  out: string;
  force: boolean;
}

const STDOUT = '-';

export const initCommand: CommandModule<object, InitArgs> = {
  command: 'init',
  describe: 'Write a starter topology from one of the examples',
  builder: (y) =>
    y
      .option('example', { type: 'string', default: DEFAULT_EXAMPLE, describe: `example to start from: ${exampleNames().join(', ')}` })
      .option('out', { type: 'string', default: 'topology.yaml', describe: `file to write ('${STDOUT}' for standard output)` })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite the file if it exists' }),
  handler: async (args) => {
    process.stdout.write(await runInit(args));
  },
};

/** Writes the starter topology (or returns it, for `--out -`); returns what to print. */
export async function runInit(args: InitArgs): Promise<string> {
  if (args.out === STDOUT) return starterTopology(args.example, path.join(process.cwd(), 'topology.yaml'));
  const text = starterTopology(args.example, args.out);
  if (existsSync(args.out)) {
    if (statSync(args.out).isDirectory()) {
      throw new InputError('is a directory', { file: args.out }, 'name the file to write, e.g. --out dir/topology.yaml');
    }
    if (!args.force) throw new InputError('refusing to overwrite an existing file', { file: args.out }, 'choose another --out, or pass --force');
  }
  const { writeFiles } = await import('../../render/write.js');
  // Refusing to overwrite is init's own rule (checked above); the shared writer adds atomicity.
  // init owns no other file in that folder, so the writer must not clean any up.
  writeFiles(path.dirname(args.out), new Map([[path.basename(args.out), text]]), { force: true, owns: () => false });
  return `wrote ${args.out} (example ${args.example}); check it with: moat validate ${args.out}\n`;
}
