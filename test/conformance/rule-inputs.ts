/**
 * What the rules read from a graph, in a form two graphs can be compared by:
 * each resource's identity (type, lowercase name, scope) and, per resource
 * type, the value paths the rules of design.md §6 read (found by reading
 * src/lint/rules and the views in src/graph). References to other resources
 * (links or ID strings) compare by resource key, since the planner writes
 * links and a template writes resourceId() strings; every unknown compares
 * as one marker, since the planner's runtime values (a principal ID read from
 * a resource) are plain unknowns once written as reference() in a template.
 */
import { parseResourceId, resourceKey } from '../../src/graph/resource-id.js';
import type { Graph, GraphResource, Scope } from '../../src/graph/types.js';
import { isObject, ResourceLink, Unknown, type Value } from '../../src/graph/value.js';
import { valueAt } from '../../src/graph/views.js';

const CONNECTION = ['privateLinkServiceId', 'groupIds'];
const ADDRESSING = ['addressPrefix', 'addressPrefixes', 'serviceEndpoints', 'networkSecurityGroup.id'];
const under = (base: string, leaves: readonly string[]): string[] => leaves.map((leaf) => `${base}.${leaf}`);

/**
 * Paths (dotted, `*` for every array item) the rules read, by lowercase
 * resource type. `apiVersion`, `location` and `existing` are compared for every resource.
 */
export const RULE_INPUTS: Record<string, readonly string[]> = {
  'microsoft.network/virtualnetworks': [
    'properties.addressSpace.addressPrefixes',
    'properties.dhcpOptions.dnsServers',
    'properties.subnets.*.name',
    ...under('properties.subnets.*.properties', ADDRESSING),
  ],
  'microsoft.network/virtualnetworks/subnets': under('properties', ADDRESSING),
  'microsoft.network/networksecuritygroups': ['properties.securityRules'],
  'microsoft.network/networksecuritygroups/securityrules': ['properties'],
  'microsoft.containerservice/managedclusters': [
    'identity',
    'properties.networkProfile',
    'properties.apiServerAccessProfile',
    ...under('properties.agentPoolProfiles.*', ['count', 'maxPods', 'vnetSubnetID', 'podSubnetID', 'enableAutoScaling', 'maxCount']),
  ],
  'microsoft.machinelearningservices/workspaces': under('properties', ['storageAccount', 'keyVault', 'containerRegistry', 'publicNetworkAccess', 'allowPublicAccessWhenBehindVnet']),
  // properties.properties: loadBalancerType, loadBalancerSubnet, agentCount, aksNetworkingConfiguration
  'microsoft.machinelearningservices/workspaces/computes': under('properties', ['computeType', 'resourceId', 'computeLocation', 'properties']),
  'microsoft.storage/storageaccounts': ['sku.name', 'properties.publicNetworkAccess'],
  'microsoft.keyvault/vaults': ['properties.publicNetworkAccess'],
  'microsoft.containerregistry/registries': ['sku.name', 'properties.publicNetworkAccess'],
  'microsoft.network/privateendpoints': [
    'properties.subnet.id',
    ...under('properties.privateLinkServiceConnections.*.properties', CONNECTION),
    ...under('properties.manualPrivateLinkServiceConnections.*.properties', CONNECTION),
  ],
  'microsoft.network/privateendpoints/privatednszonegroups': ['properties.privateDnsZoneConfigs.*.properties.privateDnsZoneId'],
  'microsoft.network/privatednszones/virtualnetworklinks': ['properties.virtualNetwork.id'],
  'microsoft.authorization/roleassignments': under('properties', ['roleDefinitionId', 'principalId', 'scope']),
  'microsoft.containerinstance/containergroups': ['properties.subnetIds'],
};

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

function normalizeText(text: string): string {
  const id = parseResourceId(text);
  return id ? `<ref ${resourceKey(id)}>` : text;
}

/** A value as the rules compare it: references by key, unknowns as one marker. */
export function normalize(value: Value): Plain {
  if (value instanceof Unknown) return '<unknown>';
  if (value instanceof ResourceLink) return `<ref ${resourceKey(value.target)}>`;
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (isObject(value)) {
    const result: { [key: string]: Plain } = {};
    // property names can be references too (userAssignedIdentities)
    for (const key of Object.keys(value).sort()) result[normalizeText(key)] = normalize(value[key]!);
    return result;
  }
  return value;
}

/** Every concrete path a pattern with `*` names on a resource, with its value. */
function expand(resource: GraphResource, pattern: string): [string, Value][] {
  const star = pattern.indexOf('.*');
  if (star < 0) {
    const value = valueAt(resource, pattern);
    return value === undefined ? [] : [[pattern, value]];
  }
  const head = pattern.slice(0, star);
  const list = valueAt(resource, head);
  if (list instanceof Unknown) return [[head, list]];
  if (!Array.isArray(list)) return [];
  return list.flatMap((_, i) => expand(resource, `${head}.${i}${pattern.slice(star + 2)}`));
}

const scopePart = (part: string | Unknown | undefined): string => (part instanceof Unknown ? '<unknown>' : (part ?? '(deployment)').toLowerCase());

export function scopeText(scope: Scope): string {
  return `${scope.level}:${scopePart(scope.subscription)}/${scopePart(scope.resourceGroup)}`;
}

/** `type name @ scope`, lowercase, the identity the round trip compares. */
export function identity(resource: GraphResource): string {
  const name = resource.name instanceof Unknown ? '<unknown>' : resource.name.toLowerCase();
  return `${resource.type.toLowerCase()} ${name} @ ${scopeText(resource.scope)}`;
}

/** A resource's rule inputs: concrete path -> normalized value. */
export function ruleInputs(resource: GraphResource): Record<string, Plain> {
  const inputs: Record<string, Plain> = { apiVersion: resource.apiVersion, existing: resource.existing };
  if (resource.location !== undefined) inputs.location = normalize(resource.location);
  for (const pattern of RULE_INPUTS[resource.type.toLowerCase()] ?? []) {
    for (const [path, value] of expand(resource, pattern)) inputs[path] = normalize(value);
  }
  return inputs;
}

/** The resources a template deploys (not `existing`), by identity, with their rule inputs. */
export function deployedInputs(graph: Graph): Map<string, Record<string, Plain>> {
  const result = new Map<string, Record<string, Plain>>();
  for (const resource of graph.resources) if (!resource.existing) result.set(identity(resource), ruleInputs(resource));
  return result;
}
