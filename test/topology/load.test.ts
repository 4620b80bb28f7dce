import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../src/errors.js';
import { loadTopology, parseTopology } from '../../src/topology/load.js';
import { exampleNames, examplePath } from '../../src/topology/examples.js';
import { fixture } from '../support/paths.js';
import { scratchDir } from '../support/scratch.js';

const EXPECTED_EXAMPLES = ['attach-existing', 'default', 'existing-vnet', 'internal-load-balancer', 'private-cluster', 'restricted-outbound'];

/** A valid topology; cases replace lines (1-based) or append after line 8. */
const BASE = [
  'version: 1',
  'name: contoso',
  'location: eastus2',
  'network:',
  '  vnet:',
  '    addressPrefixes: [10.10.0.0/16]',
  '  subnets:',
  '    - { purpose: aks, addressPrefix: 10.10.0.0/22 }',
];

function variant(replace: Record<number, string | null>, ...append: string[]): string {
  const lines = BASE.flatMap((line, i) => (i + 1 in replace ? (replace[i + 1] === null ? [] : [replace[i + 1]!]) : [line]));
  return [...lines, ...append, ''].join('\n');
}

test('the six examples of the issue exist and load without findings', () => {
  assert.equal(exampleNames(), EXPECTED_EXAMPLES);
  for (const name of EXPECTED_EXAMPLES) {
    const loaded = loadTopology(examplePath(name));
    assert.equal(loaded.findings, [], name);
    assert.ok(loaded.topology, name);
  }
});

