import { test } from 'uvu';
import { ruleTable } from './rule-cases.js';
import { at, scenario, T, type Spec } from './scenario.js';
import { idOf, linkTo, unknown } from '../support/graph-builder.js';
import dependencyNotPrivate from '../../src/lint/rules/workspace-dependency-not-private.js';
import zoneMismatch from '../../src/lint/rules/private-dns-zone-mismatch.js';
import dnsMissing from '../../src/lint/rules/private-endpoint-dns-missing.js';
import acrSku from '../../src/lint/rules/acr-sku-private-endpoint.js';
import publicAccess from '../../src/lint/rules/public-network-access.js';
import publicLoadBalancer from '../../src/lint/rules/aks-public-load-balancer.js';
import apiServerPublic from '../../src/lint/rules/aks-api-server-public.js';

const MLW = 'mlw-contoso';
const HUB_SUBNET = idOf(T.subnet, 'vnet-hub/snet-pe');
const dropEndpoint = (s: Spec, name: string): void => {
  delete s[name];
  delete s[`${name}/default`];
};
const zoneConfig = (name: string): string => `properties.privateDnsZoneConfigs.${name}.properties.privateDnsZoneId`;

ruleTable(dependencyNotPrivate, [
  ['baseline is clean', scenario(), []],
  ['key vault without endpoint', scenario((s) => dropEndpoint(s, 'pe-kv')), [{ resource: MLW, path: 'properties.keyVault', says: 'key vault kv-contoso of workspace mlw-contoso has no private endpoint (or service endpoint) in the AKS VNet vnet-contoso' }]],
  ['storage endpoints in another VNet', scenario((s) => {
    at(s['pe-st-blob'], '').subnet = { id: HUB_SUBNET };
    at(s['pe-st-file'], '').subnet = { id: HUB_SUBNET };
  }), [{ resource: MLW, path: 'properties.storageAccount' }]],
  ['storage by service endpoint', scenario((s) => {
    dropEndpoint(s, 'pe-st-blob');
    dropEndpoint(s, 'pe-st-file');
    at(s.vnet, 'subnets.0.properties').serviceEndpoints = [{ service: 'Microsoft.Storage' }];
  }), []],
  ['unknown service endpoints on the AKS subnet', scenario((s) => {
    dropEndpoint(s, 'pe-kv');
    at(s.vnet, 'subnets.0.properties').serviceEndpoints = unknown();
  }), []],
  ['workspace endpoint only in another VNet', scenario((s) => (at(s['pe-mlw'], '').subnet = { id: HUB_SUBNET })), [{ resource: MLW, says: 'has a private endpoint, but none in the AKS VNet' }]],
  ['existing dependency may have endpoints elsewhere', scenario((s) => { dropEndpoint(s, 'pe-cr'); s.cr!.options.existing = true; }), []],
  ['dependency outside the graph', scenario((s) => { dropEndpoint(s, 'pe-kv'); delete s.kv; }), []],
  ['no AKS cluster', scenario((s) => { dropEndpoint(s, 'pe-kv'); delete s.aks; delete s.attach; delete s.amlCompute; }), []],
  ['endpoint subnet unknown', scenario((s) => (at(s['pe-kv'], '').subnet = { id: unknown() })), []],
  ['endpoint target unknown', scenario((s) => { dropEndpoint(s, 'pe-cr'); at(s['pe-kv'], 'privateLinkServiceConnections.0.properties').privateLinkServiceId = unknown(); }), []],
]);

