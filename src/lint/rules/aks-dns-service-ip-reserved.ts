import { contains, isNetworkOrFirst, nthAddress, parseAddress } from '../../net/cidr.js';
import { aksView } from '../../graph/aks.js';
import { cidrOf } from '../../graph/network.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'aks-dns-service-ip-reserved',
    description: 'The Kubernetes DNS service IP is the network address or the first address of the service range.',
    defaultLevel: 'error',
    docs: '#aks-dns-service-ip-reserved',
    help: 'The first address of the service range goes to the kubernetes API service; use another one, conventionally the .10 address.',
  },
  check({ index, report }) {
    for (const cluster of aksView(index).clusters) {
      const service = cidrOf(cluster.serviceCidr.value);
      const dns = typeof cluster.dnsServiceIP.value === 'string' ? parseAddress(cluster.dnsServiceIP.value) : undefined;
      if (!service || !dns || !contains(service, dns) || !isNetworkOrFirst(service, dns)) continue;
      const which = dns.value === service.start ? `the network address of ${service.text}` : `the first address of ${service.text}, taken by the kubernetes service`;
      const suggestion = nthAddress(service, 10);
      report({
        message: `DNS service IP ${dns.text} is ${which}${suggestion ? `; use another address such as ${suggestion}` : ''}`,
        resource: cluster.resource,
        path: cluster.dnsServiceIP.path,
      });
    }
  },
};

export default rule;
