/**
 * A child resource finds the parent its declaration names even when both names
 * are unknown (a parameter without a value): a private endpoint's DNS zone
 * group, a VNet's subnets. Two such parents never share their children. And a
 * reference to a resource of unknown name still leads to it: a Bicep symbol,
 * or a resourceId() of the very values the resource is named with; a text
 * built from such an ID leads nowhere.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import { readBicepFile } from '../../src/frontends/bicep/evaluate.js';
import { runRules } from '../../src/lint/engine.js';

/** A private endpoint named from `suffix` (no value), to `groupId`'s service, with a zone group for `zone` declared in `style`. */
function endpoint(symbol: string, groupId: string, zone: string, style: 'parent' | 'name' | 'nested'): string {
  const group = (lead: string, name: string): string =>
    `${lead}resource ${symbol}Group 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-05-01' = {\n${lead}  ${name}\n${lead}  properties: { privateDnsZoneConfigs: [ { name: 'z', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', '${zone}') } } ] }\n${lead}}\n`;
  const body = `  name: 'pe-${symbol}-\${suffix}'\n  location: 'westus'\n  properties: {\n    subnet: { id: subnetId }\n    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: target${symbol}, groupIds: [ '${groupId}' ] } } ]\n  }\n`;
  const declared = `resource ${symbol} 'Microsoft.Network/privateEndpoints@2023-05-01' = {\n${body}`;
  if (style === 'nested') return `${declared}${group('  ', "name: 'default'").replace("'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-05-01'", "'privateDnsZoneGroups'")}}\n`;
  return `${declared}}\n${group('', style === 'parent' ? `parent: ${symbol}\n  name: 'default'` : `name: '\${${symbol}.name}/default'`)}`;
}

const HEADER = "param suffix string\nparam subnetId string\nparam targetkv string\nparam targetst string\n";

const BICEP_CASES: [name: string, text: string, expected: string[]][] = [
  ['parent: a vault zone group with the wrong zone', HEADER + endpoint('kv', 'vault', 'privatelink.vault.azure.net', 'parent'), ['private-dns-zone-mismatch']],
  ["the child's name spells out its parent ('${pe.name}/default')", HEADER + endpoint('kv', 'vault', 'privatelink.vault.azure.net', 'name'), ['private-dns-zone-mismatch']],
  ['nested in its parent', HEADER + endpoint('kv', 'vault', 'privatelink.vault.azure.net', 'nested'), ['private-dns-zone-mismatch']],
  ['two endpoints of unknown names keep their own zone groups', HEADER + endpoint('kv', 'vault', 'privatelink.vaultcore.azure.net', 'parent') + endpoint('st', 'blob', 'privatelink.blob.core.windows.net', 'name'), []],
];

for (const [name, text, expected] of BICEP_CASES) {
  test(`unknown names, Bicep: ${name}`, () => {
    const { graph, errors } = readBicepFile(text, 'main.bicep', { path: '/project/main.bicep' });
    assert.equal(errors, []);
    assert.equal(runRules(graph).filter((f) => !f.ruleId.startsWith('no-')).map((f) => f.ruleId), expected);
  });
}

/** A registry named from a parameter without a value, with a private endpoint to `reference` (`registry.id`). */
const registryWithEndpoint = (sku: string, reference = 'registry.id'): string =>
  `param name string\nparam subnetId string\nparam sku string\n` +
  `resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name: name\n  location: 'westus'\n  sku: { name: ${sku} }\n  properties: { publicNetworkAccess: 'Disabled' }\n}\n` +
  `resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {\n  name: '\${name}-pe'\n  location: 'westus'\n  properties: {\n    subnet: { id: subnetId }\n    privateLinkServiceConnections: [ { name: 'acr', properties: { privateLinkServiceId: ${reference}, groupIds: [ 'registry' ] } } ]\n  }\n}\n`;

const CHILD_SUBNET = `  properties: { addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] } }\n  resource snet 'subnets' = {\n    name: 'aks'\n    properties: { addressPrefix: '10.0.0.0/22' }\n  }\n`;
const INLINE_SUBNET = `  properties: {\n    addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }\n    subnets: [ { name: 'aks', properties: { addressPrefix: '10.0.0.0/22' } } ]\n  }\n`;

