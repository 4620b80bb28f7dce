import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sourceOf } from '../../src/graph/index.js';
import { planTopology } from '../../src/plan/index.js';
import { get, load } from './support.js';

const TEXT = `version: 1
name: contoso
location: eastus2
network:
  vnet:
    addressPrefixes: [10.10.0.0/16]
  subnets:
    - purpose: aks
      addressPrefix: 10.10.0.0/22
    - purpose: privateEndpoints
      addressPrefix: 10.10.4.0/24
  nsg:
    scoringInbound:
      - name: corp
        sourceAddressPrefix: 203.0.113.0/24
        ports: [443]
    outbound: restricted
workspace:
  containerRegistry:
    sku: Premium
aks:
  provisioning: cluster
  serviceCidr: 10.0.0.0/16
  dnsServiceIP: 10.0.0.10
  nodeCount: 4
`;

/** 1-based line of the first line containing `text`. */
const lineOf = (text: string): number => TEXT.split('\n').findIndex((l) => l.includes(text)) + 1;

const graph = planTopology(load(TEXT));

// [resource type, value path, text on the topology line it must point at]
const CASES: [string, string, string][] = [
  ['Microsoft.ContainerService/managedClusters', 'properties.networkProfile.serviceCidr', 'serviceCidr:'],
  ['Microsoft.ContainerService/managedClusters', 'properties.networkProfile.dnsServiceIP', 'dnsServiceIP:'],
  ['Microsoft.ContainerService/managedClusters', 'properties.agentPoolProfiles.0.count', 'nodeCount:'],
  ['Microsoft.ContainerService/managedClusters', 'properties.agentPoolProfiles.0.vnetSubnetID', '- purpose: aks'],
  ['Microsoft.ContainerService/managedClusters', 'properties.apiServerAccessProfile.enablePrivateCluster', 'aks:'],
  ['Microsoft.Network/virtualNetworks', 'properties.subnets.1.properties.addressPrefix', 'addressPrefix: 10.10.4.0/24'],
  ['Microsoft.Network/virtualNetworks', 'properties.subnets.0.properties.addressPrefix', 'addressPrefix: 10.10.0.0/22'],
  ['Microsoft.Network/virtualNetworks', 'properties.addressSpace.addressPrefixes.0', 'addressPrefixes:'],
  ['Microsoft.Network/networkSecurityGroups', 'properties.securityRules.0.properties.sourceAddressPrefix', 'sourceAddressPrefix:'],
  ['Microsoft.Network/networkSecurityGroups', 'properties.securityRules.0.properties.destinationPortRanges', 'ports:'],
  ['Microsoft.Network/networkSecurityGroups', 'properties.securityRules.4.properties.destinationAddressPrefix', 'aks:'],
  ['Microsoft.Network/networkSecurityGroups', 'properties.securityRules.8', 'outbound: restricted'],
  ['Microsoft.ContainerRegistry/registries', 'sku.name', 'sku: Premium'],
  ['Microsoft.MachineLearningServices/workspaces/computes', 'properties.properties.loadBalancerType', 'aks:'],
  ['Microsoft.MachineLearningServices/workspaces/computes', 'properties.resourceId', 'aks:'],
  ['Microsoft.Authorization/roleAssignments', 'properties.principalId', 'provisioning: cluster'],
];

for (const [type, path, line] of CASES) {
  test(`${type.split('/').pop()} ${path} -> the line with "${line}"`, () => {
    const source = sourceOf(get(graph, type), path);
    assert.is(source.file, 'topology.yaml');
    assert.is(source.line, lineOf(line));
  });
}

test('every resource is declared at a line of the topology', () => {
  const lines = TEXT.split('\n').length;
  for (const resource of graph.resources) assert.ok(resource.source.line >= 1 && resource.source.line <= lines, `${resource.key}: ${resource.source.line}`);
});

test.run();
