import { aksView, clusterVnetKeys, WORKSPACE } from '../../graph/aks.js';
import { networkView } from '../../graph/network.js';
import { hasPrivateEndpoint, privateLinkView } from '../../graph/private-link.js';
import type { GraphResource } from '../../graph/types.js';
import { getPath, isUnknown } from '../../graph/value.js';
import { displayName, refKey } from '../../graph/views.js';
import type { Rule } from '../types.js';

/** Workspace properties naming a dependency, with the service endpoint that would also do. */
const DEPENDENCIES = [
  { property: 'storageAccount', what: 'storage account', serviceEndpoint: 'microsoft.storage' },
  { property: 'keyVault', what: 'key vault', serviceEndpoint: 'microsoft.keyvault' },
  { property: 'containerRegistry', what: 'container registry', serviceEndpoint: 'microsoft.containerregistry' },
] as const;

const ANY_SERVICE = '*';

const rule: Rule = {
  meta: {
    id: 'workspace-dependency-not-private',
    description: "The workspace's storage account, key vault or container registry (or the workspace itself, when it has a private endpoint) has no private endpoint in the AKS VNet.",
    defaultLevel: 'error',
    docs: '#workspace-dependency-not-private',
    help: 'Create a private endpoint for the resource in a subnet of the AKS VNet (or, for storage and Key Vault, a service endpoint on the AKS subnet), with its private DNS zone linked to that VNet.',
  },
  check({ index, report }) {
    const endpoints = privateLinkView(index);
    // an endpoint to an unknown target might be the missing one
    if (endpoints.someTargetUnknown) return;
    const vnetsOfWorkspace = new Map<string, Set<string>>();
    const serviceEndpoints = new Map<string, Set<string>>();
    for (const cluster of aksView(index).clusters) {
      const vnets = clusterVnetKeys(index, cluster);
      for (const workspace of cluster.workspaces) {
        const set = vnetsOfWorkspace.get(workspace.key) ?? new Set();
        vnets.forEach((v) => set.add(v));
        vnetsOfWorkspace.set(workspace.key, set);
        const services = serviceEndpoints.get(workspace.key) ?? new Set();
        for (const pool of cluster.pools) {
          const subnet = networkView(index).subnet(pool.subnet.value);
          const list = subnet && !isUnknown(subnet) ? getPath(subnet.properties, 'serviceEndpoints') : undefined;
          for (const entry of Array.isArray(list) ? list : isUnknown(list) ? [list] : []) {
            const service = getPath(entry, 'service');
            // an unknown service endpoint might be any of them
            if (typeof service === 'string') services.add(service.toLowerCase());
            else if (isUnknown(service)) services.add(ANY_SERVICE);
          }
        }
        serviceEndpoints.set(workspace.key, services);
      }
    }
    const reachable = (target: GraphResource, vnets: Set<string>): boolean =>
      endpoints.endpointsOf(target.key).some((e) => typeof e.vnetKey !== 'string' || vnets.has(e.vnetKey));
    for (const workspace of index.byType(WORKSPACE)) {
      const vnets = vnetsOfWorkspace.get(workspace.key);
      if (!vnets || vnets.size === 0) continue;
      const vnetNames = [...vnets].map((k) => { const v = index.byKey(k); return v ? displayName(v.name) : k.split('/').pop(); }).join(', ');
      for (const dependency of DEPENDENCIES) {
        const key = refKey(getPath(workspace.properties, dependency.property));
        const target = typeof key === 'string' ? index.byKey(key) : undefined;
        // an existing resource may have endpoints declared elsewhere
        if (!target || target.existing || reachable(target, vnets)) continue;
        const services = serviceEndpoints.get(workspace.key);
        if (services?.has(dependency.serviceEndpoint) || services?.has(ANY_SERVICE)) continue;
        report({
          message: `${dependency.what} ${displayName(target.name)} of workspace ${displayName(workspace.name)} has no private endpoint (or service endpoint) in the AKS VNet ${vnetNames}`,
          resource: workspace,
          path: `properties.${dependency.property}`,
        });
      }
      if (hasPrivateEndpoint(index, workspace) === true && !reachable(workspace, vnets)) {
        report({
          message: `workspace ${displayName(workspace.name)} has a private endpoint, but none in the AKS VNet ${vnetNames}`,
          resource: workspace,
        });
      }
    }
  },
};

export default rule;
