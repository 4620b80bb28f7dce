/**
 * One table per rule: each case is a graph and the findings expected, given
 * as the resource and value path whose line the finding must point at.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runRules } from '../../src/lint/engine.js';
import type { Graph } from '../../src/graph/types.js';
import type { Finding, Rule } from '../../src/lint/types.js';
import { lineOf } from '../support/graph-builder.js';

/** A finding expected at the line of `path` on the resource named `resource`; `says` must be in the message. */
export interface Expected {
  resource: string;
  path?: string;
  says?: string;
}

export type Case = [name: string, graph: Graph, expected: Expected[]];

export function findingsOf(rule: Rule, g: Graph): Finding[] {
  return runRules(g, { rules: [rule] });
}

export function ruleTable(rule: Rule, cases: Case[]): void {
  for (const [name, g, expected] of cases) {
    test(`${rule.meta.id}: ${name}`, () => {
      const findings = findingsOf(rule, g);
      const describe = (fs: Finding[]): string => fs.map((f) => `${f.line}: ${f.message}`).join('\n');
      assert.is(findings.length, expected.length, `findings:\n${describe(findings)}`);
      const wanted = expected.map((e) => ({ ...e, line: lineOf(g, e.resource, e.path) })).sort((a, b) => a.line - b.line);
      wanted.forEach((want, i) => {
        const finding = findings[i]!;
        assert.is(finding.ruleId, rule.meta.id);
        assert.is(finding.level, rule.meta.defaultLevel);
        assert.is(finding.line, want.line, `finding ${i} line; findings:\n${describe(findings)}`);
        if (want.says) assert.ok(finding.message.includes(want.says), `"${finding.message}" should say "${want.says}"`);
      });
    });
  }
}
