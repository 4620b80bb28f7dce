import { test } from 'uvu';
import { ruleTable } from './rule-cases.js';
import { at, scenario, T, type Spec } from './scenario.js';
import { linkTo, resource, unknown } from '../support/graph-builder.js';
import type { Graph } from '../../src/graph/types.js';
import type { Value, ValueObject } from '../../src/graph/value.js';
import outboundBlocksAcr from '../../src/lint/rules/nsg-outbound-blocks-acr.js';
import scoringInboundOpen from '../../src/lint/rules/nsg-scoring-inbound-open.js';
import nsgAssociationPostDeploy from '../../src/lint/rules/nsg-association-post-deploy.js';

const NSG = 'nsg-aks';
const REQUIRED = ['AzureContainerRegistry.eastus2', 'AzureActiveDirectory', 'AzureMachineLearning', 'AzureResourceManager', 'Storage.eastus2', 'AzureFrontDoor.FirstParty', 'MicrosoftContainerRegistry'];

const outbound = (name: string, priority: Value, access: string, destination: Value, port: Value = '443'): ValueObject => ({
  name,
  properties: { priority, direction: 'Outbound', access, protocol: 'Tcp', sourceAddressPrefix: 'VirtualNetwork', sourcePortRange: '*', destinationAddressPrefix: destination, destinationPortRange: port },
});
const DENY_INTERNET = outbound('deny-internet', 4000, 'Deny', 'Internet', '*');
const allows = (tags: string[], from = 100): ValueObject[] => tags.map((tag, i) => outbound(`allow-${tag}`, from + i, 'Allow', tag));

/** The NSG's rules replaced by `rules`; the deny is the last of them. */
const withRules = (...rules: ValueObject[]) => (s: Spec): void => {
  at(s.nsg, '').securityRules = rules;
};
/** A graph plus an allow rule whose name, and so its NSG, is unknown (`format('{0}/allow', parameters('nsg'))`). */
function withChildOfUnknownNsg(g: Graph): Graph {
  g.resources.push(resource(T.securityRule, unknown(), outbound('allow', 100, 'Allow', 'AzureContainerRegistry').properties as ValueObject));
  return g;
}
const denyLine = (index: number): { resource: string; path: string } => ({ resource: NSG, path: `properties.securityRules.${index}.properties` });

ruleTable(outboundBlocksAcr, [
  ['baseline is clean', scenario(), []],
  ['deny with every tag allowed first', scenario(withRules(...allows(REQUIRED), DENY_INTERNET)), []],
  ['deny without any allow', scenario(withRules(DENY_INTERNET)), [{ ...denyLine(0), says: 'outbound rule deny-internet (priority 4000) of NSG nsg-aks blocks AzureContainerRegistry, AzureActiveDirectory, AzureMachineLearning, AzureResourceManager, Storage, AzureFrontDoor.FirstParty, MicrosoftContainerRegistry' }]],
  ['registry allowed after the deny', scenario(withRules(...allows(REQUIRED.slice(1)), outbound('allow-acr', 4001, 'Allow', 'AzureContainerRegistry'), DENY_INTERNET)), [{ ...denyLine(7), says: 'blocks AzureContainerRegistry: no allow' }]],
  ['registry allowed on another port', scenario(withRules(...allows(REQUIRED.slice(1)), outbound('allow-acr', 90, 'Allow', 'AzureContainerRegistry', '80'), DENY_INTERNET)), [denyLine(7)]],
  ['child securityRules resource', scenario((s) => {
    s.deny = { type: T.securityRule, name: 'nsg-aks/deny-internet', properties: DENY_INTERNET.properties as ValueObject, options: {} };
  }), [{ resource: 'nsg-aks/deny-internet', path: 'properties' }]],
  ['AzureCloud allowed first covers the Azure tags', scenario(withRules(outbound('allow-azure', 100, 'Allow', 'AzureCloud.eastus2'), ...allows(['AzureFrontDoor.FirstParty'], 200), DENY_INTERNET)), []],
  ['registry allowed for UDP only', scenario(withRules(...allows(REQUIRED.slice(1)), { name: 'allow-acr', properties: { ...(outbound('allow-acr', 90, 'Allow', 'AzureContainerRegistry').properties as ValueObject), protocol: 'Udp' } }, DENY_INTERNET)), [denyLine(7)]],
  ['deny of another port only', scenario(withRules(outbound('deny-smtp', 100, 'Deny', 'Internet', '25'))), []],
  ['unknown allow before the deny', scenario(withRules(outbound('allow-x', 100, 'Allow', unknown()), DENY_INTERNET)), []],
  ['unknown deny priority', scenario(withRules(outbound('deny-internet', unknown(), 'Deny', 'Internet', '*'))), []],
  ['unknown rule list', scenario((s) => (at(s.nsg, '').securityRules = unknown())), []],
  ['a child rule with an unknown name (so unknown NSG) may be the allow', withChildOfUnknownNsg(scenario(withRules(DENY_INTERNET))), []],
  ['deny in an NSG on no AKS subnet', scenario((s) => {
    withRules(DENY_INTERNET)(s);
    delete at(s.vnet, 'subnets.0.properties').networkSecurityGroup;
  }), []],
  ['deny in an NSG whose association is unknown', scenario((s) => {
    withRules(DENY_INTERNET)(s);
    at(s.vnet, 'subnets.0.properties').networkSecurityGroup = unknown();
  }), []],
]);

