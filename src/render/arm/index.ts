/**
 * Graph -> `azuredeploy.json` + `azuredeploy.parameters.json`. Pure: the same
 * graph gives the same bytes (2-space indent, trailing newline). Both files
 * carry moat's header in `metadata` (`_generator.name: "moat"`), which is how
 * `hasMoatHeader` (src/render/header.ts) tells them from files a user wrote.
 */
import type { Graph } from '../../graph/types.js';
import { armMetadata, type RenderMeta } from '../header.js';
import { buildTemplate } from './template.js';

export const ARM_TEMPLATE_FILE = 'azuredeploy.json';
export const ARM_PARAMETERS_FILE = 'azuredeploy.parameters.json';
const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

const serialize = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function renderArm(graph: Graph, meta: RenderMeta): Map<string, string> {
  const metadata = { ...armMetadata(meta), moat: { topology: meta.topologyFile } };
  const { template, parameterValues } = buildTemplate(graph, metadata);
  const parameters = { $schema: PARAMETERS_SCHEMA, contentVersion: '1.0.0.0', metadata, parameters: parameterValues };
  return new Map([
    [ARM_TEMPLATE_FILE, serialize(template)],
    [ARM_PARAMETERS_FILE, serialize(parameters)],
  ]);
}
