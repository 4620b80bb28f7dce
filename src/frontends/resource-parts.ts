/**
 * Pieces of graph resources that the ARM and Bicep front ends build alike,
 * so both give the same graph for the same deployment: resource IDs with
 * unknown parts, combined conditions, the top-level fields kept as values,
 * the links a value holds, an extension resource's scope as a link, and one
 * graph resource per deployed resource.
 */
import { parseResourceId, type ResourceId } from '../graph/resource-id.js';
import type { GraphResource, Scope } from '../graph/types.js';
import { ResourceLink, Unknown, equalsIgnoringCase, isObject, unknownContent, unknownObject, type Value, type ValueObject } from '../graph/value.js';
import { LIMITS } from './arm/limits.js';

/** An ID part that can't be known; keeps keys printable and unique per name. */
export const UNKNOWN_PART = '{unknown}';

/** Top-level resource fields the graph keeps as values of their own. */
export const VALUE_FIELDS = ['location', 'tags', 'sku', 'kind', 'identity', 'zones'] as const;

/** Both conditions: false wins, then unknown. */
export function andCondition(a: boolean | Unknown, b: boolean | Unknown): boolean | Unknown {
  if (a === false || b === false) return false;
  if (a instanceof Unknown) return a;
  return b;
}

function scopePart(part: string | Unknown | undefined): string | undefined {
  return part instanceof Unknown ? UNKNOWN_PART : part;
}

export function resourceIdOf(scope: Scope, type: string, name: string | Unknown): ResourceId {
  const idName = typeof name === 'string' ? name : unknownName(type);
  const id: ResourceId = { level: scope.level, type, name: idName };
  const subscription = scopePart(scope.subscription);
  const resourceGroup = scopePart(scope.resourceGroup);
  if (subscription !== undefined) id.subscription = subscription;
  if (resourceGroup !== undefined && scope.level === 'resourceGroup') id.resourceGroup = resourceGroup;
  return id;
}

/**
 * A resource's ID, given the ID of the parent its declaration names (if any)
 * and its own name: a child whose full name is unknown only because its
 * parent's is gets the parent's placeholder with its own name, so two
 * children of one parent stay apart (and one declared twice stays one).
 */
export function resourceIdUnder(scope: Scope, type: string, name: string | Unknown, parent: ResourceId | undefined, ownName: string | Unknown): ResourceId {
  if (parent && name instanceof Unknown && typeof ownName === 'string' && !ownName.includes('/')) return { ...parent, type, name: `${parent.name}/${ownName}` };
  return resourceIdOf(scope, type, name);
}

/** A nested deployment (`Microsoft.Resources/deployments`), in any case: a Bicep module compiled to ARM, or one written by hand. */
export const isDeploymentType = (type: string): boolean => equalsIgnoringCase(type, 'Microsoft.Resources/deployments');

/** A placeholder name with one unknown part per name segment the type has. */
function unknownName(type: string): string {
  const segments = type.split('/').length - 1;
  return Array.from({ length: Math.max(1, segments) }, () => UNKNOWN_PART).join('/');
}

/**
 * A resource path split at '/', `[namespace, type, name, type, name...]`
 * (`Microsoft.Network/virtualNetworks/vnet/subnets/aks`; the namespace may be
 * '' for a path below an ID): its types and its names, in order.
 */
export function typesAndNames<T>(parts: readonly T[]): { types: T[]; names: T[] } {
  return { types: parts.filter((_, i) => i % 2 === 1), names: parts.filter((_, i) => i > 0 && i % 2 === 0) };
}

/** `Microsoft.Network/virtualNetworks/vnet` (how compiled Bicep writes a scope) or a full ID, as a link. */
export function asScopeLink(text: string, scope: Scope): Value {
  const id = parseResourceId(text);
  if (id) return new ResourceLink(id);
  const parts = text.split('/');
  if (parts.length >= 3 && parts.length % 2 === 1 && parts[0]!.includes('.')) {
    const { types, names } = typesAndNames(parts);
    return new ResourceLink(resourceIdOf(scope, [parts[0], ...types].join('/'), names.join('/')));
  }
  return text;
}

