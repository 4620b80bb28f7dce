/**
 * A clean AML (v1) inference environment on AKS in a VNet, as a graph spec the
 * rule tests patch one value at a time: everything the guidance asks for is in
 * place, so a patched spec shows exactly one rule's finding.
 */
import type { Graph } from '../../src/graph/types.js';
import type { Unknown, ValueObject } from '../../src/graph/value.js';
import { NETWORK_CONTRIBUTOR_ROLE_ID } from '../../src/azure/roles.js';
import { graph, idOf, linkTo, resource, unknown, type ResourceOptions } from '../support/graph-builder.js';

export const T = {
  vnet: 'Microsoft.Network/virtualNetworks',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  nsg: 'Microsoft.Network/networkSecurityGroups',
  securityRule: 'Microsoft.Network/networkSecurityGroups/securityRules',
  aks: 'Microsoft.ContainerService/managedClusters',
  workspace: 'Microsoft.MachineLearningServices/workspaces',
  compute: 'Microsoft.MachineLearningServices/workspaces/computes',
  storage: 'Microsoft.Storage/storageAccounts',
  vault: 'Microsoft.KeyVault/vaults',
  registry: 'Microsoft.ContainerRegistry/registries',
  insights: 'Microsoft.Insights/components',
  pe: 'Microsoft.Network/privateEndpoints',
  zoneGroup: 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
  zone: 'Microsoft.Network/privateDnsZones',
  zoneLink: 'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
  roleAssignment: 'Microsoft.Authorization/roleAssignments',
  containerGroup: 'Microsoft.ContainerInstance/containerGroups',
} as const;

export interface Entry {
  type: string;
  name: string | Unknown;
  properties: ValueObject;
  options: ResourceOptions;
}

export type Spec = Record<string, Entry>;

export const SUBNET_AKS = idOf(T.subnet, 'vnet-contoso/snet-aks');
export const SUBNET_PE = idOf(T.subnet, 'vnet-contoso/snet-pe');
const REGION = 'eastus2';

/** group ID, target entry, zones */
const ENDPOINTS: [string, string, string, string[]][] = [
  ['pe-st-blob', 'blob', 'st', ['privatelink.blob.core.windows.net']],
  ['pe-st-file', 'file', 'st', ['privatelink.file.core.windows.net']],
  ['pe-kv', 'vault', 'kv', ['privatelink.vaultcore.azure.net']],
  ['pe-cr', 'registry', 'cr', ['privatelink.azurecr.io']],
  ['pe-mlw', 'amlworkspace', 'mlw', ['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net']],
];

