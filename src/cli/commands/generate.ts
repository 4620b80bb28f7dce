import type { CommandModule } from 'yargs';
import type { Target } from '../../render/index.js';

interface GenerateArgs {
  topology: string;
  out: string;
  target: Target;
  check: boolean;
  force: boolean;
}

// spelled out here, not imported, so that loading the command doesn't load the renderer
const TARGET_CHOICES = ['bicep', 'arm', 'both'] as const satisfies readonly Target[];

/** The commands that deploy what was generated (design.md §4: print the next command to run). */
function nextSteps(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const at = (file: string): string => `${outDir}/${file}`.replace(/^\.\//, '');
  const steps: string[] = [];
  if (files.has('main.bicep')) {
    steps.push(`az deployment group create --resource-group <resource-group> --template-file ${at('main.bicep')} --parameters ${at('main.bicepparam')}`);
  } else if (files.has('azuredeploy.json')) {
    steps.push(`az deployment group create --resource-group <resource-group> --template-file ${at('azuredeploy.json')} --parameters @${at('azuredeploy.parameters.json')}`);
  }
  if (files.has('post-deploy.sh')) {
    steps.push(`${at('post-deploy.sh')} <resource-group>   # after the deployment: steps it can't do itself (see the script)`);
  }
  return steps;
}

export const generateCommand: CommandModule<object, GenerateArgs> = {
  command: 'generate <topology>',
  describe: 'Write the Bicep (and/or ARM) templates for a topology, after validating it',
  builder: (y) =>
    y
      .positional('topology', { type: 'string', demandOption: true, describe: 'topology file (YAML or JSON)' })
      .option('out', { type: 'string', default: 'infra', describe: 'folder to write into' })
      .option('target', { choices: TARGET_CHOICES, default: 'bicep' as Target, describe: 'what to generate' })
      .option('check', { type: 'boolean', default: false, describe: 'write nothing; exit 1 and list the files that would change' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite files that moat did not generate' }),
  handler: async (args) => {
    const [{ generateFromFile, ownedBy }, { checkFiles, writeFiles }, { renderFindings }] = await Promise.all([
      import('../../render/index.js'),
      import('../../render/write.js'),
      import('../output.js'),
    ]);
    const { findings, files } = generateFromFile(args.topology, args.target);
    if (findings.length > 0) process.stderr.write(await renderFindings(findings, 'text', 1));
    if (!files) {
      process.stderr.write(`moat: not generating: ${args.topology} has errors (above)\n`);
      process.exitCode = 1;
      return;
    }
    const shown = (file: string): string => `${args.out}/${file}`.replace(/^\.\//, '');

    if (args.check) {
      const { drifted, stale } = checkFiles(args.out, files, ownedBy(args.target));
      if (drifted.length > 0 || stale.length > 0) {
        const lines = [...drifted.map((f) => `drift: ${shown(f)}`), ...stale.map((f) => `stale: ${shown(f)} (generated earlier, no longer part of the output)`)];
        process.stdout.write(`${lines.join('\n')}\nRun: moat generate ${args.topology} --out ${args.out} --target ${args.target}\n`);
        process.exitCode = 1;
      } else {
        process.stdout.write(`${files.size} files in ${args.out} are up to date\n`);
      }
      return;
    }

    const { written, unchanged, removed } = writeFiles(args.out, files, { force: args.force, owns: ownedBy(args.target) });
    const lines = [
      ...written.map((f) => `wrote ${shown(f)}`),
      ...removed.map((f) => `removed ${shown(f)} (generated earlier, no longer part of the output)`),
      ...(unchanged.length > 0 ? [`${unchanged.length} files unchanged`] : []),
    ];
    if (files.has('post-deploy.sh')) {
      lines.push(`${shown('post-deploy.sh')} holds what the deployment can't do itself (granting the cluster's identity Network Contributor, or associating the NSG): run it after deploying.`);
    }
    lines.push('', 'Next:', ...nextSteps(args.out, files).map((s) => `  ${s}`));
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
