/**
 * Subnets and VNet address space, whichever way a template declares them:
 * inline in `virtualNetworks.properties.subnets` or as
 * `virtualNetworks/subnets` child resources. Rules read subnets only through
 * this view.
 */
import type { GraphIndex } from './index.js';
import type { GraphResource } from './types.js';
import { childKey } from './resource-id.js';
import { getPath, isUnknown, Unknown, type Value } from './value.js';
import { addTo, displayName, memoView, parentKey, parentRefKey, refKey, shortName } from './views.js';
import { overlaps, parseCidr, type Cidr, type Family } from '../net/cidr.js';

const VNET = 'Microsoft.Network/virtualNetworks';
const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';

/** One address prefix with the value path it was read from. */
export interface PrefixValue {
  text: string | Unknown;
  path: string;
}

export interface SubnetView {
  /** key of the subnet's resource ID; undefined when its name is unknown */
  key: string | undefined;
  name: string | Unknown;
  /** undefined when a child subnet's name (and so its VNet) is unknown */
  vnetKey: string | undefined;
  vnet: GraphResource | undefined;
  /** the resource holding the subnet's values (the VNet for inline subnets) */
  resource: GraphResource;
  /** path of the subnet object on `resource`: '' for a child resource, `properties.subnets.N` inline */
  path: string;
  /** `properties` of the subnet */
  properties: Value | undefined;
  prefixes: PrefixValue[] | Unknown;
}

export interface NetworkView {
  subnets: SubnetView[];
  subnetsOfVnet(vnetKey: string): readonly SubnetView[];
  /** the subnet a reference names; undefined when it isn't in this graph */
  subnet(ref: Value | undefined): SubnetView | Unknown | undefined;
  /** the VNet key of a subnet reference, also for VNets outside this graph */
  vnetKeyOf(subnetRef: Value | undefined): string | Unknown | undefined;
}

const join = (base: string, rest: string): string => (base === '' ? rest : `${base}.${rest}`);

/** The prefixes of an address-prefix holder (`addressPrefix` and/or `addressPrefixes`). */
function readPrefixes(holder: Value | undefined, basePath: string, singular: string | undefined, plural: string): PrefixValue[] | Unknown {
  if (isUnknown(holder)) return holder;
  const result: PrefixValue[] = [];
  if (singular) {
    const one = getPath(holder, singular);
    if (isUnknown(one) || typeof one === 'string') result.push({ text: one, path: join(basePath, singular) });
  }
  const many = getPath(holder, plural);
  if (isUnknown(many)) return many;
  if (Array.isArray(many)) {
    many.forEach((item, i) => {
      if (isUnknown(item) || typeof item === 'string') result.push({ text: item, path: join(basePath, `${plural}.${i}`) });
    });
  }
  return result;
}

/** The VNet's address space. */
export function vnetPrefixes(vnet: GraphResource): PrefixValue[] | Unknown {
  return readPrefixes(vnet.properties, 'properties', undefined, 'addressSpace.addressPrefixes');
}

function inlineSubnets(vnet: GraphResource): SubnetView[] {
  const list = vnet.properties['subnets'];
  if (!Array.isArray(list)) return [];
  return list.map((entry, i) => {
    const path = `properties.subnets.${i}`;
    const nameValue = getPath(entry, 'name');
    const name = typeof nameValue === 'string' || isUnknown(nameValue) ? nameValue : new Unknown('subnet without a name');
    const properties = getPath(entry, 'properties');
    return {
      key: typeof name === 'string' ? childKey(vnet.key, 'subnets', name) : undefined,
      name,
      vnetKey: vnet.key,
      vnet,
      resource: vnet,
      path,
      properties,
      prefixes: readPrefixes(properties, `${path}.properties`, 'addressPrefix', 'addressPrefixes'),
    };
  });
}

function childSubnet(index: GraphIndex, subnet: GraphResource): SubnetView {
  const vnetKey = parentKey(subnet);
  return {
    key: subnet.key,
    name: shortName(subnet.name),
    vnetKey,
    vnet: vnetKey === undefined ? undefined : index.byKey(vnetKey),
    resource: subnet,
    path: '',
    properties: subnet.properties,
    prefixes: readPrefixes(subnet.properties, 'properties', 'addressPrefix', 'addressPrefixes'),
  };
}

function buildNetworkView(index: GraphIndex): NetworkView {
  const byKey = new Map<string, SubnetView>();
  const byVnet = new Map<string, SubnetView[]>();
  const subnets: SubnetView[] = [];
  const add = (view: SubnetView): void => {
    // a subnet declared both inline and as a child is one subnet: keep the first
    if (view.key !== undefined) {
      if (byKey.has(view.key)) return;
      byKey.set(view.key, view);
    }
    subnets.push(view);
    if (view.vnetKey !== undefined) addTo(byVnet, view.vnetKey, view);
  };
  for (const vnet of index.byType(VNET)) inlineSubnets(vnet).forEach(add);
  for (const subnet of index.byType(SUBNET)) add(childSubnet(index, subnet));
  return {
    subnets,
    subnetsOfVnet: (vnetKey) => byVnet.get(vnetKey) ?? [],
    subnet(ref) {
      const key = refKey(ref);
      return typeof key === 'string' ? byKey.get(key) : key;
    },
    vnetKeyOf: (ref) => parentRefKey(ref),
  };
}

