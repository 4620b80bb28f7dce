import { isNetworkAddress, normalize, parseCidr } from '../../net/cidr.js';
import { networkView, vnetPrefixes, type PrefixValue } from '../../graph/network.js';
import { aksView } from '../../graph/aks.js';
import { isUnknown, type Unknown } from '../../graph/value.js';
import type { GraphResource } from '../../graph/types.js';
import type { Rule } from '../types.js';

/** What is wrong with a prefix, or `undefined` when it is a proper network prefix. */
function problem(text: string): string | undefined {
  const cidr = parseCidr(text);
  if (!cidr) return `${text} is not a valid CIDR range (expected a.b.c.d/n with n at most 32)`;
  if (!isNetworkAddress(cidr)) return `${text} is not a network address; did you mean ${normalize(cidr)}?`;
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'invalid-cidr',
    description: 'A VNet, subnet or Kubernetes service prefix is malformed, out of range, or has host bits set.',
    defaultLevel: 'error',
    docs: '#invalid-cidr',
    help: 'Write the range as its network address and prefix length (10.10.4.0/24). The docker bridge address is exempt: it is an address with a prefix by design.',
  },
  check({ index, report }) {
    const checkAll = (prefixes: PrefixValue[] | Unknown, resource: GraphResource): void => {
      if (isUnknown(prefixes)) return;
      for (const p of prefixes) {
        const message = typeof p.text === 'string' ? problem(p.text) : undefined;
        if (message) report({ message, resource, path: p.path });
      }
    };
    for (const vnet of index.byType('Microsoft.Network/virtualNetworks')) checkAll(vnetPrefixes(vnet), vnet);
    for (const subnet of networkView(index).subnets) checkAll(subnet.prefixes, subnet.resource);
    for (const cluster of aksView(index).clusters) {
      const { value, path } = cluster.serviceCidr;
      if (typeof value === 'string') checkAll([{ text: value, path }], cluster.resource);
    }
  },
};

export default rule;
