import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GraphIndex } from '../../src/graph/index.js';
import { parentId, resourceKey, type ResourceId } from '../../src/graph/resource-id.js';
import type { Graph } from '../../src/graph/types.js';
import { isObject, ResourceLink, RuntimeValue, type Value } from '../../src/graph/value.js';
import { runRules } from '../../src/lint/engine.js';
import { planTopology } from '../../src/plan/index.js';
import { exampleNames, examplePath } from '../../src/topology/examples.js';
import { loadTopology } from '../../src/topology/load.js';

/** [type, name, resource group (undefined: the deployment's), existing] */
type Expected = [string, string, string | undefined, boolean];

const VNET = 'Microsoft.Network/virtualNetworks';
const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';
const NSG = 'Microsoft.Network/networkSecurityGroups';
const ZONE = 'Microsoft.Network/privateDnsZones';
const LINK = 'Microsoft.Network/privateDnsZones/virtualNetworkLinks';
const PE = 'Microsoft.Network/privateEndpoints';
const WORKSPACE = 'Microsoft.MachineLearningServices/workspaces';
const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';
const CLUSTER = 'Microsoft.ContainerService/managedClusters';
const IDENTITY = 'Microsoft.ManagedIdentity/userAssignedIdentities';
const ROLE = 'Microsoft.Authorization/roleAssignments';

// [example, resources it must have, types it must not have, notes' rule IDs]
const EXAMPLES: [string, Expected[], string[], string[]][] = [
  [
    'default',
    [
      [VNET, 'vnet-contoso', undefined, false],
      [NSG, 'nsg-snet-aks', undefined, false],
      [WORKSPACE, 'mlw-contoso', undefined, false],
      [ZONE, 'privatelink.api.azureml.ms', undefined, false],
      [LINK, 'privatelink.api.azureml.ms/link-vnet-contoso', undefined, false],
      [PE, 'pe-stcontoso-blob', undefined, false],
      [COMPUTE, 'mlw-contoso/aks-compute', undefined, false],
    ],
    [CLUSTER, ROLE, SUBNET],
    ['network-contributor-post-deploy'],
  ],
  [
    'existing-vnet',
    [
      [VNET, 'vnet-hub-spoke-01', 'rg-network', true],
      [SUBNET, 'vnet-hub-spoke-01/snet-ml-aks', 'rg-network', true],
      [SUBNET, 'vnet-hub-spoke-01/snet-ml-endpoints', 'rg-network', true],
      [ZONE, 'privatelink.blob.core.windows.net', 'rg-dns', true],
      [WORKSPACE, 'mlw-fabrikam', 'rg-ml', false],
      ['Microsoft.Storage/storageAccounts', 'stfabrikam', 'rg-ml', false],
      [PE, 'pe-stfabrikam-blob', undefined, false],
      [COMPUTE, 'mlw-fabrikam/aks-compute', 'rg-ml', false],
    ],
    [NSG, LINK, CLUSTER, ROLE],
    ['network-contributor-post-deploy'],
  ],
  [
    'private-cluster',
    [
      [VNET, 'vnet-contoso-priv', undefined, false],
      [IDENTITY, 'id-aks-contoso-priv', undefined, false],
      [CLUSTER, 'aks-contoso-priv', undefined, false],
      [COMPUTE, 'mlw-contoso-priv/aks-compute', undefined, false],
    ],
    [SUBNET],
    [],
  ],
  [
    'attach-existing',
    [
      [VNET, 'vnet-northwind', 'rg-northwind-net', true],
      [SUBNET, 'vnet-northwind/snet-aks-prod', 'rg-northwind-net', true],
      [SUBNET, 'vnet-northwind/snet-privateendpoints', 'rg-northwind-net', false],
      [CLUSTER, 'aks-northwind-prod', 'rg-northwind-aks', true],
      [COMPUTE, 'mlw-northwind/aks-prod', undefined, false],
    ],
    [IDENTITY, NSG],
    [],
  ],
  ['restricted-outbound', [[NSG, 'nsg-snet-aks', undefined, false]], [CLUSTER], ['network-contributor-post-deploy']],
  ['internal-load-balancer', [[VNET, 'vnet-contoso-ilb', undefined, false]], [CLUSTER], ['network-contributor-post-deploy']],
];

/** Every ID a value refers to. */
function references(value: Value | undefined, into: ResourceId[] = []): ResourceId[] {
  if (value instanceof ResourceLink) into.push(value.target);
  else if (value instanceof RuntimeValue && value.ref.kind === 'property') into.push(value.ref.target);
  else if (Array.isArray(value)) value.forEach((v) => references(v, into));
  else if (isObject(value)) Object.values(value).forEach((v) => references(v, into));
  return into;
}

/** A reference is sound when it names a resource in the graph, an inline child of one, or a built-in role. */
function unresolved(graph: Graph): string[] {
  const index = new GraphIndex(graph);
  const problems: string[] = [];
  for (const resource of graph.resources) {
    for (const id of references(resource.properties)) {
      if (id.type === 'Microsoft.Authorization/roleDefinitions') continue;
      let found = false;
      for (let at: ResourceId | undefined = id; at && !found; at = parentId(at)) found = index.byKey(resourceKey(at)) !== undefined;
      if (!found) problems.push(`${resource.key} -> ${resourceKey(id)}`);
    }
    for (const dep of resource.dependsOn) if (index.byKey(dep)?.existing !== false) problems.push(`${resource.key} depends on ${dep}`);
  }
  return problems;
}

test('the examples cover the table', () => {
  assert.equal(exampleNames(), EXAMPLES.map(([name]) => name).sort());
});

for (const [name, expected, absent, notes] of EXAMPLES) {
  const graph = planTopology(loadTopology(examplePath(name)));

  test(`${name}: planned resources, scopes and existing flags`, () => {
    for (const [type, resourceName, group, existing] of expected) {
      const resource = graph.resources.find((r) => r.type === type && r.name === resourceName);
      assert.ok(resource, `${type} ${resourceName} is missing`);
      assert.is(resource!.scope.resourceGroup, group, `${resourceName} resource group`);
      assert.is(resource!.existing, existing, `${resourceName} existing`);
    }
    for (const type of absent) assert.not.ok(graph.resources.some((r) => r.type === type), `unexpected ${type}`);
    assert.equal(graph.notes.map((n) => n.ruleId), notes);
  });

  test(`${name}: keys are unique, links and dependencies resolve`, () => {
    assert.is(new Set(graph.resources.map((r) => r.key)).size, graph.resources.length);
    assert.equal(unresolved(graph), []);
  });

  test(`${name}: moat's own rules find no error`, () => {
    const errors = runRules(graph).filter((f) => f.level === 'error');
    assert.equal(errors.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`), []);
  });
}

test.run();
