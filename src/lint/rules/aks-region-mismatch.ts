import { aksView } from '../../graph/aks.js';
import { hasPrivateEndpoint } from '../../graph/private-link.js';
import { displayName } from '../../graph/views.js';
import type { Rule } from '../types.js';

/** 'East US 2' and 'eastus2' name one region. */
const normalizeRegion = (region: string): string => region.replace(/\s+/g, '').toLowerCase();

const rule: Rule = {
  meta: {
    id: 'aks-region-mismatch',
    description: 'The AKS cluster is in another region than a workspace that has a private endpoint.',
    defaultLevel: 'error',
    docs: '#aks-region-mismatch',
    help: "With a private endpoint on the workspace, AKS must be in the workspace's region: move the cluster (location / computeLocation) to it.",
  },
  check({ index, report }) {
    for (const cluster of aksView(index).clusters) {
      const clusterRegion = cluster.location.value;
      if (typeof clusterRegion !== 'string') continue;
      for (const workspace of cluster.workspaces) {
        const workspaceRegion = workspace.location;
        if (typeof workspaceRegion !== 'string' || normalizeRegion(workspaceRegion) === normalizeRegion(clusterRegion)) continue;
        if (hasPrivateEndpoint(index, workspace) !== true) continue;
        report({
          message: `AKS ${displayName(cluster.resource.name)} is in ${clusterRegion} but workspace ${displayName(workspace.name)}, which has a private endpoint, is in ${workspaceRegion}`,
          resource: cluster.resource,
          path: cluster.location.path,
        });
      }
    }
  },
};

export default rule;
