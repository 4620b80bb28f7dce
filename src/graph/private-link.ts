/**
 * Private endpoints, what they connect to, where they sit and their DNS zone
 * groups, indexed by target so a rule asks "does this storage account have a
 * private endpoint, and in which VNet" in O(1).
 */
import type { GraphIndex } from './index.js';
import type { GraphResource } from './types.js';
import { getPath, isUnknown, Unknown } from './value.js';
import { addTo, memoView, parentKey, refKey } from './views.js';
import { networkView } from './network.js';

export const PRIVATE_ENDPOINT = 'Microsoft.Network/privateEndpoints';
export const ZONE_GROUP = 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups';

export interface Connection {
  /** key of the private link resource (storage account, vault, ...) */
  target: string | Unknown | undefined;
  groupIds: (string | Unknown)[] | Unknown;
  path: string;
}

export interface EndpointView {
  resource: GraphResource;
  /** key of the VNet the endpoint's subnet is in (also for VNets outside the graph) */
  vnetKey: string | Unknown | undefined;
  connections: Connection[];
  zoneGroups: GraphResource[];
}

export interface PrivateLinkView {
  endpoints: EndpointView[];
  /** endpoints connecting to a resource */
  endpointsOf(targetKey: string): readonly EndpointView[];
  /** whether some endpoint's target can't be known (then "has no endpoint" can't be told) */
  someTargetUnknown: boolean;
  /** zone groups whose endpoint can't be told (their name is unknown): any endpoint may have one */
  orphanZoneGroups: GraphResource[];
}

function connectionsOf(endpoint: GraphResource): Connection[] {
  const result: Connection[] = [];
  for (const list of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
    const connections = getPath(endpoint.properties, list);
    if (isUnknown(connections)) {
      result.push({ target: connections, groupIds: connections, path: `properties.${list}` });
      continue;
    }
    if (!Array.isArray(connections)) continue;
    connections.forEach((connection, i) => {
      const path = `properties.${list}.${i}.properties`;
      const properties = getPath(connection, 'properties');
      const groups = getPath(properties, 'groupIds');
      result.push({
        target: refKey(getPath(properties, 'privateLinkServiceId')),
        groupIds: isUnknown(groups)
          ? groups
          : Array.isArray(groups)
            ? groups.map((g) => (typeof g === 'string' || isUnknown(g) ? g : new Unknown('group ID is not a string')))
            : [],
        path,
      });
    });
  }
  return result;
}

function buildPrivateLinkView(index: GraphIndex): PrivateLinkView {
  const zoneGroups = new Map<string, GraphResource[]>();
  const orphanZoneGroups: GraphResource[] = [];
  for (const group of index.byType(ZONE_GROUP)) {
    const key = parentKey(group);
    if (key === undefined) orphanZoneGroups.push(group);
    else addTo(zoneGroups, key, group);
  }
  const byTarget = new Map<string, EndpointView[]>();
  let someTargetUnknown = false;
  const endpoints = index.byType(PRIVATE_ENDPOINT).map((resource) => {
    const view: EndpointView = {
      resource,
      vnetKey: networkView(index).vnetKeyOf(getPath(resource.properties, 'subnet.id')),
      connections: connectionsOf(resource),
      zoneGroups: zoneGroups.get(resource.key) ?? [],
    };
    for (const connection of view.connections) {
      if (typeof connection.target === 'string') addTo(byTarget, connection.target, view);
      else someTargetUnknown = true;
    }
    return view;
  });
  return { endpoints, endpointsOf: (key) => byTarget.get(key) ?? [], someTargetUnknown, orphanZoneGroups };
}

export function privateLinkView(index: GraphIndex): PrivateLinkView {
  return memoView(index, 'private-link', buildPrivateLinkView);
}

/**
 * Whether a resource has a private endpoint: true, false, or Unknown when
 * some endpoint's target is unknown, or when its only endpoints may not be
 * deployed (their condition is unknown: a loop over an array moat can't read).
 */
export function hasPrivateEndpoint(index: GraphIndex, resource: GraphResource): boolean | Unknown {
  const view = privateLinkView(index);
  const endpoints = view.endpointsOf(resource.key);
  if (endpoints.some((e) => !(e.resource.condition instanceof Unknown))) return true;
  if (endpoints.length > 0) return new Unknown('its private endpoints may not be deployed');
  return view.someTargetUnknown ? new Unknown('a private endpoint connects to an unknown resource') : false;
}