const inbound = (source: Value, port: Value, access = 'Allow'): ValueObject => ({
  name: 'scoring',
  properties: { priority: 200, direction: 'Inbound', access, protocol: 'Tcp', sourceAddressPrefix: source, sourcePortRange: '*', destinationAddressPrefix: '*', destinationPortRange: port },
});

const OPEN = inbound('Internet', '443');
const aksSubnet = (s: Spec): ValueObject => at(s.vnet, 'subnets.0.properties');
/** A third subnet, snet-lb, with its own NSG, nsg-lb, that opens 443 to the Internet. */
const withLoadBalancerSubnet = (s: Spec): void => {
  (at(s.vnet, '').subnets as Value[]).push({ name: 'snet-lb', properties: { addressPrefix: '10.10.5.0/24', networkSecurityGroup: { id: linkTo(T.nsg, 'nsg-lb') } } });
  s.nsgLb = { type: T.nsg, name: 'nsg-lb', properties: { securityRules: [OPEN] }, options: {} };
};
const lbLine = { resource: 'nsg-lb', path: 'properties.securityRules.0.properties' };
const scoreOn = (subnet: Value) => (s: Spec): void => {
  at(s.attach, 'properties').loadBalancerSubnet = subnet;
  at(s.amlCompute, 'properties').loadBalancerSubnet = subnet;
};
/** The NSG moved from the AKS subnet to the private endpoint subnet. */
const onEndpointSubnet = (s: Spec): void => {
  delete aksSubnet(s).networkSecurityGroup;
  at(s.vnet, 'subnets.1.properties').networkSecurityGroup = { id: linkTo(T.nsg, 'nsg-aks') };
};
/** The NSG on the existing AKS subnet, associated after deployment (the planner's note). */
function withPostDeployAssociation(g: Graph): Graph {
  const nsg = g.resources.find((r) => r.name === 'nsg-aks')!;
  g.notes.push({ ruleId: nsgAssociationPostDeploy.meta.id, message: 'associate it after deployment', source: nsg.source, resourceKey: nsg.key, data: { vnetName: 'vnet-contoso', vnetResourceGroup: '', subnetName: 'snet-aks', nsgName: 'nsg-aks', nsgResourceGroup: '' } });
  return g;
}

ruleTable(scoringInboundOpen, [
  ['baseline is clean', scenario(), []],
  ['Internet to 443', scenario(withRules(OPEN)), [{ ...denyLine(0), says: 'inbound rule scoring of NSG nsg-aks allows Internet to scoring port 443' }]],
  ["open on the scoring load balancer's subnet", scenario((s) => { withLoadBalancerSubnet(s); scoreOn('snet-lb')(s); }), [{ ...lbLine, says: 'NSG nsg-lb' }]],
  ['open on a subnet no cluster uses', scenario(withLoadBalancerSubnet), []],
  ['open on the private endpoint subnet', scenario((s) => { withRules(OPEN)(s); onEndpointSubnet(s); }), []],
  ['open, associated with no subnet', scenario((s) => { withRules(OPEN)(s); delete aksSubnet(s).networkSecurityGroup; }), []],
  ['open, associated with the AKS subnet after deployment', withPostDeployAssociation(scenario((s) => { withRules(OPEN)(s); delete aksSubnet(s).networkSecurityGroup; })), [denyLine(0)]],
  ['any source to a range with 80', scenario(withRules(inbound('*', '1-1000'))), [{ ...denyLine(0), says: 'scoring port 80/443' }]],
  ['UDP only', scenario(withRules({ name: 'scoring', properties: { ...(inbound('Internet', '443').properties as ValueObject), protocol: 'Udp' } })), []],
  ['deny from Internet', scenario(withRules(inbound('Internet', '443', 'Deny'))), []],
  ['Internet to another port', scenario(withRules(inbound('0.0.0.0/0', '22'))), []],
  ['unknown source', scenario(withRules(inbound(unknown(), '443'))), []],
  ["unknown NSG link on the AKS subnet", scenario((s) => { withRules(OPEN)(s); aksSubnet(s).networkSecurityGroup = { id: unknown() }; }), []],
  ['unknown cluster subnet', scenario((s) => {
    withRules(OPEN)(s);
    scoreOn('snet-pe')(s);
    at(s.aks, 'agentPoolProfiles.0').vnetSubnetID = unknown();
    at(s.amlCompute, 'properties.aksNetworkingConfiguration').subnetId = unknown();
  }), []],
  ['unknown load balancer subnet', scenario((s) => { withLoadBalancerSubnet(s); scoreOn(unknown())(s); }), []],
]);

test.run();
