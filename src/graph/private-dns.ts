/**
 * Private DNS zones as the private-access rules need them: the zone names a
 * zone group points at, which group IDs those names are right for (in any
 * cloud), and which VNets each zone is linked to.
 */
import { CLOUD_NAMES, CLOUDS, knownZonesFor, type CloudName, type PrivateLinkGroup } from '../azure/clouds.js';
import type { GraphIndex } from './index.js';
import type { GraphResource } from './types.js';
import { getPath, isUnknown, Unknown, type Value } from './value.js';
import { memoView, parentKey, refKey, shortName, valueAt } from './views.js';
import { parseResourceId } from './resource-id.js';
import { ResourceLink } from './value.js';

export const PRIVATE_DNS_ZONE = 'Microsoft.Network/privateDnsZones';
const VNET_LINK = 'Microsoft.Network/privateDnsZones/virtualNetworkLinks';

const GROUPS: readonly PrivateLinkGroup[] = ['blob', 'file', 'vault', 'registry', 'amlworkspace'];

/** The group ID as moat knows it (`blob`, `vault`, ...), or `undefined` for others. */
export function knownGroup(groupId: string): PrivateLinkGroup | undefined {
  return GROUPS.find((g) => g === groupId.toLowerCase());
}

export interface ZoneConfig {
  group: GraphResource;
  path: string;
  zoneRef: Value | undefined;
  /** the zone's name (from the zone in the graph, else from the ID), or Unknown */
  zoneName: string | Unknown;
  zoneKey: string | Unknown | undefined;
}

/** Every zone config of a zone group, read once per index (two rules read them). */
export function zoneConfigs(index: GraphIndex, group: GraphResource): ZoneConfig[] | Unknown {
  const read = memoView(index, 'zone-configs', () => new Map<GraphResource, ZoneConfig[] | Unknown>());
  let configs = read.get(group);
  if (configs === undefined) read.set(group, (configs = readZoneConfigs(index, group)));
  return configs;
}

function readZoneConfigs(index: GraphIndex, group: GraphResource): ZoneConfig[] | Unknown {
  const configs = getPath(group.properties, 'privateDnsZoneConfigs');
  if (isUnknown(configs)) return configs;
  if (!Array.isArray(configs)) return [];
  return configs.map((_, i) => {
    const path = `properties.privateDnsZoneConfigs.${i}.properties.privateDnsZoneId`;
    const zoneRef = valueAt(group, path);
    const zone = index.resolve(zoneRef);
    const id = zoneRef instanceof ResourceLink ? zoneRef.target : typeof zoneRef === 'string' ? parseResourceId(zoneRef) : undefined;
    const zoneName: string | Unknown =
      zone && !isUnknown(zone) ? shortName(zone.name) : isUnknown(zoneRef) ? zoneRef : id ? id.name : new Unknown('no zone ID');
    return { group, path, zoneRef, zoneName, zoneKey: refKey(zoneRef) };
  });
}

/** The cloud whose zone names share the longest suffix with a name, to suggest the right zone. */
export function likelyCloud(zoneName: string): CloudName {
  const labels = zoneName.toLowerCase().split('.').reverse();
  let best: CloudName = 'AzureCloud';
  let bestScore = -1;
  for (const { cloud, labels: other } of zoneLabels()) {
    let score = 0;
    while (score < labels.length && labels[score] === other[score]) score++;
    if (score > bestScore) [best, bestScore] = [cloud, score];
  }
  return best;
}

let ZONE_LABELS: { cloud: CloudName; labels: string[] }[] | undefined;

/** Every cloud's zone names as labels from the top level down, in cloud order: split once, not per name compared. */
function zoneLabels(): { cloud: CloudName; labels: string[] }[] {
  ZONE_LABELS ??= CLOUD_NAMES.flatMap((cloud) => Object.values(CLOUDS[cloud].privateDnsZones).flat().map((zone) => ({ cloud, labels: zone.split('.').reverse() })));
  return ZONE_LABELS;
}

/** Whether a zone name is right for a group: in the given cloud, else in some cloud. */
export function zoneFitsGroup(zoneName: string, group: PrivateLinkGroup, cloud?: CloudName): boolean {
  const zones = cloud ? CLOUDS[cloud].privateDnsZones[group] : anyCloudZones(group);
  return zones.includes(zoneName.toLowerCase());
}

const ANY_CLOUD_ZONES = new Map<PrivateLinkGroup, readonly string[]>();

function anyCloudZones(group: PrivateLinkGroup): readonly string[] {
  let zones = ANY_CLOUD_ZONES.get(group);
  if (!zones) ANY_CLOUD_ZONES.set(group, (zones = knownZonesFor(group)));
  return zones;
}

/** VNet keys each zone (by key) is linked to; `unknown` marks zones with a link to an unknown VNet. */
export interface ZoneLinks {
  linkedVnets(zoneKey: string): ReadonlySet<string>;
  hasUnknownLink(zoneKey: string): boolean;
}

function buildZoneLinks(index: GraphIndex): ZoneLinks {
  const linked = new Map<string, Set<string>>();
  const unknown = new Set<string>();
  let orphanLinks = false;
  for (const link of index.byType(VNET_LINK)) {
    const zoneKey = parentKey(link);
    if (zoneKey === undefined) {
      orphanLinks = true;
      continue;
    }
    const vnet = refKey(getPath(link.properties, 'virtualNetwork.id'));
    if (typeof vnet === 'string') linked.set(zoneKey, (linked.get(zoneKey) ?? new Set()).add(vnet));
    else unknown.add(zoneKey);
  }
  // a link whose zone can't be told may be any zone's
  return { linkedVnets: (k) => linked.get(k) ?? new Set(), hasUnknownLink: (k) => orphanLinks || unknown.has(k) };
}

export function zoneLinks(index: GraphIndex): ZoneLinks {
  return memoView(index, 'zone-links', buildZoneLinks);
}
