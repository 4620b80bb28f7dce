/**
 * Known what-if noise: property changes ARM predicts that a deployment will
 * not make, because the property is read-only (set by Azure) or a default the
 * provider fills in when the template leaves it out. moat shows them dimmed
 * and counts them apart; `--show-noise` prints them as az does.
 *
 * A path pattern is a dotted property path; `*` matches one segment (an array
 * index or a key), `**` any number of segments. `only` limits a rule to some
 * property change types: a provider default only counts as noise when the
 * template leaves it out (what-if then predicts a Delete), never when the
 * template sets another value.
 */
import type { PropertyChange, PropertyChangeType, ResourceChange } from './types.js';

export interface NoiseRule {
  /** Resource type (case-insensitive), or `*` for every type. */
  resourceType: string;
  path: string;
  why: string;
  only?: readonly PropertyChangeType[];
}

const READ_ONLY = 'read-only, set by Azure';
const DEFAULT = 'provider default, filled in when the template leaves it out';
const CHILD = 'managed through its own child resources';
const DELETE_ONLY = ['Delete'] as const;

const rule = (resourceType: string, paths: string[], why: string, only?: readonly PropertyChangeType[]): NoiseRule[] =>
  paths.map((p) => ({ resourceType, path: p, why, ...(only ? { only } : {}) }));

export const NOISE_RULES: readonly NoiseRule[] = [
  ...rule('*', ['**.provisioningState', '**.etag', '**.resourceGuid', 'systemData'], READ_ONLY),
  ...rule('Microsoft.Network/virtualNetworks', ['properties.subnets.*.id', 'properties.subnets.*.type'], READ_ONLY, DELETE_ONLY),
  ...rule(
    'Microsoft.Network/virtualNetworks',
    [
      'properties.enableDdosProtection',
      'properties.subnets.*.properties.privateEndpointNetworkPolicies',
      'properties.subnets.*.properties.privateLinkServiceNetworkPolicies',
      'properties.subnets.*.properties.delegations',
    ],
    DEFAULT,
    DELETE_ONLY,
  ),
  ...rule('Microsoft.Network/virtualNetworks', ['properties.virtualNetworkPeerings'], CHILD, DELETE_ONLY),
  ...rule('Microsoft.Network/virtualNetworks/subnets', ['properties.privateEndpointNetworkPolicies', 'properties.privateLinkServiceNetworkPolicies', 'properties.delegations'], DEFAULT, DELETE_ONLY),
  ...rule('Microsoft.Network/networkSecurityGroups', ['properties.defaultSecurityRules', 'properties.subnets', 'properties.networkInterfaces'], READ_ONLY),
  ...rule('Microsoft.Network/networkSecurityGroups', ['properties.securityRules.*.id', 'properties.securityRules.*.type'], READ_ONLY, DELETE_ONLY),
  ...rule(
    'Microsoft.Network/networkSecurityGroups',
    ['sourcePortRanges', 'destinationPortRanges', 'sourceAddressPrefixes', 'destinationAddressPrefixes'].map((p) => `properties.securityRules.*.properties.${p}`),
    DEFAULT,
    DELETE_ONLY,
  ),
  ...rule('Microsoft.Network/privateEndpoints', ['properties.customDnsConfigs', 'properties.networkInterfaces', 'properties.privateLinkServiceConnections.*.properties.privateLinkServiceConnectionState'], READ_ONLY),
  ...rule('Microsoft.Network/privateEndpoints', ['properties.privateLinkServiceConnections.*.id', 'properties.privateLinkServiceConnections.*.type'], READ_ONLY, DELETE_ONLY),
  ...rule('Microsoft.Network/privateEndpoints', ['properties.customNetworkInterfaceName', 'properties.ipConfigurations', 'properties.manualPrivateLinkServiceConnections'], DEFAULT, DELETE_ONLY),
  ...rule(
    'Microsoft.Network/privateDnsZones',
    ['numberOfRecordSets', 'maxNumberOfRecordSets', 'numberOfVirtualNetworkLinks', 'maxNumberOfVirtualNetworkLinks', 'numberOfVirtualNetworkLinksWithRegistration', 'maxNumberOfVirtualNetworkLinksWithRegistration', 'internalId'].map((p) => `properties.${p}`),
    READ_ONLY,
  ),
  ...rule('Microsoft.Network/privateDnsZones/virtualNetworkLinks', ['properties.virtualNetworkLinkState'], READ_ONLY),
  ...rule(
    'Microsoft.Storage/storageAccounts',
    ['properties.primaryEndpoints', 'properties.primaryLocation', 'properties.statusOfPrimary', 'properties.creationTime', 'properties.keyCreationTime', 'properties.encryption.services.*.lastEnabledTime', 'properties.privateEndpointConnections'],
    READ_ONLY,
  ),
  ...rule('Microsoft.Storage/storageAccounts', ['properties.encryption.services.*.keyType', 'properties.networkAcls.ipv6Rules'], DEFAULT, DELETE_ONLY),
  ...rule('Microsoft.KeyVault/vaults', ['properties.vaultUri', 'properties.privateEndpointConnections'], READ_ONLY),
  ...rule('Microsoft.ContainerRegistry/registries', ['properties.loginServer', 'properties.creationDate', 'properties.dataEndpointHostNames', 'properties.privateEndpointConnections', 'properties.policies.*.lastUpdatedTime'], READ_ONLY),
  ...rule('Microsoft.ContainerRegistry/registries', ['properties.policies', 'properties.encryption', 'properties.zoneRedundancy'], DEFAULT, DELETE_ONLY),
  ...rule(
    'Microsoft.ContainerService/managedClusters',
    ['properties.fqdn', 'properties.azurePortalFQDN', 'properties.privateFQDN', 'properties.maxAgentPools', 'properties.currentKubernetesVersion', 'properties.powerState', 'properties.agentPoolProfiles.*.nodeImageVersion', 'properties.agentPoolProfiles.*.currentOrchestratorVersion', 'properties.agentPoolProfiles.*.powerState', 'properties.networkProfile.loadBalancerProfile.effectiveOutboundIPs'],
    READ_ONLY,
  ),
  ...rule('Microsoft.ContainerService/managedClusters', ['properties.nodeResourceGroup', 'properties.identityProfile'], DEFAULT, DELETE_ONLY),
  ...rule(
    'Microsoft.MachineLearningServices/workspaces',
    ['properties.workspaceId', 'properties.discoveryUrl', 'properties.mlFlowTrackingUri', 'properties.notebookInfo', 'properties.privateLinkCount', 'properties.serviceProvisionedResourceGroup', 'properties.tenantId', 'properties.storageHnsEnabled', 'properties.privateEndpointConnections'],
    READ_ONLY,
  ),
  ...rule('Microsoft.MachineLearningServices/workspaces/computes', ['properties.createdOn', 'properties.modifiedOn', 'properties.isAttachedCompute', 'properties.provisioningErrors', 'properties.properties.systemServices', 'properties.properties.clusterFqdn'], READ_ONLY),
  ...rule('Microsoft.Insights/components', ['AppId', 'InstrumentationKey', 'ConnectionString', 'CreationDate', 'TenantId', 'Name'].map((p) => `properties.${p}`), READ_ONLY),
];

