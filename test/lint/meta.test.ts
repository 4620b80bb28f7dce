/**
 * The rule registry against the contract (design.md §6), the source tree, the
 * README and the tests: every rule registered, documented and tested.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/paths.js';
import { isCheckedRule, RULES, ruleById } from '../../src/lint/registry.js';

/** Rule IDs and default levels as design.md §6 names them. */
const CONTRACT: Record<string, string> = {
  'subnet-outside-vnet': 'error',
  'subnet-overlap': 'error',
  'aks-service-cidr-overlap': 'error',
  'aks-dns-service-ip-outside-service-cidr': 'error',
  'aks-dns-service-ip-reserved': 'error',
  'aks-docker-bridge-overlap': 'error',
  'aks-docker-bridge-unsupported': 'error',
  'aks-reserved-range': 'error',
  'aks-subnet-capacity': 'error',
  'aks-network-plugin': 'warning',
  'aks-region-mismatch': 'error',
  'aks-private-cluster-public-fqdn': 'error',
  'aci-private-workspace': 'error',
  'aks-network-contributor-missing': 'error',
  'workspace-dependency-not-private': 'error',
  'private-dns-zone-mismatch': 'error',
  'private-endpoint-dns-missing': 'warning',
  'acr-sku-private-endpoint': 'error',
  'public-network-access': 'warning',
  'aks-public-load-balancer': 'warning',
  'aks-api-server-public': 'info',
  'nsg-outbound-blocks-acr': 'error',
  'nsg-scoring-inbound-open': 'warning',
  'topology-schema': 'error',
  'invalid-cidr': 'error',
  'parse-error': 'error',
  'secure-parameter-default': 'error',
  'no-hardcoded-location': 'warning',
  'no-unused-params': 'warning',
  'no-unused-vars': 'warning',
  'outputs-should-not-contain-secrets': 'error',
  'no-hardcoded-env-urls': 'warning',
};

const ids = RULES.map((r) => r.meta.id);
const ruleFiles = readdirSync(path.join(ROOT, 'src/lint/rules')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

test('every rule file is registered under its file name', () => {
  assert.equal(ruleFiles.filter((f) => !ids.includes(f)), []);
});

test('rule IDs are unique and sorted', () => {
  assert.equal(ids, [...new Set(ids)].sort());
});

test('every contract rule is registered with its default level', () => {
  for (const [id, level] of Object.entries(CONTRACT)) {
    const entry = ruleById(id);
    assert.ok(entry, `${id} is not registered`);
    assert.is(entry.meta.defaultLevel, level, id);
  }
});

test('metadata is complete', () => {
  for (const entry of RULES) {
    assert.is(entry.meta.docs, `#${entry.meta.id}`);
    assert.ok(entry.meta.description.length > 10, entry.meta.id);
    assert.ok(entry.meta.help.length > 10, entry.meta.id);
  }
});

test('only the loader-reported rules have no check', () => {
  assert.equal(RULES.filter((entry) => !isCheckedRule(entry)).map((entry) => entry.meta.id), ['network-contributor-post-deploy', 'nsg-association-post-deploy', 'parse-error', 'topology-schema']);
});

test('every rule is documented in README.md under ### <rule-id>', () => {
  const text = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.match(text, /^## Rules\b/m);
  const headings = new Set([...text.matchAll(/^### (\S+)\s*$/gm)].map((m) => m[1]));
  assert.equal(ids.filter((id) => !headings.has(id)), []);
});

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'fixtures' ? [] : testFiles(path.join(dir, e.name))) : e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : [],
  );
}

test('every rule ID appears in a test other than this one', () => {
  const texts = testFiles(path.join(ROOT, 'test'))
    .filter((f) => !f.endsWith(path.join('lint', 'meta.test.ts')))
    .map((f) => readFileSync(f, 'utf8'));
  assert.equal(ids.filter((id) => !texts.some((t) => t.includes(id))), []);
});

test('no rule or view reads dependsOn: moat lint leaves the dependencies out (see ArmReadOptions.dependencies)', () => {
  const readers = ['src/lint/rules', 'src/graph'].flatMap((dir) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)));
  const exempt = new Set([path.join('src/graph', 'types.ts'), path.join('src/graph', 'to-json.ts')]);
  assert.equal(readers.filter((file) => !exempt.has(file) && readFileSync(path.join(ROOT, file), 'utf8').includes('dependsOn')), []);
});

test.run();
