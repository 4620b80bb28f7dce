import { overlappingPairs } from '../../net/cidr.js';
import { describeSubnet, knownPrefixes, networkView, type KnownPrefix, type SubnetView } from '../../graph/network.js';
import { addTo } from '../../graph/views.js';
import type { Rule } from '../types.js';

interface Entry {
  subnet: SubnetView;
  prefix: KnownPrefix;
}

const rule: Rule = {
  meta: {
    id: 'subnet-overlap',
    description: 'Two subnets of one VNet have overlapping address prefixes.',
    defaultLevel: 'error',
    docs: '#subnet-overlap',
    help: 'Give every subnet of a VNet its own, non-overlapping prefix.',
  },
  check({ index, report }) {
    const byVnet = new Map<string, Entry[]>();
    for (const subnet of networkView(index).subnets) {
      const entries = knownPrefixes(subnet.prefixes, subnet.resource).map((prefix) => ({ subnet, prefix }));
      addTo(byVnet, subnet.vnetKey, ...entries);
    }
    for (const entries of byVnet.values()) {
      for (const [first, second] of overlappingPairs(entries, (e) => e.prefix.cidr)) {
        if (first.subnet === second.subnet) continue;
        report({
          message: `${describeSubnet(second.subnet, second.prefix)} overlaps ${describeSubnet(first.subnet, first.prefix)}`,
          resource: second.prefix.resource,
          path: second.prefix.path,
        });
      }
    }
  },
};

export default rule;