export function baseline(): Spec {
  const spec: Spec = {
    vnet: {
      type: T.vnet,
      name: 'vnet-contoso',
      properties: {
        addressSpace: { addressPrefixes: ['10.10.0.0/16'] },
        subnets: [
          { name: 'snet-aks', properties: { addressPrefix: '10.10.0.0/22', networkSecurityGroup: { id: linkTo(T.nsg, 'nsg-aks') } } },
          { name: 'snet-pe', properties: { addressPrefix: '10.10.4.0/24', privateEndpointNetworkPolicies: 'Disabled' } },
        ],
      },
      options: { location: REGION },
    },
    nsg: {
      type: T.nsg,
      name: 'nsg-aks',
      properties: {
        securityRules: [
          {
            name: 'allow-corp-scoring',
            properties: { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefix: '203.0.113.0/24', sourcePortRange: '*', destinationAddressPrefix: '*', destinationPortRange: '443' },
          },
        ],
      },
      options: { location: REGION },
    },
    aks: {
      type: T.aks,
      name: 'aks-contoso',
      properties: {
        networkProfile: { networkPlugin: 'azure', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10', loadBalancerSku: 'standard' },
        agentPoolProfiles: [{ name: 'system', count: 3, maxPods: 30, vmSize: 'Standard_D4s_v5', vnetSubnetID: SUBNET_AKS }],
        apiServerAccessProfile: { enablePrivateCluster: true },
      },
      options: { apiVersion: '2024-05-01', location: REGION, identity: { type: 'SystemAssigned' } },
    },
    networkContributor: {
      type: T.roleAssignment,
      name: 'ra-aks-network',
      properties: {
        roleDefinitionId: `/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${NETWORK_CONTRIBUTOR_ROLE_ID}`,
        principalId: unknown('reference(aks).identity.principalId'),
        principalType: 'ServicePrincipal',
      },
      options: {},
    },
    mlw: {
      type: T.workspace,
      name: 'mlw-contoso',
      properties: {
        storageAccount: linkTo(T.storage, 'stcontoso'),
        keyVault: linkTo(T.vault, 'kv-contoso'),
        containerRegistry: linkTo(T.registry, 'crcontoso'),
        applicationInsights: linkTo(T.insights, 'appi-contoso'),
        publicNetworkAccess: 'Disabled',
      },
      options: { location: REGION, identity: { type: 'SystemAssigned' } },
    },
    st: { type: T.storage, name: 'stcontoso', properties: { publicNetworkAccess: 'Disabled' }, options: { location: REGION, sku: { name: 'Standard_LRS' } } },
    kv: { type: T.vault, name: 'kv-contoso', properties: { publicNetworkAccess: 'Disabled' }, options: { location: REGION } },
    cr: { type: T.registry, name: 'crcontoso', properties: { publicNetworkAccess: 'Disabled' }, options: { location: REGION, sku: { name: 'Premium' } } },
    appi: { type: T.insights, name: 'appi-contoso', properties: {}, options: { location: REGION } },
    attach: {
      type: T.compute,
      name: 'mlw-contoso/aks-compute',
      properties: {
        computeType: 'AKS',
        resourceId: linkTo(T.aks, 'aks-contoso'),
        properties: { clusterPurpose: 'FastProd', loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'snet-aks' },
      },
      options: { location: REGION },
    },
    amlCompute: {
      type: T.compute,
      name: 'mlw-contoso/aks-aml',
      properties: {
        computeType: 'AKS',
        computeLocation: REGION,
        properties: {
          agentCount: 3,
          agentVmSize: 'Standard_D4s_v5',
          clusterPurpose: 'FastProd',
          aksNetworkingConfiguration: { subnetId: SUBNET_AKS, serviceCidr: '10.1.0.0/16', dnsServiceIP: '10.1.0.10', dockerBridgeCidr: '172.17.0.1/16' },
          loadBalancerType: 'InternalLoadBalancer',
          loadBalancerSubnet: 'snet-aks',
        },
      },
      options: { location: REGION },
    },
  };
  const targets: Record<string, [string, string]> = { st: [T.storage, 'stcontoso'], kv: [T.vault, 'kv-contoso'], cr: [T.registry, 'crcontoso'], mlw: [T.workspace, 'mlw-contoso'] };
  for (const [name, group, target, zones] of ENDPOINTS) {
    spec[name] = {
      type: T.pe,
      name,
      properties: {
        subnet: { id: SUBNET_PE },
        privateLinkServiceConnections: [{ name, properties: { privateLinkServiceId: linkTo(...targets[target]!), groupIds: [group] } }],
      },
      options: { location: REGION },
    };
    spec[`${name}/default`] = {
      type: T.zoneGroup,
      name: `${name}/default`,
      properties: { privateDnsZoneConfigs: zones.map((zone) => ({ name: zone, properties: { privateDnsZoneId: linkTo(T.zone, zone) } })) },
      options: {},
    };
    for (const zone of zones) {
      spec[zone] = { type: T.zone, name: zone, properties: {}, options: { location: 'global' } };
      spec[`${zone}/link`] = { type: T.zoneLink, name: `${zone}/link-vnet`, properties: { virtualNetwork: { id: linkTo(T.vnet, 'vnet-contoso') }, registrationEnabled: false }, options: { location: 'global' } };
    }
  }
  return spec;
}

export function build(spec: Spec): Graph {
  return graph(...Object.values(spec).map((e) => resource(e.type, e.name, e.properties, e.options)));
}

/** The baseline with one change. */
export function scenario(patch: (spec: Spec) => void = () => {}): Graph {
  const spec = baseline();
  patch(spec);
  return build(spec);
}

/** A property object of an entry by dotted path ('' for `properties` itself), for patches (`at(s.aks, 'networkProfile')`). */
export function at(entry: Entry | undefined, path: string): ValueObject {
  if (!entry) throw new Error('scenario has no such entry');
  let current: unknown = entry.properties;
  for (const step of path === '' ? [] : path.split('.')) current = (current as Record<string, unknown>)[step];
  return current as ValueObject;
}
