/**
 * Views over a graph (subnets, clusters, private endpoints, ...) are built once
 * per GraphIndex and shared by every rule that reads them, so a lint run does
 * the whole-graph pass for each view once, not once per rule.
 */
import type { GraphIndex } from './index.js';
import { parentKey as parentKeyOf, parseResourceId, resourceKey } from './resource-id.js';
import type { GraphResource } from './types.js';
import { getPath, isUnknown, ResourceLink, Unknown, UnknownResourceId, type Value, type ValueObject } from './value.js';

export function memoView<T>(index: GraphIndex, name: string, build: (index: GraphIndex) => T): T {
  const views = index.views;
  if (!views.has(name)) views.set(name, build(index));
  return views.get(name) as T;
}

/**
 * The resource key a reference value names (a link or an ID string), whether or
 * not that resource is in the graph; `Unknown` when the value is unknown,
 * `undefined` when it isn't a reference.
 */
export function refKey(value: Value | undefined): string | Unknown | undefined {
  if (value instanceof UnknownResourceId) return value.resource?.key ?? value.below?.key ?? value;
  if (isUnknown(value)) return value;
  if (value instanceof ResourceLink) return value.key;
  if (typeof value === 'string') {
    const id = parseResourceId(value);
    return id ? resourceKey(id) : undefined;
  }
  return undefined;
}

/** The key of the parent of a referenced child resource (the VNet of a subnet ID). */
export function parentRefKey(value: Value | undefined): string | Unknown | undefined {
  if (value instanceof UnknownResourceId) {
    const resource = value.resource;
    return (resource ? parentKey(resource) : value.below?.parentKey) ?? value;
  }
  if (isUnknown(value)) return value;
  if (value instanceof ResourceLink) return value.parentKey;
  const id = typeof value === 'string' ? parseResourceId(value) : undefined;
  return id && parentKeyOf(id);
}

/** Case-insensitive comparison of a known string value; `Unknown` stays unknown. */
export function equalsIgnoreCase(value: Value | undefined, expected: string): boolean | Unknown | undefined {
  if (isUnknown(value)) return value;
  if (typeof value !== 'string') return undefined;
  return value.toLowerCase() === expected.toLowerCase();
}

/** The last segment of a (possibly nested) resource name, or `Unknown`. */
export function shortName(name: string | Unknown): string | Unknown {
  return isUnknown(name) ? name : name.split('/').pop()!;
}

/** A name for messages: the name, or `?` with the reason when unknown. */
export function displayName(name: string | Unknown): string {
  return isUnknown(name) ? '(unknown name)' : name;
}

/**
 * A value of a resource by the same dotted path as `valueSources`
 * (`properties.networkProfile.serviceCidr`, `sku.name`, `location`).
 */
export function valueAt(resource: GraphResource, path: string): Value | undefined {
  // most paths are under properties: read them there without making the root object
  if (path.startsWith(PROPERTIES_PREFIX)) return getPath(resource.properties, path, 1);
  const root: ValueObject = { properties: resource.properties };
  for (const key of ['location', 'tags', 'sku', 'kind', 'identity', 'zones'] as const) {
    const value = resource[key];
    if (value !== undefined) root[key] = value;
  }
  return getPath(root, path);
}

const PROPERTIES_PREFIX = 'properties.';

/** Appends to the list under a key (a multimap), in O(1). */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The key of a child resource's parent (the VNet of a `virtualNetworks/subnets`
 * resource): the parent its declaration names, else the one its ID names;
 * `undefined` when neither can tell, a child with an unknown name whose ID
 * is only a placeholder that several resources may share.
 */
export function parentKey(child: GraphResource): string | undefined {
  if (child.parent) return child.parent.key;
  if (isUnknown(child.name)) return undefined;
  return parentKeyOf(child.id);
}
