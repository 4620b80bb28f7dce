import { overlaps } from '../../net/cidr.js';
import { aksView, clusterVnetKeys } from '../../graph/aks.js';
import { cidrOf, overlapsInVnet, vnetRanges } from '../../graph/network.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'aks-docker-bridge-overlap',
    description: 'The docker bridge range overlaps a subnet, the VNet or the service range of the cluster.',
    defaultLevel: 'error',
    docs: '#aks-docker-bridge-overlap',
    help: 'Keep the docker bridge (172.17.0.1/16 by default) outside the VNet, its subnets and the service CIDR.',
  },
  check({ index, report }) {
    for (const cluster of aksView(index).clusters) {
      // the bridge is written as an address with a prefix (172.17.0.1/16); its range is what matters
      const bridge = cidrOf(cluster.dockerBridgeCidr.value);
      if (!bridge) continue;
      const at = { resource: cluster.resource, path: cluster.dockerBridgeCidr.path };
      const service = cidrOf(cluster.serviceCidr.value);
      if (service && overlaps(bridge, service)) report({ ...at, message: `docker bridge ${bridge.text} overlaps the service CIDR ${service.text}` });
      for (const vnetKey of clusterVnetKeys(index, cluster)) {
        for (const what of overlapsInVnet(vnetRanges(index, vnetKey), bridge)) report({ ...at, message: `docker bridge ${bridge.text} overlaps ${what}` });
      }
    }
  },
};

export default rule;
