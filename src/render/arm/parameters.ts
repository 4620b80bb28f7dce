/**
 * The template's parameters: the regions of the new resources, so a user can
 * deploy the same template elsewhere without editing it. The first region is
 * `location` (the topology's `location`); the cluster's own region, when
 * `aks.location` differs, is `aksLocation`.
 */
import type { GraphResource } from '../../graph/types.js';

export interface LocationParameter {
  name: string;
  value: string;
  description: string;
}

const AKS_TYPES = new Set(['microsoft.containerservice/managedclusters', 'microsoft.machinelearningservices/workspaces/computes']);

/** Where a resource is: its `location`, or an AML compute's `computeLocation`. */
export function regionsOf(resource: GraphResource): unknown[] {
  return [resource.location, resource.properties['computeLocation']];
}

export function locationParameters(deployed: GraphResource[]): LocationParameter[] {
  const regions: string[] = [];
  for (const resource of deployed) {
    for (const region of regionsOf(resource)) if (typeof region === 'string' && region !== 'global' && !regions.includes(region)) regions.push(region);
  }
  const aksRegions = new Set(deployed.filter((r) => AKS_TYPES.has(r.type.toLowerCase())).flatMap(regionsOf));
  return regions.map((value, i) => {
    if (i === 0) return { name: 'location', value, description: "Region of the new resources (the topology's location)" };
    if (aksRegions.has(value) && i === 1) return { name: 'aksLocation', value, description: "Region of the AKS cluster (the topology's aks.location)" };
    return { name: `location${i + 1}`, value, description: 'Region of some of the new resources' };
  });
}