// [name, yaml, 'line:col', message pattern]
const SCHEMA_CASES: [string, string, string, RegExp][] = [
  ['misspelt top-level key', variant({}, 'lokation: westus'), '9:1', /^unknown key 'lokation' at the top level \(did you mean 'location'\?\)$/],
  ['misspelt nested key', variant({}, 'inference:', '  acii: true'), '10:3', /^unknown key 'acii' in inference \(did you mean 'aci'\?\)$/],
  ['misspelt key in a list item', variant({ 8: '    - { purpose: aks, adressPrefix: 10.10.0.0/22 }' }), '8:23', /unknown key 'adressPrefix' in network\.subnets\[0\] \(did you mean 'addressPrefix'\?\)/],
  ['unknown key far from any', variant({}, 'aks:', '  zzzzzzzz: 1'), '10:3', /^unknown key 'zzzzzzzz' in aks$/],
  ['wrong version', variant({ 1: 'version: 2' }), '1:10', /^version must be 1, not 2$/],
  ['wrong type', variant({}, 'aks:', '  nodeCount: three'), '10:14', /^aks\.nodeCount must be an integer, not the string "three"$/],
  ['a list where a mapping belongs', variant({}, 'aks: [1]'), '9:6', /^aks must be a mapping, not a list$/],
  ['enum, wrong case', variant({}, 'aks:', '  networkPlugin: Azure'), '10:18', /one of azure, kubenet, not 'Azure' \(did you mean 'azure'\?\)/],
  ['enum, no close match', variant({}, 'network2: 1', 'aks:', '  clusterPurpose: Whatever'), '11:19', /^aks\.clusterPurpose must be one of FastProd, DenseProd, DevTest, not 'Whatever'$/],
  ['above maximum', variant({}, 'aks:', '  maxPods: 300'), '10:12', /^aks\.maxPods must be <= 250, not 300$/],
  ['bad CIDR syntax', variant({}, 'aks:', '  serviceCidr: 10.0.0/16'), '10:16', /^aks\.serviceCidr '10\.0\.0\/16' is not an IPv4 CIDR like 10\.0\.0\.0\/16$/],
  ['prefix length out of range', variant({ 8: '    - { purpose: aks, addressPrefix: 10.10.0.0/33 }' }), '8:38', /addressPrefix '10\.10\.0\.0\/33' is not an IPv4 CIDR/],
  ['bad IPv4 address', variant({}, 'aks:', '  dnsServiceIP: 10.0.0.300'), '10:17', /^aks\.dnsServiceIP '10\.0\.0\.300' is not an IPv4 address/],
  ['name pattern', variant({ 2: 'name: Contoso' }), '2:7', /^name 'Contoso' is not valid here/],
  ['missing required key at the top', variant({ 4: null, 5: null, 6: null, 7: null, 8: null }), '1:1', /^the topology needs 'network'$/],
  ['missing required key points at the parent key', variant({ 6: '    existing: false' }), '5:3', /^network\.vnet needs 'addressPrefixes'$/],
  ['no aks subnet', variant({ 8: '    - { purpose: other, addressPrefix: 10.10.0.0/22 }' }), '8:5', /^network\.subnets needs an item with purpose: aks$/],
  ['empty subnet list', variant({ 8: null, 7: '  subnets: []' }), '7:12', /^network\.subnets needs at least 1 item$/],
  ['existing VNet without name', variant({ 5: '  vnet: { existing: true, addressPrefixes: [10.10.0.0/16] }', 6: null }), '5:3', /^network\.vnet needs 'name' \(when existing: true\)$/],
  ['attach needs the resource ID', variant({}, 'aks:', '  provisioning: existing'), '9:1', /^aks needs 'resourceId' \(when provisioning: existing\)$/],
  ['private cluster needs moat-declared provisioning', variant({}, 'aks:', '  privateCluster: true', '  provisioning: workspace'), '11:17', /^aks\.provisioning must be one of cluster, existing, not 'workspace' \(when privateCluster: true\)$/],
  ['repeated list item', variant({}, 'workspace:', '  storage: { privateEndpoint: [blob, blob] }'), '10:38', /^workspace\.storage\.privateEndpoint repeats an item: \[0\] and \[1\] are equal$/],
  ['storage service not known', variant({}, 'workspace:', '  storage: { privateEndpoint: [queue] }'), '10:32', /must be one of blob, file, not 'queue'/],
  ['tag values are strings', variant({}, 'tags: { env: 1 }'), '9:14', /^tags\.env must be a string, not the number 1$/],
  ['NSG source syntax', variant({ 8: '    - { purpose: aks, addressPrefix: 10.10.0.0/22 }' }, '  nsg:', '    scoringInbound: [{ name: corp, sourceAddressPrefix: "10.0.0.0/8 " }]'), '10:57', /sourceAddressPrefix '10\.0\.0\.0\/8 ' is not an IPv4 address, an IPv4 CIDR, '\*' or a service tag/],
  ['a long value is shortened in the message', variant({ 2: `name: ${'x'.repeat(500)}` }), '2:7', /^name 'x{60}\.\.\.' is too long \(at most 20 characters\)$/],
  ['a whole document that is not a mapping', '- 1\n- 2\n', '1:1', /^the topology must be a mapping, not a list$/],
];

for (const [name, text, where, message] of SCHEMA_CASES) {
  test(`schema: ${name}`, () => {
    const loaded = parseTopology(text, 'topology.yaml');
    assert.is(loaded.topology, undefined);
    const match = loaded.findings.find((f) => message.test(f.message));
    assert.ok(match, `no finding matches ${message}; got ${JSON.stringify(loaded.findings.map((f) => f.message))}`);
    assert.is(`${match.line}:${match.column}`, where);
    assert.is(match.ruleId, 'topology-schema');
    assert.is(match.level, 'error');
    assert.is(match.file, 'topology.yaml');
  });
}

test('schema: CRLF line endings give the same positions', () => {
  const text = variant({}, 'aks:', '  maxPods: 300');
  const [lf, crlf] = [text, text.replace(/\n/g, '\r\n')].map((t) => parseTopology(t, 't.yaml').findings.map((f) => [f.line, f.column, f.message]));
  assert.equal(crlf, lf);
  assert.equal(lf, [[10, 12, 'aks.maxPods must be <= 250, not 300']]);
});

