import type { LoaderReportedRule } from '../registry.js';

/**
 * Reported by the planner, not by a check: the AKS subnet already exists, and redeploying
 * it to attach the NSG would reset its other settings, so moat creates the NSG and leaves
 * the association to post-deploy.sh.
 */
const rule: LoaderReportedRule = {
  reportedBy: 'the planner',
  meta: {
    id: 'nsg-association-post-deploy',
    description: 'The AKS subnet exists already: the NSG moat creates is associated with it after deployment.',
    defaultLevel: 'info',
    docs: '#nsg-association-post-deploy',
    help: 'Run the post-deploy.sh that moat generate writes once the deployment has succeeded, or associate the NSG with the subnet yourself.',
  },
};

export default rule;
