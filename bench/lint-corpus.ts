/**
 * Generated ARM templates for the lint bench: deterministic (seeded), written
 * at bench time, never committed. Each template is built from blocks of the
 * AML-on-AKS shape (VNet + subnets, NSG, storage/Key Vault/registry with
 * private endpoints and DNS, AKS, workspace, role assignment) with the
 * expressions real templates use, so the front end and every rule do real work.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../test/support/fuzz.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

type Json = unknown;
type Block = (n: number, net: number) => Json[];

const loc = "[parameters('location')]";
const nameOf = (kind: string, n: number): string => `[concat(parameters('prefix'), '-${kind}-${n}')]`;
const idOf = (type: string, kind: string, n: number): string => `[resourceId('${type}', concat(parameters('prefix'), '-${kind}-${n}'))]`;

const network: Block = (n, net) => [
  {
    type: 'Microsoft.Network/virtualNetworks',
    apiVersion: '2024-05-01',
    name: nameOf('vnet', n),
    location: loc,
    tags: "[parameters('tags')]",
    properties: {
      addressSpace: { addressPrefixes: [`10.${net}.0.0/16`] },
      subnets: [
        { name: 'snet-aks', properties: { addressPrefix: `10.${net}.0.0/22`, networkSecurityGroup: { id: idOf('Microsoft.Network/networkSecurityGroups', 'nsg', n) } } },
        { name: 'snet-pe', properties: { addressPrefix: `10.${net}.4.0/24`, privateEndpointNetworkPolicies: 'Disabled' } },
      ],
    },
    dependsOn: [idOf('Microsoft.Network/networkSecurityGroups', 'nsg', n)],
  },
  {
    type: 'Microsoft.Network/networkSecurityGroups',
    apiVersion: '2024-05-01',
    name: nameOf('nsg', n),
    location: loc,
    properties: {
      securityRules: [
        { name: 'scoring-in', properties: { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefix: '203.0.113.0/24', sourcePortRange: '*', destinationAddressPrefix: 'VirtualNetwork', destinationPortRange: '443' } },
        { name: 'acr-out', properties: { priority: 110, direction: 'Outbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefix: 'VirtualNetwork', sourcePortRange: '*', destinationAddressPrefix: "[concat('AzureContainerRegistry.', parameters('location'))]", destinationPortRange: '443' } },
      ],
    },
  },
];

const privateStorage: Block = (n) => [
  {
    type: 'Microsoft.Storage/storageAccounts',
    apiVersion: '2023-05-01',
    name: `[toLower(concat(parameters('prefix'), 'st${n}'))]`,
    location: loc,
    sku: { name: 'Standard_LRS' },
    kind: 'StorageV2',
    properties: { publicNetworkAccess: 'Disabled', minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false },
  },
  {
    type: 'Microsoft.Network/privateEndpoints',
    apiVersion: '2024-05-01',
    name: nameOf('pe-blob', n),
    location: loc,
    properties: {
      subnet: { id: `[resourceId('Microsoft.Network/virtualNetworks/subnets', concat(parameters('prefix'), '-vnet-${n}'), 'snet-pe')]` },
      privateLinkServiceConnections: [
        { name: 'blob', properties: { privateLinkServiceId: `[resourceId('Microsoft.Storage/storageAccounts', toLower(concat(parameters('prefix'), 'st${n}')))]`, groupIds: ['blob'] } },
      ],
    },
  },
  {
    type: 'Microsoft.Network/privateDnsZones',
    apiVersion: '2020-06-01',
    name: `[concat('privatelink.blob.', environment().suffixes.storage)]`,
    location: 'global',
    properties: {},
  },
  {
    type: 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
    apiVersion: '2024-05-01',
    name: `[concat(parameters('prefix'), '-pe-blob-${n}/default')]`,
    properties: {
      privateDnsZoneConfigs: [
        { name: 'blob', properties: { privateDnsZoneId: `[resourceId('Microsoft.Network/privateDnsZones', concat('privatelink.blob.', environment().suffixes.storage))]` } },
      ],
    },
    dependsOn: [idOf('Microsoft.Network/privateEndpoints', 'pe-blob', n)],
  },
];

const keyVaultAndRegistry: Block = (n) => [
  {
    type: 'Microsoft.KeyVault/vaults',
    apiVersion: '2023-07-01',
    name: nameOf('kv', n),
    location: loc,
    properties: { tenantId: '[subscription().tenantId]', sku: { family: 'A', name: 'standard' }, publicNetworkAccess: 'Disabled', enableRbacAuthorization: true },
  },
  {
    type: 'Microsoft.ContainerRegistry/registries',
    apiVersion: '2023-07-01',
    name: `[toLower(concat(parameters('prefix'), 'cr${n}'))]`,
    location: loc,
    sku: { name: "[if(parameters('premium'), 'Premium', 'Standard')]" },
    properties: { publicNetworkAccess: 'Disabled', adminUserEnabled: false },
  },
];

const cluster: Block = (n, net) => [
  {
    type: 'Microsoft.ContainerService/managedClusters',
    apiVersion: '2024-05-01',
    name: nameOf('aks', n),
    location: loc,
    identity: { type: 'SystemAssigned' },
    properties: {
      dnsPrefix: nameOf('aks', n),
      agentPoolProfiles: [
        {
          name: 'system',
          count: "[parameters('nodeCount')]",
          vmSize: 'Standard_D4s_v5',
          maxPods: 30,
          mode: 'System',
          vnetSubnetID: `[resourceId('Microsoft.Network/virtualNetworks/subnets', concat(parameters('prefix'), '-vnet-${n}'), 'snet-aks')]`,
        },
      ],
      networkProfile: { networkPlugin: 'azure', serviceCidr: `10.${200 + (net % 50)}.0.0/16`, dnsServiceIP: `10.${200 + (net % 50)}.0.10`, loadBalancerSku: 'standard' },
      apiServerAccessProfile: { enablePrivateCluster: true },
    },
    dependsOn: [idOf('Microsoft.Network/virtualNetworks', 'vnet', n)],
  },
  {
    type: 'Microsoft.Authorization/roleAssignments',
    apiVersion: '2022-04-01',
    name: `[guid(resourceGroup().id, '${n}', 'network-contributor')]`,
    properties: {
      roleDefinitionId: "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')]",
      principalId: `[reference(resourceId('Microsoft.ContainerService/managedClusters', concat(parameters('prefix'), '-aks-${n}')), '2024-05-01', 'Full').identity.principalId]`,
      principalType: 'ServicePrincipal',
    },
  },
];

const workspace: Block = (n) => [
  {
    type: 'Microsoft.MachineLearningServices/workspaces',
    apiVersion: '2024-04-01',
    name: nameOf('mlw', n),
    location: loc,
    identity: { type: 'SystemAssigned' },
    properties: {
      storageAccount: `[resourceId('Microsoft.Storage/storageAccounts', toLower(concat(parameters('prefix'), 'st${n}')))]`,
      keyVault: idOf('Microsoft.KeyVault/vaults', 'kv', n),
      containerRegistry: `[resourceId('Microsoft.ContainerRegistry/registries', toLower(concat(parameters('prefix'), 'cr${n}')))]`,
      publicNetworkAccess: 'Disabled',
    },
  },
];

const publicIps: Block = (n) => [
  {
    type: 'Microsoft.Network/publicIPAddresses',
    apiVersion: '2024-05-01',
    name: `[concat(parameters('prefix'), '-pip-${n}-', copyIndex())]`,
    location: loc,
    sku: { name: 'Standard' },
    copy: { name: `pips${n}`, count: 3 },
    properties: { publicIPAllocationMethod: 'Static' },
  },
];

const BLOCKS: Block[] = [network, privateStorage, keyVaultAndRegistry, cluster, workspace, publicIps];

function header(resources: Json[]): Json {
  return {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: {
      location: { type: 'string', defaultValue: '[resourceGroup().location]' },
      prefix: { type: 'string', defaultValue: 'contoso' },
      nodeCount: { type: 'int', defaultValue: 3 },
      premium: { type: 'bool', defaultValue: true },
      tags: { type: 'object', defaultValue: { env: 'bench' } },
    },
    variables: { owner: 'bench' },
    resources,
    outputs: { prefix: { type: 'string', value: "[parameters('prefix')]" } },
  };
}

/** How many resources a block list expands to (copy loops counted). */
function countOf(resources: Json[]): number {
  return resources.reduce<number>((sum, r) => sum + ((r as { copy?: { count: number } }).copy?.count ?? 1), 0);
}

