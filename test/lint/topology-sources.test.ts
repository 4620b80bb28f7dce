/**
 * The rules on graphs the planner builds from a topology: `moat validate`
 * reports them at the YAML line that caused them. Each case edits the default
 * example and names the lines (by their text) findings must point at.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/paths.js';
import { validateTopologyFile } from '../../src/validate.js';
import { isCheckedRule, ruleById } from '../../src/lint/registry.js';
import { scratchDir } from '../support/scratch.js';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'default.yaml'), 'utf8');

const CASES: [name: string, edits: [from: string, to: string][], expected: [ruleId: string, lineText: string][]][] = [
  ['the example is clean', [], []],
  ['service range over the VNet', [['serviceCidr: 10.0.0.0/16', 'serviceCidr: 10.10.0.0/16'], ['dnsServiceIP: 10.0.0.10', 'dnsServiceIP: 10.10.0.10']], [
    ['aks-service-cidr-overlap', 'serviceCidr: 10.10.0.0/16'],
    ['aks-service-cidr-overlap', 'serviceCidr: 10.10.0.0/16'],
  ]],
  ['DNS service IP is the first address', [['dnsServiceIP: 10.0.0.10', 'dnsServiceIP: 10.0.0.1']], [['aks-dns-service-ip-reserved', 'dnsServiceIP: 10.0.0.1']]],
  ['AKS subnet too small', [['addressPrefix: 10.10.0.0/22', 'addressPrefix: 10.10.0.0/26']], [['aks-subnet-capacity', 'nodeCount: 3']]],
  ['subnet with host bits', [['addressPrefix: 10.10.4.0/24', 'addressPrefix: 10.10.4.7/24']], [['invalid-cidr', 'addressPrefix: 10.10.4.7/24']]],
  ['docker bridge in a reserved range', [['dockerBridgeCidr: 172.17.0.1/16', 'dockerBridgeCidr: 172.31.0.1/16']], [['aks-reserved-range', 'dockerBridgeCidr: 172.31.0.1/16']]],
];

for (const [name, edits, expected] of CASES) {
  test(`rules on a planned topology: ${name}`, () => {
    const text = edits.reduce((t, [from, to]) => {
      assert.ok(t.includes(from), `the example no longer has "${from}"`);
      return t.replace(from, to);
    }, EXAMPLE);
    const dir = scratchDir('rules');
    try {
      const file = path.join(dir, 'topology.yaml');
      writeFileSync(file, text);
      const lines = text.split('\n');
      const lineOf = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;
      // Checks only: the planner's notes (also registered rules) are not what these cases are about.
      const findings = validateTopologyFile(file).findings.filter((f) => {
        const rule = ruleById(f.ruleId);
        return rule !== undefined && isCheckedRule(rule);
      });
      assert.equal(
        findings.map((f) => [f.ruleId, f.file, f.line]),
        expected.map(([ruleId, needle]) => [ruleId, file, lineOf(needle)]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
