/**
 * One file -> the graph moat reads from it (`moat graph`): a topology is
 * planned, a template goes through its language's front end with the
 * parameters file beside it (or named instead of it), exactly as `moat lint`
 * reads it.
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
import { jsonRole, parametersForTemplate, shownFrom, templateForParameters, type Language, type LintUnit } from './units.js';
import { bicepparamTarget } from '../frontends/bicep/references.js';

/**
 * `cloud` is the one templates deploy to; a topology names its own. A
 * parameters file (`.bicepparam`, `x.parameters.json`) gives the graph of the
 * template it applies to, with its values, as `moat lint` reads the pair.
 */
export function readGraph(given: string, cwd: string, cloud?: CloudName): Graph {
  const absolute = path.resolve(cwd, given);
  if (/\.ya?ml$/i.test(given)) return planTopologyFile(given);
  const text = readText(absolute, given);
  const kind = kindOf(absolute);
  if (kind === 'bicepparam') {
    const target = bicepparamTarget(text, absolute);
    if (target === undefined) throw new InputError('the .bicepparam file names no local template', { file: given }, "moat graph reads a .bicepparam file whose `using` names a local .bicep file");
    return readTemplate(target, shownFrom(cwd, target), 'bicep', cloud, { path: absolute, shownAs: given, text });
  }
  const role = kind === 'json' ? jsonRole(text) : undefined;
  if (role === 'parameters') {
    const template = templateForParameters(absolute);
    if (template === undefined) throw new InputError('a parameters file without its template', { file: given }, 'moat graph finds the template of x.parameters.json in x.json beside it');
    return readTemplate(template, shownFrom(cwd, template), 'arm', cloud, { path: absolute, shownAs: given, text });
  }
  if (role !== undefined && role !== 'template') {
    throw new InputError('not an ARM template', { file: given }, 'moat graph takes an ARM template (with a deploymentTemplate.json $schema), a .bicep file or a topology .yaml');
  }
  if (kind !== 'json' && kind !== 'bicep') {
    throw new InputError('unknown file type', { file: given }, 'moat graph takes a .json ARM template, a .bicep file, a parameters file or a topology .yaml');
  }
  const language = kind === 'json' ? 'arm' : 'bicep';
  const parametersPath = language === 'arm' ? parametersForTemplate(absolute) : absolute.replace(/\.bicep$/i, '.bicepparam');
  const parametersShown = shownFrom(cwd, parametersPath);
  const parameters = parametersPath !== absolute && existsSync(parametersPath) ? { path: parametersPath, shownAs: parametersShown, text: readText(parametersPath, parametersShown) } : undefined;
  return readTemplate(absolute, given, language, cloud, parameters, text);
}

interface ParametersSource {
  path: string;
  shownAs: string;
  text: string;
}

/** A template through its language's front end, with its parameters file, as `moat lint` reads it. */
function readTemplate(absolute: string, shownAs: string, language: Language, cloud: CloudName | undefined, parameters: ParametersSource | undefined, known?: string): Graph {
  const text = known ?? readText(absolute, shownAs);
  const unit: LintUnit = { path: absolute, shownAs, language, factsOnly: false };
  if (parameters) unit.parameters = { path: parameters.path, shownAs: parameters.shownAs };
  const { graph, errors } = READERS[language]({ unit, text, parametersText: parameters?.text, cloud });
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
