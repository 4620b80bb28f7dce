/**
 * Every template function, evaluated through the ARM front end: a known result,
 * and an Unknown when an input is unknown (parameter `u` has no value) or bad.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FUNCTIONS } from '../../src/frontends/functions/index.js';
import { CLOUDS } from '../../src/azure/clouds.js';
import { armGuid } from '../../src/azure/guid.js';
import type { CloudName } from '../../src/azure/clouds.js';
import { UNKNOWN, matches, plain, read, template } from './arm-support.js';

const RG_ID = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}';
const VNET_LINK = { $link: `${RG_ID}/providers/Microsoft.Network/virtualNetworks/vnet` };

/** Evaluates one expression as a resource property, with a few parameters and variables in scope. */
function evaluate(expression: string, cloud?: CloudName) {
  const body = template({
    parameters: {
      u: { type: 'string' },
      arr: { type: 'array', defaultValue: [1, 2, 3] },
      obj: { type: 'object', defaultValue: { a: 1, b: { c: 'x' } } },
      name: { type: 'string', defaultValue: 'Contoso' },
    },
    variables: { v: "[concat(parameters('name'), '-v')]" },
    resources: [{ type: 'Microsoft.Resources/tags', apiVersion: '2021-04-01', name: 'default', properties: { value: expression } }],
  });
  const { graph, errors } = read(body, cloud ? { cloud } : {});
  assert.equal(errors, [], `errors for ${expression}`);
  return graph.resources[0]!.properties.value;
}

type Case = [expression: string, expected: unknown];

