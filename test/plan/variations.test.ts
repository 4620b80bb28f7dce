import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { armGuid } from '../../src/azure/guid.js';
import { NETWORK_CONTRIBUTOR_ROLE_ID } from '../../src/azure/roles.js';
import { InputError } from '../../src/errors.js';
import { formatResourceId } from '../../src/graph/resource-id.js';
import type { Graph } from '../../src/graph/types.js';
import { getPath, RuntimeValue } from '../../src/graph/value.js';
import { runRules } from '../../src/lint/engine.js';
import { planTopology } from '../../src/plan/index.js';
import { asJson, find, get, label, load, plan, topologyText, type Overrides } from './support.js';

const ZONE = 'Microsoft.Network/privateDnsZones';
const LINK = 'Microsoft.Network/privateDnsZones/virtualNetworkLinks';
const ZONE_GROUP = 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups';
const PE = 'Microsoft.Network/privateEndpoints';
const NSG = 'Microsoft.Network/networkSecurityGroups';
const VNET = 'Microsoft.Network/virtualNetworks';
const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';
const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';
const CLUSTER = 'Microsoft.ContainerService/managedClusters';
const ROLE = 'Microsoft.Authorization/roleAssignments';
const IDENTITY = 'Microsoft.ManagedIdentity/userAssignedIdentities';

const count = (graph: Graph, type: string): number => graph.resources.filter((r) => r.type === type).length;

// [zones mode, zones, existing zones, VNet links, zone groups]
const ZONES: [string, Overrides, number, number, number, number][] = [
  ['create', { network: { privateDns: { zones: 'create' } } }, 6, 0, 6, 5],
  ['existing', { network: { privateDns: { zones: 'existing', resourceGroup: 'rg-dns' } } }, 6, 6, 0, 5],
  ['none', { network: { privateDns: { zones: 'none' } } }, 0, 0, 0, 0],
];
for (const [mode, overrides, zones, existing, links, groups] of ZONES) {
  test(`privateDns.zones ${mode}: zones, links and zone groups`, () => {
    const graph = plan(overrides);
    assert.is(count(graph, ZONE), zones);
    assert.is(graph.resources.filter((r) => r.type === ZONE && r.existing).length, existing);
    assert.is(count(graph, LINK), links);
    assert.is(count(graph, ZONE_GROUP), groups);
    assert.is(count(graph, PE), 5);
  });
}

// [case, network overrides, DNS servers the VNet has, private-endpoint-dns-missing warnings]
const CUSTOM_DNS: [string, Overrides, string[] | undefined, number][] = [
  ['zones none without DNS servers: the endpoints warn', { network: { privateDns: { zones: 'none' } } }, undefined, 5],
  ['zones none with DNS servers on a new VNet', { network: { vnet: { dnsServers: ['10.10.4.4', '10.10.4.5'] }, privateDns: { zones: 'none' } } }, ['10.10.4.4', '10.10.4.5'], 0],
  ['zones none with the DNS servers an existing VNet has', { network: { vnet: { existing: true, name: 'vnet-hub', dnsServers: ['10.20.0.4'] }, privateDns: { zones: 'none' } } }, ['10.20.0.4'], 0],
  ['zones create with DNS servers', { network: { vnet: { dnsServers: ['10.10.4.4'] } } }, ['10.10.4.4'], 0],
];
for (const [name, overrides, servers, warnings] of CUSTOM_DNS) {
  test(`custom DNS, ${name}: dhcpOptions.dnsServers from network.vnet.dnsServers; warnings at the zones: none line`, () => {
    const text = topologyText(overrides);
    const graph = planTopology(load(text));
    const vnet = get(graph, VNET);
    assert.equal(getPath(vnet.properties, 'dhcpOptions.dnsServers'), servers);
    const found = runRules(graph).filter((f) => f.ruleId === 'private-endpoint-dns-missing');
    const zonesLine = text.split('\n').findIndex((line) => line.includes('zones: none')) + 1;
    assert.equal(found.map((f) => f.line), Array(warnings).fill(zonesLine));
  });
}

