import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CloudName } from '../../src/azure/clouds.js';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import type { Graph } from '../../src/graph/types.js';
import { runRules } from '../../src/lint/engine.js';
import { planTopology } from '../../src/plan/index.js';
import { ARM_PARAMETERS_FILE, ARM_TEMPLATE_FILE, renderArm } from '../../src/render/arm/index.js';
import { hasMoatHeader, type RenderMeta } from '../../src/render/header.js';
import { exampleNames, examplePath } from '../../src/topology/examples.js';
import { loadTopology } from '../../src/topology/load.js';
import { plan, type Overrides } from '../plan/support.js';
import { ROOT } from '../support/paths.js';
import { scratchDir } from '../support/scratch.js';

const META: RenderMeta = { version: '0.1.0', topologyFile: 'topology.yaml' };
const CHECKER = path.join(ROOT, '..', 'shared', 'tools', 'check-arm-schema.mjs');

type Template = {
  metadata: Record<string, unknown>;
  parameters?: Record<string, { defaultValue?: unknown }>;
  variables?: Record<string, unknown>;
  resources: Resource[];
  outputs?: Record<string, { value: unknown }>;
};
type Resource = { type: string; name: string; resourceGroup?: string; dependsOn?: string[]; tags?: Record<string, string>; properties: Record<string, unknown> & { template?: Template } };

const render = (graph: Graph): { template: Template; parameters: { parameters: Record<string, { value: unknown }> }; files: Map<string, string> } => {
  const files = renderArm(graph, META);
  return { template: JSON.parse(files.get(ARM_TEMPLATE_FILE)!) as Template, parameters: JSON.parse(files.get(ARM_PARAMETERS_FILE)!), files };
};

/** Every resource of a template with the resource group of its nested deployment ('' for the root). */
function flatten(template: Template, group = ''): [string, Resource][] {
  return template.resources.flatMap((r): [string, Resource][] =>
    r.type === 'Microsoft.Resources/deployments' ? [[group, r], ...flatten(r.properties.template!, r.resourceGroup!)] : [[group, r]],
  );
}

// the examples plus variations that stress scopes: [name, graph, cloud]
const CASES: [string, () => Graph, CloudName][] = [
  ...exampleNames().map((name): [string, () => Graph, CloudName] => [name, () => planTopology(loadTopology(examplePath(name))), 'AzureCloud']),
  ...(
    [
      ['cluster with the VNet, DNS and workspace in other groups', { network: { vnet: { resourceGroup: 'rg-net' }, privateDns: { zones: 'create', resourceGroup: 'rg-dns' } }, workspace: { resourceGroup: 'rg-ml' }, aks: { provisioning: 'cluster', privateCluster: true } }],
      ['existing cluster in another subscription, new VNet elsewhere', { network: { vnet: { resourceGroup: 'rg-net' } }, aks: { provisioning: 'existing', resourceId: '/subscriptions/00000000-0000-0000-0000-000000000009/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-x', principalId: '11111111-2222-3333-4444-555555555555' } }],
      // one group that depends on the root and is depended on by it: split into dependency layers
      ['cluster with the VNet (custom DNS) and the workspace in one other group', { network: { vnet: { resourceGroup: 'rg-a', dnsServers: ['10.10.4.4'] }, privateDns: { zones: 'none' } }, workspace: { resourceGroup: 'rg-a' }, aks: { provisioning: 'cluster' } }],
      ['cluster with an existing VNet, new DNS zones and the workspace in one other group', { network: { vnet: { existing: true, name: 'vnet-x', resourceGroup: 'rg-a' }, privateDns: { zones: 'create', resourceGroup: 'rg-a' } }, workspace: { resourceGroup: 'rg-a' }, aks: { provisioning: 'cluster', privateCluster: true } }],
      ['US Government, restricted outbound, public workspace, cluster in its own region', { cloud: 'AzureUSGovernment', location: 'usgovvirginia', network: { nsg: { outbound: 'restricted' } }, workspace: { privateEndpoint: false }, aks: { location: 'usgovtexas', provisioning: 'cluster' } }],
    ] as [string, Overrides][]
  ).map(([name, overrides]): [string, () => Graph, CloudName] => [name, () => plan(overrides), (overrides['cloud'] as CloudName | undefined) ?? 'AzureCloud']),
];