test('schema: every mistake in one run (allErrors)', () => {
  const loaded = parseTopology(variant({ 1: 'version: 3' }, 'aks:', '  maxPods: 1', '  nodeCount: 0'), 't.yaml');
  assert.equal(
    loaded.findings.map((f) => `${f.line}:${f.column}`),
    ['1:10', '10:12', '11:14'],
  );
});

// [name, yaml, 'line:col', message pattern]
const REFERENCE_CASES: [string, string, string, RegExp][] = [
  ['two aks subnets', variant({}, '    - { name: snet-aks2, purpose: aks, addressPrefix: 10.10.8.0/22 }'), '9:35', /^network\.subnets\[1\] is a second subnet with purpose: aks/],
  ['two subnets with one default name', variant({}, '    - { purpose: other, addressPrefix: 10.10.8.0/24 }', '    - { purpose: other, addressPrefix: 10.10.9.0/24 }'), '10:7', /^network\.subnets\[2\] has the same name 'snet-other' as network\.subnets\[1\]$/],
  ['load balancer subnet names no subnet', variant({}, 'aks:', '  loadBalancerSubnet: snet-nope'), '10:23', /^aks\.loadBalancerSubnet 'snet-nope' is not a subnet of network\.subnets \(they are snet-aks\)$/],
  ['resource ID without provisioning: existing', variant({}, 'aks:', '  resourceId: /subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/a'), '10:15', /^aks\.resourceId is only used with provisioning: existing \(provisioning is workspace\)$/],
];

for (const [name, text, where, message] of REFERENCE_CASES) {
  test(`references: ${name}`, () => {
    const loaded = parseTopology(text, 'topology.yaml');
    assert.ok(loaded.topology, 'the schema passes, so the topology is there');
    assert.is(loaded.findings.length, 1, JSON.stringify(loaded.findings));
    const [finding] = loaded.findings;
    assert.match(finding!.message, message);
    assert.is(`${finding!.line}:${finding!.column}`, where);
    assert.is(finding!.ruleId, 'topology-schema');
  });
}

test('defaults: schema defaults and derived names are filled in', () => {
  const { topology, findings } = parseTopology(variant({ 2: 'name: my-env' }, '    - { purpose: privateEndpoints, addressPrefix: 10.10.4.0/24 }'), 't.yaml');
  assert.equal(findings, []);
  const t = topology!;
  assert.equal(
    [t.cloud, t.tags, t.network.vnet.name, t.network.vnet.existing, t.network.subnets.map((s) => [s.name, s.existing])],
    ['AzureCloud', {}, 'vnet-my-env', false, [['snet-aks', false], ['snet-privateendpoints', false]]],
  );
  assert.equal(t.network.nsg, { scoringInbound: [], outbound: 'open' });
  assert.equal(t.network.privateDns, { zones: 'create' });
  const { workspace: w, aks } = t;
  assert.equal(
    [w.name, w.storage.name, w.keyVault.name, w.containerRegistry.name, w.applicationInsights.name],
    ['mlw-my-env', 'stmyenv', 'kv-my-env', 'crmyenv', 'appi-my-env'],
  );
  assert.equal([w.privateEndpoint, w.publicNetworkAccess, w.storage.privateEndpoint, w.keyVault.privateEndpoint], [true, false, ['blob', 'file'], true]);
  assert.equal([w.containerRegistry.sku, w.containerRegistry.privateEndpoint], ['Premium', true]);
  assert.equal(aks, {
    provisioning: 'workspace',
    name: 'aks-my-env',
    computeName: 'aks-compute',
    location: 'eastus2',
    nodeCount: 3,
    vmSize: 'Standard_D4s_v5',
    maxPods: 30,
    clusterPurpose: 'FastProd',
    networkPlugin: 'azure',
    serviceCidr: '10.0.0.0/16',
    dnsServiceIP: '10.0.0.10',
    dockerBridgeCidr: '172.17.0.1/16',
    privateCluster: false,
    publicFqdn: false,
    loadBalancer: 'internal',
    loadBalancerSubnet: 'snet-aks',
  });
  assert.equal(t.inference, { aci: false });
});

