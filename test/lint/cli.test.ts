/** The real `moat lint` / `moat graph` as a child process: exit codes, formats, one-line errors. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { CLI, fixture } from '../support/paths.js';
import { writeTree } from './tree.js';

const PROJECT = fixture('lint', 'project');
const CONFIGS = writeTree({
  'levels.yaml': 'rules:\n  subnet-overlap: warning\n',
  'typo.yaml': 'rules:\n  subnet-overlaps: off\n',
  'public-cloud.yaml': 'cloud: AzureCloud\n',
});
const GOV_ZONE = fixture('lint', 'clouds', 'gov-vault-zone.json');

function moat(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const CASES: [string, string[], number, (out: string, err: string) => void][] = [
  ['a clean template: exit 0', ['lint', 'paired.json'], 0, (out) => assert.is(out, 'no findings\n')],
  ['an error finding: exit 1, compiler-style line', ['lint', 'overlap.json'], 1, (out) => assert.match(out, /^overlap\.json:15:64 error subnet-overlap subnet snet-b/)],
  ['a parse error outranks findings: exit 2, the rest still linted', ['lint', '.'], 2, (out) => {
    assert.match(out, /^broken\.json:5:51 error parse-error/m);
    assert.match(out, /^overlap\.json:15:64 error subnet-overlap/m);
  }],
  ['warnings pass by default', ['lint', 'overlap.json', '--config', `${CONFIGS}/levels.yaml`], 0, (out) => assert.match(out, /warning subnet-overlap/)],
  ['--max-warnings caps them', ['lint', 'overlap.json', '--config', `${CONFIGS}/levels.yaml`, '--max-warnings', '0'], 1, () => {}],
  ['--format json: the findings document', ['lint', 'overlap.json', '--format', 'json'], 1, (out) => {
    const report = JSON.parse(out) as { findings: { ruleId: string; line: number }[]; summary: object };
    assert.equal(report.findings.map((f) => [f.ruleId, f.line]), [['subnet-overlap', 15]]);
    assert.equal(report.summary, { files: 1, error: 1, warning: 0, info: 0 });
  }],
  ['--format sarif: SARIF 2.1.0 with every rule and the result', ['lint', 'overlap.json', '--format', 'sarif'], 1, (out) => {
    const log = JSON.parse(out) as { version: string; runs: { tool: { driver: { rules: unknown[] } }; results: { ruleId: string }[] }[] };
    assert.is(log.version, '2.1.0');
    assert.ok(log.runs[0]!.tool.driver.rules.length > 20);
    assert.equal(log.runs[0]!.results.map((r) => r.ruleId), ['subnet-overlap']);
  }],
  ['an unknown rule in the config: exit 2 at its line, with did-you-mean', ['lint', '.', '--config', `${CONFIGS}/typo.yaml`], 2, (out, err) => {
    assert.is(out, '');
    assert.match(err, /typo\.yaml:2:3: unknown rule "subnet-overlaps" \(hint: did you mean "subnet-overlap"\?\)/);
  }],
  ['a zone of another cloud passes when the cloud is not named', ['lint', GOV_ZONE], 0, (out) => assert.is(out, 'no findings\n')],
  ['--cloud holds zone names to that cloud', ['lint', GOV_ZONE, '--cloud', 'AzureCloud'], 1, (out) => assert.match(out, /error private-dns-zone-mismatch .*expected privatelink\.vaultcore\.azure\.net/)],
  ['--cloud of the zone: clean', ['lint', GOV_ZONE, '--cloud', 'AzureUSGovernment'], 0, () => {}],
  ['the config names the cloud', ['lint', GOV_ZONE, '--config', `${CONFIGS}/public-cloud.yaml`], 1, (out) => assert.match(out, /private-dns-zone-mismatch/)],
  ['--cloud overrides the config', ['lint', GOV_ZONE, '--config', `${CONFIGS}/public-cloud.yaml`, '--cloud', 'AzureUSGovernment'], 0, () => {}],
  ['graph --cloud: environment() is that cloud\'s', ['graph', fixture('misconfig', 'arm', 'private-dns-zone-mismatch-environment.json'), '--cloud', 'AzureChinaCloud'], 0, (out) => {
    const names = (JSON.parse(out) as { resources: { type: string; name: string }[] }).resources.filter((r) => r.type === 'Microsoft.Network/privateDnsZones').map((r) => r.name);
    assert.ok(names.includes('privatelink.vault.azure.cn'), names.join(', '));
  }],
  ['an unknown --cloud: exit 2', ['lint', GOV_ZONE, '--cloud', 'AzureMoon'], 2, (_, err) => assert.match(err, /Invalid values/)],
  ['a path that is not there: exit 2, one line', ['lint', 'nope'], 2, (_, err) => assert.match(err, /^moat: nope: no such file or folder/)],
  ['a bad --max-warnings: exit 2', ['lint', '.', '--max-warnings', '-1'], 2, (_, err) => assert.match(err, /--max-warnings must be a whole number/)],
  ['graph: the resource graph as JSON', ['graph', 'paired.json'], 0, (out) => {
    const graph = JSON.parse(out) as { resources: { type: string; name: string }[] };
    assert.equal(graph.resources.map((r) => [r.type, r.name]), [['Microsoft.Network/virtualNetworks', 'vnet-paired']]);
  }],
  ['graph of a broken template: exit 2 at the error', ['graph', 'broken.json'], 2, (out, err) => {
    assert.is(out, '');
    assert.match(err, /^moat: broken\.json:5:51: JSON syntax/);
  }],
];

for (const [name, args, status, check] of CASES) {
  test(name, () => {
    const run = moat(args);
    assert.is(run.status, status, run.stderr);
    assert.not.match(run.stderr, /\n\s+at /, 'no stack trace');
    check(run.stdout, run.stderr);
  });
}

test.run();
