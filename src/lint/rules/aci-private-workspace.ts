/**
 * Shape checked (for the planner, which represents `inference.aci: true` this way):
 * a `Microsoft.ContainerInstance/containerGroups` resource with a non-empty
 * `properties.subnetIds` or (API versions before 2021-07-01) a
 * `properties.networkProfile.id` (the container group joins a VNet subnet), in a graph
 * with a `Microsoft.MachineLearningServices/workspaces` that has a private
 * endpoint. The container group may be `existing: true` when it only stands
 * for "the model is also deployed to ACI in the VNet"; its `source` (or the
 * `properties.subnetIds` value source) should point at the topology's
 * `inference.aci` line.
 */
import { WORKSPACE } from '../../graph/aks.js';
import { hasPrivateEndpoint } from '../../graph/private-link.js';
import { displayName } from '../../graph/views.js';
import { getPath, isUnknown } from '../../graph/value.js';
import type { GraphResource } from '../../graph/types.js';
import type { Rule } from '../types.js';

const CONTAINER_GROUP = 'Microsoft.ContainerInstance/containerGroups';

/** Where a container group joins a VNet: `subnetIds`, or before API 2021-07-01 a `networkProfile` (Microsoft.Network/networkProfiles). */
function vnetPath(group: GraphResource): string | undefined {
  const subnets = getPath(group.properties, 'subnetIds');
  if (Array.isArray(subnets) && subnets.length > 0) return 'properties.subnetIds';
  const profile = getPath(group.properties, 'networkProfile.id');
  return profile !== undefined && profile !== null && profile !== '' && !isUnknown(profile) ? 'properties.networkProfile.id' : undefined;
}

const rule: Rule = {
  meta: {
    id: 'aci-private-workspace',
    description: 'Azure Container Instances join the VNet while the workspace has a private endpoint, which AML does not support.',
    defaultLevel: 'error',
    docs: '#aci-private-workspace',
    help: 'Deploy the model to AKS instead, or keep ACI out of the VNet of a private-endpoint workspace.',
  },
  check({ index, report }) {
    const containerGroups = index.byType(CONTAINER_GROUP);
    if (containerGroups.length === 0) return;
    const privateWorkspace = index.byType(WORKSPACE).find((w) => hasPrivateEndpoint(index, w) === true);
    if (!privateWorkspace) return;
    for (const group of containerGroups) {
      const path = vnetPath(group);
      if (!path) continue;
      report({
        message: `container group ${displayName(group.name)} joins a VNet, but workspace ${displayName(privateWorkspace.name)} has a private endpoint: ACI in the VNet is not supported then`,
        resource: group,
        path,
      });
    }
  },
};

export default rule;
