import type { CommandModule } from 'yargs';
import { CLOUD_NAMES, type CloudName } from '../../azure/clouds.js';

interface GraphArgs {
  path: string;
  cloud?: CloudName;
}

export const graphCommand: CommandModule<object, GraphArgs> = {
  command: 'graph <path>',
  describe: 'Print, as JSON, the resource graph moat read from a template or planned from a topology',
  builder: (y) =>
    y
      .positional('path', { type: 'string', demandOption: true, describe: 'ARM template, Bicep file, parameters file (.bicepparam, x.parameters.json: its template with these values) or topology (.yaml/.yml)' })
      .option('cloud', { choices: CLOUD_NAMES, describe: 'the cloud a template deploys to (a topology names its own)' }),
  handler: async (args) => {
    const [{ readGraph }, { graphToJson }] = await Promise.all([import('../../lint/read-graph.js'), import('../../graph/to-json.js')]);
    const graph = readGraph(args.path, process.cwd(), args.cloud);
    process.stdout.write(JSON.stringify(graphToJson(graph), null, 2) + '\n');
  },
};
