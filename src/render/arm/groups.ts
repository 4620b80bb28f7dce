/**
 * Which template each deployed resource goes in: the root (the deployment's
 * resource group) or the nested deployment of its resource group, and a guard
 * against dependency cycles through nested deployments.
 */
import type { GraphResource } from '../../graph/types.js';
import { isUnknown, type Value } from '../../graph/value.js';

/** Deployment names: up to 64 characters; the subscription keeps groups of the same name apart. */
function deploymentName(resourceGroup: string, subscription: string | undefined): string {
  return `moat-${resourceGroup}${subscription === undefined ? '' : `-${subscription.slice(0, 8)}`}`.slice(0, 64);
}

/** The resources of one template: the root (deployment resource group) or one other resource group. */
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

function groupId(resource: GraphResource): string {
  const rg = knownString(resource.scope.resourceGroup, 'the resource group');
  const sub = knownString(resource.scope.subscription, 'the subscription');
  return rg === undefined && sub === undefined ? ROOT : `${sub ?? ''}/${rg ?? ''}`;
}

export function groupResources(resources: GraphResource[]): Map<string, TemplateGroup> {
  const groups = new Map<string, TemplateGroup>([[ROOT, { id: ROOT, resourceGroup: undefined, subscription: undefined, resources: [], deploymentName: '' }]]);
  for (const resource of resources) {
    const id = groupId(resource);
    let group = groups.get(id);
    if (!group) {
      const resourceGroup = knownString(resource.scope.resourceGroup, 'the resource group');
      if (resourceGroup === undefined) throw new Error('moat internal error: a resource in another subscription needs a resource group');
      group = { id, resourceGroup, subscription: knownString(resource.scope.subscription, 'the subscription'), resources: [], deploymentName: deploymentName(resourceGroup, knownString(resource.scope.subscription, 'the subscription')) };
      groups.set(id, group);
    }
    group.resources.push(resource);
  }
  return groups;
}

/**
 * Refuses a dependency cycle through nested deployments (ARM would reject the
 * deployment). Nodes are the root's resources and the nested deployments,
 * which depend on whatever any of their resources depends on outside them.
 */
export function checkAcyclic(groups: Map<string, TemplateGroup>, groupOf: Map<string, string>, byKey: Map<string, GraphResource>): void {
  const node = (key: string): string => (groupOf.get(key) === ROOT ? key : `deployment ${groups.get(groupOf.get(key)!)!.deploymentName}`);
  const edges = new Map<string, Set<string>>();
  for (const resource of byKey.values()) {
    const from = node(resource.key);
    const targets = edges.get(from) ?? new Set<string>();
    for (const dep of resource.dependsOn) if (byKey.has(dep) && node(dep) !== from) targets.add(node(dep));
    edges.set(from, targets);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw new Error(`moat internal error: a dependency cycle through nested deployments (${[...trail, id].join(' -> ')})`);
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of edges.keys()) visit(id, []);
}