for (const [name, graphOf, cloud] of CASES) {
  test(`${name}: same graph, same bytes; 2-space JSON with a trailing newline; moat header in both files`, () => {
    const graph = graphOf();
    const first = renderArm(graph, META);
    assert.equal([...first.keys()], [ARM_TEMPLATE_FILE, ARM_PARAMETERS_FILE]);
    assert.equal(first, renderArm(graphOf(), META));
    for (const text of first.values()) {
      assert.ok(text.endsWith('}\n') && text.startsWith('{\n  "$schema": '));
      assert.ok(hasMoatHeader(text));
    }
  });

  test(`${name}: every deployed resource once, in its resource group's template; existing ones only referenced`, () => {
    const graph = graphOf();
    const { template } = render(graph);
    const rendered = flatten(template)
      .filter(([, r]) => r.type !== 'Microsoft.Resources/deployments')
      .map(([group, r]) => `${group} ${r.type}`);
    const deployed = graph.resources.filter((r) => !r.existing).map((r) => `${(r.scope.resourceGroup as string | undefined) ?? ''} ${r.type}`);
    assert.equal(rendered.sort(), deployed.sort());
  });

  test(`${name}: read back by moat's ARM front end, the same deployed resources, and no lint error`, () => {
    const graph = graphOf();
    const { files } = render(graph);
    const read = readArmTemplate(files.get(ARM_TEMPLATE_FILE)!, 'azuredeploy.json', { cloud });
    assert.equal(read.errors, []);
    // role assignment names included: the rendered guid() evaluates to the planned name
    const keys = (g: Graph): string[] => g.resources.filter((r) => !r.existing && r.type !== 'Microsoft.Resources/deployments').map((r) => r.key).sort();
    assert.equal(keys(read.graph), keys(graph));
    assert.equal(runRules(read.graph).filter((f) => f.level !== 'info').map((f) => `${f.ruleId}: ${f.message}`), []);
  });
}

if (existsSync(CHECKER)) {
  test('every rendered template passes the published resource schemas (0 violations, no type without a schema)', () => {
    const dir = scratchDir('arm');
    const files = CASES.map(([, graphOf], i) => {
      mkdirSync(path.join(dir, String(i)));
      const file = path.join(dir, String(i), ARM_TEMPLATE_FILE);
      writeFileSync(file, renderArm(graphOf(), META).get(ARM_TEMPLATE_FILE)!);
      return file;
    });
    const result = spawnSync(process.execPath, [CHECKER, ...files], { cwd: ROOT, encoding: 'utf8' });
    assert.not.match(result.stdout, /no schema here/);
    assert.match(result.stdout, / 0 violations\n$/);
    assert.is(result.status, 0, result.stdout + result.stderr);
  });
} else {
  console.log(`note: ${CHECKER} is absent, so the published-schema check of rendered templates is skipped`);
}

const zoneIds = (groups: Resource[]): string[] =>
  groups.flatMap((r) => (r.properties['privateDnsZoneConfigs'] as { properties: { privateDnsZoneId: string } }[]).map((c) => c.properties.privateDnsZoneId));

