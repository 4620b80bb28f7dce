/**
 * The planner: an effective topology -> the resource graph of everything the
 * deployment contains (design.md §2). Pure: the same topology gives the same
 * graph, in the same order, every time. Every value carries the topology line
 * it came from, so rules report findings at the YAML the user wrote.
 */
import { InputError } from '../errors.js';
import type { Graph } from '../graph/types.js';
import type { LoadedTopology } from '../topology/load.js';
import { planAks } from './aks.js';
import { planInference } from './inference.js';
import { PlanBuilder } from './builder.js';
import { planNetwork } from './network.js';
import { planPrivateLink } from './private-link.js';
import { planWorkspace } from './workspace.js';

export { NETWORK_CONTRIBUTOR_POST_DEPLOY } from './aks.js';
export { NSG_ASSOCIATION_POST_DEPLOY, outboundTags, REQUIRED_OUTBOUND_TAGS } from './nsg.js';

export function planTopology(loaded: LoadedTopology): Graph {
  const topology = loaded.topology;
  if (!topology) {
    throw new InputError('the topology breaks its schema, so there is nothing to plan', { file: loaded.file }, 'run `moat validate` to see why');
  }
  const builder = new PlanBuilder(loaded);
  const network = planNetwork(builder, topology);
  const workspace = planWorkspace(builder, topology);
  planPrivateLink(builder, topology, network, workspace.endpoints);
  planAks(builder, topology, network, workspace);
  planInference(builder, topology, network, workspace);
  return { ...builder.graph(), cloud: topology.cloud };
}