test('existing zones are referenced in their resource group from the zone groups', () => {
  const graph = plan({ network: { privateDns: { zones: 'existing', resourceGroup: 'rg-dns' } } });
  const group = get(graph, ZONE_GROUP, 'pe-mlw-contoso-amlworkspace/default');
  assert.equal(asJson(getPath(group.properties, 'privateDnsZoneConfigs')), [
    { name: 'privatelink-api-azureml-ms', properties: { privateDnsZoneId: { $link: '/subscriptions/{subscriptionId}/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.api.azureml.ms' } } },
    { name: 'privatelink-notebooks-azure-net', properties: { privateDnsZoneId: { $link: '/subscriptions/{subscriptionId}/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.notebooks.azure.net' } } },
  ]);
});

// [cloud, zone names]
const CLOUDS: [string, string[]][] = [
  ['AzureCloud', ['privatelink.blob.core.windows.net', 'privatelink.file.core.windows.net', 'privatelink.vaultcore.azure.net', 'privatelink.azurecr.io', 'privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net']],
  ['AzureUSGovernment', ['privatelink.blob.core.usgovcloudapi.net', 'privatelink.file.core.usgovcloudapi.net', 'privatelink.vaultcore.usgovcloudapi.net', 'privatelink.azurecr.us', 'privatelink.api.ml.azure.us', 'privatelink.notebooks.usgovcloudapi.net']],
  ['AzureChinaCloud', ['privatelink.blob.core.chinacloudapi.cn', 'privatelink.file.core.chinacloudapi.cn', 'privatelink.vaultcore.azure.cn', 'privatelink.azurecr.cn', 'privatelink.api.ml.azure.cn', 'privatelink.notebooks.chinacloudapi.cn']],
];
for (const [cloud, names] of CLOUDS) {
  test(`cloud ${cloud}: the cloud's own private DNS zones, and no error finding`, () => {
    const graph = plan({ cloud });
    assert.equal(graph.resources.filter((r) => r.type === ZONE).map((r) => r.name), names);
    assert.equal(runRules(graph).filter((f) => f.level === 'error').map((f) => f.message), []);
  });
}

const regionalOutbound = (region: string): [string, number, string][] => [
  ['allow-out-AzureActiveDirectory', 100, 'AzureActiveDirectory'],
  ['allow-out-AzureMachineLearning', 101, 'AzureMachineLearning'],
  ['allow-out-AzureResourceManager', 102, 'AzureResourceManager'],
  [`allow-out-Storage.${region}`, 103, `Storage.${region}`],
  [`allow-out-AzureContainerRegistry.${region}`, 104, `AzureContainerRegistry.${region}`],
  ['allow-out-AzureFrontDoor.FirstParty', 105, 'AzureFrontDoor.FirstParty'],
  ['allow-out-MicrosoftContainerRegistry', 106, 'MicrosoftContainerRegistry'],
  ['deny-out-internet', 4000, 'Internet'],
];
// [name, overrides, outbound rules as [name, priority, destination]]
const OUTBOUND: [string, Overrides, [string, number, string][]][] = [
  ['open', {}, []],
  ['restricted', { network: { nsg: { outbound: 'restricted' } } }, regionalOutbound('eastus2')],
  ['restricted, cluster in its own region', { network: { nsg: { outbound: 'restricted' } }, aks: { location: 'westus2' } }, regionalOutbound('westus2')],
];
for (const [name, overrides, expected] of OUTBOUND) {
  test(`outbound ${name}: rule list and order, and nsg-outbound-blocks-acr stays silent`, () => {
    const graph = plan(overrides);
    const rules = getPath(get(graph, NSG).properties, 'securityRules') as { name: string; properties: { direction: string; priority: number; destinationAddressPrefix: string; access: string } }[];
    const outbound = rules.filter((r) => r.properties.direction === 'Outbound');
    assert.equal(outbound.map((r) => [r.name, r.properties.priority, r.properties.destinationAddressPrefix]), expected);
    assert.ok(outbound.slice(0, -1).every((r) => r.properties.access === 'Allow'));
    assert.equal(runRules(graph).filter((f) => f.ruleId === 'nsg-outbound-blocks-acr'), []);
  });
}

