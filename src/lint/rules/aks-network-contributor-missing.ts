/**
 * Which role assignments count: Network Contributor, or Owner or Contributor,
 * which include its rights. Principal IDs of cluster identities are
 * runtime values (`reference(...).identity.principalId`): an assignment whose
 * principal is a RuntimeValue counts only for the resource it is read from (the
 * cluster, or one of its user-assigned identities); any other principal might be
 * the cluster's and counts. Covering scopes: the subnet, its VNet (read from the assignment's
 * `properties.scope`, a link or ID, which front ends set for an extension
 * resource's `scope`), the VNet's resource group or its subscription (read from
 * the assignment resource's `scope`). An assignment whose role or scope is
 * unknown might be the one: the rule stays silent then.
 */
import { aksView } from '../../graph/aks.js';
import { networkView } from '../../graph/network.js';
import { NETWORK_CONTRIBUTOR_EQUIVALENT_ROLE_IDS } from '../../azure/roles.js';
import type { Scope } from '../../graph/types.js';
import { getPath, isObject, isUnknown, ResourceLink, RuntimeValue, Unknown, type Value } from '../../graph/value.js';
import { DEPLOYMENT_RESOURCE_GROUP, DEPLOYMENT_SUBSCRIPTION, parseResourceId, resourceKey } from '../../graph/resource-id.js';
import type { GraphResource } from '../../graph/types.js';
import { displayName, refKey } from '../../graph/views.js';
import type { Rule } from '../types.js';

const ROLE_ASSIGNMENT = 'Microsoft.Authorization/roleAssignments';

type Part = string | Unknown | undefined;

/** Scope keys: undefined parts are the deployment's own subscription / resource group. */
const part = (p: Part): string | undefined => (isUnknown(p) ? undefined : (p ?? '~').toLowerCase());
function groupKey(subscription: Part, resourceGroup: Part): string | undefined {
  const s = part(subscription);
  const g = part(resourceGroup);
  return s === undefined || g === undefined ? undefined : `rg:${s}/${g}`;
}
function subscriptionKey(subscription: Part): string | undefined {
  const s = part(subscription);
  return s === undefined ? undefined : `sub:${s}`;
}

const deploymentOwn = (part: string | undefined, placeholder: string): string | undefined =>
  part === undefined || part.toLowerCase() === placeholder.toLowerCase() ? undefined : part;

/**
 * Whether a role definition value may grant Network Contributor's rights (unknown may):
 * Network Contributor itself, or Owner / Contributor, whose `*` actions include them.
 */
function mayGrantNetworkContributor(role: Value | undefined): boolean {
  if (isUnknown(role)) return true;
  const text = role instanceof ResourceLink ? role.toString() : role;
  if (typeof text !== 'string') return false;
  const lower = text.toLowerCase();
  return NETWORK_CONTRIBUTOR_EQUIVALENT_ROLE_IDS.some((id) => lower.includes(id));
}

/** The scope keys granted, or `undefined` when the assignment's scope can't be known. */
function grantedScopes(scope: Scope, explicit: Value | undefined): string[] | undefined {
  if (explicit !== undefined) {
    const key = refKey(explicit);
    if (isUnknown(key)) return undefined;
    if (key !== undefined) return [key];
    const id = typeof explicit === 'string' ? /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?\/?$/i.exec(explicit) : null;
    if (id) {
      // `subscription().id` / `resourceGroup().id` print the deployment's own as placeholders
      const subscription = deploymentOwn(id[1], DEPLOYMENT_SUBSCRIPTION);
      const key = id[2] ? groupKey(subscription, deploymentOwn(id[2], DEPLOYMENT_RESOURCE_GROUP)) : subscriptionKey(subscription);
      return key === undefined ? [] : [key];
    }
  }
  // deployed to a resource group or subscription that can't be known: it might be the VNet's
  const own = scope.level === 'resourceGroup' ? groupKey(scope.subscription, scope.resourceGroup) : scope.level === 'subscription' ? subscriptionKey(scope.subscription) : null;
  if (own === null) return [];
  return own === undefined ? undefined : [own];
}

