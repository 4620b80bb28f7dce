import { MANAGED_CLUSTER } from '../../graph/aks.js';
import { isUnknown } from '../../graph/value.js';
import { displayName, valueAt } from '../../graph/views.js';
import type { Rule } from '../types.js';

const PATH = 'properties.apiServerAccessProfile.enablePrivateCluster';

const rule: Rule = {
  meta: {
    id: 'aks-api-server-public',
    description: 'The AKS API server has a public endpoint (not a private cluster).',
    defaultLevel: 'info',
    docs: '#aks-api-server-public',
    help: 'Consider a private cluster (apiServerAccessProfile.enablePrivateCluster: true), or restrict authorizedIPRanges. AML can attach a private cluster it did not create.',
  },
  check({ index, report }) {
    for (const cluster of index.byType(MANAGED_CLUSTER)) {
      const isPrivate = valueAt(cluster, PATH);
      if (cluster.existing || isPrivate === true || isUnknown(isPrivate)) continue;
      report({ message: `cluster ${displayName(cluster.name)} has a public API server`, resource: cluster, path: PATH });
    }
  },
};

export default rule;
