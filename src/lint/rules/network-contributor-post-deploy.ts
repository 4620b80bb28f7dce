import type { LoaderReportedRule } from '../registry.js';

/**
 * Reported by the planner, not by a check: when AML creates the cluster (or an attached
 * cluster's identity isn't given), no template can grant its identity Network Contributor,
 * so moat says so and `moat generate` writes post-deploy.sh with the guidance's commands.
 */
const rule: LoaderReportedRule = {
  reportedBy: 'the planner',
  meta: {
    id: 'network-contributor-post-deploy',
    description: "The AKS cluster's identity is known only after deployment; Network Contributor on the VNet's resource group must be granted then.",
    defaultLevel: 'info',
    docs: '#network-contributor-post-deploy',
    help: 'Run the post-deploy.sh that moat generate writes once the deployment has succeeded, or give aks.principalId for an attached cluster.',
  },
};

export default rule;