ruleTable(zoneMismatch, [
  ['baseline is clean', scenario(), []],
  ['vault.azure.net for a vault', scenario((s) => (at(s['pe-kv/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = linkTo(T.zone, 'privatelink.vault.azure.net'))), [
    { resource: 'pe-kv/default', path: zoneConfig('0'), says: 'uses zone privatelink.vault.azure.net; expected privatelink.vaultcore.azure.net' },
  ]],
  ['blob zone on the file endpoint', scenario((s) => (at(s['pe-st-file/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = idOf(T.zone, 'privatelink.blob.core.windows.net'))), [{ resource: 'pe-st-file/default', path: zoneConfig('0') }]],
  ['sovereign cloud zone suggests its cloud', scenario((s) => (at(s['pe-cr/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = idOf(T.zone, 'privatelink.vaultcore.usgovcloudapi.net'))), [{ resource: 'pe-cr/default', path: zoneConfig('0'), says: 'expected privatelink.azurecr.us' }]],
  ['US Government zone for a vault', scenario((s) => (at(s['pe-kv/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = idOf(T.zone, 'privatelink.vaultcore.usgovcloudapi.net'))), []],
  ['US Government zone for a vault, deploying to the public cloud', { ...scenario((s) => (at(s['pe-kv/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = idOf(T.zone, 'privatelink.vaultcore.usgovcloudapi.net'))), cloud: 'AzureCloud' }, [
    { resource: 'pe-kv/default', path: zoneConfig('0'), says: 'uses zone privatelink.vaultcore.usgovcloudapi.net; expected privatelink.vaultcore.azure.net' },
  ]],
  ['public-cloud zones, deploying to the public cloud', { ...scenario(), cloud: 'AzureCloud' }, []],
  ['group moat does not know', scenario((s) => {
    at(s['pe-kv'], 'privateLinkServiceConnections.0.properties').groupIds = ['sqlServer'];
    at(s['pe-kv/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = idOf(T.zone, 'privatelink.database.windows.net');
  }), []],
  ['unknown zone', scenario((s) => (at(s['pe-kv/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = unknown())), []],
  ['unknown group IDs', scenario((s) => { at(s['pe-kv'], 'privateLinkServiceConnections.0.properties').groupIds = unknown(); at(s['pe-kv/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = idOf(T.zone, 'privatelink.vault.azure.net'); }), []],
  ['unknown group IDs on one endpoint, a wrong zone on a later one', scenario((s) => {
    at(s['pe-st-blob'], 'privateLinkServiceConnections.0.properties').groupIds = unknown();
    at(s['pe-kv/default'], 'privateDnsZoneConfigs.0.properties').privateDnsZoneId = idOf(T.zone, 'privatelink.vault.azure.net');
  }), [{ resource: 'pe-kv/default', path: zoneConfig('0'), says: 'uses zone privatelink.vault.azure.net' }]],
]);

ruleTable(dnsMissing, [
  ['baseline is clean', scenario(), []],
  ['endpoint without zone group', scenario((s) => delete s['pe-cr/default']), [{ resource: 'pe-cr', says: 'private endpoint pe-cr has no private DNS zone group' }]],
  ['endpoint without zone group in a VNet with custom DNS', scenario((s) => { delete s['pe-cr/default']; at(s.vnet, '').dhcpOptions = { dnsServers: ['10.10.4.4'] }; }), []],
  ['endpoint without zone group, DNS servers unknown', scenario((s) => { delete s['pe-cr/default']; at(s.vnet, '').dhcpOptions = { dnsServers: unknown() }; }), []],
  ['zone group whose endpoint is unknown may be this one', scenario((s) => { delete s['pe-cr/default']; s.orphan = { ...s['pe-kv/default']!, name: unknown() }; }), []],
  ['zone not linked to the AKS VNet', scenario((s) => delete s['privatelink.azurecr.io/link']), [{ resource: 'privatelink.azurecr.io', says: 'private DNS zone privatelink.azurecr.io is not linked to the AKS VNet vnet-contoso' }]],
  ['zone linked to another VNet', scenario((s) => (at(s['privatelink.azurecr.io/link'], 'virtualNetwork').id = linkTo(T.vnet, 'vnet-hub'))), [{ resource: 'privatelink.azurecr.io' }]],
  ['workspace zone group with one zone', scenario((s) => (at(s['pe-mlw/default'], '').privateDnsZoneConfigs = [{ name: 'api', properties: { privateDnsZoneId: linkTo(T.zone, 'privatelink.api.azureml.ms') } }])), [{ resource: 'pe-mlw/default', path: 'properties.privateDnsZoneConfigs', says: 'no zone config for privatelink.notebooks.azure.net' }]],
  ['existing zone may be linked elsewhere', scenario((s) => { delete s['privatelink.azurecr.io/link']; s['privatelink.azurecr.io']!.options.existing = true; }), []],
  ['zone outside the graph', scenario((s) => { delete s['privatelink.azurecr.io/link']; delete s['privatelink.azurecr.io']; }), []],
  ['link whose zone is unknown', scenario((s) => { delete s['privatelink.azurecr.io/link']; s.orphan = { ...s['privatelink.blob.core.windows.net/link']!, name: unknown() }; }), []],
  ['link to an unknown VNet', scenario((s) => (at(s['privatelink.azurecr.io/link'], 'virtualNetwork').id = unknown())), []],
  ['unknown zone configs', scenario((s) => { at(s['pe-cr/default'], '').privateDnsZoneConfigs = unknown(); delete s['privatelink.azurecr.io/link']; }), []],
]);

ruleTable(acrSku, [
  ['baseline is clean', scenario(), []],
  ['Standard with endpoint', scenario((s) => (s.cr!.options.sku = { name: 'Standard' })), [{ resource: 'crcontoso', path: 'sku.name', says: 'SKU Standard' }]],
  ['Basic without endpoint', scenario((s) => { s.cr!.options.sku = { name: 'Basic' }; dropEndpoint(s, 'pe-cr'); }), []],
  ['unknown SKU', scenario((s) => (s.cr!.options.sku = { name: unknown() })), []],
  ['Standard, its endpoint deployed under a known condition', scenario((s) => { s.cr!.options.sku = { name: 'Standard' }; s['pe-cr']!.options.condition = true; }), [{ resource: 'crcontoso', path: 'sku.name' }]],
  ['Standard, its only endpoint may not be deployed', scenario((s) => { s.cr!.options.sku = { name: 'Standard' }; s['pe-cr']!.options.condition = unknown(); }), []],
]);

ruleTable(publicAccess, [
  ['baseline is clean', scenario(), []],
  ['storage enabled with endpoint', scenario((s) => (s.st!.properties.publicNetworkAccess = 'Enabled')), [{ resource: 'stcontoso', path: 'properties.publicNetworkAccess', says: 'publicNetworkAccess is Enabled' }]],
  ['workspace public behind VNet', scenario((s) => (s.mlw!.properties.allowPublicAccessWhenBehindVnet = true)), [{ resource: MLW, path: 'properties.allowPublicAccessWhenBehindVnet' }]],
  ['enabled without endpoint', scenario((s) => { s.kv!.properties.publicNetworkAccess = 'Enabled'; dropEndpoint(s, 'pe-kv'); }), []],
  ['unknown', scenario((s) => (s.cr!.properties.publicNetworkAccess = unknown())), []],
  ['storage not set: Azure enables it', scenario((s) => delete s.st!.properties.publicNetworkAccess), [{ resource: 'stcontoso', path: 'properties', says: 'publicNetworkAccess is not set, so Azure enables it' }]],
  ['key vault not set, firewall allows by default', scenario((s) => { delete s.kv!.properties.publicNetworkAccess; s.kv!.properties.networkAcls = { defaultAction: 'Allow' }; }), [{ resource: 'kv-contoso', path: 'properties.networkAcls.defaultAction', says: 'networkAcls.defaultAction is Allow' }]],
  ['registry not set', scenario((s) => delete s.cr!.properties.publicNetworkAccess), [{ resource: 'crcontoso', path: 'properties' }]],
  ['storage not set, firewall denies by default', scenario((s) => { delete s.st!.properties.publicNetworkAccess; s.st!.properties.networkAcls = { defaultAction: 'Deny', bypass: 'AzureServices' }; }), []],
  ['registry not set, its network rule set denies by default', scenario((s) => { delete s.cr!.properties.publicNetworkAccess; s.cr!.properties.networkRuleSet = { defaultAction: 'Deny' }; }), []],
  ['workspace not set: closed behind its private endpoint', scenario((s) => delete s.mlw!.properties.publicNetworkAccess), []],
  ['storage not set, without endpoint', scenario((s) => { delete s.st!.properties.publicNetworkAccess; dropEndpoint(s, 'pe-st-blob'); dropEndpoint(s, 'pe-st-file'); }), []],
  ['storage not set, unknown firewall default', scenario((s) => { delete s.st!.properties.publicNetworkAccess; s.st!.properties.networkAcls = { defaultAction: unknown() }; }), []],
  ['key vault not set, unknown firewall', scenario((s) => { delete s.kv!.properties.publicNetworkAccess; s.kv!.properties.networkAcls = unknown(); }), []],
  ['registry not set, its only endpoint may not be deployed', scenario((s) => { delete s.cr!.properties.publicNetworkAccess; s['pe-cr']!.options.condition = unknown(); }), []],
]);

ruleTable(publicLoadBalancer, [
  ['baseline is clean', scenario(), []],
  ['public IP', scenario((s) => (at(s.amlCompute, 'properties').loadBalancerType = 'PublicIp')), [{ resource: 'mlw-contoso/aks-aml', path: 'properties.properties.loadBalancerType', says: 'loadBalancerType PublicIp' }]],
  ['not set', scenario((s) => delete at(s.attach, 'properties').loadBalancerType), [{ resource: 'mlw-contoso/aks-compute', path: 'properties.properties', says: 'not set, so PublicIp' }]],
  ['unknown', scenario((s) => (at(s.attach, 'properties').loadBalancerType = unknown())), []],
]);

ruleTable(apiServerPublic, [
  ['baseline is clean', scenario(), []],
  ['public API server', scenario((s) => (at(s.aks, 'apiServerAccessProfile').enablePrivateCluster = false)), [{ resource: 'aks-contoso', path: 'properties.apiServerAccessProfile.enablePrivateCluster', says: 'public API server' }]],
  ['no access profile', scenario((s) => delete s.aks!.properties.apiServerAccessProfile), [{ resource: 'aks-contoso', path: 'properties' }]],
  ['existing cluster', scenario((s) => { s.aks!.options.existing = true; delete s.aks!.properties.apiServerAccessProfile; }), []],
  ['unknown', scenario((s) => (at(s.aks, 'apiServerAccessProfile').enablePrivateCluster = unknown())), []],
]);

test.run();