/** Whose principal an assignment grants: the resource a runtime principal ID is read from, else anyone. */
const ANYONE = '*';
function principalOwner(principal: Value | undefined): string {
  return principal instanceof RuntimeValue && principal.ref.kind === 'property' ? resourceKey(principal.ref.target) : ANYONE;
}

/** Keys whose principal is the cluster's: the cluster and its user-assigned identities. */
function clusterPrincipals(cluster: GraphResource): Set<string> {
  const owners = new Set([ANYONE, cluster.key]);
  const assigned = getPath(cluster.identity, 'userAssignedIdentities');
  if (isObject(assigned)) {
    for (const id of Object.keys(assigned)) {
      const key = refKey(id);
      if (typeof key === 'string') owners.add(key);
    }
  }
  return owners;
}

const rule: Rule = {
  meta: {
    id: 'aks-network-contributor-missing',
    description: "No Network Contributor (or Owner / Contributor) role assignment covers the VNet's resource group (or the VNet or subnet) for the AKS cluster's identity.",
    defaultLevel: 'error',
    docs: '#aks-network-contributor-missing',
    help: "Assign Network Contributor (4d97b98b-1d4f-4787-a291-c67834d212e7) to the cluster's identity on the resource group that holds the VNet, which may be another resource group than the cluster's.",
  },
  check({ index, report }) {
    /** scope key -> owners of the principals granted there */
    const granted = new Map<string, Set<string>>();
    for (const assignment of index.byType(ROLE_ASSIGNMENT)) {
      if (!mayGrantNetworkContributor(getPath(assignment.properties, 'roleDefinitionId'))) continue;
      const scopes = grantedScopes(assignment.scope, getPath(assignment.properties, 'scope'));
      if (scopes === undefined) return; // an assignment that could be anywhere: can't tell
      const owner = principalOwner(getPath(assignment.properties, 'principalId'));
      for (const scope of scopes) granted.set(scope, (granted.get(scope) ?? new Set()).add(owner));
    }
    for (const cluster of aksView(index).clusters) {
      // AML creates the identity of the clusters it provisions: unknown until deployed (the planner notes it)
      if (cluster.kind !== 'managedCluster' || cluster.resource.existing) continue;
      const principals = clusterPrincipals(cluster.resource);
      const grantedHere = (scope: string | undefined): boolean => [...(granted.get(scope!) ?? [])].some((o) => principals.has(o));
      for (const pool of cluster.pools) {
        const subnetRef = pool.subnet.value;
        const subnetKey = refKey(subnetRef);
        const vnetKey = networkView(index).vnetKeyOf(subnetRef);
        if (typeof subnetKey !== 'string' || typeof vnetKey !== 'string') continue;
        const vnet = index.byKey(vnetKey);
        const id = subnetRef instanceof ResourceLink ? subnetRef.target : typeof subnetRef === 'string' ? parseResourceId(subnetRef) : undefined;
        const subscription = vnet ? vnet.scope.subscription : id?.subscription;
        const resourceGroup = vnet ? vnet.scope.resourceGroup : id?.resourceGroup;
        const covering = [subnetKey, vnetKey, groupKey(subscription, resourceGroup), subscriptionKey(subscription)];
        if (covering.includes(undefined) || covering.some(grantedHere)) continue;
        // an unknown resource group was ruled out above (its key is undefined)
        const group = typeof resourceGroup === 'string' ? `resource group ${resourceGroup}` : "the deployment's resource group";
        report({
          message: `no Network Contributor role assignment for the identity of cluster ${displayName(cluster.resource.name)} on ${group}, which holds VNet ${vnet ? displayName(vnet.name) : vnetKey.split('/').pop()}`,
          ...(cluster.resource.identity !== undefined ? { resource: cluster.resource, path: 'identity' } : { resource: pool.resource, path: pool.subnet.path }),
        });
        break;
      }
    }
  },
};

export default rule;
