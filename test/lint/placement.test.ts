import { test } from 'uvu';
import { ruleTable } from './rule-cases.js';
import { at, scenario, SUBNET_AKS, T, type Entry, type Spec } from './scenario.js';
import { RuntimeValue, type Value } from '../../src/graph/value.js';
import { idOf, linkTo, resourceIdOf, unknown } from '../support/graph-builder.js';
import networkPlugin from '../../src/lint/rules/aks-network-plugin.js';
import regionMismatch from '../../src/lint/rules/aks-region-mismatch.js';
import privateFqdn from '../../src/lint/rules/aks-private-cluster-public-fqdn.js';
import aciPrivate from '../../src/lint/rules/aci-private-workspace.js';
import networkContributor from '../../src/lint/rules/aks-network-contributor-missing.js';

const AKS = 'aks-contoso';
const AML = 'mlw-contoso/aks-aml';
/** The workspace is deployed elsewhere; the compute attaching the cluster to it stays. */
const workspaceElsewhere = (s: Spec): void => {
  for (const key of ['mlw', 'amlCompute', 'pe-mlw', 'pe-mlw/default']) delete s[key];
};
const withoutWorkspace = (s: Spec): void => {
  for (const key of ['mlw', 'attach', 'amlCompute', 'pe-mlw', 'pe-mlw/default']) delete s[key];
};

ruleTable(networkPlugin, [
  ['baseline is clean', scenario(), []],
  ['kubenet attached to AML', scenario((s) => (at(s.aks, 'networkProfile').networkPlugin = 'kubenet')), [{ resource: AKS, path: 'properties.networkProfile.networkPlugin', says: 'kubenet' }]],
  ['kubenet attached to a workspace deployed elsewhere', scenario((s) => { at(s.aks, 'networkProfile').networkPlugin = 'kubenet'; workspaceElsewhere(s); }), [{ resource: AKS, path: 'properties.networkProfile.networkPlugin' }]],
  ['kubenet without any AML resource', scenario((s) => { at(s.aks, 'networkProfile').networkPlugin = 'kubenet'; withoutWorkspace(s); }), []],
  ['kubenet without a VNet subnet', scenario((s) => { at(s.aks, 'networkProfile').networkPlugin = 'kubenet'; delete at(s.aks, 'agentPoolProfiles.0').vnetSubnetID; }), []],
  ['unknown plugin', scenario((s) => (at(s.aks, 'networkProfile').networkPlugin = unknown())), []],
]);

ruleTable(regionMismatch, [
  ['baseline is clean', scenario(), []],
  ['attached cluster elsewhere', scenario((s) => (s.aks!.options.location = 'westeurope')), [{ resource: AKS, path: 'location', says: 'AKS aks-contoso is in westeurope but workspace mlw-contoso, which has a private endpoint, is in eastus2' }]],
  ['AML compute location', scenario((s) => (s.amlCompute!.properties.computeLocation = 'westus')), [{ resource: AML, path: 'properties.computeLocation' }]],
  ['display name of the same region', scenario((s) => (s.aks!.options.location = 'East US 2')), []],
  ['workspace without private endpoint', scenario((s) => { s.aks!.options.location = 'westeurope'; delete s['pe-mlw']; delete s['pe-mlw/default']; }), []],
  ['unknown cluster location', scenario((s) => (s.aks!.options.location = unknown())), []],
  ['compute whose workspace is unknown', scenario((s) => { s.amlCompute!.properties.computeLocation = 'westus'; s.amlCompute!.name = unknown(); s.amlCompute!.options.idName = 'mlw-contoso/{unknown}'; }), []],
  ['private endpoint to an unknown target', scenario((s) => { s.aks!.options.location = 'westeurope'; at(s['pe-mlw'], 'privateLinkServiceConnections.0.properties').privateLinkServiceId = unknown(); }), []],
]);

ruleTable(privateFqdn, [
  ['baseline is clean', scenario(), []],
  ['private cluster with public FQDN', scenario((s) => (at(s.aks, 'apiServerAccessProfile').enablePrivateClusterPublicFQDN = true)), [{ resource: AKS, path: 'properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN', says: 'public FQDN' }]],
  ['public cluster', scenario((s) => Object.assign(at(s.aks, 'apiServerAccessProfile'), { enablePrivateCluster: false, enablePrivateClusterPublicFQDN: true })), []],
  ['not used by AML', scenario((s) => { at(s.aks, 'apiServerAccessProfile').enablePrivateClusterPublicFQDN = true; withoutWorkspace(s); }), []],
  ['attached to a workspace deployed elsewhere', scenario((s) => { at(s.aks, 'apiServerAccessProfile').enablePrivateClusterPublicFQDN = true; workspaceElsewhere(s); }), [{ resource: AKS, path: 'properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN' }]],
  ['unknown', scenario((s) => (at(s.aks, 'apiServerAccessProfile').enablePrivateClusterPublicFQDN = unknown())), []],
]);

const aci = (subnetIds: Value): Entry => ({ type: T.containerGroup, name: 'aci-scoring', properties: { osType: 'Linux', subnetIds }, options: {} });

ruleTable(aciPrivate, [
  ['baseline is clean', scenario(), []],
  ['ACI in the VNet with a private workspace', scenario((s) => (s.aci = aci([{ id: SUBNET_AKS }]))), [{ resource: 'aci-scoring', path: 'properties.subnetIds', says: 'workspace mlw-contoso has a private endpoint' }]],
  ['ACI in the VNet through a network profile (API before 2021-07-01)', scenario((s) => (s.aci = { ...aci([]), properties: { osType: 'Linux', networkProfile: { id: idOf('Microsoft.Network/networkProfiles', 'np-aci') } } })), [{ resource: 'aci-scoring', path: 'properties.networkProfile.id' }]],
  ['ACI outside the VNet', scenario((s) => (s.aci = aci([]))), []],
  ['workspace without private endpoint', scenario((s) => { s.aci = aci([{ id: SUBNET_AKS }]); delete s['pe-mlw']; delete s['pe-mlw/default']; }), []],
  ['unknown subnets', scenario((s) => (s.aci = aci(unknown()))), []],
]);

