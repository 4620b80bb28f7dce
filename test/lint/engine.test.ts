import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runRules } from '../../src/lint/engine.js';
import type { Report, Rule } from '../../src/lint/types.js';
import { FILE, graph, resource } from '../support/graph-builder.js';
import { at, scenario, T } from './scenario.js';

/** A rule that reports what the test hands it, for the engine's own behaviour. */
const reporting = (id: string, reports: (g: ReturnType<typeof graph>) => Report[]): Rule => ({
  meta: { id, description: 'test rule', defaultLevel: 'warning', docs: `#${id}`, help: `help of ${id}` },
  check: ({ graph: g, report }) => reports(g).forEach(report),
});

const vnet = resource(T.vnet, 'vnet-a', { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } });
const other = resource(T.vnet, 'vnet-b', {}, { suppress: ['test-rule'] });
const g = graph(vnet, other);
const atPrefix: Report = { message: 'about the prefix', resource: vnet, path: 'properties.addressSpace.addressPrefixes.0' };

const CASES: [string, Rule, Parameters<typeof runRules>[1], { line: number; level: string; message: string }[]][] = [
  ['value line and default level', reporting('test-rule', () => [atPrefix]), {}, [{ line: vnet.valueSources.locate('properties.addressSpace.addressPrefixes.0')!.line, level: 'warning', message: 'about the prefix' }]],
  ['path named in another case (ARM names are case-insensitive)', reporting('test-rule', () => [{ message: 'm', resource: vnet, path: 'properties.AddressSpace.ADDRESSPREFIXES.0' }]), {}, [{ line: vnet.valueSources.locate('properties.addressSpace.addressPrefixes.0')!.line, level: 'warning', message: 'm' }]],
  ['missing path falls back to the nearest ancestor', reporting('test-rule', () => [{ message: 'm', resource: vnet, path: 'properties.addressSpace.nope' }]), {}, [{ line: vnet.valueSources.locate('properties.addressSpace')!.line, level: 'warning', message: 'm' }]],
  ['explicit location', reporting('test-rule', () => [{ message: 'fact', at: { file: FILE, line: 77, column: 5 } }]), {}, [{ line: 77, level: 'warning', message: 'fact' }]],
  ['level override', reporting('test-rule', () => [atPrefix]), { levels: { 'test-rule': 'error' } }, [{ line: atPrefix.resource!.valueSources.locate(atPrefix.path!)!.line, level: 'error', message: 'about the prefix' }]],
  ['off', reporting('test-rule', () => [atPrefix]), { levels: { 'test-rule': 'off' } }, []],
  ['suppressed on the resource', reporting('test-rule', () => [{ message: 'm', resource: other }]), {}, []],
  ['suppression names another rule', reporting('another-rule', () => [{ message: 'm', resource: other }]), {}, [{ line: other.source.line, level: 'warning', message: 'm' }]],
  ['duplicates removed', reporting('test-rule', () => [atPrefix, atPrefix]), {}, [{ line: vnet.valueSources.locate(atPrefix.path!)!.line, level: 'warning', message: 'about the prefix' }]],
  ['sorted by line', reporting('test-rule', () => [{ message: 'second', at: { file: FILE, line: 9, column: 1 } }, { message: 'first', at: { file: FILE, line: 3, column: 1 } }]), {}, [
    { line: 3, level: 'warning', message: 'first' },
    { line: 9, level: 'warning', message: 'second' },
  ]],
];

for (const [name, rule, options, expected] of CASES) {
  test(`engine: ${name}`, () => {
    const findings = runRules(g, { ...options, rules: [rule] });
    assert.equal(findings.map((f) => ({ line: f.line, level: f.level, message: f.message })), expected);
  });
}

test('engine: finding names the resource and carries help', () => {
  const [finding] = runRules(g, { rules: [reporting('test-rule', () => [atPrefix])] });
  assert.is(finding?.resource, 'Microsoft.Network/virtualNetworks/vnet-a');
  assert.is(finding?.help, 'help of test-rule');
  assert.is(finding?.file, FILE);
});

test('engine: sorts by file before line', () => {
  const findings = runRules(g, {
    rules: [reporting('test-rule', () => [{ message: 'b', at: { file: 'b.bicep', line: 1, column: 1 } }, { message: 'a', at: { file: 'a.bicep', line: 5, column: 1 } }])],
  });
  assert.equal(findings.map((f) => f.file), ['a.bicep', 'b.bicep']);
});

test('engine: a crashing rule is named in the error', () => {
  const crashing: Rule = { ...reporting('crash-rule', () => []), check: () => { throw new TypeError('boom'); } };
  assert.throws(() => runRules(g, { rules: [crashing] }), (e: Error) => e.message.includes('rule crash-rule failed') && e.message.includes('boom'));
});

test('engine: the registry runs by default and the clean baseline has no findings', () => {
  assert.equal(runRules(scenario()), []);
  const findings = runRules(scenario((s) => (at(s.aks, 'networkProfile').serviceCidr = '10.10.0.0/16')));
  assert.ok(findings.some((f) => f.ruleId === 'aks-service-cidr-overlap' && f.level === 'error'));
});

test('engine: resources whose condition is false are not deployed, so rules do not see them', () => {
  const overlapping = (condition: boolean | undefined) => {
    const g = scenario((s) => (s.extra = { type: T.subnet, name: 'vnet-contoso/snet-x', properties: { addressPrefix: '10.10.0.0/24' }, options: {} }));
    const subnet = g.resources.find((r) => r.name === 'vnet-contoso/snet-x')!;
    if (condition !== undefined) subnet.condition = condition;
    return runRules(g).filter((f) => f.ruleId === 'subnet-overlap').length;
  };
  assert.is(overlapping(undefined), 1);
  assert.is(overlapping(true), 1);
  assert.is(overlapping(false), 0);
});

test('engine: levels override registered rules', () => {
  const findings = runRules(scenario((s) => (at(s.aks, 'apiServerAccessProfile').enablePrivateCluster = false)), { levels: { 'aks-api-server-public': 'error' } });
  assert.equal(findings.map((f) => [f.ruleId, f.level]), [['aks-api-server-public', 'error']]);
});

test.run();
