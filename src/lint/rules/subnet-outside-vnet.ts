import { contains } from '../../net/cidr.js';
import { describeSubnet, knownPrefixes, networkView, vnetPrefixes } from '../../graph/network.js';
import { displayName } from '../../graph/views.js';
import { isUnknown } from '../../graph/value.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'subnet-outside-vnet',
    description: 'A subnet prefix lies outside the address space of its VNet.',
    defaultLevel: 'error',
    docs: '#subnet-outside-vnet',
    help: "Choose a subnet prefix inside one of the VNet's addressPrefixes, or add a VNet prefix that contains it.",
  },
  check({ index, report }) {
    for (const subnet of networkView(index).subnets) {
      if (!subnet.vnet) continue;
      const space = vnetPrefixes(subnet.vnet);
      // an unknown or unparsable VNet prefix might be the one that contains the subnet
      if (isUnknown(space) || space.length === 0) continue;
      const vnetCidrs = knownPrefixes(space, subnet.vnet);
      if (vnetCidrs.length !== space.length) continue;
      for (const prefix of knownPrefixes(subnet.prefixes, subnet.resource)) {
        if (vnetCidrs.some((v) => contains(v.cidr, prefix.cidr))) continue;
        report({
          message: `${describeSubnet(subnet, prefix)} is outside the address space of VNet ${displayName(subnet.vnet.name)} (${vnetCidrs.map((v) => v.cidr.text).join(', ')})`,
          resource: subnet.resource,
          path: prefix.path,
        });
      }
    }
  },
};

export default rule;