const CASES: Case[] = [
  // string
  ["[base64('one')]", 'b25l'],
  ["[base64ToString('b25l')]", 'one'],
  ["[base64ToJson('eyJhIjoxfQ==')]", { a: 1 }],
  ["[base64ToString('not base64!')]", UNKNOWN],
  ["[dataUri('Hello')]", 'data:text/plain;charset=utf8;base64,SGVsbG8='],
  ["[dataUriToString('data:;base64,SGVsbG8=')]", 'Hello'],
  ["[startsWith('AbC', 'ab')]", true],
  ["[endsWith('abc', 'x')]", false],
  ["[format('{0}-{1}', 'a', 2)]", 'a-2'],
  ["[format('{{{0}}}', 'a')]", '{a}'],
  ["[format('{0:N2}', 1)]", UNKNOWN],
  ["[join(createArray('a', 'b'), ',')]", 'a,b'],
  ["[json('{\"a\": [1]}')]", { a: [1] }],
  ["[json('{')]", UNKNOWN],
  ["[padLeft('7', 3, '0')]", '007'],
  ["[replace('a-b-c', '-', '.')]", 'a.b.c'],
  ["[split('a,b;c', createArray(',', ';'))]", ['a', 'b', 'c']],
  ["[string(parameters('obj'))]", '{"a":1,"b":{"c":"x"}}'],
  ["[string(true)]", 'True'],
  ["[string(createArray(parameters('u')))]", UNKNOWN],
  ["[substring('contoso', 1, 3)]", 'ont'],
  ["[substring('abc', 2, 5)]", UNKNOWN],
  ["[toLower('AbC')]", 'abc'],
  ["[toUpper('AbC')]", 'ABC'],
  ["[trim('  a ')]", 'a'],
  ["[uri('https://example.org/a/', 'b')]", 'https://example.org/a/b'],
  ["[uriComponent('a b')]", 'a%20b'],
  ["[uriComponentToString('a%20b')]", 'a b'],
  ['[newGuid()]', UNKNOWN],
  ['[utcNow()]', UNKNOWN],
  ["[dateTimeAdd('2020-01-01T00:00:00Z', 'P1D')]", UNKNOWN],
  ['[dateTimeFromEpoch(0)]', '1970-01-01T00:00:00Z'],
  ["[dateTimeToEpoch('1970-01-01T00:01:00Z')]", 60],
  ["[guid('a', 'b')]", armGuid('a', 'b')],
  // outputs of uniqueString() observed from Azure deployments
  ["[uniqueString('aaa')]", 'zavj67f3en4hc'],
  ["[uniqueString('zzz')]", 'cryksdzzzawae'],
  ["[uniqueString('xxx', 'yyy', 'zzz')]", 'lghi7k5js7itq'],
  ['[startsWith(uniqueString(resourceGroup().id), \'{uniqueString-\')]', true],
  // collections
  ["[concat('a', 1, 'b')]", 'a1b'],
  ["[concat(parameters('arr'), createArray(4))]", [1, 2, 3, 4]],
  ["[contains('abc', 'B')]", true],
  ["[contains(parameters('obj'), 'A')]", true],
  ["[contains(parameters('arr'), 4)]", false],
  ["[contains(createArray(1, parameters('u')), 1)]", true],
  ["[contains(createArray(1, parameters('u')), 2)]", UNKNOWN],
  ["[contains(createObject('k', parameters('u')), 'k')]", true],
  ["[union(createArray(1), createArray(parameters('u')))]", UNKNOWN],
  ["[union(createObject('a', parameters('u')), createObject('b', 2)).b]", 2],
  ["[empty('')]", true],
  ["[empty(parameters('obj'))]", false],
  ["[first(parameters('arr'))]", 1],
  ["[last('abc')]", 'c'],
  ["[length(parameters('obj'))]", 2],
  ["[skip(parameters('arr'), 1)]", [2, 3]],
  ["[take('abc', 2)]", 'ab'],
  ["[flatten(createArray(createArray(1, 2), createArray(), createArray(createArray(3))))]", [1, 2, [3]]],
  ["[flatten(createArray(1))]", UNKNOWN],
  ["[indexOf('abcB', 'B')]", 1],
  ["[lastIndexOf(createArray(1, 2, 1), 1)]", 2],
  ["[union(createArray(1, 2), createArray(2, 3))]", [1, 2, 3]],
  ["[union(parameters('obj'), json('{\"b\": {\"d\": 1}}'))]", { a: 1, b: { c: 'x', d: 1 } }],
  ["[intersection(createArray(1, 2), createArray(2, 3))]", [2]],
  ["[intersection(parameters('obj'), json('{\"a\": 1}'))]", { a: 1 }],
  ['[createArray(1, 2)]', [1, 2]],
  ["[array('a')]", ['a']],
  ["[createObject('k', 1)]", { k: 1 }],
  ["[createObject('k')]", UNKNOWN],
  ["[objectKeys(parameters('obj'))]", ['a', 'b']],
  ["[items(json('{\"b\": 2, \"a\": 1}'))]", [{ key: 'a', value: 1 }, { key: 'b', value: 2 }]],
  ["[shallowMerge(createArray(json('{\"a\": 1}'), json('{\"b\": 2}')))]", { a: 1, b: 2 }],
  ["[tryGet(parameters('obj'), 'b', 'c')]", 'x'],
  ["[tryGet(parameters('obj'), 'zz')]", null],
  // Bicep's `arr[^1]` and `arr[?^4]` compile to these
  ["[indexFromEnd(parameters('arr'), 1)]", 3],
  ["[indexFromEnd(parameters('arr'), 3)]", 1],
  ["[indexFromEnd(parameters('arr'), 4)]", UNKNOWN],
  ["[indexFromEnd(parameters('arr'), 0)]", UNKNOWN],
  ["[tryIndexFromEnd(parameters('arr'), 2)]", 2],
  ["[tryIndexFromEnd(parameters('arr'), 4)]", null],
  ['[range(2, 3)]', [2, 3, 4]],
  ['[range(0, 100000)]', UNKNOWN],
  ['[min(3, 1, 2)]', 1],
  ["[max(parameters('arr'))]", 3],
  ['[null()]', null],
  ["[coalesce(null(), 'x')]", 'x'],
  ["[coalesce(parameters('u'), 'x')]", UNKNOWN],
  ["[filter(parameters('arr'), lambda('x', greater(lambdaVariables('x'), 1)))]", [2, 3]],
  ["[map(parameters('arr'), lambda('x', mul(lambdaVariables('x'), 2)))]", [2, 4, 6]],
  ["[reduce(parameters('arr'), 0, lambda('acc', 'x', add(lambdaVariables('acc'), lambdaVariables('x'))))]", 6],
  ["[sort(createArray(3, 1, 2), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", [1, 2, 3]],
  ["[sort(createArray(parameters('u'), 1), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", UNKNOWN],
  ["[toObject(createArray('a', 'b'), lambda('x', lambdaVariables('x')), lambda('x', 1))]", { a: 1, b: 1 }],
  ["[mapValues(parameters('obj'), lambda('v', 0))]", { a: 0, b: 0 }],
  ["[groupBy(createArray('ab', 'ac', 'b'), lambda('x', first(lambdaVariables('x'))))]", { a: ['ab', 'ac'], b: ['b'] }],
  ["[map(parameters('arr'), lambda('x', parameters('u')))]", [UNKNOWN, UNKNOWN, UNKNOWN].map(() => ({ $unknown: 'parameter u has no value' }))],
  // logic, comparison, numbers
  ['[and(true(), false())]', false],
  ['[or(false, true)]', true],
  ['[not(true())]', false],
  ["[bool('TRUE')]", true],
  ['[true()]', true],
  ['[false()]', false],
  ["[if(equals(1, 1), 'yes', parameters('u'))]", 'yes'],
  ["[if(parameters('u'), 'a', 'b')]", UNKNOWN],
  ["[equals(parameters('obj'), json('{\"A\": 1, \"b\": {\"c\": \"x\"}}'))]", true],
  ["[equals(createArray(parameters('u')), createArray(1))]", UNKNOWN],
  ["[less('a', 'b')]", true],
  ['[lessOrEquals(2, 2)]', true],
  ['[greater(1, 2)]', false],
  ['[greaterOrEquals(2, 3)]', false],
  ["[less(1, 'a')]", UNKNOWN],
  ['[add(1, 2)]', 3],
  ['[sub(1, 2)]', -1],
  ['[mul(3, 4)]', 12],
  ['[div(7, 2)]', 3],
  ['[div(1, 0)]', UNKNOWN],
  ['[mod(7, 3)]', 1],
  ["[int('42')]", 42],
  ["[float('1.5')]", 1.5],
  // resources and deployment
  ["[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]", VNET_LINK],
  ["[resourceId('rg-net', 'Microsoft.Network/virtualNetworks', 'vnet')]", { $link: '/subscriptions/{subscriptionId}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet' }],
  ["[resourceId(subscription().subscriptionId, resourceGroup().name, 'Microsoft.Network/virtualNetworks', 'vnet')]", VNET_LINK],
  ["[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]", { $link: `${RG_ID}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet` }],
  ["[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet')]", UNKNOWN],
  ["[resourceId('Microsoft.Network/virtualNetworks', parameters('u'))]", UNKNOWN],
  ["[concat(resourceId('Microsoft.Network/virtualNetworks', 'vnet'), '/subnets/a')]", `${RG_ID}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/a`],
  ["[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')]", { $link: '/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7' }],
  ["[tenantResourceId('Microsoft.Management/managementGroups', 'mg')]", { $link: '/providers/Microsoft.Management/managementGroups/mg' }],
  ["[managementGroupResourceId('mg', 'Microsoft.Authorization/policyDefinitions', 'p')]", { $link: '/providers/Microsoft.Management/managementGroups/mg/providers/Microsoft.Authorization/policyDefinitions/p' }],
  ["[extensionResourceId(resourceId('Microsoft.Network/virtualNetworks', 'vnet'), 'Microsoft.Authorization/locks', 'l')]", `${RG_ID}/providers/Microsoft.Network/virtualNetworks/vnet/providers/Microsoft.Authorization/locks/l`],
  ['[resourceGroup().id]', RG_ID],
  ['[resourceGroup().name]', UNKNOWN],
  ['[resourceGroup().location]', UNKNOWN],
  ['[subscription().id]', '/subscriptions/{subscriptionId}'],
  ['[subscription().subscriptionId]', UNKNOWN],
  ['[deployment().name]', UNKNOWN],
  ['[tenant().tenantId]', UNKNOWN],
  ['[managementGroup()]', UNKNOWN],
  ['[environment().suffixes.storage]', 'core.windows.net'],
  ["[reference('vnet').addressSpace]", UNKNOWN],
  ["[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01').keys[0].value]", UNKNOWN],
  ["[providers('Microsoft.Network')]", UNKNOWN],
  ["[pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')]", UNKNOWN],
  // CIDR
  ["[parseCidr('10.144.0.0/20')]", { network: '10.144.0.0', netmask: '255.255.240.0', firstUsable: '10.144.0.1', lastUsable: '10.144.15.254', cidr: 20, broadcast: '10.144.15.255' }],
  ["[cidrSubnet('10.144.0.0/20', 24, 3)]", '10.144.3.0/24'],
  ["[cidrSubnet('10.144.0.0/20', 16, 0)]", UNKNOWN],
  ["[cidrHost('10.144.3.0/24', 0)]", '10.144.3.1'],
  ["[cidrHost('10.144.3.0/24', 254)]", UNKNOWN],
  ["[cidrSubnet('fd00::/48', 64, 2)]", 'fd00:0:0:2::/64'],
  ["[parseCidr('not-a-cidr')]", UNKNOWN],
  // evaluator forms
  ["[parameters('u')]", { $unknown: 'parameter u has no value' }],
  ["[concat('x', parameters('u'))]", UNKNOWN],
  ["[variables('v')]", 'Contoso-v'],
  ["[variables('missing')]", UNKNOWN],
  ["[parameters('obj').b.c]", 'x'],
  ["[parameters('obj')['b']['c']]", 'x'],
  ["[parameters('arr')[5]]", UNKNOWN],
  ["[parameters('obj').nope]", UNKNOWN],
  ['[copyIndex()]', UNKNOWN],
  ["[lambdaVariables('x')]", UNKNOWN],
  ["[nosuchfunction('a')]", UNKNOWN],
  ["[toLower('a', 'b')]", UNKNOWN],
  ["[[notAnExpression()]", '[notAnExpression()]'],
];

