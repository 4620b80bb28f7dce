/**
 * The Bicep evaluator: expression values (shared template functions,
 * operators, symbolic references), the graph (parent/nested children,
 * existing, scopes, loops, conditions, modules), problems (syntax errors,
 * cycles, missing modules, bounds), value positions, template facts,
 * .bicepparam files and diagnostics pragmas.
 */
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readBicepFile, type BicepReadOptions } from '../../src/frontends/bicep/evaluate.js';
import { readBicepParams } from '../../src/frontends/bicep/params.js';
import { bicepSuppressions } from '../../src/frontends/bicep/suppress.js';
import { bicepDeploysAnything, bicepLocalReferences, bicepparamTarget } from '../../src/frontends/bicep/references.js';
import type { GraphResource } from '../../src/graph/types.js';
import { RuntimeValue, Unknown, type Value } from '../../src/graph/value.js';
import { UNKNOWN, matches, plain } from './arm-support.js';

const ROOT = path.resolve('/project');
const MAIN = 'main.bicep';

/** Reads main.bicep with modules from a map of relative path -> text. */
function read(main: string, modules: Record<string, string> = {}, options: BicepReadOptions = {}) {
  const files = new Map(Object.entries(modules).map(([p, text]) => [path.join(ROOT, p), text]));
  return readBicepFile(main, MAIN, { path: path.join(ROOT, MAIN), readFile: (p) => files.get(p), ...options });
}

const byName = (resources: GraphResource[], name: string): GraphResource => {
  const found = resources.find((r) => r.name === name);
  assert.ok(found, `resource ${name} in ${resources.map((r) => String(r.name)).join(', ')}`);
  return found!;
};

// ------------------------------------------------------------ values

const DECLARATIONS = `
param known string = 'eastus2'
param noValue string
param cidrs array = ['10.0.0.0/16', '10.1.0.0/16']
var settings = {
  plugin: 'azure'
  nested: {
    size: 3
  }
}
func double(n int) int => n * 2
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-a'
  location: known
  properties: {
    addressSpace: {
      addressPrefixes: cidrs
    }
  }
  resource snet 'subnets' = {
    name: 'snet-a'
    properties: {
      addressPrefix: '10.0.0.0/24'
    }
  }
}
resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {
  name: 'aks-a'
  identity: {
    type: 'SystemAssigned'
  }
}
resource old 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-old'
  scope: resourceGroup('rg-old')
}
`;

const VNET_ID = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet-a';

