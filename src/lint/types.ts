import type { Graph, GraphResource } from '../graph/types.js';
import type { GraphIndex } from '../graph/index.js';
import type { SourceLocation } from '../graph/value.js';

export type Level = 'off' | 'info' | 'warning' | 'error';
export type FindingLevel = Exclude<Level, 'off'>;

export interface Finding {
  ruleId: string;
  level: FindingLevel;
  message: string;
  file: string;
  line: number;
  column: number;
  /** `type/name` of the resource, when the finding is about one */
  resource?: string;
  help?: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultLevel: FindingLevel;
  /** anchor in README.md (`#rule-id`) */
  docs: string;
  /** one-paragraph fix advice shown as `help` */
  help: string;
}

export interface Report {
  message: string;
  /** the resource the finding is about */
  resource?: GraphResource;
  /** dotted value path on `resource`, to point at the value's own line */
  path?: string;
  /** explicit location, when there is no resource (template facts) */
  at?: SourceLocation;
}

export interface RuleContext {
  graph: Graph;
  index: GraphIndex;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
