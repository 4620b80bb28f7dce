import { overlaps } from '../../net/cidr.js';
import { aksView, clusterVnetKeys } from '../../graph/aks.js';
import { cidrOf, describeSubnet, vnetRanges } from '../../graph/network.js';
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
        const ranges = vnetRanges(index, vnetKey);
        let subnetHit = false;
        for (const { subnet, prefixes } of ranges.subnets) {
          for (const prefix of prefixes.filter((p) => overlaps(service, p.cidr))) {
            subnetHit = true;
            report({ ...at, message: `service CIDR ${service.text} overlaps ${describeSubnet(subnet, prefix)}` });
          }
        }
        // the VNet contains its subnets: name it only when no subnet already explains the overlap
        if (subnetHit) continue;
        for (const prefix of ranges.prefixes.filter((p) => overlaps(service, p.cidr))) {
          report({ ...at, message: `service CIDR ${service.text} overlaps the address space of VNet ${ranges.vnetName} (${prefix.cidr.text})` });
        }
      }
    }
  },
};

export default rule;