// [case, overrides, resource type, what to read from the rendered resources of that type, expected JSON]
const SHAPES: [string, Overrides, string, (rs: Resource[]) => unknown, unknown][] = [
  [
    'a link in the same group is resourceId() without a group',
    {},
    'Microsoft.Network/privateEndpoints',
    (rs) => (rs[0]!.properties['subnet'] as { id: string }).id,
    "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-contoso', 'snet-privateendpoints')]",
  ],
  [
    'a link to another group names it',
    { network: { vnet: { resourceGroup: 'rg-net' } } },
    'Microsoft.Network/privateEndpoints',
    (rs) => (rs[0]!.properties['subnet'] as { id: string }).id,
    "[resourceId('rg-net', 'Microsoft.Network/virtualNetworks/subnets', 'vnet-contoso', 'snet-privateendpoints')]",
  ],
  [
    "a reference from an inner template to the deployment's group goes through rootDeployment",
    { network: { vnet: { resourceGroup: 'rg-net' } }, aks: { provisioning: 'cluster' } },
    'Microsoft.Authorization/roleAssignments',
    (rs) => rs[0]!.properties['principalId'],
    "[reference(resourceId(parameters('rootDeployment').resourceGroup, 'Microsoft.ManagedIdentity/userAssignedIdentities', 'id-aks-contoso'), '2024-11-30').principalId]",
  ],
  [
    'zone names with a suffix in environment() are derived from it',
    {},
    'Microsoft.Network/privateDnsZones',
    (rs) => rs.map((r) => r.name),
    [
      "[format('privatelink.blob.{0}', environment().suffixes.storage)]",
      "[format('privatelink.file.{0}', environment().suffixes.storage)]",
      "[format('privatelink{0}', replace(environment().suffixes.keyvaultDns, '.vault.', '.vaultcore.'))]",
      "[format('privatelink{0}', environment().suffixes.acrLoginServer)]",
      'privatelink.api.azureml.ms',
      'privatelink.notebooks.azure.net',
    ],
  ],
  [
    "AML's own zones keep the topology cloud's names",
    { cloud: 'AzureChinaCloud' },
    'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
    (rs) => zoneIds(rs).filter((id) => !id.includes('environment()')),
    [
      "[resourceId('Microsoft.Network/privateDnsZones', 'privatelink.api.ml.azure.cn')]",
      "[resourceId('Microsoft.Network/privateDnsZones', 'privatelink.notebooks.chinacloudapi.cn')]",
    ],
  ],
  [
    'a user-assigned identity key is a resourceId()',
    { aks: { provisioning: 'cluster' } },
    'Microsoft.ContainerService/managedClusters',
    (rs) => Object.keys((rs[0] as unknown as { identity: { userAssignedIdentities: object } }).identity.userAssignedIdentities),
    ["[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-aks-contoso')]"],
  ],
  [
    'a planned role assignment is named by the guid() it was computed as',
    { aks: { provisioning: 'existing', resourceId: '/subscriptions/00000000-0000-0000-0000-000000000009/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-x', principalId: '11111111-2222-3333-4444-555555555555' } },
    'Microsoft.Authorization/roleAssignments',
    (rs) => rs[0]!.name,
    "[guid(resourceGroup().id, '11111111-2222-3333-4444-555555555555', subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7'))]",
  ],
  ['the key vault tenant is the subscription tenant', {}, 'Microsoft.KeyVault/vaults', (rs) => rs[0]!.properties['tenantId'], '[subscription().tenantId]'],
  [
    "the AKS compute's properties sit in a variable (the published schema rejects the nested properties the API takes)",
    {},
    'Microsoft.MachineLearningServices/workspaces/computes',
    (rs) => [rs[0]!.name, rs[0]!.properties],
    ["[format('{0}/{1}', 'mlw-contoso', 'aks-compute')]", "[variables('computeProperties_aks_compute')]"],
  ],
];

for (const [name, overrides, type, pick, expected] of SHAPES) {
  test(`rendering: ${name}`, () => {
    const { template } = render(plan(overrides));
    const matches = flatten(template)
      .filter(([, r]) => r.type === type)
      .map(([, r]) => r);
    assert.ok(matches.length > 0, `no ${type}`);
    assert.equal(pick(matches), expected);
  });
}

test('nested deployments: Incremental, inner scope, their outer dependencies; root resources depend on the deployment', () => {
  const { template } = render(plan({ network: { vnet: { resourceGroup: 'rg-net' } }, aks: { provisioning: 'cluster' } }));
  const deployment = template.resources.find((r) => r.type === 'Microsoft.Resources/deployments')!;
  assert.is(deployment.name, 'moat-rg-net');
  assert.is(deployment.resourceGroup, 'rg-net');
  assert.equal(deployment.dependsOn, ["[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-aks-contoso')]"]);
  assert.equal({ mode: deployment.properties['mode'], options: deployment.properties['expressionEvaluationOptions'] }, { mode: 'Incremental', options: { scope: 'Inner' } });
  assert.equal(deployment.properties['parameters'], { rootDeployment: { value: { location: "[parameters('location')]", resourceGroup: '[resourceGroup().name]' } } });
  const cluster = template.resources.find((r) => r.type === 'Microsoft.ContainerService/managedClusters')!;
  assert.equal(cluster.dependsOn, ["[resourceId('Microsoft.Resources/deployments', 'moat-rg-net')]", "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-aks-contoso')]"]);
});

test('a group the root depends on and that depends on the root: one nested deployment per dependency layer, the later one after the root resources', () => {
  const { template } = render(plan({ network: { vnet: { resourceGroup: 'rg-a' } }, workspace: { resourceGroup: 'rg-a' }, aks: { provisioning: 'cluster' } }));
  const deployments = template.resources.filter((r) => r.type === 'Microsoft.Resources/deployments');
  assert.equal(deployments.map((d) => [d.name, d.resourceGroup]), [['moat-rg-a', 'rg-a'], ['moat-rg-a-2', 'rg-a']]);
  assert.equal(deployments[1]!.properties.template!.resources.map((r) => r.type), ['Microsoft.MachineLearningServices/workspaces/computes']);
  assert.equal(deployments[1]!.dependsOn, ["[resourceId('Microsoft.Resources/deployments', 'moat-rg-a')]", "[resourceId('Microsoft.ContainerService/managedClusters', 'aks-contoso')]"]);
});