/** A cluster named from a parameter, in a subnet (`subnetId`) of a VNet named from another; `extra` adds declarations. */
const clusterInVnet = (plugin: string, extra = '', subnetId = 'vnet::snet.id', subnet = CHILD_SUBNET): string =>
  `param vnetName string\nparam aksName string\n` +
  `resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: vnetName\n  location: 'westus'\n${subnet}}\n` +
  `resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {\n  name: aksName\n  location: 'westus'\n  identity: { type: 'SystemAssigned' }\n  properties: {\n    dnsPrefix: 'x'\n    apiServerAccessProfile: { enablePrivateCluster: true }\n` +
  `    agentPoolProfiles: [ { name: 'sys', count: 3, vmSize: 'Standard_D4s_v5', mode: 'System', vnetSubnetID: ${subnetId} } ]\n    networkProfile: { networkPlugin: '${plugin}', serviceCidr: '10.1.0.0/16', dnsServiceIP: '10.1.0.10' }\n  }\n}\n` +
  extra;

const grantOn = (scope: string): string =>
  `resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: guid('nc')\n  scope: ${scope}\n  properties: {\n` +
  `    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')\n    principalId: aks.identity.principalId\n  }\n}\n`;

const ATTACH =
  `param computeName string\nresource compute 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {\n  name: computeName\n  location: 'westus'\n` +
  `  properties: { computeType: 'AKS', resourceId: aks.id, properties: { loadBalancerType: 'InternalLoadBalancer' } }\n}\n`;

/** A symbolic reference (`registry.id`) to a resource whose name is unknown still says which resource it is. */
const REFERENCE_CASES: [name: string, text: string, expected: string[]][] = [
  ["a private endpoint to a Standard registry of unknown name", registryWithEndpoint("'Standard'"), ['acr-sku-private-endpoint']],
  ['a private endpoint to a Premium registry of unknown name', registryWithEndpoint("'Premium'"), []],
  ["a private endpoint to a registry whose name and SKU are unknown", registryWithEndpoint('sku'), []],
  ['a kubenet cluster of unknown name that an AML compute attaches (aks.id)', clusterInVnet('kubenet', ATTACH + grantOn('vnet')), ['aks-network-plugin']],
  ['a kubenet cluster of unknown name that nothing attaches', clusterInVnet('kubenet', grantOn('vnet')), []],
  ['no Network Contributor on the VNet of unknown name', clusterInVnet('azure'), ['aks-network-contributor-missing']],
  ['Network Contributor on the VNet of unknown name (scope: vnet)', clusterInVnet('azure', grantOn('vnet')), []],
  ['Network Contributor on its subnet (scope: vnet::snet)', clusterInVnet('azure', grantOn('vnet::snet')), []],
  ["a private endpoint to resourceId() of a Standard registry's name parameter", registryWithEndpoint("'Standard'", "resourceId('Microsoft.ContainerRegistry/registries', name)"), ['acr-sku-private-endpoint']],
  ["a private endpoint to '${registry.id}-x', which is no registry", registryWithEndpoint("'Standard'", "'${registry.id}-x'"), []],
  ["a private endpoint to 'x${registry.id}', which is no registry", registryWithEndpoint("'Standard'", "'x${registry.id}'"), []],
  ["a private endpoint to concat(registry.id, '/x'), which is no registry", registryWithEndpoint("'Standard'", "concat(registry.id, '/x')"), []],
  ["no Network Contributor, the cluster's subnet as concat(vnet.id, '/subnets/aks')", clusterInVnet('azure', '', "concat(vnet.id, '/subnets/aks')", INLINE_SUBNET), ['aks-network-contributor-missing']],
  ["no Network Contributor, the cluster's subnet as '${vnet.id}/subnets/aks'", clusterInVnet('azure', '', "'${vnet.id}/subnets/aks'"), ['aks-network-contributor-missing']],
  ["Network Contributor on the VNet, the subnet as '${vnet.id}/subnets/aks'", clusterInVnet('azure', grantOn('vnet'), "'${vnet.id}/subnets/aks'"), []],
  ["no Network Contributor, the subnet as resourceId(..., vnet.name, 'aks')", clusterInVnet('azure', '', "resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'aks')"), ['aks-network-contributor-missing']],
  ["no Network Contributor, the subnet written inline in the VNet, as '${vnet.id}/subnets/aks'", clusterInVnet('azure', '', "'${vnet.id}/subnets/aks'", INLINE_SUBNET), ['aks-network-contributor-missing']],
  ["Network Contributor on that VNet, the subnet inline", clusterInVnet('azure', grantOn('vnet'), "'${vnet.id}/subnets/aks'", INLINE_SUBNET), []],
  ["a subnet ID to another VNet's name: no cluster subnet of this template (can't tell)", clusterInVnet('azure', '', "resourceId('Microsoft.Network/virtualNetworks/subnets', aksName, 'aks')"), []],
];

for (const [name, text, expected] of REFERENCE_CASES) {
  test(`unknown names, Bicep references: ${name}`, () => {
    const { graph, errors } = readBicepFile(text, 'main.bicep', { path: '/project/main.bicep' });
    assert.equal(errors, []);
    assert.equal(runRules(graph).filter((f) => !f.ruleId.startsWith('no-')).map((f) => f.ruleId), expected);
  });
}

