/** `moat graph` in process: the JSON shape of what moat read, from a template or a topology. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { graphToJson, valueToJson } from '../../src/graph/to-json.js';
import { ResourceLink, Unknown, type Value } from '../../src/graph/value.js';
import { readGraph } from '../../src/lint/read-graph.js';
import { InputError } from '../../src/errors.js';
import { fixture, ROOT } from '../support/paths.js';
import { writeTree } from './tree.js';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import { readBicepFile } from '../../src/frontends/bicep/evaluate.js';

const VALUES: [string, Value, unknown][] = [
  ['plain JSON stays', { a: [1, 'x', true, null] }, { a: [1, 'x', true, null] }],
  ['an unknown says why', { a: new Unknown('known only at deployment') }, { a: { $unknown: 'known only at deployment' } }],
  [
    'a link names the resource ID',
    [new ResourceLink({ level: 'resourceGroup', type: 'Microsoft.Network/virtualNetworks', name: 'vnet' })],
    [{ $link: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet' }],
  ],
];

for (const [name, value, expected] of VALUES) {
  test(`valueToJson: ${name}`, () => {
    assert.equal(valueToJson(value), expected);
  });
}

test('a template: each resource with its type, scope, values (parameters file applied) and source', () => {
  const json = graphToJson(readGraph('paired.json', fixture('lint', 'project')));
  assert.equal(json.resources.length, 1);
  const vnet = json.resources[0]!;
  assert.equal(Object.keys(vnet), ['type', 'apiVersion', 'name', 'scope', 'existing', 'location', 'properties', 'dependsOn', 'source']);
  assert.equal(vnet.scope, { level: 'resourceGroup' });
  assert.equal(vnet.location, { $unknown: "the resource group's location is known only at deployment" });
  assert.equal((vnet.properties as { subnets: { properties: { addressPrefix: string } }[] }).subnets[1]!.properties.addressPrefix, '10.2.1.0/24');
  assert.equal(vnet.source, { file: 'paired.json', line: 9, column: 5 });
});

type GraphJson = ReturnType<typeof graphToJson>;
/** The addressPrefix of every subnet in the graph, in order. */
const subnetPrefixes = (json: GraphJson): unknown[] =>
  json.resources.flatMap((r) => ((r.properties as { subnets?: { properties: { addressPrefix: unknown } }[] }).subnets ?? []).map((s) => s.properties.addressPrefix));

const PARAMETERS_NAMED: [name: string, file: string, folder: string, expected: unknown[]][] = [
  ['an ARM parameters file: its template, with its values', 'paired.parameters.json', fixture('lint', 'project'), ['10.2.0.0/24', '10.2.1.0/24']],
  ['a .bicepparam file: the template its `using` names, with its values', 'main.bicepparam', fixture('bicep-eval', 'lint'), ['10.1.0.0/22']],
];

for (const [name, file, folder, expected] of PARAMETERS_NAMED) {
  test(`a parameters file named: ${name}`, () => {
    assert.equal(subnetPrefixes(graphToJson(readGraph(file, folder))), expected);
  });
}

const REGISTRY_BICEP = "param name string\nresource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name: name\n  location: 'westus'\n  sku: { name: 'Premium' }\n}\n";
const bicepWith = (reference: string, extra = ''): string => `${REGISTRY_BICEP}${extra}resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {\n  name: 'pe'\n  location: 'westus'\n  properties: { privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: ${reference}, groupIds: [ 'registry' ] } } ] }\n}\n`;
const armWith = (reference: string, registries = 1): string =>
  JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { name: { type: 'string' } },
      resources: [
        ...Array.from({ length: registries }, () => ({ type: 'Microsoft.ContainerRegistry/registries', apiVersion: '2023-07-01', name: "[parameters('name')]", location: 'westus', sku: { name: 'Premium' } })),
        { type: 'Microsoft.Network/privateEndpoints', apiVersion: '2024-05-01', name: 'pe', location: 'westus', properties: { privateLinkServiceConnections: [{ name: 'c', properties: { privateLinkServiceId: reference, groupIds: ['registry'] } }] } },
      ],
    },
    null,
    2,
  );
const REGISTRY = 'Microsoft.ContainerRegistry/registries';
const UNKNOWN_ID = 'the resource ID is unknown (its name or scope is)';
const NO_VALUE = 'parameter name has no value';

