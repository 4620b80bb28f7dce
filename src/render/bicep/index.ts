/**
 * Topology + planned graph -> the Bicep files (path -> text): main.bicep, its
 * parameter file and one module per concern. Pure: no disk writes here.
 */
import type { Graph } from '../../graph/types.js';
import type { Topology } from '../../topology/types.js';
import type { RenderMeta } from '../header.js';
import { template } from './handlebars.js';
import { buildBicepModel, type BicepModel } from './model.js';

/** Output file -> template, and whether this topology needs it. */
const FILES: readonly { path: string; template: string; needed: (model: BicepModel) => boolean }[] = [
  { path: 'main.bicep', template: 'main.bicep.hbs', needed: () => true },
  { path: 'main.bicepparam', template: 'main.bicepparam.hbs', needed: () => true },
  { path: 'modules/types.bicep', template: 'modules/types.bicep.hbs', needed: () => true },
  { path: 'modules/network.bicep', template: 'modules/network.bicep.hbs', needed: () => true },
  { path: 'modules/private-dns.bicep', template: 'modules/private-dns.bicep.hbs', needed: (m) => m.dns !== null },
  { path: 'modules/private-endpoints.bicep', template: 'modules/private-endpoints.bicep.hbs', needed: (m) => m.endpoints.length > 0 },
  { path: 'modules/workspace.bicep', template: 'modules/workspace.bicep.hbs', needed: () => true },
  { path: 'modules/aks.bicep', template: 'modules/aks.bicep.hbs', needed: (m) => m.aks.cluster },
  { path: 'modules/network-contributor.bicep', template: 'modules/network-contributor.bicep.hbs', needed: (m) => m.aks.cluster || m.aks.grantExistingPrincipal },
  { path: 'modules/compute.bicep', template: 'modules/compute.bicep.hbs', needed: () => true },
];

export function renderBicep(topology: Topology, graph: Graph, meta: RenderMeta): Map<string, string> {
  const model = buildBicepModel(topology, graph, meta);
  return new Map(FILES.filter((f) => f.needed(model)).map((f) => [f.path, template(f.template)(model)]));
}
