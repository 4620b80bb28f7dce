import { managedClustersForAml } from '../../graph/aks.js';
import { displayName, equalsIgnoreCase } from '../../graph/views.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'aks-network-plugin',
    description: 'An AKS cluster used with AML in a VNet uses kubenet instead of Azure CNI (advanced networking).',
    defaultLevel: 'warning',
    docs: '#aks-network-plugin',
    help: "Set networkProfile.networkPlugin to 'azure'. The AML (v1) guidance joins AKS to the VNet with advanced networking (Azure CNI).",
  },
  check({ index, report }) {
    for (const cluster of managedClustersForAml(index)) {
      if (equalsIgnoreCase(cluster.networkPlugin.value, 'kubenet') !== true) continue;
      if (!cluster.pools.some((p) => p.subnet.value !== undefined && p.subnet.value !== null)) continue;
      report({
        message: `cluster ${displayName(cluster.resource.name)} joins a VNet with kubenet; AML inference in a VNet expects Azure CNI (networkPlugin: azure)`,
        resource: cluster.resource,
        path: cluster.networkPlugin.path,
      });
    }
  },
};

export default rule;