/** An ARM VNet named from a parameter without a value, its subnets nested in `resources`. */
const armVnet = (prefixes: string[]): string =>
  JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { name: { type: 'string' } },
    resources: [
      {
        type: 'Microsoft.Network/virtualNetworks',
        apiVersion: '2024-05-01',
        name: "[parameters('name')]",
        location: 'westus',
        properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } },
        resources: prefixes.map((prefix, i) => ({ type: 'subnets', apiVersion: '2024-05-01', name: `s${i}`, dependsOn: [], properties: { addressPrefix: prefix } })),
      },
    ],
  });

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const armTemplate = (parameters: string[], resources: object[], variables: Record<string, string> = {}): string =>
  JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', parameters: Object.fromEntries(parameters.map((p) => [p, { type: 'string' }])), variables, resources });

const REGISTRY_ID = "resourceId('Microsoft.ContainerRegistry/registries', parameters('registryName'))";

/** A registry named `name` with a private endpoint to the expression `target`. */
const armRegistryWithEndpoint = (sku: string, name: string, target: string, extra: object[] = []): string =>
  armTemplate(['registryName', 'subnetId'], [
    { type: 'Microsoft.ContainerRegistry/registries', apiVersion: '2023-07-01', name, location: 'westus', sku: { name: sku }, properties: { publicNetworkAccess: 'Disabled' } },
    ...extra,
    {
      type: 'Microsoft.Network/privateEndpoints',
      apiVersion: '2024-05-01',
      name: "[format('{0}-pe', parameters('registryName'))]",
      location: 'westus',
      properties: {
        subnet: { id: "[parameters('subnetId')]" },
        privateLinkServiceConnections: [{ name: 'acr', properties: { privateLinkServiceId: `[${target}]`, groupIds: ['registry'] } }],
      },
    },
  ]);

const NETWORK_CONTRIBUTOR = "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')]";

/**
 * A VNet, its subnet declared at the top level and a cluster in that subnet, all
 * named from values without a value, as `bicep build` writes them (`vnet`
 * names the VNet in the subnet's name and IDs); `grant` adds a role assignment with that scope.
 */
const armClusterInVnet = (vnet: string, subnetName: string | undefined, grant?: string, variables: Record<string, string> = {}, subnetId = `resourceId('Microsoft.Network/virtualNetworks/subnets', ${vnet}, 'aks')`): string =>
  armTemplate(['vnetName', 'aksName', 'prefix'], [
    {
      type: 'Microsoft.Network/virtualNetworks',
      apiVersion: '2024-05-01',
      name: `[${vnet}]`,
      location: 'westus',
      // no subnet name: the subnet is written inline
      properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] }, ...(subnetName ? {} : { subnets: [{ name: 'aks', properties: { addressPrefix: '10.0.0.0/22' } }] }) },
    },
    ...(subnetName ? [{ type: 'Microsoft.Network/virtualNetworks/subnets', apiVersion: '2024-05-01', name: subnetName, properties: { addressPrefix: '10.0.0.0/22' } }] : []),
    {
      type: 'Microsoft.ContainerService/managedClusters',
      apiVersion: '2024-05-01',
      name: "[parameters('aksName')]",
      location: 'westus',
      identity: { type: 'SystemAssigned' },
      properties: {
        dnsPrefix: 'x',
        apiServerAccessProfile: { enablePrivateCluster: true },
        agentPoolProfiles: [{ name: 'sys', count: 3, vmSize: 'Standard_D4s_v5', mode: 'System', vnetSubnetID: `[${subnetId}]` }],
        networkProfile: { networkPlugin: 'azure', serviceCidr: '10.1.0.0/16', dnsServiceIP: '10.1.0.10' },
      },
    },
    ...(grant ? [{ type: 'Microsoft.Authorization/roleAssignments', apiVersion: '2022-04-01', scope: grant, name: "[guid('nc')]", properties: { roleDefinitionId: NETWORK_CONTRIBUTOR, principalId: "[reference(resourceId('Microsoft.ContainerService/managedClusters', parameters('aksName')), '2024-05-01', 'full').identity.principalId]" } }] : []),
  ], variables);

const VNET_ID = "resourceId('Microsoft.Network/virtualNetworks', parameters('vnetName'))";
const COMPILED_SUBNET = "[format('{0}/{1}', parameters('vnetName'), 'aks')]";
const VNET_NAME_VARIABLE = { vnetName: "[concat(parameters('prefix'), '-vnet')]" };

