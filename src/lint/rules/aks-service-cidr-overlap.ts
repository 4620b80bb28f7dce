import { aksView, clusterVnetKeys } from '../../graph/aks.js';
import { cidrOf, overlapsInVnet, vnetRanges } from '../../graph/network.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'aks-service-cidr-overlap',
    description: 'The Kubernetes service address range overlaps the VNet or a subnet of the VNet the cluster joins.',
    defaultLevel: 'error',
    docs: '#aks-service-cidr-overlap',
    help: 'Pick a service CIDR that no subnet and no VNet prefix uses (and that no peered or on-premises network uses), e.g. 10.0.0.0/16 when the VNet is 10.10.0.0/16.',
  },
  check({ index, report }) {
    for (const cluster of aksView(index).clusters) {
      const service = cidrOf(cluster.serviceCidr.value);
      if (!service) continue;
      const at = { resource: cluster.resource, path: cluster.serviceCidr.path };
      for (const vnetKey of clusterVnetKeys(index, cluster)) {
        for (const what of overlapsInVnet(vnetRanges(index, vnetKey), service)) report({ ...at, message: `service CIDR ${service.text} overlaps ${what}` });
      }
    }
  },
};

export default rule;
