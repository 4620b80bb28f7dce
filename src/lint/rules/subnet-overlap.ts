import { overlappingPairs } from '../../net/cidr.js';
import { describeSubnet, knownPrefixes, networkView, type KnownPrefix, type SubnetView } from '../../graph/network.js';
import { addTo } from '../../graph/views.js';
import type { Rule } from '../types.js';

interface Entry {
  subnet: SubnetView;
  prefix: KnownPrefix;
}

/** A resource's key without the `#2`, `#3` by which front ends keep apart declarations that share an ID. */
const declaredKey = (key: string): string => key.replace(/#\d+$/, '');

/** A subnet never overlaps itself, however often it is declared (its own prefixes, or another declaration of its ID). */
const sameSubnet = (a: SubnetView, b: SubnetView): boolean => a === b || (a.key !== undefined && b.key !== undefined && declaredKey(a.key) === declaredKey(b.key));

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
      // a subnet whose VNet is unknown can't be placed beside any other
      if (subnet.vnetKey === undefined) continue;
      for (const prefix of knownPrefixes(subnet.prefixes, subnet.resource)) addTo(byVnet, subnet.vnetKey, { subnet, prefix });
    }
    for (const entries of byVnet.values()) {
      for (const [first, second] of overlappingPairs(entries, (e) => e.prefix.cidr)) {
        if (sameSubnet(first.subnet, second.subnet)) continue;
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