/** A template of about `size` resources. */
export function template(size: number, seed: number): string {
  const resources: Json[] = [];
  for (let n = 0; countOf(resources) < size; n++) resources.push(...BLOCKS[(seed + n) % BLOCKS.length]!(n, n % 200));
  return JSON.stringify(header(resources), null, 2) + '\n';
}

/**
 * One template with 5,000 resources from copy loops: ARM caps one loop at 800,
 * so an outer copy of 10 nested deployments each copies 500 subnets-and-NSG
 * resources, the way large templates reach that size.
 */
export function copyLoopTemplate(): string {
  const inner = {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: { index: { type: 'int' } },
    resources: [
      {
        type: 'Microsoft.Network/networkSecurityGroups',
        apiVersion: '2024-05-01',
        name: "[concat('nsg-', parameters('index'), '-', copyIndex())]",
        location: '[resourceGroup().location]',
        copy: { name: 'nsgs', count: 500 },
        properties: {
          securityRules: [
            { name: 'in', properties: { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefix: "[cidrSubnet('10.0.0.0/8', 24, copyIndex())]", sourcePortRange: '*', destinationAddressPrefix: '*', destinationPortRange: '443' } },
          ],
        },
      },
    ],
  };
  const outer = header([
    {
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: "[concat('part-', copyIndex())]",
      copy: { name: 'parts', count: 10 },
      properties: {
        mode: 'Incremental',
        expressionEvaluationOptions: { scope: 'inner' },
        parameters: { index: { value: '[copyIndex()]' } },
        template: inner,
      },
    },
  ]);
  return JSON.stringify(outer, null, 2) + '\n';
}

export interface Corpus {
  root: string;
  templates: string[];
  parameters: Map<string, string>;
  bytes: number;
  resources: number;
}

/** `count` templates of 10..500 resources (log-uniform: most templates are small), a quarter with parameters files. */
export function writeCorpus(root: string, count: number, seed = 1): Corpus {
  const next = seededRandom(seed);
  const corpus: Corpus = { root, templates: [], parameters: new Map(), bytes: 0, resources: 0 };
  for (let i = 0; i < count; i++) {
    const size = Math.round(Math.exp(Math.log(10) + next() * (Math.log(500) - Math.log(10))));
    const dir = path.join(root, `team-${i % 40}`, `app-${i}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'azuredeploy.json');
    const text = template(size, i);
    writeFileSync(file, text);
    corpus.templates.push(file);
    corpus.bytes += text.length;
    corpus.resources += size;
    if (i % 4 === 0) {
      const parameters = path.join(dir, 'azuredeploy.parameters.json');
      const values = { $schema: PARAMETERS_SCHEMA, contentVersion: '1.0.0.0', parameters: { prefix: { value: `app${i}` }, nodeCount: { value: 5 } } };
      writeFileSync(parameters, JSON.stringify(values, null, 2));
      corpus.parameters.set(file, parameters);
    }
  }
  return corpus;
}
