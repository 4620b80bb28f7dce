/**
 * Runs the registered rules over one graph and turns their reports into
 * findings: location from the value's source, configured level, suppressions,
 * duplicates removed, stable order.
 */
import { GraphIndex, sourceOf } from '../graph/index.js';
import type { Graph } from '../graph/types.js';
import { detached } from '../detached.js';
import { RULES, isCheckedRule } from './registry.js';
import type { Finding, FindingLevel, Level, Report, Rule, RuleMeta } from './types.js';

export interface RunOptions {
  /** per-rule level overrides (`.moat.yaml`); `off` disables a rule */
  levels?: Record<string, Level>;
  /** the rules to run; the registry by default (tests pass one rule) */
  rules?: readonly Rule[];
}

/** The level a rule reports at under a configuration; `off` when disabled. */
export function levelFor(meta: RuleMeta, levels: Record<string, Level> | undefined): Level {
  return levels?.[meta.id] ?? meta.defaultLevel;
}

function toFinding(meta: RuleMeta, level: FindingLevel, report: Report): Finding {
  const where = report.resource ? sourceOf(report.resource, report.path) : report.at;
  const finding: Finding = {
    ruleId: meta.id,
    level,
    // findings outlive the file's text, which the names in them would otherwise keep alive
    message: detached(report.message),
    file: where?.file ?? '',
    line: where?.line ?? 1,
    column: where?.column ?? 1,
  };
  if (report.resource) finding.resource = detached(`${report.resource.type}/${report.resource.id.name}`);
  finding.help = meta.help;
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

const CHECKED_RULES: readonly Rule[] = RULES.filter(isCheckedRule);

export function runRules(input: Graph, options: RunOptions = {}): Finding[] {
  // a resource whose condition is known to be false is never deployed: no rule sees it
  const graph = input.resources.some((r) => r.condition === false) ? { ...input, resources: input.resources.filter((r) => r.condition !== false) } : input;
  const index = new GraphIndex(graph);
  const findings = new Map<string, Finding>();
  for (const rule of options.rules ?? CHECKED_RULES) {
    const level = levelFor(rule.meta, options.levels);
    if (level === 'off') continue;
    const report = (r: Report): void => {
      if (r.resource?.suppress?.includes(rule.meta.id)) return;
      const finding = toFinding(rule.meta, level, r);
      const key = [finding.ruleId, finding.file, finding.line, finding.column, finding.message].join('\u0000');
      if (!findings.has(key)) findings.set(key, finding);
    };
    try {
      rule.check({ graph, index, report });
    } catch (error) {
      // a crashing rule is a moat bug: name the rule and the input instead of a bare stack
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`moat internal error: rule ${rule.meta.id} failed on ${graph.files.join(', ') || 'the graph'}: ${reason}`, { cause: error });
    }
  }
  return [...findings.values()].sort(compareFindings);
}

/** Notes a reader or the planner attached to the graph, as info findings, unless the config turns their rule off. */
export function noteFindings(graph: Graph, levels?: Record<string, Level>): Finding[] {
  return graph.notes
    .filter((note) => levels?.[note.ruleId] !== 'off')
    .map((note) => ({ ruleId: note.ruleId, level: 'info', message: detached(note.message), ...note.source }));
}
