/**
 * The Bicep front end: a .bicep file (with the local modules it calls) -> the
 * resource graph and the file's template facts, the same graph the ARM front
 * end builds from the JSON `bicep build` would write. Syntax errors, module
 * cycles and exceeded bounds come back as ParseProblems (`parse-error`);
 * nothing in a file makes this throw.
 */
import path from 'node:path';
import type { CloudName } from '../../azure/clouds.js';
import type { Graph } from '../../graph/types.js';
import { Unknown, type Value } from '../../graph/value.js';
import type { ParseProblem } from '../arm/jsonc.js';
import { BicepScope, providedByName } from './evaluator.js';
import { bicepFacts } from './facts.js';
import { GraphBuilder } from './graph.js';
import { Session, factsOnce, readFromDisk, type FileReader } from './session.js';

export type { FileReader } from './session.js';

export interface BicepReadOptions {
  /** parameter values by name (from a .bicepparam file or a caller) */
  parameters?: Record<string, Value>;
  /** where those came from, for graph.files */
  parametersFile?: string;
  /** absolute path of the file (default: `file` resolved against the working folder), for module paths */
  path?: string;
  /** reads a module's text by absolute path (default: from disk); undefined when it can't */
  readFile?: FileReader;
  /** false: the template facts only, no graph (a module linted alone) */
  evaluate?: boolean;
  cloud?: CloudName;
  /**
   * Gather each resource's dependencies (default true): its declared
   * dependsOn, its parent, and the resources its values link to. `moat graph`
   * prints them; no rule reads them, so `moat lint` leaves them out (every
   * dependsOn empty) and skips evaluating the declared ones.
   */
  dependencies?: boolean;
}

export interface BicepReadResult {
  graph: Graph;
  errors: ParseProblem[];
  /** the modules read, with their text (for their suppressions) */
  modules: { shownAs: string; text: string }[];
}

export function readBicepFile(text: string, file: string, options: BicepReadOptions = {}): BicepReadResult {
  const graph: Graph = { resources: [], files: options.parametersFile ? [file, options.parametersFile] : [file], templates: [], notes: [], ...(options.cloud ? { cloud: options.cloud } : {}) };
  const absolute = options.path ?? path.resolve(file);
  if (options.evaluate === false) {
    const { problems, facts } = factsOnce(text, absolute, file);
    return { graph: facts ? { ...graph, templates: [facts] } : graph, errors: [...problems], modules: [] };
  }
  const session = new Session(options.cloud ?? 'AzureCloud', options.readFile ?? readFromDisk);
  const builder = new GraphBuilder(session.named, options.dependencies ?? true);
  let source;
  try {
    source = session.parse(text, absolute, file);
    if (source instanceof Unknown) return { graph, errors: session.problems, modules: [] };
    const level = source.targetScope ?? 'resourceGroup';
    // the deployer may give what the parameters file doesn't
    const provided = providedByName(new Map(Object.entries(options.parameters ?? {}).map(([name, value]) => [name, () => value])), false);
    const root = new BicepScope(session, source, { level, cloud: session.cloud }, { scope: { level }, chain: '', condition: true, depth: 0 }, provided, []);
    builder.addDeployment(root);
  } catch (error) {
    // The bounds keep evaluation shallow; this is the last guard for input nested deeper than the stack allows.
    if (!(error instanceof RangeError)) throw error;
    session.report(`the file's values nest too deeply to evaluate (${error.message})`, { file, line: 1, column: 1 });
    if (!source || source instanceof Unknown) return { graph, errors: session.problems, modules: [] };
  }
  graph.resources = builder.resources();
  graph.templates = [bicepFacts(source)];
  graph.files.push(...session.moduleFiles.map((m) => m.shownAs));
  return { graph, errors: session.problems, modules: session.moduleFiles };
}

