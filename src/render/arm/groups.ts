/**
 * Which template each deployed resource goes in: the root (the deployment's
 * resource group) or a nested deployment into another resource group. A
 * resource group whose resources depend on the root (or on another group)
 * that in turn depends on them can't be one nested deployment (ARM refuses a
 * dependency cycle between deployments), so such a group is split into
 * dependency layers, each its own nested deployment; layers are merged back
 * wherever that leaves no cycle, so a group needs more than one deployment
 * only when it must.
 */
import type { GraphResource } from '../../graph/types.js';
import { isUnknown, type Value } from '../../graph/value.js';

/** Deployment names: up to 64 characters; the subscription keeps groups of the same name apart. */
const DEPLOYMENT_NAME_LENGTH = 64;

function deploymentBaseName(resourceGroup: string, subscription: string | undefined): string {
  return `moat-${resourceGroup}${subscription === undefined ? '' : `-${subscription.slice(0, 8)}`}`;
}

/** The resources of one template: the root (deployment resource group) or one nested deployment. */
export interface TemplateGroup {
  id: string;
  resourceGroup: string | undefined;
  subscription: string | undefined;
  resources: GraphResource[];
  /** the nested deployment's name (not for the root) */
  deploymentName: string;
}

/** The group id of the root template (the deployment's resource group). */
export const ROOT = '';

export function knownString(value: string | Value | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || isUnknown(value)) throw new Error(`moat internal error: ${what} of a resource to deploy is not a known string`);
  return value;
}

/** ROOT, or `subscription/resourceGroup` of a resource in another group. */
function scopeId(resource: GraphResource): string {
  const rg = knownString(resource.scope.resourceGroup, 'the resource group');
  const sub = knownString(resource.scope.subscription, 'the subscription');
  if (rg === undefined && sub !== undefined) throw new Error('moat internal error: a resource in another subscription needs a resource group');
  return rg === undefined && sub === undefined ? ROOT : `${sub ?? ''}/${rg ?? ''}`;
}

/** The node of a resource in the graph of templates: itself at the root, its nested deployment elsewhere. */
type NodeOf = (key: string) => string;

/** A dependency cycle between the nodes `nodeOf` puts the resources in, as the trail of nodes; undefined if none. */
function findCycle(byKey: Map<string, GraphResource>, nodeOf: NodeOf): string[] | undefined {
  const edges = new Map<string, Set<string>>();
  for (const resource of byKey.values()) {
    const from = nodeOf(resource.key);
    const targets = edges.get(from) ?? new Set<string>();
    for (const dep of resource.dependsOn) if (byKey.has(dep) && nodeOf(dep) !== from) targets.add(nodeOf(dep));
    edges.set(from, targets);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...trail, id];
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next, [...trail, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const id of edges.keys()) {
    const cycle = visit(id, []);
    if (cycle) return cycle;
  }
  return undefined;
}

function cycleError(trail: string[]): Error {
  return new Error(`moat internal error: a dependency cycle through nested deployments (${trail.join(' -> ')})`);
}

/**
 * Each resource's dependency layer: the most resource-group boundaries any
 * chain of its dependencies crosses. A dependency in another group is in a
 * lower layer, so the (group, layer) deployments can't depend on each other in
 * a cycle; a dependency in the same group is in the same or a lower layer.
 */
function layersOf(byKey: Map<string, GraphResource>, scopes: Map<string, string>): Map<string, number> {
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  const layerOf = (key: string, trail: string[]): number => {
    const known = layers.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) throw cycleError([...trail, key]);
    visiting.add(key);
    let layer = 0;
    for (const dep of byKey.get(key)!.dependsOn) {
      if (!byKey.has(dep)) continue;
      const crossing = scopes.get(dep) === scopes.get(key) ? 0 : 1;
      layer = Math.max(layer, layerOf(dep, [...trail, key]) + crossing);
    }
    visiting.delete(key);
    layers.set(key, layer);
    return layer;
  };
  for (const key of byKey.keys()) layerOf(key, []);
  return layers;
}

/** Unique deployment names (compared case-insensitively, as ARM does): a group's later layers get `-2`, `-3`, ... */
function nameDeployments(groups: TemplateGroup[]): void {
  const taken = new Set<string>();
  const layersSeen = new Map<string, number>();
  for (const group of groups) {
    const base = deploymentBaseName(group.resourceGroup!, group.subscription);
    const layer = (layersSeen.get(base) ?? 0) + 1;
    layersSeen.set(base, layer);
    for (let attempt = layer; ; attempt++) {
      const suffix = attempt === 1 ? '' : `-${attempt}`;
      const name = `${base.slice(0, DEPLOYMENT_NAME_LENGTH - suffix.length)}${suffix}`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        group.deploymentName = name;
        break;
      }
    }
  }
}

/** The templates of the deployed resources (in graph order), root first; each nested one in the order its first resource comes. */
export function groupResources(resources: GraphResource[]): Map<string, TemplateGroup> {
  const byKey = new Map(resources.map((r) => [r.key, r]));
  const scopes = new Map(resources.map((r) => [r.key, scopeId(r)]));
  const layers = layersOf(byKey, scopes);
  // start from one deployment per (group, layer), then merge each group's layers upwards while no cycle appears
  const chunkOf = new Map<string, string>();
  for (const r of resources) chunkOf.set(r.key, scopes.get(r.key) === ROOT ? ROOT : `${scopes.get(r.key)!}#${layers.get(r.key)!}`);
  const nodeOf: NodeOf = (key) => (chunkOf.get(key) === ROOT ? key : chunkOf.get(key)!);
  const initial = findCycle(byKey, nodeOf);
  if (initial) throw cycleError(initial);
  const scopeIds = [...new Set(resources.map((r) => scopes.get(r.key)!))].filter((id) => id !== ROOT);
  for (const scope of scopeIds) {
    const members = resources.filter((r) => scopes.get(r.key) === scope);
    const scopeLayers = [...new Set(members.map((r) => layers.get(r.key)!))].sort((a, b) => a - b);
    let current = `${scope}#${scopeLayers[0]!}`;
    for (const layer of scopeLayers.slice(1)) {
      const next = `${scope}#${layer}`;
      const moved = members.filter((r) => chunkOf.get(r.key) === next);
      for (const r of moved) chunkOf.set(r.key, current);
      if (findCycle(byKey, nodeOf)) {
        for (const r of moved) chunkOf.set(r.key, next);
        current = next;
      }
    }
  }
  const groups = new Map<string, TemplateGroup>([[ROOT, { id: ROOT, resourceGroup: undefined, subscription: undefined, resources: [], deploymentName: '' }]]);
  for (const resource of resources) {
    const id = chunkOf.get(resource.key)!;
    let group = groups.get(id);
    if (!group) {
      const resourceGroup = knownString(resource.scope.resourceGroup, 'the resource group');
      group = { id, resourceGroup, subscription: knownString(resource.scope.subscription, 'the subscription'), resources: [], deploymentName: '' };
      groups.set(id, group);
    }
    group.resources.push(resource);
  }
  nameDeployments([...groups.values()].filter((g) => g.id !== ROOT));
  return groups;
}