/** An endpoint's privateLinkServiceId as `moat graph` prints it. */
function printedTarget(language: 'bicep' | 'arm', text: string): unknown {
  const graph = language === 'bicep' ? readBicepFile(text, 'main.bicep').graph : readArmTemplate(text, 'azuredeploy.json').graph;
  const endpoint = graphToJson(graph).resources.find((r) => r.type === 'Microsoft.Network/privateEndpoints')!;
  return (endpoint.properties as { privateLinkServiceConnections: { properties: { privateLinkServiceId: unknown } }[] }).privateLinkServiceConnections[0]!.properties.privateLinkServiceId;
}

const LEADS_TO: [name: string, language: 'bicep' | 'arm', text: string, expected: unknown][] = [
  ['Bicep: a symbol whose name is unknown', 'bicep', bicepWith('registry.id'), { $unknown: UNKNOWN_ID, $resource: { type: REGISTRY, source: { file: 'main.bicep', line: 2, column: 1 } } }],
  ['ARM: resourceId() of the very parameter the registry is named with', 'arm', armWith("[resourceId('Microsoft.ContainerRegistry/registries', parameters('name'))]"), { $unknown: NO_VALUE, $resource: { type: REGISTRY, source: { file: 'azuredeploy.json', line: 10, column: 5 } } }],
  ['ARM: two registries named so: which one is unknown', 'arm', armWith("[resourceId('Microsoft.ContainerRegistry/registries', parameters('name'))]", 2), { $unknown: NO_VALUE }],
  ['Bicep: a text built from the ID leads nowhere', 'bicep', bicepWith("'${registry.id}-x'"), { $unknown: UNKNOWN_ID }],
  ['Bicep: a known name stays a link', 'bicep', bicepWith("resourceId('Microsoft.ContainerRegistry/registries', 'cr')"), { $link: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/cr' }],
];

for (const [name, language, text, expected] of LEADS_TO) {
  test(`an unknown ID shows the resource it leads to: ${name}`, () => {
    assert.equal(printedTarget(language, text), expected);
  });
}

test('a topology: the planner graph, sources in the YAML', () => {
  const json = graphToJson(readGraph('examples/default.yaml', ROOT));
  assert.ok(json.resources.length > 5);
  assert.ok(json.resources.every((r) => r.source.file === 'examples/default.yaml'));
  assert.ok(json.resources.some((r) => r.type === 'Microsoft.Network/virtualNetworks'));
});

const BAD: [string, string, RegExp][] = [
  ['a template that does not parse', 'broken.json', /^broken\.json:5:51: JSON syntax: comma expected/],
  ['JSON that is not a template', 'settings.json', /^settings\.json: not an ARM template/],
  ['a file that is not there', 'nope.json', /^nope\.json: can't read the file/],
];

const BAD_PARAMETERS = writeTree({
  'none.bicepparam': "using none\n\nparam a = 1\n",
  'registry.bicepparam': "using 'br/public:avm/res/network/virtual-network:0.5.0'\n",
  'values.parameters.json': JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: {} }),
  'loose.json': JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: {} }),
});

const BAD_NAMED: [string, string, RegExp][] = [
  ['a .bicepparam file for no template', 'none.bicepparam', /^none\.bicepparam: the \.bicepparam file names no local template/],
  ['a .bicepparam file for a registry module', 'registry.bicepparam', /names no local template/],
  ['an ARM parameters file whose template is missing', 'values.parameters.json', /^values\.json: can't read the file/],
  ['an ARM parameters file not named after a template', 'loose.json', /^loose\.json: a parameters file without its template/],
];

for (const [name, file, expected] of BAD_NAMED) {
  test(`bad input: ${name}`, () => {
    assert.throws(() => readGraph(file, BAD_PARAMETERS), (error: unknown) => error instanceof InputError && expected.test(error.describe()));
  });
}

for (const [name, file, expected] of BAD) {
  test(`bad input: ${name}`, () => {
    try {
      readGraph(file, fixture('lint', 'project'));
      assert.unreachable('should have thrown');
    } catch (error) {
      assert.instance(error, InputError);
      assert.match((error as InputError).describe(), expected);
    }
  });
}

test.run();
