/**
 * Topology -> findings: the schema's findings, then the rules over the planned
 * graph. `moat validate` prints them; `moat generate` refuses to write on errors.
 */
import type { Graph } from './graph/types.js';
import type { Finding } from './lint/types.js';
import { compareFindings, noteFindings, runRules } from './lint/engine.js';
import { planTopology } from './plan/index.js';
import { loadTopology } from './topology/load.js';
import type { LoadedTopology } from './topology/load.js';

export interface TopologyValidation {
  loaded: LoadedTopology;
  /** absent when the topology breaks its schema: planning needs a well-formed topology */
  graph?: Graph;
  findings: Finding[];
}

export function validateTopologyFile(path: string): TopologyValidation {
  const loaded = loadTopology(path);
  if (!loaded.topology || loaded.findings.some((f) => f.level === 'error')) {
    return { loaded, findings: [...loaded.findings] };
  }
  const graph = planTopology(loaded);
  return { loaded, graph, findings: [...loaded.findings, ...runRules(graph), ...noteFindings(graph)].sort(compareFindings) };
}

