/**
 * Topology -> findings: the schema's findings, then the rules over the planned
 * graph. `moat validate` prints them; `moat generate` refuses to write on errors.
 */
import type { Graph } from './graph/types.js';
import type { Finding } from './lint/types.js';
import { runRules } from './lint/engine.js';
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
  const notes: Finding[] = graph.notes.map((note) => ({
    ruleId: note.ruleId,
    level: 'info',
    message: note.message,
    file: note.source.file,
    line: note.source.line,
    column: note.source.column,
  }));
  return { loaded, graph, findings: sortFindings([...loaded.findings, ...runRules(graph), ...notes]) };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}