const ARM_CASES: [name: string, text: string, expected: string[]][] = [
  ["resourceId() of a Standard registry named from a parameter", armRegistryWithEndpoint('Standard', "[parameters('registryName')]", REGISTRY_ID), ['acr-sku-private-endpoint']],
  ["resourceId() of a Premium registry named from a parameter", armRegistryWithEndpoint('Premium', "[parameters('registryName')]", REGISTRY_ID), []],
  ["resourceId() of a registry named with an expression of its own (concat again: can't tell)", armRegistryWithEndpoint('Standard', "[concat(parameters('registryName'), 'cr')]", "resourceId('Microsoft.ContainerRegistry/registries', concat(parameters('registryName'), 'cr'))"), []],
  ["a text built from that resourceId() is no longer the registry", armRegistryWithEndpoint('Standard', "[parameters('registryName')]", `concat(${REGISTRY_ID}, '/x')`), []],
  ["an extensionResourceId() under it is not the registry either", armRegistryWithEndpoint('Standard', "[parameters('registryName')]", `extensionResourceId(${REGISTRY_ID}, 'Microsoft.Authorization/locks', 'x')`), []],
  ["resourceId() that two registries of the same parameter's name could be (can't tell)", armRegistryWithEndpoint('Standard', "[parameters('registryName')]", REGISTRY_ID, [{ type: 'Microsoft.ContainerRegistry/registries', apiVersion: '2023-07-01', name: "[parameters('registryName')]", location: 'eastus', sku: { name: 'Premium' } }]), []],
  ['no Network Contributor on a VNet named from a parameter (compiled Bicep)', armClusterInVnet("parameters('vnetName')", COMPILED_SUBNET), ['aks-network-contributor-missing']],
  ["Network Contributor on it (scope: format('Microsoft.Network/virtualNetworks/{0}', ...))", armClusterInVnet("parameters('vnetName')", COMPILED_SUBNET, "[format('Microsoft.Network/virtualNetworks/{0}', parameters('vnetName'))]"), []],
  ['Network Contributor on its subnet', armClusterInVnet("parameters('vnetName')", COMPILED_SUBNET, "[format('Microsoft.Network/virtualNetworks/{0}/subnets/{1}', parameters('vnetName'), 'aks')]"), []],
  ["no Network Contributor, the VNet named from a variable, its subnet with concat(..., '/aks')", armClusterInVnet("variables('vnetName')", "[concat(variables('vnetName'), '/aks')]", undefined, VNET_NAME_VARIABLE), ['aks-network-contributor-missing']],
  ['no Network Contributor, the subnet written inline in a VNet named from a parameter', armClusterInVnet("parameters('vnetName')", undefined), ['aks-network-contributor-missing']],
  ['Network Contributor on that VNet, the subnet inline', armClusterInVnet("parameters('vnetName')", undefined, "[format('Microsoft.Network/virtualNetworks/{0}', parameters('vnetName'))]"), []],
  ["no Network Contributor, the subnet as format('{0}/subnets/{1}', resourceId(...), 'aks') (compiled '${vnet.id}/subnets/aks')", armClusterInVnet("parameters('vnetName')", undefined, undefined, {}, `format('{0}/subnets/{1}', ${VNET_ID}, 'aks')`), ['aks-network-contributor-missing']],
  ["no Network Contributor, the subnet as concat(resourceId(...), '/subnets/aks')", armClusterInVnet("parameters('vnetName')", undefined, undefined, {}, `concat(${VNET_ID}, '/subnets/aks')`), ['aks-network-contributor-missing']],
  ["Network Contributor on that VNet, the subnet as concat(resourceId(...), '/subnets/aks')", armClusterInVnet("parameters('vnetName')", undefined, "[format('Microsoft.Network/virtualNetworks/{0}', parameters('vnetName'))]", {}, `concat(${VNET_ID}, '/subnets/aks')`), []],
  ['Network Contributor on the VNet of the variable', armClusterInVnet("variables('vnetName')", "[concat(variables('vnetName'), '/aks')]", "[format('Microsoft.Network/virtualNetworks/{0}', variables('vnetName'))]", VNET_NAME_VARIABLE), []],

  ['subnets nested in a VNet of unknown name overlap', armVnet(['10.0.0.0/24', '10.0.0.0/25']), ['subnet-overlap']],
  ['subnets nested in a VNet of unknown name, apart', armVnet(['10.0.0.0/24', '10.0.1.0/24']), []],
];

for (const [name, text, expected] of ARM_CASES) {
  test(`unknown names, ARM: ${name}`, () => {
    const { graph, errors } = readArmTemplate(text, 'azuredeploy.json');
    assert.equal(errors, []);
    assert.equal(runRules(graph).filter((f) => !f.ruleId.startsWith('no-')).map((f) => f.ruleId), expected);
  });
}

test.run();
