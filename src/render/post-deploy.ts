/**
 * post-deploy.sh: what the deployment itself can't do, from the planner's
 * notes. When AML creates the cluster (or an attached cluster's identity isn't
 * given), the guidance's three commands grant its identity Network Contributor
 * (find the AKS identity, find the VNet's resource group, assign the role);
 * when the AKS subnet existed already, the NSG is associated with it.
 */
import { apiVersionOf } from '../azure/api-versions.js';
import type { CloudName } from '../azure/clouds.js';
import type { Graph, GraphNote } from '../graph/types.js';
import { NETWORK_CONTRIBUTOR_POST_DEPLOY, NSG_ASSOCIATION_POST_DEPLOY } from '../plan/index.js';
import { template } from './bicep/handlebars.js';
import { shellHeader, type RenderMeta } from './header.js';

export const POST_DEPLOY_FILE = 'post-deploy.sh';

/** A note's data with every field the template reads present ('' when the planner left it out). */
function fields(note: GraphNote, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, note.data?.[name] ?? '']));
}

const GRANT_FIELDS = ['vnetResourceGroup', 'workspaceName', 'workspaceResourceGroup', 'computeName', 'roleDefinitionId', 'clusterResourceId'] as const;
const NSG_FIELDS = ['vnetName', 'vnetResourceGroup', 'subnetName', 'nsgName', 'nsgResourceGroup'] as const;

/** The script, or undefined when the deployment needs no follow-up. `cloud`: where `az` must be signed in. */
export function renderPostDeploy(graph: Graph, cloud: CloudName, meta: RenderMeta): string | undefined {
  const grants = graph.notes
    .filter((n) => n.ruleId === NETWORK_CONTRIBUTOR_POST_DEPLOY)
    .map((n) => ({ ...fields(n, GRANT_FIELDS), computeApiVersion: apiVersionOf('Microsoft.MachineLearningServices/workspaces/computes') }));
  const nsgAssociations = graph.notes.filter((n) => n.ruleId === NSG_ASSOCIATION_POST_DEPLOY).map((n) => fields(n, NSG_FIELDS));
  if (grants.length === 0 && nsgAssociations.length === 0) return undefined;
  return template('post-deploy.sh.hbs')({ header: shellHeader(meta), cloud, grants, nsgAssociations });
}