/**
 * A resource's properties with an extension resource's `scope` (a role
 * assignment's VNet) added, on a copy: the object may be shared by other
 * resources (a variable's value, an expression evaluated once, a module
 * output), which must not gain this resource's scope.
 */
export function withExtensionScope(properties: ValueObject, scope: Value): ValueObject {
  const why = unknownContent(properties);
  const copy = why ? unknownObject(why) : { ...properties };
  copy.scope = scope;
  return copy;
}

/**
 * Keys of the resources a value links to. A part shared by several places is
 * visited at each, as the value's logical size counts it; the visits are
 * bounded by the limit on that size, which every value in the graph is held to.
 */
export function collectLinks(root: Value, into: string[]): void {
  // one stack for every call (this never re-enters): a new one per resource was a large share of its garbage
  const pending = LINK_STACK;
  pending.push(root);
  for (let visits = 0; pending.length > 0; visits++) {
    const value = pending.pop()!;
    if (visits > LIMITS.valueSize) {
      pending.length = 0;
      break;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (value instanceof ResourceLink) into.push(value.key);
    else if (Array.isArray(value)) for (const item of value) pending.push(item);
    else if (isObject(value)) for (const key in value) pending.push(value[key]!);
  }
}

const LINK_STACK: Value[] = [];

/**
 * The resources with unique keys and dependencies on resources in the graph
 * only. A resource declared more than once (a module or nested deployment run
 * twice, an `existing` reference to what the graph deploys) is one resource:
 * the last deployment of it, else its first reference. Resources whose names
 * are unknown may be different ones, and stay apart (`key#2`, ...).
 */
export function distinctResources(built: readonly GraphResource[]): GraphResource[] {
  // the common case, checked first: every resource deployed once, by a known name
  const keys = new Set<string>();
  for (const r of built) {
    if (r.existing || typeof r.name !== 'string' || keys.has(r.key)) return mergedResources(built);
    keys.add(r.key);
  }
  for (const resource of built) if (resource.dependsOn.length > 0) resource.dependsOn = inGraph(resource.dependsOn, resource.key, keys);
  return [...built];
}

/** distinctResources when some resource is declared more than once, referenced as existing, or unnamed. */
function mergedResources(built: readonly GraphResource[]): GraphResource[] {
  const deployed = new Map<string, GraphResource>();
  const referenced = new Map<string, GraphResource>();
  for (const r of built) {
    if (typeof r.name !== 'string') continue;
    if (!r.existing) deployed.set(r.key, r);
    else if (!referenced.has(r.key)) referenced.set(r.key, r);
  }
  const kept = built.filter((r) => typeof r.name !== 'string' || (r.existing ? !deployed.has(r.key) && referenced.get(r.key) === r : deployed.get(r.key) === r));
  // named resources are one per key by now: only unnamed ones can share one, and only dependencies need the set
  if (kept.every((r) => typeof r.name === 'string' && r.dependsOn.length === 0)) return kept;
  const keys = new Set<string>();
  for (const resource of kept) {
    let unique = resource.key;
    for (let n = 2; keys.has(unique); n++) unique = `${resource.key}#${n}`;
    keys.add(unique);
    resource.key = unique;
  }
  for (const resource of kept) if (resource.dependsOn.length > 0) resource.dependsOn = inGraph(resource.dependsOn, resource.key, keys);
  return kept;
}

/** Each key once, kept to the graph's and not `own`; most lists are short, and need no set. */
function inGraph(dependsOn: readonly string[], own: string, keys: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const seen = dependsOn.length > 16 ? new Set<string>() : undefined;
  for (const key of dependsOn) {
    if (key === own || !keys.has(key) || (seen ? seen.has(key) : out.includes(key))) continue;
    seen?.add(key);
    out.push(key);
  }
  return out;
}
