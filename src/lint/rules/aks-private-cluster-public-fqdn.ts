import { managedClustersForAml } from '../../graph/aks.js';
import { valueAt, displayName } from '../../graph/views.js';
import type { Rule } from '../types.js';

const PROFILE = 'properties.apiServerAccessProfile';

const rule: Rule = {
  meta: {
    id: 'aks-private-cluster-public-fqdn',
    description: 'A private AKS cluster used with AML also enables a public FQDN for its API server.',
    defaultLevel: 'error',
    docs: '#aks-private-cluster-public-fqdn',
    help: 'Set apiServerAccessProfile.enablePrivateClusterPublicFQDN to false: AML does not support a private AKS cluster with a public FQDN.',
  },
  check({ index, report }) {
    for (const cluster of managedClustersForAml(index)) {
      const path = `${PROFILE}.enablePrivateClusterPublicFQDN`;
      if (valueAt(cluster.resource, `${PROFILE}.enablePrivateCluster`) !== true || valueAt(cluster.resource, path) !== true) continue;
      report({
        message: `private cluster ${displayName(cluster.resource.name)} enables a public FQDN, which AML does not support`,
        resource: cluster.resource,
        path,
      });
    }
  },
};

export default rule;