export function networkView(index: GraphIndex): NetworkView {
  return memoView(index, 'network', buildNetworkView);
}

/** A prefix known statically and parsed, with where it came from. */
export interface KnownPrefix {
  cidr: Cidr;
  path: string;
  resource: GraphResource;
}

/** A CIDR from a value; `undefined` when unknown, absent or malformed (invalid-cidr reports those). */
export function cidrOf(value: Value | undefined): Cidr | undefined {
  return typeof value === 'string' ? parseCidr(value) : undefined;
}

/** The prefixes of a list that are known and well-formed. */
export function knownPrefixes(prefixes: PrefixValue[] | Unknown, resource: GraphResource): KnownPrefix[] {
  if (isUnknown(prefixes)) return [];
  return prefixes.flatMap((p) => {
    const cidr = typeof p.text === 'string' ? parseCidr(p.text) : undefined;
    return cidr ? [{ cidr, path: p.path, resource }] : [];
  });
}

export interface SubnetRanges {
  subnet: SubnetView;
  prefixes: KnownPrefix[];
}

export interface SubnetPrefix {
  subnet: SubnetView;
  prefix: KnownPrefix;
}

/** A VNet's own prefixes and its subnets' prefixes, as far as they are known. */
export interface VnetRanges {
  vnet: GraphResource | undefined;
  vnetName: string;
  prefixes: KnownPrefix[];
  subnets: SubnetRanges[];
  /** the subnet prefixes that overlap a range, in address order */
  overlapping(range: Cidr): SubnetPrefix[];
}

/**
 * Subnet prefixes sorted by start, with the running maximum of their ends, so a
 * query finds its overlaps by binary search instead of a scan of the VNet.
 */
function overlapFinder(entries: SubnetPrefix[]): (range: Cidr) => SubnetPrefix[] {
  const byFamily = new Map<Family, { items: SubnetPrefix[]; maxEnd: bigint[] }>();
  for (const family of ['ipv4', 'ipv6'] as const) {
    const items = entries.filter((e) => e.prefix.cidr.family === family).sort((a, b) => (a.prefix.cidr.start < b.prefix.cidr.start ? -1 : a.prefix.cidr.start > b.prefix.cidr.start ? 1 : 0));
    const maxEnd: bigint[] = [];
    items.forEach((e, i) => maxEnd.push(i === 0 || e.prefix.cidr.end > maxEnd[i - 1]! ? e.prefix.cidr.end : maxEnd[i - 1]!));
    byFamily.set(family, { items, maxEnd });
  }
  return (range) => {
    const { items, maxEnd } = byFamily.get(range.family)!;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (items[mid]!.prefix.cidr.start < range.start) low = mid + 1;
      else high = mid;
    }
    const found: SubnetPrefix[] = [];
    // earlier starts overlap only if they reach the range; stop when none before can
    for (let i = low - 1; i >= 0 && maxEnd[i]! >= range.start; i--) if (items[i]!.prefix.cidr.end >= range.start) found.unshift(items[i]!);
    for (let i = low; i < items.length && items[i]!.prefix.cidr.start <= range.end; i++) found.push(items[i]!);
    return found;
  };
}

/** Memoized per index: several rules ask for the ranges of each cluster's VNet. */
export function vnetRanges(index: GraphIndex, vnetKey: string): VnetRanges {
  const cache = memoView(index, 'vnet-ranges', () => new Map<string, VnetRanges>());
  let ranges = cache.get(vnetKey);
  if (!ranges) cache.set(vnetKey, (ranges = buildVnetRanges(index, vnetKey)));
  return ranges;
}

function buildVnetRanges(index: GraphIndex, vnetKey: string): VnetRanges {
  const vnet = index.byKey(vnetKey);
  const subnets = networkView(index).subnetsOfVnet(vnetKey).map((subnet) => ({ subnet, prefixes: knownPrefixes(subnet.prefixes, subnet.resource) }));
  return {
    vnet,
    vnetName: vnet ? displayName(vnet.name) : vnetKey.split('/').pop()!,
    prefixes: vnet ? knownPrefixes(vnetPrefixes(vnet), vnet) : [],
    subnets,
    overlapping: overlapFinder(subnets.flatMap(({ subnet, prefixes }) => prefixes.map((prefix) => ({ subnet, prefix })))),
  };
}

/**
 * What a cluster range (service CIDR, docker bridge) overlaps in a VNet: the
 * subnets, or, when no subnet explains it, the VNet's own address space.
 */
export function overlapsInVnet(ranges: VnetRanges, range: Cidr): string[] {
  const subnets = ranges.overlapping(range).map(({ subnet, prefix }) => describeSubnet(subnet, prefix));
  if (subnets.length > 0) return subnets;
  return ranges.prefixes.filter((p) => overlaps(p.cidr, range)).map((p) => `the address space of VNet ${ranges.vnetName} (${p.cidr.text})`);
}

/** `snet-aks (10.10.0.0/22)` */
export function describeSubnet(subnet: SubnetView, prefix: KnownPrefix): string {
  return `subnet ${displayName(subnet.name)} (${prefix.cidr.text})`;
}