test('a dependency cycle through a nested deployment is refused as a moat bug, not written', () => {
  const graph = plan({ network: { vnet: { resourceGroup: 'rg-net' } }, aks: { provisioning: 'cluster' } });
  const identity = graph.resources.find((r) => r.type === 'Microsoft.ManagedIdentity/userAssignedIdentities')!;
  const role = graph.resources.find((r) => r.type === 'Microsoft.Authorization/roleAssignments')!;
  identity.dependsOn.push(role.key);
  assert.throws(() => renderArm(graph, META), /moat internal error: a dependency cycle through nested deployments/);
});

test('a dependency on a role assignment names it by the same guid() as its declaration', () => {
  const { template } = render(plan({ aks: { provisioning: 'cluster' } }));
  const role = template.resources.find((r) => r.type === 'Microsoft.Authorization/roleAssignments')!;
  const cluster = template.resources.find((r) => r.type === 'Microsoft.ContainerService/managedClusters')!;
  assert.ok(cluster.dependsOn!.includes(`[resourceId('Microsoft.Authorization/roleAssignments', ${role.name.slice(1, -1)})]`), cluster.dependsOn!.join('\n'));
});

test('parameters: location (and aksLocation when the cluster has its own region), in the template and the parameters file', () => {
  const { template, parameters } = render(plan({ aks: { location: 'westus2' } }));
  assert.equal(Object.keys(template.parameters!), ['location', 'aksLocation']);
  assert.equal(parameters.parameters, { location: { value: 'eastus2' }, aksLocation: { value: 'westus2' } });
  const compute = template.variables!['computeProperties_aks_compute'] as { computeLocation: string };
  assert.is(compute.computeLocation, "[parameters('aksLocation')]");
});

test('outputs: subnet IDs, the compute name, private endpoint IPs', () => {
  const { template } = render(plan());
  assert.equal(Object.keys(template.outputs!), ['subnetIds', 'computeName', 'privateEndpointIps']);
  assert.equal(template.outputs!['subnetIds']!.value, {
    'snet-aks': "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-contoso', 'snet-aks')]",
    'snet-privateendpoints': "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-contoso', 'snet-privateendpoints')]",
  });
  assert.is(template.outputs!['computeName']!.value, 'aks-compute');
  assert.is(Object.keys(template.outputs!['privateEndpointIps']!.value as object).length, 5);
});

// [case, tags, expected rendered tags]: user text never becomes an expression
const ESCAPES: [string, Record<string, string>, Record<string, string>][] = [
  ['an expression-shaped value', { owner: "[concat('a', 'b')]" }, { owner: "[[concat('a', 'b')]" }],
  ['an expression-shaped key', { '[k]': 'v' }, { '[[k]': 'v' }],
  ['a bracket that is not an expression', { note: '[draft' }, { note: '[draft' }],
  ['quotes, backslashes and a newline', { note: 'a "b" \\ c\nd' }, { note: 'a "b" \\ c\nd' }],
  // JSON.parse makes `__proto__` an own key, as the topology loader does
  ['keys that name Object.prototype parts', JSON.parse('{"__proto__": "a", "constructor": "b", "prototype": "c"}'), JSON.parse('{"__proto__": "a", "constructor": "b", "prototype": "c"}')],
];
for (const [name, tags, expected] of ESCAPES) {
  test(`escaping: ${name}`, () => {
    const { template } = render(plan({ tags }));
    const vnet = template.resources.find((r) => r.type === 'Microsoft.Network/virtualNetworks')!;
    assert.equal(Object.entries(vnet.tags!), Object.entries(expected));
  });
}

test('the header names moat and the topology; a topology path with quotes stays one JSON string', () => {
  const files = renderArm(plan(), { version: '0.1.0', topologyFile: 'my "odd"\nname.yaml' });
  const template = JSON.parse(files.get(ARM_TEMPLATE_FILE)!) as Template;
  assert.equal(template.metadata['_generator'], { name: 'moat', version: '0.1.0' });
  assert.equal(template.metadata['moat'], { topology: 'my "odd"\nname.yaml' });
  assert.not.ok(hasMoatHeader('{ "metadata": { "_generator": { "name": "bicep" } } }'));
});

test.run();
