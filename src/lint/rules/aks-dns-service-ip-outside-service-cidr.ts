import { contains, parseAddress } from '../../net/cidr.js';
import { aksView } from '../../graph/aks.js';
import { cidrOf } from '../../graph/network.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'aks-dns-service-ip-outside-service-cidr',
    description: 'The Kubernetes DNS service IP is not inside the service address range.',
    defaultLevel: 'error',
    docs: '#aks-dns-service-ip-outside-service-cidr',
    help: 'Choose a DNS service IP inside the service CIDR, conventionally the .10 address (10.0.0.10 for 10.0.0.0/16).',
  },
  check({ index, report }) {
    for (const cluster of aksView(index).clusters) {
      const service = cidrOf(cluster.serviceCidr.value);
      const dns = typeof cluster.dnsServiceIP.value === 'string' ? parseAddress(cluster.dnsServiceIP.value) : undefined;
      if (!service || !dns || contains(service, dns)) continue;
      report({
        message: `DNS service IP ${dns.text} is outside the service CIDR ${service.text}`,
        resource: cluster.resource,
        path: cluster.dnsServiceIP.path,
      });
    }
  },
};

export default rule;