for (const [expression, expected] of CASES) {
  test(`${expression} -> ${expected === UNKNOWN ? 'unknown' : JSON.stringify(expected)}`, () => {
    const actual = evaluate(expression);
    assert.ok(matches(actual, expected), `got ${JSON.stringify(plain(actual))}`);
  });
}

test('every library function has a case in the table', () => {
  const used = CASES.map(([e]) => e.toLowerCase()).join(' ');
  const missing = Object.keys(FUNCTIONS).filter((name) => !used.includes(`${name}(`));
  assert.equal(missing, []);
});

test('an unknown argument gives an unknown result, for every function that takes one', () => {
  const selfHandled = new Set(Object.entries(FUNCTIONS).filter(([, spec]) => spec.unknowns === 'self' || spec.minArgs === 0).map(([name]) => name));
  for (const name of Object.keys(FUNCTIONS).filter((n) => !selfHandled.has(n))) {
    const args = Array.from({ length: FUNCTIONS[name]!.minArgs }, () => "parameters('u')").join(', ');
    assert.ok(matches(evaluate(`[${name}(${args})]`), UNKNOWN), `${name}(${args})`);
  }
});

for (const cloud of ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const) {
  test(`environment() in ${cloud}`, () => {
    assert.equal(plain(evaluate('[environment()]', cloud)), CLOUDS[cloud].environment);
  });
}

test.run();