// [load balancer, compute's scoring properties, inbound destination]
const LOAD_BALANCERS: [string, Overrides, object, string][] = [
  ['internal, default subnet', { aks: { loadBalancer: 'internal' } }, { clusterPurpose: 'FastProd', loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'snet-aks' }, '10.10.0.0/22'],
  [
    'internal, scoring subnet',
    {
      network: { subnets: [{ purpose: 'aks', addressPrefix: '10.10.0.0/22' }, { purpose: 'privateEndpoints', addressPrefix: '10.10.4.0/24' }, { name: 'snet-scoring', purpose: 'scoringLoadBalancer', addressPrefix: '10.10.5.0/28' }] },
      aks: { loadBalancer: 'internal' },
    },
    { clusterPurpose: 'FastProd', loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'snet-scoring' },
    '10.10.5.0/28',
  ],
  ['public', { aks: { loadBalancer: 'public' } }, { clusterPurpose: 'FastProd', loadBalancerType: 'PublicIp' }, '*'],
];
for (const [name, overrides, scoring, destination] of LOAD_BALANCERS) {
  test(`load balancer ${name}: compute settings and the scoring inbound rule`, () => {
    const graph = plan({ ...overrides, network: { ...((overrides['network'] as object) ?? {}), nsg: { scoringInbound: [{ name: 'corp', sourceAddressPrefix: '203.0.113.0/24', ports: [443, 8443] }] } } });
    const properties = asJson(getPath(get(graph, COMPUTE).properties, 'properties')) as Record<string, unknown>;
    const { agentCount: _count, agentVmSize: _size, aksNetworkingConfiguration: _net, ...rest } = properties;
    assert.equal(rest, scoring);
    const [inbound] = getPath(get(graph, NSG).properties, 'securityRules') as { name: string; properties: Record<string, unknown> }[];
    assert.is(inbound!.name, 'allow-scoring-corp');
    assert.equal(inbound!.properties, {
      priority: 100,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourceAddressPrefix: '203.0.113.0/24',
      sourcePortRange: '*',
      destinationAddressPrefix: destination,
      destinationPortRanges: ['443', '8443'],
    });
  });
}