// [name, extra lines, expected derived values]
const DERIVED_CASES: [string, string[], (t: NonNullable<ReturnType<typeof parseTopology>['topology']>) => unknown, unknown][] = [
  ['load balancer subnet prefers the scoringLoadBalancer subnet', ['    - { purpose: scoringLoadBalancer, addressPrefix: 10.10.5.0/28 }'], (t) => t.aks.loadBalancerSubnet, 'snet-scoringloadbalancer'],
  ['an explicit load balancer subnet stays', ['    - { name: lb, purpose: other, addressPrefix: 10.10.5.0/28 }', 'aks: { loadBalancerSubnet: lb }'], (t) => t.aks.loadBalancerSubnet, 'lb'],
  ['aks.location null means the top location', ['aks: { location: null }'], (t) => t.aks.location, 'eastus2'],
  ['aks.location kept', ['aks: { location: westus3 }'], (t) => t.aks.location, 'westus3'],
  ['subnets of an existing VNet are existing unless said otherwise', ['    - { purpose: other, addressPrefix: 10.10.5.0/28, existing: false }', 'aks: {}'], (t) => t.network.subnets.map((s) => s.existing), [false, false]],
  ['explicit names win', ['workspace: { name: ws1, storage: { name: st123 }, keyVault: { name: kv-x1 } }'], (t) => [t.workspace.name, t.workspace.storage.name, t.workspace.keyVault.name], ['ws1', 'st123', 'kv-x1']],
];

for (const [name, extra, pick, expected] of DERIVED_CASES) {
  test(`derived default: ${name}`, () => {
    const loaded = parseTopology(variant({}, ...extra), 't.yaml');
    assert.equal(loaded.findings, []);
    assert.equal(pick(loaded.topology!), expected);
  });
}

test('derived default: subnets follow an existing VNet', () => {
  const loaded = parseTopology(variant({ 5: '  vnet: { existing: true, name: v, addressPrefixes: [10.10.0.0/16] }', 6: null }), 't.yaml');
  assert.equal(loaded.topology!.network.subnets.map((s) => s.existing), [true]);
});

test('derived default: a two-letter name still gives a valid registry name', () => {
  const loaded = parseTopology(variant({ 2: 'name: ab' }), 't.yaml');
  assert.is(loaded.topology!.workspace.containerRegistry.name, 'crab0');
});

// [path, 'line:col'] in the internal-load-balancer example
const LOCATE_CASES: [string, string][] = [
  ['aks.serviceCidr', '27:16'],
  ['network.subnets.2.name', '16:15'],
  ['network.subnets.2', '16:7'],
  ['network.nsg.scoringInbound.0.ports.0', '21:82'],
  ['aks.nodeCount', '23:1'],
  ['network.privateDns.zones', '9:1'],
  ['network.subnets.7.name', '12:3'],
  ['inference.aci', '1:1'],
  ['', '1:1'],
];

for (const [dotted, where] of LOCATE_CASES) {
  test(`locate('${dotted}')`, () => {
    const loaded = loadTopology(examplePath('internal-load-balancer'));
    const at = loaded.locate(dotted);
    assert.is(`${at.line}:${at.column}`, where);
    assert.is(at.file, examplePath('internal-load-balancer'));
  });
}

test('JSON input: positions and findings like YAML', () => {
  const file = fixture('topology', 'minimal.json');
  const loaded = loadTopology(file);
  assert.equal(loaded.findings.map((f) => [f.line, f.column, f.message]), [[12, 23, 'aks.maxPods must be <= 250, not 500']]);
  assert.is(`${loaded.locate('network.subnets.1.addressPrefix').line}`, '9');
});

test('JSON input: tab indentation is fine', () => {
  const loaded = loadTopology(fixture('topology', 'tabs.json'));
  assert.equal(loaded.findings, []);
  assert.is(loaded.topology!.network.vnet.name, 'vnet-contoso');
});

const scratch = scratchDir('topology');
const write = (name: string, content: string | Buffer): string => {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
};

