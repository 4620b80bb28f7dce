/**
 * `inference.aci: true`: the model is also deployed to Azure Container
 * Instances in the VNet. AML (v1) creates that container group itself at
 * deploy time, so it is planned as a referenced (existing) container group in
 * a subnet of the VNet: nothing is generated for it, and the
 * aci-private-workspace rule sees it next to the workspace.
 */
import type { Topology } from '../topology/types.js';
import type { PlanBuilder } from './builder.js';
import type { NetworkPlan } from './network.js';
import type { WorkspacePlan } from './workspace.js';

export function planInference(builder: PlanBuilder, topology: Topology, network: NetworkPlan, workspace: WorkspacePlan): void {
  if (!topology.inference.aci) return;
  // ACI needs a subnet of its own (delegated to it): an `other` subnet if there is one
  const otherIndex = topology.network.subnets.findIndex((s) => s.purpose === 'other');
  const index = otherIndex < 0 ? network.aks.index : otherIndex;
  builder.add({
    type: 'Microsoft.ContainerInstance/containerGroups',
    name: `aci-${topology.name}`,
    resourceGroup: workspace.resourceGroup,
    existing: true,
    location: topology.location,
    properties: { subnetIds: [{ id: network.subnetLink(index) }] },
    declaredBy: 'inference.aci',
    valuesFrom: { 'properties.subnetIds': 'inference.aci' },
  });
}
