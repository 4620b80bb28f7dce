/**
 * The ARM JSON front end: a template (JSONC) -> the resource graph and the
 * template facts, with every value's line:col. Problems (JSON syntax, bad
 * expressions, exceeded bounds) come back as ParseProblems, which the linter
 * reports as `parse-error`; nothing in a template makes this throw.
 */
import type { CloudName } from '../../azure/clouds.js';
import type { Graph, Scope } from '../../graph/types.js';
import type { Value } from '../../graph/value.js';
import type { DeploymentContext } from '../functions/index.js';
import { jsonToValue } from '../functions/json.js';
import { ROOT_FRAME, FileState, TemplateScope } from './evaluator.js';
import { collectFacts } from './facts.js';
import { parseJsonc, type ParseProblem } from './jsonc.js';
import { ResourceWalker, templateLevel, type LinkedDeployment } from './walker.js';

export type { ParseProblem } from './jsonc.js';
export { readArmParametersFile, type ArmParametersFile } from './parameters-file.js';
export type { LinkedDeployment } from './walker.js';

export interface ArmReadOptions {
  /** values from a parameters file, by parameter name */
  parameters?: Record<string, unknown>;
  parametersFile?: string;
  /** `parameters` are every value the deployment passes (a linking deployment's inline values), not some of them */
  parametersComplete?: boolean;
  cloud?: CloudName;
  /** where the template deploys when another links it (that deployment's target); by default the deployment's own */
  scope?: Pick<Scope, 'subscription' | 'resourceGroup'>;
  /**
   * Gather each resource's dependencies (default true): its declared
   * dependsOn, its parent, and the resources its values link to. `moat graph`
   * prints them; no rule reads them, so `moat lint` leaves them out (every
   * dependsOn empty) and skips evaluating the declared ones.
   */
  dependencies?: boolean;
}

export interface ArmReadResult {
  graph: Graph;
  errors: ParseProblem[];
  /** deployments that link template files (`templateLink.relativePath`), with where those deploy */
  linked: LinkedDeployment[];
}

/** An ARM template, by its `$schema` or, without one, by its shape. */
export function isArmTemplate(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const template = json as Record<string, unknown>;
  const schema = template.$schema;
  if (typeof schema === 'string') return /deploymenttemplate\.json/i.test(schema);
  return typeof template.contentVersion === 'string' && typeof template.resources === 'object' && template.resources !== null;
}

export function readArmTemplate(text: string, file: string, options: ArmReadOptions = {}): ArmReadResult {
  const graph: Graph = { resources: [], files: options.parametersFile ? [file, options.parametersFile] : [file], templates: [], notes: [], ...(options.cloud ? { cloud: options.cloud } : {}) };
  const { doc, root, problems } = parseJsonc(text, file);
  // A template with JSON syntax errors is not evaluated: a half-read template would give findings about what isn't there.
  if (!root || problems.length > 0) return { graph, errors: problems, linked: [] };
  if (root.type !== 'object') return { graph, errors: [doc.problem('an ARM template is a JSON object', root.offset)], linked: [] };

  const state = new FileState(doc, options.cloud ?? 'AzureCloud');
  const level = templateLevel(root) ?? 'resourceGroup';
  const scope: Scope = { level };
  if (options.scope?.subscription !== undefined) scope.subscription = options.scope.subscription;
  if (options.scope?.resourceGroup !== undefined && level === 'resourceGroup') scope.resourceGroup = options.scope.resourceGroup;
  const deployment: DeploymentContext = { level, cloud: state.cloud };
  if (scope.subscription !== undefined) deployment.subscription = scope.subscription;
  if (scope.resourceGroup !== undefined) deployment.resourceGroup = scope.resourceGroup;
  const provided = new Map<string, Value>(Object.entries(options.parameters ?? {}).map(([name, value]) => [name.toLowerCase(), jsonToValue(value)]));
  const walker = new ResourceWalker(state, options.dependencies ?? true);
  try {
    walker.walkTemplate(new TemplateScope(state, root, deployment, provided, options.parametersComplete ?? false), root, { scope, chain: '', condition: true, depth: 0 }, ROOT_FRAME);
    graph.resources = walker.graphResources();
    graph.templates = collectFacts(state, root);
  } catch (error) {
    // The bounds above keep recursion shallow; this is the last guard for a value built deeper than the stack allows.
    if (!(error instanceof RangeError)) throw error;
    return { graph, errors: [...state.problems, doc.problem(`the template's values nest too deeply to evaluate (${error.message})`, root.offset)], linked: [] };
  }
  return { graph, errors: state.problems, linked: walker.linked };
}