const EXISTING_CLUSTER = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod';
// [provisioning, overrides, types present, compute properties (JSON) checks]
const PROVISIONING: [string, Overrides, string[], Record<string, unknown>][] = [
  [
    'workspace',
    {},
    [COMPUTE],
    {
      computeType: 'AKS',
      'properties.agentCount': 3,
      'properties.aksNetworkingConfiguration': {
        subnetId: { $link: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet-contoso/subnets/snet-aks' },
        serviceCidr: '10.0.0.0/16',
        dnsServiceIP: '10.0.0.10',
        dockerBridgeCidr: '172.17.0.1/16',
      },
    },
  ],
  [
    'cluster',
    { aks: { provisioning: 'cluster' } },
    [COMPUTE, CLUSTER, IDENTITY, ROLE],
    { computeType: 'AKS', resourceId: { $link: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/aks-contoso' } },
  ],
  [
    'existing',
    { aks: { provisioning: 'existing', resourceId: EXISTING_CLUSTER, principalId: '11111111-2222-3333-4444-555555555555' } },
    [COMPUTE, CLUSTER, ROLE],
    { computeType: 'AKS', resourceId: { $link: EXISTING_CLUSTER } },
  ],
];
for (const [name, overrides, types, checks] of PROVISIONING) {
  test(`provisioning ${name}: resources and the compute's shape`, () => {
    const graph = plan(overrides);
    for (const type of types) assert.ok(find(graph, type), `${type} missing: ${graph.resources.map(label).join(', ')}`);
    const compute = get(graph, COMPUTE);
    assert.is(compute.name, 'mlw-contoso/aks-compute');
    for (const [path, expected] of Object.entries(checks)) assert.equal(asJson(getPath(compute.properties, path)), expected, path);
    assert.equal(runRules(graph).filter((f) => f.level === 'error').map((f) => f.message), []);
  });
}

test('provisioning cluster: identity, Network Contributor on the VNet group, then the cluster', () => {
  const graph = plan({ network: { vnet: { resourceGroup: 'rg-net' } }, aks: { provisioning: 'cluster', privateCluster: true } });
  const identity = get(graph, IDENTITY, 'id-aks-contoso');
  const role = get(graph, ROLE);
  const cluster = get(graph, CLUSTER, 'aks-contoso');
  assert.is(role.scope.resourceGroup, 'rg-net');
  assert.is(
    role.name,
    armGuid('/subscriptions/{subscriptionId}/resourceGroups/rg-net', formatResourceId(identity.id), `/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${NETWORK_CONTRIBUTOR_ROLE_ID}`),
  );
  const principal = getPath(role.properties, 'principalId');
  assert.ok(principal instanceof RuntimeValue && principal.ref.kind === 'property' && principal.ref.property === 'principalId');
  assert.equal(asJson(getPath(role.properties, 'roleDefinitionId')), { $link: `/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${NETWORK_CONTRIBUTOR_ROLE_ID}` });
  assert.ok(cluster.dependsOn.includes(role.key) && role.dependsOn.includes(identity.key));
  assert.equal(Object.keys(getPath(cluster.identity, 'userAssignedIdentities') as object), [formatResourceId(identity.id)]);
  assert.equal(asJson(getPath(cluster.properties, 'networkProfile')), { networkPlugin: 'azure', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10', loadBalancerSku: 'standard' });
  assert.is(getPath(cluster.properties, 'apiServerAccessProfile.enablePrivateCluster'), true);
  assert.ok(get(graph, COMPUTE).dependsOn.includes(cluster.key));
  assert.equal(graph.notes, []);
});

// [case, overrides, post-deploy note data (undefined: no note)]
const POST_DEPLOY: [string, Overrides, Record<string, string> | undefined][] = [
  [
    'workspace-created cluster',
    { network: { vnet: { resourceGroup: 'rg-net' } } },
    { vnetName: 'vnet-contoso', vnetResourceGroup: 'rg-net', workspaceName: 'mlw-contoso', workspaceResourceGroup: '', computeName: 'aks-compute', roleDefinitionId: NETWORK_CONTRIBUTOR_ROLE_ID },
  ],
  [
    'existing cluster without principalId',
    { aks: { provisioning: 'existing', resourceId: EXISTING_CLUSTER } },
    { vnetName: 'vnet-contoso', vnetResourceGroup: '', workspaceName: 'mlw-contoso', workspaceResourceGroup: '', computeName: 'aks-compute', roleDefinitionId: NETWORK_CONTRIBUTOR_ROLE_ID, clusterResourceId: EXISTING_CLUSTER },
  ],
  ['existing cluster with principalId', { aks: { provisioning: 'existing', resourceId: EXISTING_CLUSTER, principalId: '11111111-2222-3333-4444-555555555555' } }, undefined],
];
for (const [name, overrides, data] of POST_DEPLOY) {
  test(`post-deployment Network Contributor note: ${name}`, () => {
    const graph = plan(overrides);
    const notes = graph.notes.filter((n) => n.ruleId === 'network-contributor-post-deploy');
    assert.equal(notes.map((n) => n.data), data ? [data] : []);
    if (!data) assert.is(getPath(get(graph, ROLE).properties, 'principalId'), '11111111-2222-3333-4444-555555555555');
  });
}

test('an existing VNet in another resource group: referenced with its subnets, a new subnet created after the previous one', () => {
  const graph = plan({
    network: {
      vnet: { existing: true, name: 'vnet-hub', resourceGroup: 'rg-net' },
      subnets: [
        { name: 'snet-aks', purpose: 'aks', addressPrefix: '10.10.0.0/22' },
        { purpose: 'privateEndpoints', addressPrefix: '10.10.4.0/24', existing: false },
        { purpose: 'other', addressPrefix: '10.10.5.0/24', existing: false },
      ],
    },
    aks: { provisioning: 'cluster' },
  });
  const vnet = get(graph, VNET, 'vnet-hub');
  assert.ok(vnet.existing);
  assert.equal(asJson(vnet.properties), { addressSpace: { addressPrefixes: ['10.10.0.0/16'] } });
  const subnets = graph.resources.filter((r) => r.type === SUBNET);
  assert.equal(subnets.map((s) => [s.name, s.existing, s.scope.resourceGroup]), [
    ['vnet-hub/snet-aks', true, 'rg-net'],
    ['vnet-hub/snet-privateendpoints', false, 'rg-net'],
    ['vnet-hub/snet-other', false, 'rg-net'],
  ]);
  assert.equal(subnets[2]!.dependsOn, [subnets[1]!.key]);
  assert.is(get(graph, ROLE).scope.resourceGroup, 'rg-net');
  assert.is(find(graph, NSG), undefined);
});

test('an existing AKS subnet with NSG rules: the NSG is planned, not associated, and a note says so', () => {
  const graph = plan({ network: { vnet: { existing: true, name: 'vnet-hub', resourceGroup: 'rg-net' }, nsg: { outbound: 'restricted' } } });
  const nsg = get(graph, NSG);
  assert.is(nsg.scope.resourceGroup, 'rg-net');
  assert.equal(getPath(get(graph, SUBNET, 'vnet-hub/snet-aks').properties, 'networkSecurityGroup'), undefined);
  assert.equal(graph.notes.map((n) => n.ruleId), ['nsg-association-post-deploy', 'network-contributor-post-deploy']);
});

test('managedClusters gets no dockerBridgeCidr (its API rejects it); the AML compute keeps it', () => {
  const cluster = get(plan({ aks: { provisioning: 'cluster', dockerBridgeCidr: '172.18.0.1/16' } }), CLUSTER);
  assert.is(getPath(cluster.properties, 'networkProfile.dockerBridgeCidr'), undefined);
  const compute = get(plan({ aks: { dockerBridgeCidr: '172.18.0.1/16' } }), COMPUTE);
  assert.is(getPath(compute.properties, 'properties.aksNetworkingConfiguration.dockerBridgeCidr'), '172.18.0.1/16');
});

test('inference.aci: a referenced container group in the VNet, which aci-private-workspace reports', () => {
  const graph = plan({ inference: { aci: true } });
  const group = get(graph, 'Microsoft.ContainerInstance/containerGroups');
  assert.ok(group.existing);
  assert.equal(runRules(graph).filter((f) => f.level === 'error').map((f) => f.ruleId), ['aci-private-workspace']);
});

test('dependencies without a private endpoint keep public access; with one they refuse it', () => {
  const open = plan({ workspace: { storage: { privateEndpoint: [] }, keyVault: { privateEndpoint: false } } });
  assert.is(getPath(get(open, 'Microsoft.Storage/storageAccounts').properties, 'publicNetworkAccess'), 'Enabled');
  assert.is(getPath(get(open, 'Microsoft.KeyVault/vaults').properties, 'publicNetworkAccess'), 'Enabled');
  const closed = plan();
  assert.is(getPath(get(closed, 'Microsoft.Storage/storageAccounts').properties, 'publicNetworkAccess'), 'Disabled');
  assert.is(getPath(get(closed, 'Microsoft.MachineLearningServices/workspaces').properties, 'publicNetworkAccess'), 'Disabled');
});

test('an aks.resourceId that is not a managed cluster ID (the schema stops it; the planner too) is an InputError at its line', () => {
  const loaded = load(topologyText({ aks: { provisioning: 'existing', resourceId: EXISTING_CLUSTER } }));
  loaded.topology!.aks.resourceId = '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm';
  try {
    planTopology(loaded);
    assert.unreachable('should throw');
  } catch (error) {
    assert.instance(error, InputError);
    assert.match((error as InputError).describe(), /^topology\.yaml:\d+:\d+: aks\.resourceId .* is not the resource ID of a managed cluster/);
  }
});

test('the same topology plans to the same graph', () => {
  const overrides: Overrides = { aks: { provisioning: 'cluster' }, network: { nsg: { outbound: 'restricted' } } };
  assert.equal(JSON.stringify(plan(overrides)), JSON.stringify(plan(overrides)));
});

test.run();
