/**
 * Topology -> ARM JSON in memory, for `moat whatif topology.yaml`: the same
 * checks and renderer as `moat validate` and `moat generate --target arm`,
 * without writing a file. A topology with error findings is not previewed.
 */
import { InputError } from '../errors.js';
import { ARM_PARAMETERS_FILE, ARM_TEMPLATE_FILE, renderArm } from '../render/arm/index.js';
import { renderMetaFor } from '../render/header.js';
import { validateTopologyFile } from '../validate.js';
import type { JsonObject } from './types.js';

export interface RenderedTemplate {
  template: JsonObject;
  parameters: Record<string, JsonObject>;
}

export async function renderTopologyTemplate(file: string): Promise<RenderedTemplate> {
  const { graph, findings } = validateTopologyFile(file);
  const errors = findings.filter((f) => f.level === 'error');
  const first = errors[0];
  if (first || !graph) {
    throw new InputError(
      first ? `${first.ruleId}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : ''}` : 'the topology cannot be planned',
      first ? { file: first.file, line: first.line, column: first.column } : { file },
      'moat validate lists every finding; fix the errors before a what-if',
    );
  }
  const files = renderArm(graph, renderMetaFor(file));
  const template = JSON.parse(files.get(ARM_TEMPLATE_FILE)!) as JsonObject;
  const parameters = JSON.parse(files.get(ARM_PARAMETERS_FILE)!) as { parameters?: Record<string, JsonObject> };
  return { template, parameters: parameters.parameters ?? {} };
}
