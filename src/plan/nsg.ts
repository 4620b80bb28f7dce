/**
 * The NSG of the AKS subnet: inbound rules for the scoring callers the
 * topology names, and for `outbound: restricted` one allow rule per service
 * tag AML needs (design.md §1) above a rule denying the Internet.
 */
import type { GraphResource } from '../graph/types.js';
import type { ValueObject } from '../graph/value.js';
import type { Subnet, Topology } from '../topology/types.js';
import { tagsOf, type PlanBuilder } from './builder.js';
import nsgAssociationPostDeployRule from '../lint/rules/nsg-association-post-deploy.js';

/** Service tags AML inference on AKS needs outbound; `regional` ones are narrowed to the cluster's region. */
export const REQUIRED_OUTBOUND_TAGS: readonly { tag: string; regional: boolean }[] = [
  { tag: 'AzureActiveDirectory', regional: false },
  { tag: 'AzureMachineLearning', regional: false },
  { tag: 'AzureResourceManager', regional: false },
  { tag: 'Storage', regional: true },
  { tag: 'AzureContainerRegistry', regional: true },
  { tag: 'AzureFrontDoor.FirstParty', regional: false },
  { tag: 'MicrosoftContainerRegistry', regional: false },
];

/** The note asking for the NSG to be associated after deployment (post-deploy.sh acts on it). */
export const NSG_ASSOCIATION_POST_DEPLOY = nsgAssociationPostDeployRule.meta.id;

const FIRST_SCORING_PRIORITY = 100;
const FIRST_OUTBOUND_PRIORITY = 100;
/** below every allow rule moat writes, above Azure's default AllowInternetOutBound (65001) */
const DENY_INTERNET_PRIORITY = 4000;

/** Service tag names for a region (`Storage.eastus2`). */
export function outboundTags(region: string): string[] {
  return REQUIRED_OUTBOUND_TAGS.map(({ tag, regional }) => (regional ? `${tag}.${region}` : tag));
}

/** NSG rule names: letters, digits, '.', '-', '_' (the tag's dots are fine). */
const ruleName = (prefix: string, text: string): string => `${prefix}-${text.replace(/[^A-Za-z0-9._-]/g, '-')}`;

function inboundRules(topology: Topology, lbSubnet: Subnet): { rules: ValueObject[]; sources: Record<string, string> } {
  // the scoring IP of an internal load balancer lies in its subnet; a public one's IP is only known after deployment
  const destination = topology.aks.loadBalancer === 'internal' ? lbSubnet.addressPrefix : '*';
  const sources: Record<string, string> = {};
  const rules = topology.network.nsg.scoringInbound.map((rule, i): ValueObject => {
    const at = `network.nsg.scoringInbound.${i}`;
    const path = `properties.securityRules.${i}`;
    sources[path] = at;
    sources[`${path}.name`] = `${at}.name`;
    sources[`${path}.properties.sourceAddressPrefix`] = `${at}.sourceAddressPrefix`;
    sources[`${path}.properties.destinationPortRanges`] = `${at}.ports`;
    sources[`${path}.properties.destinationAddressPrefix`] = topology.aks.loadBalancer === 'internal' ? 'aks.loadBalancerSubnet' : 'aks.loadBalancer';
    return {
      name: ruleName('allow-scoring', rule.name),
      properties: {
        priority: FIRST_SCORING_PRIORITY + i,
        direction: 'Inbound',
        access: 'Allow',
        protocol: 'Tcp',
        sourceAddressPrefix: rule.sourceAddressPrefix,
        sourcePortRange: '*',
        destinationAddressPrefix: destination,
        destinationPortRanges: rule.ports.map(String),
      },
    };
  });
  return { rules, sources };
}

function outboundRules(topology: Topology): ValueObject[] {
  if (topology.network.nsg.outbound !== 'restricted') return [];
  const allows = outboundTags(topology.aks.location).map(
    (tag, i): ValueObject => ({
      name: ruleName('allow-out', tag),
      properties: {
        priority: FIRST_OUTBOUND_PRIORITY + i,
        direction: 'Outbound',
        access: 'Allow',
        protocol: 'Tcp',
        sourceAddressPrefix: 'VirtualNetwork',
        sourcePortRange: '*',
        destinationAddressPrefix: tag,
        destinationPortRange: '443',
      },
    }),
  );
  const deny: ValueObject = {
    name: 'deny-out-internet',
    properties: {
      priority: DENY_INTERNET_PRIORITY,
      direction: 'Outbound',
      access: 'Deny',
      protocol: '*',
      sourceAddressPrefix: '*',
      sourcePortRange: '*',
      destinationAddressPrefix: 'Internet',
      destinationPortRange: '*',
    },
  };
  return [...allows, deny];
}

/**
 * The NSG, or undefined when the AKS subnet exists already and the topology
 * asks for no rule (then there is nothing to write, and nothing to associate).
 */
export function planNsg(builder: PlanBuilder, topology: Topology, aksSubnet: Subnet, lbSubnet: Subnet, resourceGroup: string | undefined): GraphResource | undefined {
  const inbound = inboundRules(topology, lbSubnet);
  const outbound = outboundRules(topology);
  const rules = [...inbound.rules, ...outbound];
  if (aksSubnet.existing && rules.length === 0) return undefined;
  const outboundSources = Object.fromEntries(
    outbound.flatMap((_, i) => {
      const path = `properties.securityRules.${inbound.rules.length + i}`;
      return [
        [path, 'network.nsg.outbound'],
        [`${path}.properties.destinationAddressPrefix`, i < outbound.length - 1 && REQUIRED_OUTBOUND_TAGS[i]!.regional ? 'aks.location' : 'network.nsg.outbound'],
      ];
    }),
  );
  const nsg = builder.add({
    type: 'Microsoft.Network/networkSecurityGroups',
    name: `nsg-${aksSubnet.name}`,
    resourceGroup,
    location: topology.location,
    tags: tagsOf(topology.tags),
    properties: { securityRules: rules },
    declaredBy: 'network.nsg',
    valuesFrom: { location: 'location', 'properties.securityRules': 'network.nsg', ...inbound.sources, ...outboundSources },
  });
  if (aksSubnet.existing) {
    const vnet = topology.network.vnet;
    builder.note({
      ruleId: NSG_ASSOCIATION_POST_DEPLOY,
      message: `subnet ${aksSubnet.name} exists already, so moat creates ${nsg.name} but does not associate it (a PUT of the subnet would reset its other settings); associate it after deployment`,
      source: builder.locate('network.nsg'),
      resourceKey: nsg.key,
      data: {
        vnetName: vnet.name,
        vnetResourceGroup: vnet.resourceGroup ?? '',
        subnetName: aksSubnet.name,
        nsgName: nsg.name as string,
        nsgResourceGroup: resourceGroup ?? '',
      },
    });
  }
  return nsg;
}
