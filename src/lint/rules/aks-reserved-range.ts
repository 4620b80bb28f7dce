import { AKS_RESERVED_RANGES, overlaps, type Cidr } from '../../net/cidr.js';
import { aksView, clusterVnetKeys } from '../../graph/aks.js';
import { cidrOf, networkView, knownPrefixes, vnetRanges } from '../../graph/network.js';
import { displayName } from '../../graph/views.js';
import { isUnknown } from '../../graph/value.js';
import type { GraphResource } from '../../graph/types.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'aks-reserved-range',
    description: 'The service range, docker bridge, VNet or a cluster subnet overlaps a range AKS reserves (169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16, 192.0.2.0/24).',
    defaultLevel: 'error',
    docs: '#aks-reserved-range',
    help: 'Move the range out of 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24, which AKS uses itself.',
  },
  check({ index, report }) {
    const checkRange = (what: string, range: Cidr, resource: GraphResource, path: string): void => {
      for (const reserved of AKS_RESERVED_RANGES.filter((r) => overlaps(r, range))) {
        report({ message: `${what} ${range.text} overlaps ${reserved.text}, which AKS reserves`, resource, path });
      }
    };
    const seen = new Set<string>();
    const vnetsWithKnownSpace = new Set<string>();
    for (const cluster of aksView(index).clusters) {
      for (const [what, field] of [['service CIDR', cluster.serviceCidr], ['docker bridge', cluster.dockerBridgeCidr]] as const) {
        const range = cidrOf(field.value);
        if (range) checkRange(what, range, cluster.resource, field.path);
      }
      for (const vnetKey of clusterVnetKeys(index, cluster)) {
        if (seen.has(vnetKey)) continue;
        seen.add(vnetKey);
        const ranges = vnetRanges(index, vnetKey);
        if (ranges.prefixes.length > 0) vnetsWithKnownSpace.add(vnetKey);
        for (const prefix of ranges.prefixes) checkRange(`address space of VNet ${ranges.vnetName}`, prefix.cidr, prefix.resource, prefix.path);
      }
      for (const pool of cluster.pools) {
        const subnet = networkView(index).subnet(pool.subnet.value);
        // subnets lie inside their VNet's space (subnet-outside-vnet says otherwise): a known space was checked above
        if (!subnet || isUnknown(subnet) || (subnet.vnetKey !== undefined && vnetsWithKnownSpace.has(subnet.vnetKey)) || seen.has(`subnet:${subnet.key}`)) continue;
        seen.add(`subnet:${subnet.key}`);
        for (const prefix of knownPrefixes(subnet.prefixes, subnet.resource)) {
          checkRange(`subnet ${displayName(subnet.name)}`, prefix.cidr, prefix.resource, prefix.path);
        }
      }
    }
  },
};

export default rule;