const VALUES: [name: string, expression: string, expected: unknown][] = [
  ['string literal', "'text'", 'text'],
  ['escapes', "'it\\'s \\${not} \\\\'", "it's ${not} \\"],
  ['interpolation', "'${known}-${settings.nested.size}'", 'eastus2-3'],
  ['interpolation with an unknown part', "'x-${noValue}'", UNKNOWN],
  ['multi-line string', "'''\nline\n'''", 'line\n'],
  ['integer, bool, null', '[1, true, null]', [1, true, null]],
  ['arithmetic', '(7 + 3) * 2 - 10 / 5 % 3', 18],
  ['negation', '-settings.nested.size + 3', 0],
  ['comparisons', '[1 < 2, 2 <= 1, "a" > "b", 3 >= 3]'.replace(/"/g, "'"), [true, false, false, true]],
  ['case-insensitive equality', "['AZURE' =~ 'azure', 'a' !~ 'A', 'a' != 'b']", [true, false, true]],
  ['&& with a false side decides despite an unknown', 'false && empty(noValue)', false],
  ['|| with a true side decides despite an unknown', 'empty(noValue) || true', true],
  ['&& with an unknown and a true side', 'empty(noValue) && true', UNKNOWN],
  ['?? skips null', "null ?? 'fallback'", 'fallback'],
  ['ternary', "known == 'eastus2' ? 'same' : 'other'", 'same'],
  ['ternary on an unknown', "empty(noValue) ? 'a' : 'b'", UNKNOWN],
  ['parameter default', 'known', 'eastus2'],
  ['parameter without a value', 'noValue', UNKNOWN],
  ['variable property access', 'settings.nested.size', 3],
  ['index and from-end index', '[cidrs[0], cidrs[^1]]', ['10.0.0.0/16', '10.1.0.0/16']],
  ['safe access to a missing property', 'settings.?missing', null],
  ['missing property is unknown', 'settings.missing', UNKNOWN],
  ['shared function: cidrSubnet', "cidrSubnet('10.0.0.0/16', 24, 2)", '10.0.2.0/24'],
  ['shared function: toLower and format', "format('{0}-{1}', toLower('AB'), 1)", 'ab-1'],
  ['namespaced function', "sys.concat('a', 'b')", 'ab'],
  ['lambda in map and filter', 'filter(map(cidrs, c => split(c, \'/\')[0]), a => a != \'10.1.0.0\')', ['10.0.0.0']],
  ['user function', 'double(21)', 42],
  ['for expression with index', "[for (c, i) in cidrs: '${i}:${c}']", ['0:10.0.0.0/16', '1:10.1.0.0/16']],
  ['for expression over range()', '[for i in range(0, 3): i * 2]', [0, 2, 4]],
  ['for expression over an unknown array', '[for x in split(noValue, \',\'): x]', UNKNOWN],
  ['spread into an object', "{ ...settings, plugin: 'kubenet' }", { plugin: 'kubenet', nested: { size: 3 } }],
  ['spread into an array', "[...cidrs, '10.2.0.0/16']", ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16']],
  ['resource id is a link', 'vnet.id', { $link: VNET_ID }],
  ['resource name and type', '[vnet.name, vnet.type, vnet.apiVersion]', ['vnet-a', 'Microsoft.Network/virtualNetworks', '2024-05-01']],
  ['declared property of a resource', 'vnet.properties.addressSpace.addressPrefixes[1]', '10.1.0.0/16'],
  ['declared top-level field', 'vnet.location', 'eastus2'],
  ['nested child through ::', '[vnet::snet.id, vnet::snet.name]', [{ $link: `${VNET_ID}/subnets/snet-a` }, 'snet-a']],
  ['existing resource in another group', 'old.id', { $link: '/subscriptions/{subscriptionId}/resourceGroups/rg-old/providers/Microsoft.Network/virtualNetworks/vnet-old' }],
  ['runtime property of an existing resource', 'old.properties.addressSpace', UNKNOWN],
  ['resourceGroup() and subscription() values', '[resourceGroup().name, resourceGroup(\'rg-x\').name, subscription().id]', [UNKNOWN, 'rg-x', '/subscriptions/{subscriptionId}']],
  ['environment() of the cloud', 'environment().suffixes.storage', 'core.windows.net'],
  ['any() passes through', 'any(settings).plugin', 'azure'],
  ['a Key Vault secret is unknown', "vault.getSecret('s')", UNKNOWN],
  ['list functions are unknown', 'vnet.listKeys()', UNKNOWN],
  ['a symbol not declared here (imported) is unknown', 'importedThing', UNKNOWN],
];

for (const [name, expression, expected] of VALUES) {
  test(`value: ${name}`, () => {
    const main = `${DECLARATIONS}\nresource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'kv'\n}\nresource probe 'Microsoft.Resources/tags@2024-03-01' = {\n  name: 'default'\n  properties: {\n    value: ${expression}\n  }\n}\n`;
    const { graph, errors } = read(main);
    assert.equal(errors, []);
    const value = byName(graph.resources, 'default').properties.value;
    if (Array.isArray(expected) && expected.includes(UNKNOWN)) {
      assert.ok(Array.isArray(value));
      expected.forEach((e, i) => assert.ok(matches((value as Value[])[i], e), `item ${i}: ${JSON.stringify(plain((value as Value[])[i]))}`));
    } else {
      assert.ok(matches(value, expected), `got ${JSON.stringify(plain(value))}`);
    }
  });
}

const SHARED = `@export()
var zones = {
  registry: 'privatelink.azurecr.io'
}
@export()
func zoneOf(group string) string => zones[group]
`;

const IMPORTS: [name: string, main: string, expected: unknown][] = [
  ['an imported variable', "import { zones } from 'shared.bicep'\nvar v = zones.registry", 'privatelink.azurecr.io'],
  ['an imported variable under an alias', "import { zones as z } from 'shared.bicep'\nvar v = z.registry", 'privatelink.azurecr.io'],
  ['an imported function', "import { zoneOf } from 'shared.bicep'\nvar v = zoneOf('registry')", 'privatelink.azurecr.io'],
  ['a wildcard import', "import * as shared from 'shared.bicep'\nvar v = [shared.zones.registry, shared.zoneOf('registry')]", ['privatelink.azurecr.io', 'privatelink.azurecr.io']],
  ['a registry import is unknown', "import { zones } from 'br/public:shared:1.0'\nvar v = zones.registry", UNKNOWN],
];

const LOADED: [name: string, expression: string, expected: unknown][] = [
  ['loadTextContent', "loadTextContent('files/script.sh')", 'echo hi\n'],
  ['loadJsonContent', "loadJsonContent('files/settings.json').zones[1]", 'b'],
  ['loadJsonContent with a JSON path', "loadJsonContent('files/settings.json', '$.nested.size')", 3],
  ['loadFileAsBase64', "loadFileAsBase64('files/script.sh')", 'ZWNobyBoaQo='],
  ['a file that is not there', "loadTextContent('files/none.txt')", UNKNOWN],
  ['a JSON path moat does not follow', "loadJsonContent('files/settings.json', '$.zones[?(@ == \\'a\\')]')", UNKNOWN],
  ['loadYamlContent', "loadYamlContent('files/network.yaml')", { vnet: { prefix: '10.1.0.0/16', subnets: ['10.1.0.0/24', '10.1.1.0/24'] } }],
  ['loadYamlContent with a JSON path', "loadYamlContent('files/network.yaml', '$.vnet.subnets[1]')", '10.1.1.0/24'],
  ['YAML that does not parse', "loadYamlContent('files/broken.yaml')", UNKNOWN],
  ['JSON that does not parse', "loadJsonContent('files/network.yaml')", UNKNOWN],
];

for (const [name, expression, expected] of LOADED) {
  test(`file function: ${name}`, () => {
    const files = {
      'files/script.sh': 'echo hi\n',
      'files/settings.json': '{ "zones": ["a", "b"], "nested": { "size": 3 } }',
      'files/network.yaml': "# the spoke's ranges\nvnet:\n  prefix: 10.1.0.0/16\n  subnets:\n    - 10.1.0.0/24\n    - '10.1.1.0/24'\n",
      'files/broken.yaml': 'vnet: [unclosed\n',
    };
    const { graph, errors } = read(`var v = ${expression}\nresource probe 'Microsoft.Resources/tags@2024-03-01' = {\n  name: 'default'\n  properties: {\n    value: v\n  }\n}\n`, files);
    assert.equal(errors, []);
    assert.ok(matches(graph.resources[0]!.properties.value, expected), JSON.stringify(plain(graph.resources[0]!.properties.value)));
  });
}

for (const [name, main, expected] of IMPORTS) {
  test(`import: ${name}`, () => {
    const { graph, errors } = read(`${main}\nresource probe 'Microsoft.Resources/tags@2024-03-01' = {\n  name: 'default'\n  properties: {\n    value: v\n  }\n}\n`, { 'shared.bicep': SHARED });
    assert.equal(errors, []);
    assert.ok(matches(graph.resources[0]!.properties.value, expected), JSON.stringify(plain(graph.resources[0]!.properties.value)));
  });
}

test('value: a runtime property of a declared resource is a RuntimeValue pointing at it', () => {
  const { graph } = read(`${DECLARATIONS}\nresource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: 'ra'\n  properties: {\n    principalId: aks.identity.principalId\n    nicId: vnet.properties.subnets[0].id\n  }\n}\n`);
  const ra = byName(graph.resources, 'ra');
  const principal = ra.properties.principalId;
  assert.ok(principal instanceof RuntimeValue && principal.ref.kind === 'property');
  if (principal instanceof RuntimeValue && principal.ref.kind === 'property') {
    assert.is(principal.ref.property, 'identity.principalId');
    assert.is(principal.ref.target.name, 'aks-a');
  }
  assert.ok(ra.properties.nicId instanceof Unknown);
});

// ------------------------------------------------------------ graph

type Shape = string;
/** `type name scope [existing] [if=condition] [in=deployment]` per resource, in graph order */
function shape(resources: GraphResource[]): Shape[] {
  return resources.map((r) => {
    const scope = [r.scope.level, r.scope.subscription, r.scope.resourceGroup].map((p) => (p instanceof Unknown ? '?' : p ?? '-')).join(':');
    const name = typeof r.name === 'string' ? r.name : '?';
    const parts = [r.type, name, scope];
    if (r.existing) parts.push('existing');
    if (r.condition !== undefined) parts.push(`if=${r.condition instanceof Unknown ? '?' : r.condition}`);
    if (r.deployment) parts.push(`in=${r.deployment}`);
    return parts.join(' ');
  });
}

const NETWORK_MODULE = `
param vnetName string
param prefix string = '10.0.0.0/16'
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: vnetName
  properties: {
    addressSpace: {
      addressPrefixes: [
        prefix
      ]
    }
  }
}
output vnetId string = vnet.id
output name string = vnet.name
`;

const GRAPHS: [name: string, main: string, modules: Record<string, string>, expected: Shape[]][] = [
  [
    'parent: and nested children get full types and names',
    `resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'v'
  resource a 'subnets' = {
    name: 'a'
  }
  resource b 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
    name: 'b'
  }
}
resource c 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'c'
}`,
    {},
    [
      'Microsoft.Network/virtualNetworks v resourceGroup:-:-',
      'Microsoft.Network/virtualNetworks/subnets v/a resourceGroup:-:-',
      'Microsoft.Network/virtualNetworks/subnets v/b resourceGroup:-:-',
      'Microsoft.Network/virtualNetworks/subnets v/c resourceGroup:-:-',
    ],
  ],
  [
    'existing resources are marked; one the graph deploys is that resource',
    `resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'v'
}
resource again 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'v'
}
resource other 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'w'
  scope: resourceGroup('sub-1', 'rg-w')
}`,
    {},
    ['Microsoft.Network/virtualNetworks v resourceGroup:-:-', 'Microsoft.Network/virtualNetworks w resourceGroup:sub-1:rg-w existing'],
  ],
  [
    'an existing resource scoped to a resource group resource lives there, and so do its nested children',
    `resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' existing = {
  scope: subscription('sub-2')
  name: 'rg-net'
}
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  scope: rg
  name: 'v'
  resource nodes 'subnets' existing = {
    name: 'nodes'
  }
}
resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: '\${split(vnet::nodes.id, '/')[2]}-\${split(vnet::nodes.id, '/')[4]}'
}`,
    {},
    [
      'Microsoft.Resources/resourceGroups rg-net subscription:sub-2:- existing',
      'Microsoft.Network/virtualNetworks v resourceGroup:sub-2:rg-net existing',
      'Microsoft.Network/virtualNetworks/subnets v/nodes resourceGroup:sub-2:rg-net existing',
      'Microsoft.Storage/storageAccounts sub-2-rg-net resourceGroup:-:-',
    ],
  ],
  [
    'a module deployed twice deploys its resources once; an inline nested deployment is not a resource',
    `module twice 'modules/net.bicep' = [for run in ['init', 'again']: {
  name: 'net-\${run}'
  params: {
    vnetName: 'vnet-same'
  }
}]
resource telemetry 'Microsoft.Resources/deployments@2024-03-01' = {
  name: 'telemetry'
  properties: {
    mode: 'Incremental'
    template: {
      '$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
      contentVersion: '1.0.0.0'
      resources: []
    }
  }
}`,
    { 'modules/net.bicep': NETWORK_MODULE },
    ['Microsoft.Network/virtualNetworks vnet-same resourceGroup:-:- in=net-again'],
  ],
  [
    'resource loops, filtered loops and an unknown loop',
    `param names array = ['a', 'b']
param unknownNames array
resource zones 'Microsoft.Network/privateDnsZones@2020-06-01' = [for n in names: {
  name: 'z-\${n}'
}]
resource kept 'Microsoft.Network/privateDnsZones@2020-06-01' = [for (n, i) in names: if (i > 0) {
  name: 'k-\${n}'
}]
resource some 'Microsoft.Network/privateDnsZones@2020-06-01' = [for n in unknownNames: {
  name: n
}]`,
    {},
    [
      'Microsoft.Network/privateDnsZones z-a resourceGroup:-:-',
      'Microsoft.Network/privateDnsZones z-b resourceGroup:-:-',
      'Microsoft.Network/privateDnsZones k-a resourceGroup:-:- if=false',
      'Microsoft.Network/privateDnsZones k-b resourceGroup:-:-',
      'Microsoft.Network/privateDnsZones ? resourceGroup:-:- if=?',
    ],
  ],
  [
    'conditions: known, unknown, and inherited by nested children',
    `param deploy bool = false
param maybe bool
resource a 'Microsoft.Network/virtualNetworks@2024-05-01' = if (deploy) {
  name: 'a'
  resource s 'subnets' = {
    name: 's'
  }
}
resource b 'Microsoft.Network/virtualNetworks@2024-05-01' = if (maybe) {
  name: 'b'
}`,
    {},
    [
      'Microsoft.Network/virtualNetworks a resourceGroup:-:- if=false',
      'Microsoft.Network/virtualNetworks/subnets a/s resourceGroup:-:- if=false',
      'Microsoft.Network/virtualNetworks b resourceGroup:-:- if=?',
    ],
  ],
  [
    'a module deploys at its scope, with its params; its outputs feed main',
    `module net 'modules/net.bicep' = {
  name: 'net-deploy'
  scope: resourceGroup('rg-net')
  params: {
    vnetName: 'vnet-x'
  }
}
resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  name: 'zone/\${net.outputs.name}'
  properties: {
    virtualNetwork: {
      id: net.outputs.vnetId
    }
  }
}`,
    { 'modules/net.bicep': NETWORK_MODULE },
    ['Microsoft.Network/virtualNetworks vnet-x resourceGroup:-:rg-net in=net-deploy', 'Microsoft.Network/privateDnsZones/virtualNetworkLinks zone/vnet-x resourceGroup:-:-'],
  ],
  [
    'module loops and conditions; a module inside a module keeps the scope and chains the deployment name',
    `param names array = ['a', 'b']
module nets 'modules/net.bicep' = [for n in names: {
  name: 'net-\${n}'
  params: {
    vnetName: 'vnet-\${n}'
  }
}]
module skipped 'modules/outer.bicep' = if (length(names) > 5) {
  name: 'skipped'
}
module outer 'modules/outer.bicep' = {
  name: 'outer'
  scope: resourceGroup('rg-o')
}`,
    {
      'modules/net.bicep': NETWORK_MODULE,
      'modules/outer.bicep': `module inner 'net.bicep' = {
  name: 'inner'
  params: {
    vnetName: 'vnet-\${resourceGroup().name}'
  }
}`,
    },
    [
      'Microsoft.Network/virtualNetworks vnet-a resourceGroup:-:- in=net-a',
      'Microsoft.Network/virtualNetworks vnet-b resourceGroup:-:- in=net-b',
      'Microsoft.Network/virtualNetworks ? resourceGroup:-:- if=false in=skipped/inner',
      'Microsoft.Network/virtualNetworks vnet-rg-o resourceGroup:-:rg-o in=outer/inner',
    ],
  ],
  [
    'registry, template spec and ARM JSON modules deploy nothing known; their outputs are unknown',
    `module reg 'br/public:avm/res/network/virtual-network:0.1.0' = {
  name: 'reg'
}
module json 'nested.json' = {
  name: 'json'
}
module spec 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' = {
  name: 'spec'
}
resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  name: 'zone/link'
  properties: {
    virtualNetwork: {
      id: reg.outputs.resourceId
    }
  }
}`,
    {},
    ['Microsoft.Network/privateDnsZones/virtualNetworkLinks zone/link resourceGroup:-:-'],
  ],
  [
    'subscription target scope: resource groups and modules into them',
    `targetScope = 'subscription'
resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-new'
  location: 'eastus2'
}
module net 'modules/net.bicep' = {
  name: 'net'
  scope: rg
  params: {
    vnetName: 'vnet-s'
  }
}`,
    { 'modules/net.bicep': NETWORK_MODULE },
    ['Microsoft.Resources/resourceGroups rg-new subscription:-:-', 'Microsoft.Network/virtualNetworks vnet-s resourceGroup:-:rg-new in=net'],
  ],
  [
    'an extension resource keeps its scope as properties.scope',
    `resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'v'
}
resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: 'ra'
  scope: vnet
  properties: {
    principalId: 'p'
  }
}`,
    {},
    ['Microsoft.Network/virtualNetworks v resourceGroup:-:- existing', 'Microsoft.Authorization/roleAssignments ra resourceGroup:-:-'],
  ],
];

for (const [name, main, modules, expected] of GRAPHS) {
  test(`graph: ${name}`, () => {
    const { graph, errors } = read(main, modules);
    assert.equal(errors, []);
    assert.equal(shape(graph.resources), expected);
  });
}

/** A graph case by the start of its name. */
const graphCase = (name: string): (typeof GRAPHS)[number] => GRAPHS.find(([n]) => n.startsWith(name))!;

test('graph: dependencies only when asked (moat lint leaves them out)', () => {
  const text = [
    "resource v 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: 'v'\n}",
    // through a link in a value, a declared dependsOn, a parent
    "resource n 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {\n  name: 'n'\n  properties: {\n    x: v.id\n  }\n}",
    "resource p 'Microsoft.Network/publicIPAddresses@2024-05-01' = {\n  name: 'p'\n  dependsOn: [v]\n}",
    "resource s 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {\n  parent: v\n  name: 's'\n}",
  ].join('\n');
  const dependencies = (gather: boolean): number[] => read(text, {}, { dependencies: gather }).graph.resources.map((r) => r.dependsOn.length);
  assert.equal(dependencies(true), [0, 1, 1, 1]);
  assert.equal(dependencies(false), [0, 0, 0, 0]);
});

test('graph: extension scope, dependencies and module files', () => {
  const { graph } = read(graphCase('an extension resource')[1]);
  const ra = byName(graph.resources, 'ra');
  assert.equal(plain(ra.properties.scope), { $link: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/v' });
  const nested = read(graphCase('parent:')[1]).graph.resources;
  assert.equal(byName(nested, 'v/c').dependsOn, [nested[0]!.key]);
  const withModule = read(graphCase('a module deploys at its scope')[1], graphCase('a module deploys at its scope')[2]);
  assert.equal(withModule.graph.files, [MAIN, path.normalize('modules/net.bicep')]);
  assert.equal(withModule.modules.map((m) => m.shownAs), [path.normalize('modules/net.bicep')]);
});

test("graph: an extension scope stays with its resource when properties are a shared variable's value", () => {
  const text = [
    "resource v 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {\n  name: 'v'\n}",
    "var props = {\n  principalId: 'p'\n}",
    "resource scoped 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: 'scoped'\n  scope: v\n  properties: props\n}",
    "resource plain 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: 'plain'\n  properties: props\n}",
    'output props object = props',
  ].join('\n');
  const { graph } = read(text);
  assert.ok(byName(graph.resources, 'scoped').properties.scope !== undefined);
  assert.is(byName(graph.resources, 'plain').properties.scope, undefined);
});

test('graph: every value keeps its position in the file that holds it', () => {
  const [, main, modules] = graphCase('a module deploys at its scope');
  const { graph } = read(main, modules);
  const vnet = byName(graph.resources, 'vnet-x');
  assert.equal(vnet.source, { file: path.normalize('modules/net.bicep'), line: 4, column: 1 });
  assert.equal(vnet.valueSources.locate('properties.addressSpace.addressPrefixes.0'), { file: path.normalize('modules/net.bicep'), line: 9, column: 9 });
  assert.equal(vnet.valueSources.locate('name'), { file: path.normalize('modules/net.bicep'), line: 5, column: 9 });
  const link = byName(graph.resources, 'zone/vnet-x');
  assert.equal(link.valueSources.locate('properties.virtualNetwork.id'), { file: MAIN, line: 12, column: 11 });
});

// ------------------------------------------------------------ problems

const PROBLEMS: [name: string, main: string, modules: Record<string, string>, expected: [file: string, line: number, says: RegExp][]][] = [
  ['a syntax error', "param p string\nresource r 'T/x@1' = {\n  name: \n}\n", {}, [[MAIN, 3, /./]]],
  ['a module that does not exist', "module m 'missing.bicep' = {\n  name: 'm'\n}\n", {}, [[MAIN, 1, /module file not found/]]],
  ['a syntax error in a module', "module m 'm.bicep' = {\n  name: 'm'\n}\n", { 'm.bicep': 'resource r = {\n' }, [[path.normalize('m.bicep'), 1, /./]]],
  [
    'a module cycle',
    "module a 'a.bicep' = {\n  name: 'a'\n}\n",
    { 'a.bicep': "module b 'b.bicep' = {\n  name: 'b'\n}\n", 'b.bicep': "module a 'a.bicep' = {\n  name: 'a'\n}\n" },
    [[path.normalize('b.bicep'), 1, /module cycle: a\.bicep -> b\.bicep -> a\.bicep/]],
  ],
  ['an import of a missing file', "import { x } from 'nope.bicep'\nvar y = x\noutput o string = y\n", {}, [[MAIN, 1, /import file not found/]]],
  ['a module calling itself', "module self 'main.bicep' = {\n  name: 'self'\n}\n", {}, [[MAIN, 1, /module cycle: main\.bicep -> main\.bicep/]]],
  ['a variable loop over ARM\'s limit, reported once however often it is read', "param n int = 801\nvar big = [for i in range(0, n): i]\nresource r 'Microsoft.Network/privateDnsZones@2020-06-01' = [for i in range(0, 3): {\n  name: 'z\${i}'\n  properties: {\n    v: big\n  }\n}]\nmodule m 'm.bicep' = [for i in range(0, 2): {\n  name: 'm\${i}'\n}]\n", { 'm.bicep': "var big = [for i in range(0, 900): i]\noutput o array = big\nresource r 'T/x@1' = {\n  name: string(length(big))\n}\n" }, [[MAIN, 2, /over ARM's limit of 800/], [path.normalize('m.bicep'), 1, /over ARM's limit of 800/]]],
  ['a loop over ARM\'s limit', "resource r 'Microsoft.Network/privateDnsZones@2020-06-01' = [for i in range(0, 801): {\n  name: 'z\${i}'\n}]\n", {}, [[MAIN, 1, /over ARM's limit of 800/]]],
  [
    'variables nested deeper than the bound',
    Array.from({ length: 80 }, (_, i) => `var v${i} = ${i === 79 ? "'end'" : `v${i + 1}`}`).join('\n') + "\nresource r 'T/x@1' = {\n  name: v0\n}\n",
    {},
    [[MAIN, 65, /more than 64 levels deep/]],
  ],
];

for (const [name, main, modules, expected] of PROBLEMS) {
  test(`problem: ${name}`, () => {
    const { errors } = read(main, modules);
    assert.is(errors.length, expected.length, JSON.stringify(errors));
    expected.forEach(([file, line, says], i) => {
      assert.is(errors[i]!.file, file);
      assert.is(errors[i]!.line, line);
      assert.match(errors[i]!.message, says);
    });
  });
}

test('problem: modules deeper than the bound are reported, not followed', () => {
  const modules = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`m${i}.bicep`, `module next 'm${i + 1}.bicep' = {\n  name: 'n${i}'\n}\n`]));
  const { errors } = read("module first 'm0.bicep' = {\n  name: 'first'\n}\n", modules);
  assert.is(errors.length, 1);
  assert.match(errors[0]!.message, /deeper than 10 levels/);
});

// ------------------------------------------------------------ parameters, facts, pragmas

test('parameters: provided values win over defaults and feed modules', () => {
  const { graph } = read("param name string = 'default'\nmodule net 'modules/net.bicep' = {\n  name: 'n'\n  params: {\n    vnetName: name\n  }\n}\n", { 'modules/net.bicep': NETWORK_MODULE }, { parameters: { name: 'given' } });
  assert.equal(shape(graph.resources), ['Microsoft.Network/virtualNetworks given resourceGroup:-:- in=n']);
});

/** A module whose storage account's name shows the value of its parameter `p`. */
const SHOWS_P = (type: string, extra = ''): string =>
  `${extra}param p ${type}\nresource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: p == null ? 'null' : 'given'\n  location: 'westeurope'\n}\n`;
const CALL = (params: string): string => `module m 'modules/m.bicep' = {\n  name: 'm'\n  params: ${params}\n}\n`;

const LEFT_OUT: [name: string, main: string, module: string, expected: string | typeof UNKNOWN][] = [
  ['a nullable parameter a module call leaves out is null', CALL('{}'), SHOWS_P('string?'), 'null'],
  ['the same, given', CALL("{ p: 'x' }"), SHOWS_P('string?'), 'given'],
  ['nullable through a type of the file', CALL('{}'), SHOWS_P('maybe', 'type maybe = { a: int }[]?\n'), 'null'],
  ['nullable through a union with null, in parentheses', CALL('{}'), SHOWS_P('(string | null)'), 'null'],
  ['a call without params at all', "module m 'modules/m.bicep' = {\n  name: 'm'\n}\n", SHOWS_P('string?'), 'null'],
  ['params from a known object without the name', `var ps = { q: 1 }\n${CALL('ps')}`, SHOWS_P('string?'), 'null'],
  // what can't be told stays unknown
  ['a parameter that is not nullable', CALL('{}'), SHOWS_P('string'), UNKNOWN],
  ['a type imported from another file is not followed', CALL('{}'), SHOWS_P('maybe', "import { maybe } from 'types.bicep'\n"), UNKNOWN],
  ['params from an object that cannot be known', `param ps object\n${CALL('ps')}`, SHOWS_P('string?'), UNKNOWN],
  ['a spread may hold the name', `param more object\n${CALL('{ ...more }')}`, SHOWS_P('string?'), UNKNOWN],
];

for (const [name, main, module, expected] of LEFT_OUT) {
  test(`parameters left out: ${name}`, () => {
    const { graph } = read(main, { 'modules/m.bicep': module, 'modules/types.bicep': '@export()\ntype maybe = string?\n' });
    const account = graph.resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts');
    assert.ok(account);
    if (expected === UNKNOWN) assert.instance(account.name, Unknown);
    else assert.is(account.name, expected);
  });
}

test('parameters left out: the entry file\'s nullable parameter without a value is unknown (the deployer may give one)', () => {
  const { graph } = read(SHOWS_P('string?'));
  assert.instance(graph.resources[0]!.name, Unknown);
});

const PARAM_FILES: [name: string, text: string, expected: Record<string, unknown>, using: string | undefined][] = [
  ['literals and objects', "using './main.bicep'\nparam a = 'x'\nparam b = {\n  c: [\n    1\n  ]\n}\n", { a: 'x', b: { c: [1] } }, './main.bicep'],
  ['expressions and variables', "using 'main.bicep'\nvar prefix = 'st'\nparam name = '${prefix}-${toLower('AB')}'\n", { name: 'st-ab' }, 'main.bicep'],
  ['values known only at deployment', "using 'main.bicep'\nparam secret = readEnvironmentVariable('SECRET')\n", { secret: UNKNOWN }, 'main.bicep'],
  ['using none', 'using none\nparam a = 1\n', { a: 1 }, undefined],
];

for (const [name, text, expected, using] of PARAM_FILES) {
  test(`.bicepparam: ${name}`, () => {
    const result = readBicepParams(text, 'main.bicepparam');
    assert.equal(result.errors, []);
    assert.is(result.using, using);
    assert.equal(Object.keys(result.parameters).sort(), Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) assert.ok(matches(result.parameters[key], value), key);
  });
}

/** Reads /project/main.bicepparam with the other .bicepparam files of `files` beside it. */
function readParamsWith(main: string, files: Record<string, string>) {
  const texts = new Map(Object.entries(files).map(([name, text]) => [path.join(ROOT, name), text]));
  return readBicepParams(main, 'main.bicepparam', { path: path.join(ROOT, 'main.bicepparam'), readFile: (p) => texts.get(p) });
}

const SHARED_PARAMS = "using none\nparam vnetPrefix = '10.1.0.0/16'\nparam name = 'shared'\n";

const EXTENDS: [name: string, main: string, files: Record<string, string>, expected: Record<string, unknown>, problems: [file: string, line: number, says: RegExp][]][] = [
  ['the shared values first, the file\'s own win', "using 'main.bicep'\nextends 'shared.bicepparam'\nparam name = 'own'\n", { 'shared.bicepparam': SHARED_PARAMS }, { vnetPrefix: '10.1.0.0/16', name: 'own' }, []],
  ['a chain of files', "using 'main.bicep'\nextends 'env.bicepparam'\n", { 'env.bicepparam': "using none\nextends 'shared.bicepparam'\nparam name = 'env'\n", 'shared.bicepparam': SHARED_PARAMS }, { vnetPrefix: '10.1.0.0/16', name: 'env' }, []],
  ['a file that is not there', "using 'main.bicep'\nextends 'gone.bicepparam'\nparam name = 'own'\n", {}, { name: 'own' }, [['main.bicepparam', 2, /extended parameters file not found: gone\.bicepparam/]]],
  ['a cycle', "using 'main.bicep'\nextends 'a.bicepparam'\n", { 'a.bicepparam': "using none\nextends 'main.bicepparam'\nparam a = 1\n", 'main.bicepparam': "using none\nextends 'a.bicepparam'\n" }, { a: 1 }, [['a.bicepparam', 2, /goes round in a cycle/]]],
  ['a syntax error in the shared file', "using 'main.bicep'\nextends 'shared.bicepparam'\n", { 'shared.bicepparam': 'using none\nparam = 1\n' }, {}, [['shared.bicepparam', 2, /./]]],
];

for (const [name, main, files, expected, problems] of EXTENDS) {
  test(`.bicepparam extends: ${name}`, () => {
    const result = readParamsWith(main, files);
    assert.equal(result.errors.map((e) => [e.file, e.line]), problems.map(([file, line]) => [file, line]));
    result.errors.forEach((e, i) => assert.match(e.message, problems[i]![2]));
    assert.equal(Object.keys(result.parameters).sort(), Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) assert.ok(matches(result.parameters[key], value), key);
  });
}

test('.bicepparam: a syntax error is a problem; references are read from the text', () => {
  assert.is(readBicepParams("using 'main.bicep'\nparam = 1\n", 'x.bicepparam').errors.length, 1);
  assert.is(bicepparamTarget("// c\nusing './infra/main.bicep'\n", '/p/x.bicepparam'), path.resolve('/p/infra/main.bicep'));
  assert.is(bicepparamTarget('using none\n', '/p/x.bicepparam'), undefined);
});

const LOCAL_REFERENCES: [string, string, { modules: string[]; imports: string[] }][] = [
  ['local modules, not registry ones', "module a 'a.bicep' = {}\nmodule b 'br/public:x:1' = {}\n  module c '../c.bicep' = {}\n", { modules: ['a.bicep', '../c.bicep'], imports: [] }],
  ['imports, a list over several lines, a namespace', "import { t } from 'types.bicep'\nimport {\n  a\n  b\n} from '../shared.bicep'\nimport * as ns from 'ns.bicep'\n", { modules: [], imports: ['types.bicep', '../shared.bicep', 'ns.bicep'] }],
  ["an extension's import is no file", "import 'kubernetes@1.0.0' with {}\nimport 'az@1.0.0' as az\n", { modules: [], imports: [] }],
  ['an import from a registry', "import { t } from 'br/public:avm/utl/types:0.1.0'\n", { modules: [], imports: [] }],
  ['a property named import', "var x = {\n  import: 'a.bicep'\n}\n", { modules: [], imports: [] }],
  ['nothing', 'param p string\n', { modules: [], imports: [] }],
];

for (const [name, text, expected] of LOCAL_REFERENCES) {
  test(`local references: ${name}`, () => {
    const absolute = (paths: string[]): string[] => paths.map((p) => path.resolve('/p/q', p));
    assert.equal(bicepLocalReferences(text, '/p/q/main.bicep'), { modules: absolute(expected.modules), imports: absolute(expected.imports) });
  });
}

const DEPLOYS: [string, string, boolean][] = [
  ['types and functions only', "@export()\ntype t = string\n@export()\nfunc f() string => 'x'\n", false],
  ['a resource', "resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'st'\n}\n", true],
  ['a module', "module m 'm.bicep' = {\n  name: 'm'\n}\n", true],
  ['the words inside a string or a property', "var x = {\n  resourceName: 'module x'\n}\n", false],
];

for (const [name, text, expected] of DEPLOYS) {
  test(`deploys anything: ${name}`, () => {
    assert.is(bicepDeploysAnything(text), expected);
  });
}

test("facts: literals as Bicep's no-hardcoded-env-urls reads them", () => {
  const text = `metadata info = 'see https://management.azure.com/a'
@description('see https://management.azure.com/b')
@minLength(1)
param p string = 'https://management.azure.com/c'
module m 'br:management.azure.com/m:1' = {
  name: 'm.example\${p}'
  params: {
    sku: 'Standard_LRS'
  }
}
`;
  const facts = readBicepFile(text, MAIN, { readFile: () => undefined }).graph.templates[0]!;
  // literals without a dot can't hold a host name, and are left out
  assert.equal([...facts.literals].map((l) => [l.value, l.source.line]), [['https://management.azure.com/c', 4], ['m.example', 6]]);
});

test('facts: parameters, variables, outputs, literals and hard-coded locations', () => {
  const text = `@secure()
param password string = 'p'
param used string
param unused int = 3
var v = 'westus'
var unusedVar = used
@export()
var shared = 1
resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st\${used}'
  location: v
  properties: {
    endpoint: 'https://x.blob.core.windows.net'
  }
}
resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv'
  location: 'eastus'
}
resource st2 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st2'
  location: v
}
output leak string = password
output keys string = st.listKeys().keys[0].value
@secure()
output safe string = password
`;
  const facts = read(text).graph.templates[0]!;
  assert.is(facts.language, 'bicep');
  assert.equal(
    facts.parameters.map((p) => [p.name, p.secure, p.hasDefault, p.referenced, plain(p.literalDefault), p.source.line]),
    [
      ['password', true, true, true, 'p', 2],
      ['used', false, false, true, undefined, 3],
      ['unused', false, true, false, 3, 4],
    ],
  );
  assert.equal(facts.variables.map((v) => [v.name, v.referenced, v.source.line]), [['v', true, 5], ['unusedVar', false, 6], ['shared', true, 8]]);
  assert.equal(facts.outputs.map((o) => [o.name, o.secure, o.usesSecureParameters, o.usesListFunctions]), [['leak', false, ['password'], []], ['keys', false, [], ['listKeys']], ['safe', true, [], []]]);
  assert.ok([...facts.literals].some((l) => l.value === 'https://x.blob.core.windows.net' && l.source.line === 13));
  assert.equal(facts.hardcodedLocations?.map((h) => [h.value, h.via, h.resourceType, h.source.line]), [['westus', 'variable', 'Microsoft.Storage/storageAccounts', 5], ['eastus', 'literal', 'Microsoft.KeyVault/vaults', 18]]);
});

const PRAGMAS: [name: string, text: string, expected: [line: number, ids: string[]][]][] = [
  ['disable-next-line', 'a\n#disable-next-line rule-a rule-b\nb\n', [[3, ['rule-a', 'rule-b']]]],
  ['a reason after the IDs', '  #disable-next-line rule-a -- why\nb\n', [[2, ['rule-a']]]],
  ['disable/restore diagnostics', 'a\n#disable-diagnostics rule-a\nb\nc\n#restore-diagnostics rule-a\nd\n', [[2, ['rule-a']], [3, ['rule-a']], [4, ['rule-a']], [5, ['rule-a']]]],
  ['disable-diagnostics up to the end of the file', '#disable-diagnostics rule-a\nb', [[1, ['rule-a']], [2, ['rule-a']]]],
  ['above decorators: covers them and the declaration', "#disable-next-line rule-a\n@description('k')\n@allowed([\n  'x'\n])\noutput o string = 'x'\nvar b = 1\n", [[2, ['rule-a']], [3, ['rule-a']], [4, ['rule-a']], [5, ['rule-a']], [6, ['rule-a']]]],
  ['above a decorator with no declaration after it: that line only', "#disable-next-line rule-a\n@description('k')\n", [[2, ['rule-a']]]],
  ['a pragma-like text inside a line is not one', "var a = '#disable-next-line x'\nb\n", []],
];

for (const [name, text, expected] of PRAGMAS) {
  test(`pragmas: ${name}`, () => {
    const found = bicepSuppressions(text);
    assert.equal([...found.entries()].map(([line, ids]) => [line, [...ids].sort()]).sort((a, b) => (a[0] as number) - (b[0] as number)), expected);
  });
}

test.run();