export interface NoisyProperty {
  /** Full path from the resource root, array indexes as segments. */
  path: string;
  change: PropertyChange;
  why: string;
}

/** A resource change with its property changes split into what matters and known noise. */
export interface ClassifiedChange {
  change: ResourceChange;
  signal: PropertyChange[];
  noise: NoisyProperty[];
}

/** Resource type of an ARM resource ID: `Microsoft.Network/virtualNetworks/subnets` for a subnet. */
export function resourceTypeOf(resourceId: string): string {
  const at = resourceId.toLowerCase().lastIndexOf('/providers/');
  if (at < 0) return /\/resourcegroups\/[^/]+$/i.test(resourceId) ? 'Microsoft.Resources/resourceGroups' : 'Microsoft.Resources/subscriptions';
  const parts = resourceId.slice(at + '/providers/'.length).split('/');
  const types = [parts[0], ...parts.slice(1).filter((_, i) => i % 2 === 0)];
  return types.join('/');
}

export function classify(change: ResourceChange, rules: readonly NoiseRule[] = NOISE_RULES): ClassifiedChange {
  const type = resourceTypeOf(change.resourceId).toLowerCase();
  const applicable = rules.filter((r) => r.resourceType === '*' || r.resourceType.toLowerCase() === type);
  const noise: NoisyProperty[] = [];
  const signal = split(change.delta ?? [], [], applicable, noise);
  return { change, signal, noise };
}

/** Keeps the changes that are not noise; a parent whose children are all noise goes too. */
function split(changes: PropertyChange[], prefix: string[], rules: NoiseRule[], noise: NoisyProperty[]): PropertyChange[] {
  const kept: PropertyChange[] = [];
  for (const change of changes) {
    const full = [...prefix, ...change.path.split('.').filter((s) => s !== '')];
    const hit = rules.find((r) => (!r.only || r.only.includes(change.propertyChangeType)) && matches(r.path.split('.'), full));
    if (hit) {
      noise.push({ path: full.join('.'), change, why: hit.why });
      continue;
    }
    if (change.children && change.children.length > 0) {
      const children = split(change.children, full, rules, noise);
      if (children.length > 0) kept.push({ ...change, children });
    } else {
      kept.push(change);
    }
  }
  return kept;
}

function matches(pattern: string[], path: string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern;
  if (head === '**') return path.some((_, i) => matches(rest, path.slice(i))) || matches(rest, []);
  if (path.length === 0) return false;
  return (head === '*' || head!.toLowerCase() === path[0]!.toLowerCase()) && matches(rest, path.slice(1));
}

/** A Modify whose every property change is known noise: the deployment would change nothing. */
export function isNoiseOnly(c: ClassifiedChange): boolean {
  return c.change.changeType === 'Modify' && c.signal.length === 0 && c.noise.length > 0;
}
