/**
 * One file -> the graph moat reads from it (`moat graph`): a topology is
 * planned, a template goes through its language's front end with the
 * parameters file beside it, exactly as `moat lint` reads it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CloudName } from '../azure/clouds.js';
import { InputError } from '../errors.js';
import type { Graph } from '../graph/types.js';
import { planTopology } from '../plan/index.js';
import { loadTopology } from '../topology/load.js';
import { READERS } from './frontends.js';
import { kindOf, readSourceText } from './files.js';
import { jsonRole, parametersForTemplate, type LintUnit } from './units.js';

/** `cloud` is the one templates deploy to; a topology names its own. */
export function readGraph(given: string, cwd: string, cloud?: CloudName): Graph {
  const absolute = path.resolve(cwd, given);
  if (/\.ya?ml$/i.test(given)) return planTopologyFile(given);
  const text = readText(absolute, given);
  const kind = kindOf(absolute);
  if (kind === 'json' && jsonRole(text) !== 'template') {
    throw new InputError('not an ARM template', { file: given }, 'moat graph takes an ARM template (with a deploymentTemplate.json $schema), a .bicep file or a topology .yaml');
  }
  if (kind !== 'json' && kind !== 'bicep') {
    throw new InputError('unknown file type', { file: given }, 'moat graph takes a .json ARM template, a .bicep file or a topology .yaml');
  }
  const language = kind === 'json' ? 'arm' : 'bicep';
  const reader = READERS[language];

  const unit: LintUnit = { path: absolute, shownAs: given, language, factsOnly: false };
  const parametersPath = language === 'arm' ? parametersForTemplate(absolute) : absolute.replace(/\.bicep$/i, '.bicepparam');
  let parametersText: string | undefined;
  if (parametersPath && parametersPath !== absolute && existsSync(parametersPath)) {
    unit.parameters = { path: parametersPath, shownAs: path.relative(cwd, parametersPath) };
    parametersText = readText(parametersPath, unit.parameters.shownAs);
  }
  const { graph, errors } = reader({ unit, text, parametersText, cloud });
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more; \`moat lint\` lists them all)` : '';
    throw new InputError(`${first.message}${more}`, { file: first.file, line: first.line, column: first.column });
  }
  return graph;
}

function planTopologyFile(file: string): Graph {
  const loaded = loadTopology(file);
  const error = loaded.findings.find((f) => f.level === 'error');
  if (error) throw new InputError(error.message, { file: error.file, line: error.line, column: error.column }, 'run `moat validate` to see every finding');
  return planTopology(loaded);
}

function readText(absolute: string, shownAs: string): string {
  try {
    return readSourceText(absolute);
  } catch (error) {
    throw new InputError(`can't read the file: ${(error as Error).message}`, { file: shownAs });
  }
}
