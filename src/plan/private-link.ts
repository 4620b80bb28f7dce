/**
 * Private endpoints (with their DNS zone groups) for the workspace and its
 * dependencies, and the private DNS zones they register in: created and linked
 * to the VNet (`zones: create`), referenced (`existing`), or left to the
 * user's own DNS (`none`). Zone names come from the cloud table, so a
 * sovereign cloud gets its own suffixes.
 */
import { CLOUDS, type PrivateLinkGroup } from '../azure/clouds.js';
import type { GraphResource } from '../graph/types.js';
import type { Topology } from '../topology/types.js';
import { linkTo, tagsOf, type PlanBuilder } from './builder.js';
import type { NetworkPlan } from './network.js';

export interface EndpointRequest {
  target: GraphResource;
  group: PrivateLinkGroup;
  /** topology path that asked for the endpoint */
  requestedBy: string;
}

const ZONE = 'Microsoft.Network/privateDnsZones';

/** Zone config names must be unique in a zone group; dots are allowed but read badly. */
const configName = (zone: string): string => zone.replace(/\./g, '-');

function planZones(builder: PlanBuilder, topology: Topology, network: NetworkPlan, groups: PrivateLinkGroup[]): Map<string, GraphResource> {
  const { zones: mode, resourceGroup } = topology.network.privateDns;
  const zones = new Map<string, GraphResource>();
  if (mode === 'none') return zones;
  const names = [...new Set(groups.flatMap((g) => CLOUDS[topology.cloud].privateDnsZones[g]))];
  for (const name of names) {
    const zone = builder.add({
      type: ZONE,
      name,
      resourceGroup,
      existing: mode === 'existing',
      location: mode === 'create' ? 'global' : undefined,
      tags: mode === 'create' ? tagsOf(topology.tags) : undefined,
      properties: {},
      declaredBy: 'network.privateDns.zones',
    });
    zones.set(name, zone);
    if (mode === 'create') {
      builder.add({
        type: 'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
        name: `${name}/link-${network.vnet.name as string}`,
        resourceGroup,
        location: 'global',
        tags: tagsOf(topology.tags),
        properties: { registrationEnabled: false, virtualNetwork: { id: linkTo(network.vnet) } },
        declaredBy: 'network.privateDns.zones',
        valuesFrom: { 'properties.virtualNetwork.id': 'network.vnet' },
      });
    }
  }
  return zones;
}

export function planPrivateLink(builder: PlanBuilder, topology: Topology, network: NetworkPlan, requests: EndpointRequest[]): GraphResource[] {
  const zones = planZones(builder, topology, network, requests.map((r) => r.group));
  const subnetPath = `network.subnets.${network.privateEndpoints.index}`;
  return requests.map(({ target, group, requestedBy }) => {
    const name = `pe-${target.name as string}-${group}`;
    const endpoint = builder.add({
      type: 'Microsoft.Network/privateEndpoints',
      name,
      resourceGroup: undefined,
      location: network.location,
      tags: tagsOf(topology.tags),
      properties: {
        subnet: { id: network.privateEndpoints.link },
        privateLinkServiceConnections: [{ name, properties: { privateLinkServiceId: linkTo(target), groupIds: [group] } }],
      },
      // with custom DNS, whether the endpoint's name resolves is up to `zones: none` (and the VNet's DNS servers)
      declaredBy: topology.network.privateDns.zones === 'none' ? 'network.privateDns.zones' : requestedBy,
      valuesFrom: {
        location: 'location',
        'properties.subnet.id': subnetPath,
        'properties.privateLinkServiceConnections.0.properties.privateLinkServiceId': requestedBy,
        'properties.privateLinkServiceConnections.0.properties.groupIds': requestedBy,
      },
    });
    const groupZones = CLOUDS[topology.cloud].privateDnsZones[group].map((z) => zones.get(z)).filter((z): z is GraphResource => z !== undefined);
    if (groupZones.length > 0) {
      builder.add({
        type: 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
        name: `${name}/default`,
        resourceGroup: undefined,
        properties: {
          privateDnsZoneConfigs: groupZones.map((zone) => ({ name: configName(zone.name as string), properties: { privateDnsZoneId: linkTo(zone) } })),
        },
        declaredBy: 'network.privateDns.zones',
        valuesFrom: { 'properties.privateDnsZoneConfigs': 'network.privateDns.zones' },
      });
    }
    return endpoint;
  });
}
