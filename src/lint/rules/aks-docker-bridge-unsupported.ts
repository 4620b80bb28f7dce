import { aksView } from '../../graph/aks.js';
import type { Rule } from '../types.js';

/** managedClusters rejects networkProfile.dockerBridgeCidr from this API version on. */
const REJECTED_FROM = '2023-04-01';

const rule: Rule = {
  meta: {
    id: 'aks-docker-bridge-unsupported',
    description: 'dockerBridgeCidr is set on a managedClusters resource whose API version (2023-04-01 or later) rejects it.',
    defaultLevel: 'error',
    docs: '#aks-docker-bridge-unsupported',
    help: 'Remove networkProfile.dockerBridgeCidr from the managed cluster (AKS no longer uses the docker bridge), or keep it only in the AML compute aksNetworkingConfiguration, which still accepts it.',
  },
  check({ index, report }) {
    for (const cluster of aksView(index).clusters) {
      // an existing cluster is only described, not deployed: nothing is sent to the API
      if (cluster.kind !== 'managedCluster' || cluster.resource.existing) continue;
      const { value, path } = cluster.dockerBridgeCidr;
      const apiVersion = cluster.resource.apiVersion.slice(0, 10);
      if (typeof value !== 'string' || value === '' || apiVersion < REJECTED_FROM) continue;
      report({
        message: `dockerBridgeCidr ${value} is rejected by Microsoft.ContainerService/managedClusters API ${cluster.resource.apiVersion} (from ${REJECTED_FROM} on)`,
        resource: cluster.resource,
        path,
      });
    }
  },
};

export default rule;
