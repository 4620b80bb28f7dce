/**
 * Topology -> ARM JSON in memory, for `moat whatif topology.yaml`. The ARM
 * renderer (src/render/arm) is wired in here, and only here.
 */
import { InputError } from '../errors.js';
import type { JsonObject } from './types.js';

export interface RenderedTemplate {
  template: JsonObject;
  parameters: Record<string, JsonObject>;
}

export async function renderTopologyTemplate(file: string): Promise<RenderedTemplate> {
  throw new InputError(
    'moat whatif cannot generate a topology in memory yet',
    { file },
    'run `moat generate TOPOLOGY --target arm` and pass azuredeploy.json with --parameters azuredeploy.parameters.json',
  );
}
