import { nodeSubnetKeys } from '../../graph/aks.js';
import { nsgViews, portsCover, subnetsOfNsg, type SecurityRuleView } from '../../graph/nsg.js';
import { isUnknown } from '../../graph/value.js';
import { displayName, equalsIgnoreCase } from '../../graph/views.js';
import type { Rule } from '../types.js';

/** Service tags AKS and AML need outbound (design.md §1); a regional tag (`Storage.eastus2`) also does. */
const REQUIRED_TAGS = [
  'AzureContainerRegistry',
  'AzureActiveDirectory',
  'AzureMachineLearning',
  'AzureResourceManager',
  'Storage',
  'AzureFrontDoor.FirstParty',
  'MicrosoftContainerRegistry',
];
const EVERYWHERE = new Set(['*', 'internet', '0.0.0.0/0']);
/** The AzureCloud tag (or a regional AzureCloud.<Region>) covers the Azure services above. */
const ALL_OF_AZURE = 'azurecloud';
const HTTPS = 443;

const isOutbound = (r: SecurityRuleView): boolean => equalsIgnoreCase(r.direction, 'Outbound') === true;

/** A known outbound deny of HTTPS to the whole Internet. */
function blocksInternet(r: SecurityRuleView): boolean {
  return (
    equalsIgnoreCase(r.access, 'Deny') === true &&
    typeof r.priority === 'number' &&
    typeof r.protocol === 'string' &&
    carriesTcp(r.protocol) &&
    !isUnknown(r.destinations) &&
    r.destinations.some((d) => EVERYWHERE.has(d.toLowerCase())) &&
    !isUnknown(r.ports) &&
    portsCover(r.ports, HTTPS)
  );
}

const carriesTcp = (protocol: SecurityRuleView['protocol']): boolean => typeof protocol !== 'string' || ['*', 'tcp'].includes(protocol.toLowerCase());

/** Whether a rule may allow HTTPS to a tag; unknown parts count as "may". */
function mayAllow(r: SecurityRuleView, tag: string): boolean {
  if (equalsIgnoreCase(r.access, 'Deny') === true || !carriesTcp(r.protocol)) return false;
  if (!isUnknown(r.ports) && !portsCover(r.ports, HTTPS)) return false;
  if (isUnknown(r.destinations)) return true;
  const lower = tag.toLowerCase();
  return r.destinations.some((d) => {
    const dest = d.toLowerCase();
    return EVERYWHERE.has(dest) || dest === ALL_OF_AZURE || dest.startsWith(`${ALL_OF_AZURE}.`) || dest === lower || dest.startsWith(`${lower}.`);
  });
}

const rule: Rule = {
  meta: {
    id: 'nsg-outbound-blocks-acr',
    description: "An outbound deny to the Internet, in the NSG of the AKS nodes' subnet, comes before any allow for AzureContainerRegistry (or another service tag AML on AKS needs).",
    defaultLevel: 'error',
    docs: '#nsg-outbound-blocks-acr',
    help: 'Add outbound allow rules, with a higher priority (lower number) than the deny, for AzureContainerRegistry.<Region>, Storage.<Region>, AzureActiveDirectory, AzureMachineLearning, AzureResourceManager, AzureFrontDoor.FirstParty and MicrosoftContainerRegistry on 443.',
  },
  check({ index, report }) {
    const nodeSubnets = nodeSubnetKeys(index);
    for (const nsg of nsgViews(index)) {
      // Only the NSG of AKS nodes matters here; another subnet's may deny the Internet on purpose.
      if (nsg.rulesUnknown || !subnetsOfNsg(index, nsg.nsg.key).some((subnet) => nodeSubnets.has(subnet))) continue;
      const outbound = nsg.rules.filter(isOutbound);
      const deny = outbound.filter(blocksInternet).sort((a, b) => (a.priority as number) - (b.priority as number))[0];
      if (!deny) continue;
      const before = outbound.filter((r) => typeof r.priority !== 'number' || r.priority < (deny.priority as number));
      const missing = REQUIRED_TAGS.filter((tag) => !before.some((r) => mayAllow(r, tag)));
      if (missing.length === 0) continue;
      report({
        message: `outbound rule ${displayName(deny.name)} (priority ${deny.priority}) of NSG ${displayName(nsg.nsg.name)} blocks ${missing.join(', ')}: no allow rule with a higher priority`,
        resource: deny.resource,
        path: deny.path,
      });
    }
  },
};

export default rule;
