/**
 * `.bicepparam` files: `using './main.bicep'` names the template, and each
 * `param x = value` gives a parameter value (expressions and `var`s allowed,
 * evaluated like the template's own; `readEnvironmentVariable()` and
 * `getSecret()` are unknown).
 */
import path from 'node:path';
import type { CloudName } from '../../azure/clouds.js';
import { Unknown, type Value } from '../../graph/value.js';
import type { ParseProblem } from '../arm/jsonc.js';
import { BicepScope, NOTHING_PROVIDED } from './evaluator.js';
import { Session } from './session.js';
import { literalText } from './source-file.js';

export interface BicepParameters {
  /** the `using` target as written ('./main.bicep'); undefined for `using none` or none */
  using?: string;
  parameters: Record<string, Value>;
  errors: ParseProblem[];
}

export function readBicepParams(text: string, file: string, options: { cloud?: CloudName } = {}): BicepParameters {
  const session = new Session(options.cloud ?? 'AzureCloud', () => undefined);
  const source = session.parse(text, path.resolve(file), file);
  if (source instanceof Unknown) return { parameters: {}, errors: session.problems };
  const scope = new BicepScope(session, source, { level: 'resourceGroup', cloud: session.cloud }, { scope: { level: 'resourceGroup' }, chain: '', condition: true, depth: 0 }, NOTHING_PROVIDED, []);
  const parameters: Record<string, Value> = {};
  let using: string | undefined;
  try {
    for (const name of source.params.keys()) parameters[name] = scope.parameter(name);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    session.report(`the parameter values nest too deeply to evaluate (${error.message})`, { file, line: 1, column: 1 });
  }
  for (const statement of source.program.statements) if (statement.kind === 'Using') using = literalText(statement.path) ?? using;
  const result: BicepParameters = { parameters, errors: session.problems };
  if (using !== undefined) result.using = using;
  return result;
}