/** Nine levels of nine aliases each: 9^9 strings if expanded. */
const ALIAS_BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');

// [name, make the file -> path, expected describe() pattern]
const BAD_INPUT_CASES: [string, () => string, RegExp][] = [
  ['missing path', () => path.join(scratch, 'nope.yaml'), /nope\.yaml: no such file \(hint: /],
  ['directory', () => {
    const dir = path.join(scratch, 'dir.yaml');
    mkdirSync(dir, { recursive: true });
    return dir;
  }, /dir\.yaml: is a directory, not a topology file/],
  ['empty file', () => write('empty.yaml', ''), /empty\.yaml: the file is empty \(hint: run `moat init`/],
  ['comments only', () => write('comments.yaml', '# nothing yet\n\n'), /comments\.yaml: the file holds no topology/],
  ['whitespace only', () => write('blank.yaml', '  \n\n'), /blank\.yaml: the file is empty/],
  ['10 MB file', () => write('huge.yaml', Buffer.alloc(10 * 1024 * 1024, 'a')), /huge\.yaml: the file is 10\.0 MB; a topology is at most 5 MB/],
  ['binary file', () => write('binary.yaml', Buffer.from('version: 1\nna\u0000me: x\n')), /binary\.yaml:2:3: binary file \(NUL byte\)/],
  ['invalid UTF-8', () => write('latin1.yaml', Buffer.from([0x61, 0x3a, 0x20, 0x0a, 0x62, 0x3a, 0x20, 0xe9, 0x0a])), /latin1\.yaml:2:4: binary file \(invalid UTF-8\)/],
  ['UTF-16', () => write('utf16.yaml', Buffer.from('\uFEFFversion: 1\n', 'utf16le')), /utf16\.yaml:1:1: the file is UTF-16 encoded \(hint: save it as UTF-8\)/],
  ['malformed YAML', () => fixture('topology', 'unclosed.yaml'), /unclosed\.yaml:\d+:\d+: YAML: .* \(hint: a \[ or \{ is not closed\)/],
  ['duplicate key', () => fixture('topology', 'duplicate-key.yaml'), /duplicate-key\.yaml:4:1: YAML: Map keys must be unique/],
  ['JSON syntax', () => fixture('topology', 'trailing-comma.json'), /trailing-comma\.json:4:1: JSON: property name expected \(hint: .*trailing commas\)$/],
  ['tab indentation in YAML', () => write('tabs.yaml', 'version: 1\nnetwork:\n\tvnet: {}\n'), /tabs\.yaml:3:1: YAML: .*(hint: indent with spaces, not tabs)/],
  ['two documents', () => write('two.yaml', 'version: 1\n---\nversion: 1\n'), /two\.yaml:2:1: YAML: .*multiple documents/],
  ['custom tag', () => write('tag.yaml', 'name: !Ref Name\n'), /tag\.yaml:1:7: YAML: Unresolved tag: !Ref/],
  ['alias without anchor', () => write('alias.yaml', 'version: 1\nname: *n\n'), /alias\.yaml:2:7: alias \*n refers to no anchor/],
  ['collection as a key', () => write('key.yaml', '? [a, b]\n: 1\n'), /key\.yaml:1:3: a mapping key must be a plain word/],
  ['alias bomb', () => write('bomb.yaml', ALIAS_BOMB), /bomb\.yaml: YAML: Excessive alias count/],
  ['deep nesting', () => write('deep.yaml', `${'['.repeat(20000)}${']'.repeat(20000)}\n`), /deep\.yaml:1:\d+: YAML: nested too deeply/],
];

for (const [name, make, expected] of BAD_INPUT_CASES) {
  test(`bad input: ${name}`, () => {
    const file = make();
    try {
      loadTopology(file);
      assert.unreachable('loadTopology accepted it');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const line = error.describe();
      assert.match(line, expected);
      assert.not.match(line, /\n/);
      assert.is(error.exitCode, 2);
    }
  });
}

test.run();
