/**
 * Structured Azure resource IDs. Scope parts left undefined mean "the
 * deployment's own" subscription or resource group; they print as placeholders
 * that parse back to undefined, so IDs built from `resourceGroup().id` and from
 * `resourceId(...)` meet in one key.
 */
export const DEPLOYMENT_SUBSCRIPTION = '{subscriptionId}';
export const DEPLOYMENT_RESOURCE_GROUP = '{resourceGroupName}';

export type ScopeLevel = 'resourceGroup' | 'subscription' | 'tenant' | 'managementGroup';

export interface ResourceId {
  level: ScopeLevel;
  subscription?: string;
  resourceGroup?: string;
  managementGroup?: string;
  /** full type, e.g. Microsoft.Network/virtualNetworks/subnets */
  type: string;
  /** full name, e.g. vnet-contoso/snet-aks */
  name: string;
}

export function formatResourceId(id: ResourceId): string {
  const path = providerPath(id.type, id.name);
  switch (id.level) {
    case 'tenant':
      return path;
    case 'managementGroup':
      return `/providers/Microsoft.Management/managementGroups/${id.managementGroup ?? ''}${path}`;
    case 'subscription':
      return `/subscriptions/${id.subscription ?? DEPLOYMENT_SUBSCRIPTION}${path}`;
    case 'resourceGroup':
      return `/subscriptions/${id.subscription ?? DEPLOYMENT_SUBSCRIPTION}/resourceGroups/${id.resourceGroup ?? DEPLOYMENT_RESOURCE_GROUP}${path}`;
  }
}

/**
 * `/providers/Ns/type1/name1/type2/name2...`: each type segment after the
 * namespace with its name segment (empty when the name has fewer). Read with
 * indexOf rather than split: every resource key is made here.
 */
function providerPath(type: string, name: string): string {
  let nameEnd = name.indexOf('/');
  const namespaceEnd = type.indexOf('/');
  // a top-level resource, most of them: the type and name as they are
  if (nameEnd < 0 && namespaceEnd >= 0 && type.indexOf('/', namespaceEnd + 1) < 0) return `/providers/${type}/${name}`;
  const firstName = nameEnd < 0 ? name : name.slice(0, nameEnd);
  if (namespaceEnd < 0) return `/providers/${type}/undefined/${firstName}`;
  let typeStart = namespaceEnd + 1;
  let typeEnd = type.indexOf('/', typeStart);
  let path = `/providers/${type.slice(0, namespaceEnd)}/${type.slice(typeStart, typeEnd < 0 ? type.length : typeEnd)}/${firstName}`;
  while (typeEnd >= 0) {
    typeStart = typeEnd + 1;
    typeEnd = type.indexOf('/', typeStart);
    const nameStart = nameEnd < 0 ? -1 : nameEnd + 1;
    nameEnd = nameStart < 0 ? -1 : name.indexOf('/', nameStart);
    const nameSegment = nameStart < 0 ? '' : name.slice(nameStart, nameEnd < 0 ? name.length : nameEnd);
    path += `/${type.slice(typeStart, typeEnd < 0 ? type.length : typeEnd)}/${nameSegment}`;
  }
  return path;
}

const SLASH = 47;

/** Parses a resource ID string; `undefined` when it isn't one. */
export function parseResourceId(text: string): ResourceId | undefined {
  // most strings asked about are names, prefixes and the like: ruled out before splitting
  if (text.charCodeAt(0) !== SLASH) return undefined;
  const parts = text.split('/');
  if (parts[0] !== '' || parts.length < 5) return undefined;
  let i = 1;
  let level: ScopeLevel = 'tenant';
  let subscription: string | undefined;
  let resourceGroup: string | undefined;
  let managementGroup: string | undefined;
  if (parts[i]?.toLowerCase() === 'subscriptions') {
    subscription = parts[i + 1];
    level = 'subscription';
    i += 2;
    if (parts[i]?.toLowerCase() === 'resourcegroups') {
      resourceGroup = parts[i + 1];
      level = 'resourceGroup';
      i += 2;
    }
  } else if (parts[i]?.toLowerCase() === 'providers' && parts[i + 1]?.toLowerCase() === 'microsoft.management' && parts[i + 2]?.toLowerCase() === 'managementgroups') {
    managementGroup = parts[i + 3];
    level = 'managementGroup';
    i += 4;
  }
  if (parts[i]?.toLowerCase() !== 'providers') return undefined;
  const rest = parts.slice(i + 1);
  if (rest.length < 3 || rest.length % 2 === 0) return undefined;
  const namespace = rest[0]!;
  const types = [namespace];
  const names: string[] = [];
  for (let j = 1; j < rest.length; j += 2) {
    types.push(rest[j]!);
    names.push(rest[j + 1]!);
  }
  const id: ResourceId = { level, type: types.join('/'), name: names.join('/') };
  if (subscription !== undefined && subscription !== DEPLOYMENT_SUBSCRIPTION) id.subscription = subscription;
  if (resourceGroup !== undefined && resourceGroup !== DEPLOYMENT_RESOURCE_GROUP) id.resourceGroup = resourceGroup;
  if (managementGroup !== undefined) id.managementGroup = managementGroup;
  return id;
}

/** Case-insensitive identity of a resource, as ARM compares IDs. */
export function resourceKey(id: ResourceId): string {
  return formatResourceId(id).toLowerCase();
}

/** The key of a child below a resource's key (`{vnet key}/subnets/aks`): what resourceKey() gives for the child's ID. */
export const childKey = (parentKey: string, type: string, name: string): string => `${parentKey}/${type}/${name}`.toLowerCase();

/** The key of the parent resource (the VNet of a subnet), if it has one. */
export function parentKey(id: ResourceId): string | undefined {
  const parent = parentId(id);
  return parent ? resourceKey(parent) : undefined;
}

/** The ID of the parent resource (`.../virtualNetworks/vnet` for a subnet), if any. */
export function parentId(id: ResourceId): ResourceId | undefined {
  const typeEnd = id.type.lastIndexOf('/');
  if (typeEnd <= id.type.indexOf('/')) return undefined;
  const nameEnd = id.name.lastIndexOf('/');
  return { ...id, type: id.type.slice(0, typeEnd), name: nameEnd < 0 ? '' : id.name.slice(0, nameEnd) };
}
