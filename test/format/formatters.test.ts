import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import { formatJson } from '../../src/format/json.js';
import { formatSarif } from '../../src/format/sarif.js';
import { formatText } from '../../src/format/text.js';
import type { Finding, RuleMeta } from '../../src/lint/types.js';
import { ROOT } from '../support/paths.js';
import { scratchDir } from '../support/scratch.js';

const FINDINGS: Finding[] = [
  {
    ruleId: 'aks-service-cidr-overlap',
    level: 'error',
    message: 'service CIDR 10.10.0.0/16 overlaps subnet snet-aks (10.10.0.0/22)',
    file: 'topology.yaml',
    line: 31,
    column: 16,
    resource: 'Microsoft.ContainerService/managedClusters/aks-contoso',
    help: 'Pick a service range outside the VNet.',
  },
  { ruleId: 'public-network-access', level: 'warning', message: "name 'a\nb'", file: 'dir/main bicep.bicep', line: 2, column: 1 },
  { ruleId: 'aks-api-server-public', level: 'info', message: 'the API server is public', file: 'main.json', line: 9, column: 5 },
];

const RULE_METAS: RuleMeta[] = [
  { id: 'public-network-access', description: 'Public access while private', defaultLevel: 'warning', docs: '#public-network-access', help: 'Disable it' },
  { id: 'aks-service-cidr-overlap', description: 'Service CIDR overlaps', defaultLevel: 'error', docs: '#aks-service-cidr-overlap', help: 'Move it.' },
  { id: 'aks-api-server-public', description: 'API server is public', defaultLevel: 'info', docs: '#aks-api-server-public', help: 'Make it private' },
];

test('text: one compiler-style line per finding, newlines in messages escaped, a summary', () => {
  const text = formatText(FINDINGS, { color: false });
  assert.equal(
    text,
    [
      'topology.yaml:31:16 error aks-service-cidr-overlap service CIDR 10.10.0.0/16 overlaps subnet snet-aks (10.10.0.0/22)',
      "dir/main bicep.bicep:2:1 warning public-network-access name 'a\\nb'",
      'main.json:9:5 info aks-api-server-public the API server is public',
      '3 findings (1 error, 1 warning, 1 info)',
      '',
    ].join('\n'),
  );
});

const TEXT_CASES: [string, Finding[], boolean, RegExp][] = [
  ['no findings says so', [], false, /^no findings\n$/],
  ['colour codes only when asked', FINDINGS.slice(0, 1), true, /\x1b\[31merror\x1b\[0m/],
  ['no escape codes without colour', FINDINGS.slice(0, 1), false, /^[^\x1b]*$/],
];
for (const [name, findings, color, expected] of TEXT_CASES) {
  test(`text: ${name}`, () => assert.match(formatText(findings, { color }), expected));
}

test('json: exactly the shape of design.md §5', () => {
  const parsed = JSON.parse(formatJson(FINDINGS, { files: 2 }));
  assert.equal(Object.keys(parsed), ['tool', 'version', 'findings', 'summary']);
  assert.is(parsed.tool, 'moat');
  assert.match(parsed.version, /^\d+\.\d+\.\d+/);
  assert.equal(Object.keys(parsed.findings[0]), ['ruleId', 'level', 'message', 'file', 'line', 'column', 'resource', 'help']);
  assert.equal(Object.keys(parsed.findings[1]), ['ruleId', 'level', 'message', 'file', 'line', 'column']);
  assert.equal(parsed.summary, { files: 2, error: 1, warning: 1, info: 1 });
});

const require = createRequire(import.meta.url);
const SARIF_SCHEMA = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'sarif-2.1.0.json');

test('sarif: valid against the official SARIF 2.1.0 schema', () => {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
  const log = JSON.parse(formatSarif(FINDINGS, { rules: RULE_METAS, baseDir: ROOT }));
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
});

test('sarif: one rule entry per rule, results point at rules, levels mapped', () => {
  const log = JSON.parse(formatSarif(FINDINGS, { rules: RULE_METAS, baseDir: ROOT }));
  const run = log.runs[0];
  const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
  assert.equal(ids, ['aks-api-server-public', 'aks-service-cidr-overlap', 'public-network-access']);
  assert.equal(run.tool.driver.rules[0].defaultConfiguration, { level: 'note' });
  assert.match(run.tool.driver.rules[1].helpUri, /#aks-service-cidr-overlap$/);
  assert.equal(
    run.results.map((r: { ruleId: string; ruleIndex: number; level: string }) => [r.ruleId, r.ruleIndex, r.level]),
    [
      ['aks-service-cidr-overlap', 1, 'error'],
      ['public-network-access', 2, 'warning'],
      ['aks-api-server-public', 0, 'note'],
    ],
  );
  assert.is(run.results[1].locations[0].physicalLocation.artifactLocation.uri, 'dir/main%20bicep.bicep');
  assert.equal(run.results[0].locations[0].physicalLocation.region, { startLine: 31, startColumn: 16 });
});

const MULTITOOL = path.join(path.dirname(SARIF_SCHEMA), 'Sarif.Multitool');

/** Problems (error/warning results) the SARIF multitool's `validate` reports for a log; undefined if it can't run here. */
function multitoolProblems(log: string): string[] | undefined {
  if (!existsSync(MULTITOOL)) return undefined;
  chmodSync(MULTITOOL, 0o755); // npm may skip the package's own chmod postinstall
  const dir = scratchDir('sarif');
  const file = path.join(dir, 'findings.sarif');
  const output = path.join(dir, 'validation.sarif');
  writeFileSync(file, log);
  const run = spawnSync(MULTITOOL, ['validate', file, '--output', output, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 60_000 });
  if (run.error) return undefined;
  assert.ok(existsSync(output), `the multitool wrote no result: ${run.stdout}${run.stderr}`);
  const results = JSON.parse(readFileSync(output, 'utf8')).runs[0].results as { ruleId: string; level?: string; message: unknown }[];
  return results.filter((r) => r.level !== 'note' && r.level !== 'none').map((r) => `${r.ruleId} ${JSON.stringify(r.message)}`);
}

test('sarif: the SARIF multitool validates it (schema and best practice), and catches a broken log', () => {
  const good = multitoolProblems(formatSarif(FINDINGS, { rules: RULE_METAS, baseDir: ROOT }));
  if (good === undefined) {
    console.log('  (skipped: the SARIF multitool binary does not run on this platform)');
    return;
  }
  assert.equal(good, []);
  const broken = JSON.parse(formatSarif(FINDINGS, { rules: RULE_METAS, baseDir: ROOT }));
  delete broken.runs[0].tool.driver.name;
  assert.ok((multitoolProblems(JSON.stringify(broken)) ?? []).length > 0, 'a log without a tool name must not validate');
});

test.run();
