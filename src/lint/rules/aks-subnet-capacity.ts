import { size } from '../../net/cidr.js';
import { aksView, AZURE_CNI_DEFAULT_MAX_PODS, type NodePool } from '../../graph/aks.js';
import { knownPrefixes, networkView } from '../../graph/network.js';
import { addTo, displayName, equalsIgnoreCase, refKey } from '../../graph/views.js';
import { isUnknown } from '../../graph/value.js';
import type { Rule } from '../types.js';

/** Azure keeps five addresses of every subnet. */
const AZURE_RESERVED = 5;

/** Addresses a pool takes from its node subnet with Azure CNI, surge node included; `undefined` when unknown. */
function demand(pool: NodePool): { nodes: number; podsPerNode: number; addresses: number } | undefined {
  const autoscale = pool.enableAutoScaling === true;
  const nodes = autoscale ? pool.maxCount : pool.count.value;
  const maxPods = pool.maxPods.value ?? AZURE_CNI_DEFAULT_MAX_PODS;
  if (typeof nodes !== 'number' || typeof maxPods !== 'number' || isUnknown(pool.podSubnet)) return undefined;
  // with a pod subnet (dynamic IP allocation) pods take no node-subnet addresses
  const podsPerNode = pool.podSubnet ? 0 : maxPods;
  return { nodes, podsPerNode, addresses: nodes + 1 + (nodes + 1) * podsPerNode };
}

const rule: Rule = {
  meta: {
    id: 'aks-subnet-capacity',
    description: 'The AKS subnet is too small for Azure CNI: (nodes + 1) + (nodes + 1) * maxPods addresses plus the 5 Azure keeps.',
    defaultLevel: 'error',
    docs: '#aks-subnet-capacity',
    help: 'Enlarge the subnet, lower maxPods or the node count. Azure CNI gives every pod a subnet address, and an upgrade adds one surge node.',
  },
  check({ index, report }) {
    for (const cluster of aksView(index).clusters) {
      if (equalsIgnoreCase(cluster.networkPlugin.value, 'azure') !== true) continue;
      // overlay mode gives pods addresses outside the subnet
      if (cluster.networkPluginMode !== undefined && cluster.networkPluginMode !== null) continue;
      const bySubnet = new Map<string, NodePool[]>();
      for (const pool of cluster.pools) {
        const key = refKey(pool.subnet.value);
        if (typeof key === 'string') addTo(bySubnet, key, pool);
      }
      for (const pools of bySubnet.values()) {
        const subnet = networkView(index).subnet(pools[0]!.subnet.value);
        if (!subnet || isUnknown(subnet) || isUnknown(subnet.prefixes)) continue;
        const prefixes = knownPrefixes(subnet.prefixes, subnet.resource);
        if (prefixes.length === 0 || prefixes.length !== subnet.prefixes.length) continue;
        const demands = pools.map(demand);
        if (demands.some((d) => d === undefined)) continue;
        const needed = demands.reduce((sum, d) => sum + d!.addresses, 0);
        const usable = Number(prefixes.reduce((sum, p) => sum + size(p.cidr), 0n)) - AZURE_RESERVED;
        if (needed <= usable) continue;
        const formula = demands.map((d) => `(${d!.nodes} + 1) + (${d!.nodes} + 1) * ${d!.podsPerNode}`).join(' + ');
        report({
          message: `subnet ${displayName(subnet.name)} (${prefixes.map((p) => p.cidr.text).join(', ')}) has ${usable} usable addresses but Azure CNI needs ${needed}: ${formula}`,
          resource: pools[0]!.resource,
          path: pools[0]!.count.path,
        });
      }
    }
  },
};

export default rule;