const UAI = 'Microsoft.ManagedIdentity/userAssignedIdentities';
const principalOf = (type: string, name: string): RuntimeValue => new RuntimeValue({ kind: 'property', target: resourceIdOf(type, name), property: 'principalId' });
const roleDefinition = (id: string): string => `/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${id}`;
const READER = roleDefinition('acdd72a7-3385-48ef-bd42-f606fba81ae7');
const OWNER = roleDefinition('8e3af657-a8ff-443c-a75c-2fe8c4bcb635');
const CONTRIBUTOR = roleDefinition('b24988ac-6180-42a0-ab88-20f7382dd24c');

ruleTable(networkContributor, [
  ['baseline is clean', scenario(), []],
  ['no assignment', scenario((s) => delete s.networkContributor), [{ resource: AKS, path: 'identity', says: "no Network Contributor role assignment for the identity of cluster aks-contoso on the deployment's resource group, which holds VNet vnet-contoso" }]],
  ['Reader instead', scenario((s) => (s.networkContributor!.properties.roleDefinitionId = READER)), [{ resource: AKS, path: 'identity' }]],
  ['Owner instead (includes its rights)', scenario((s) => (s.networkContributor!.properties.roleDefinitionId = OWNER)), []],
  ['Contributor instead (includes its rights)', scenario((s) => (s.networkContributor!.properties.roleDefinitionId = CONTRIBUTOR)), []],
  ['Contributor on the subscription', scenario((s) => {
    s.networkContributor!.options.resourceGroup = 'rg-other';
    s.networkContributor!.properties.roleDefinitionId = CONTRIBUTOR;
    s.networkContributor!.properties.scope = '/subscriptions/{subscriptionId}';
  }), []],
  ['Owner on the VNet', scenario((s) => {
    s.networkContributor!.options.resourceGroup = 'rg-other';
    s.networkContributor!.properties.roleDefinitionId = OWNER;
    s.networkContributor!.properties.scope = linkTo(T.vnet, 'vnet-contoso');
  }), []],
  ['Contributor in another resource group than the VNet', scenario((s) => {
    s.networkContributor!.options.resourceGroup = 'rg-other';
    s.networkContributor!.properties.roleDefinitionId = CONTRIBUTOR;
  }), [{ resource: AKS, path: 'identity' }]],
  ['assignment in another resource group', scenario((s) => (s.networkContributor!.options.resourceGroup = 'rg-other')), [{ resource: AKS, path: 'identity' }]],
  ['VNet in another resource group, assignment there', scenario((s) => {
    s.vnet!.options.resourceGroup = 'rg-net';
    at(s.aks, 'agentPoolProfiles.0').vnetSubnetID = idOf(T.subnet, 'vnet-contoso/snet-aks', 'rg-net');
    s.networkContributor!.options.resourceGroup = 'rg-net';
  }), []],
  ['VNet in another resource group, assignment in the deployment one', scenario((s) => {
    s.vnet!.options.resourceGroup = 'rg-net';
    at(s.aks, 'agentPoolProfiles.0').vnetSubnetID = idOf(T.subnet, 'vnet-contoso/snet-aks', 'rg-net');
  }), [{ resource: AKS, path: 'identity', says: 'resource group rg-net' }]],
  ['external VNet by ID', scenario((s) => {
    delete s.vnet;
    at(s.aks, 'agentPoolProfiles.0').vnetSubnetID = '/subscriptions/0000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/aks';
  }), [{ resource: AKS, path: 'identity', says: 'rg-hub' }]],
  ['assignment scoped to the VNet', scenario((s) => {
    s.networkContributor!.options.resourceGroup = 'rg-other';
    s.networkContributor!.properties.scope = linkTo(T.vnet, 'vnet-contoso');
  }), []],
  ['granted to the cluster identity (runtime value)', scenario((s) => (s.networkContributor!.properties.principalId = principalOf(T.aks, 'aks-contoso'))), []],
  ['granted to its user-assigned identity', scenario((s) => {
    s.aks!.options.identity = { type: 'UserAssigned', userAssignedIdentities: { [idOf(UAI, 'id-aks')]: {} } };
    s.networkContributor!.properties.principalId = principalOf(UAI, 'id-aks');
  }), []],
  ['granted to another identity', scenario((s) => (s.networkContributor!.properties.principalId = principalOf(T.workspace, 'mlw-contoso'))), [{ resource: AKS, path: 'identity' }]],
  ['AML-created cluster: identity unknown', scenario((s) => { delete s.networkContributor; delete s.aks; delete s.attach; }), []],
  ['unknown role', scenario((s) => (s.networkContributor!.properties.roleDefinitionId = unknown())), []],
  ['assignment deployed to an unknown resource group', scenario((s) => (s.networkContributor!.options.resourceGroup = unknown())), []],
  ['unknown assignment scope', scenario((s) => { s.networkContributor!.options.resourceGroup = 'rg-other'; s.networkContributor!.properties.scope = unknown(); }), []],
  ['unknown subnet', scenario((s) => { delete s.networkContributor; at(s.aks, 'agentPoolProfiles.0').vnetSubnetID = unknown(); }), []],
]);

test.run();
