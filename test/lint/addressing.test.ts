import { test } from 'uvu';
import { ruleTable } from './rule-cases.js';
import { at, scenario, SUBNET_AKS, T, type Spec } from './scenario.js';
import type { Graph } from '../../src/graph/types.js';
import type { Unknown } from '../../src/graph/value.js';
import { unknown } from '../support/graph-builder.js';
import subnetOutsideVnet from '../../src/lint/rules/subnet-outside-vnet.js';
import subnetOverlap from '../../src/lint/rules/subnet-overlap.js';
import invalidCidr from '../../src/lint/rules/invalid-cidr.js';
import serviceCidrOverlap from '../../src/lint/rules/aks-service-cidr-overlap.js';
import dnsOutside from '../../src/lint/rules/aks-dns-service-ip-outside-service-cidr.js';
import dnsReserved from '../../src/lint/rules/aks-dns-service-ip-reserved.js';
import bridgeOverlap from '../../src/lint/rules/aks-docker-bridge-overlap.js';
import bridgeUnsupported from '../../src/lint/rules/aks-docker-bridge-unsupported.js';
import reservedRange from '../../src/lint/rules/aks-reserved-range.js';
import subnetCapacity from '../../src/lint/rules/aks-subnet-capacity.js';

const VNET = 'vnet-contoso';
const AKS = 'aks-contoso';
const AML = 'mlw-contoso/aks-aml';
const subnetPrefix = (i: number): string => `properties.subnets.${i}.properties.addressPrefix`;
const SERVICE = 'properties.networkProfile.serviceCidr';
const AML_NET = 'properties.properties.aksNetworkingConfiguration';

/** A child-resource subnet, the other way templates declare subnets. */
const childSubnet = (name: string, prefix: string | Unknown) => (s: Spec): void => {
  s[name] = { type: T.subnet, name: `vnet-contoso/${name}`, properties: { addressPrefix: prefix }, options: {} };
};

/** The graph with a second declaration of a resource, keyed apart (`key#2`) as front ends keep resources that may differ. */
function declaredTwice(g: Graph, name: string): Graph {
  const first = g.resources.find((r) => r.name === name)!;
  g.resources.push({ ...first, key: `${first.key}#2` });
  return g;
}
/** A child subnet whose name, and so its VNet, is unknown. */
const unnamedSubnet = (entry: string, prefix: string, idName: string) => (s: Spec): void => {
  s[entry] = { type: T.subnet, name: unknown(), properties: { addressPrefix: prefix }, options: { idName } };
};

ruleTable(subnetOutsideVnet, [
  ['baseline is clean', scenario(), []],
  ['inline subnet outside', scenario((s) => (at(s.vnet, 'subnets.1.properties').addressPrefix = '10.20.4.0/24')), [{ resource: VNET, path: subnetPrefix(1), says: 'subnet snet-pe (10.20.4.0/24) is outside the address space of VNet vnet-contoso (10.10.0.0/16)' }]],
  ['child subnet outside', scenario(childSubnet('snet-lb', '192.168.0.0/24')), [{ resource: 'vnet-contoso/snet-lb', path: 'properties.addressPrefix' }]],
  ['wider than the VNet', scenario((s) => (at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/15')), [{ resource: VNET, path: subnetPrefix(0) }]],
  ['inside a second VNet prefix', scenario((s) => { at(s.vnet, 'addressSpace').addressPrefixes = ['10.10.0.0/16', '10.20.0.0/16']; at(s.vnet, 'subnets.1.properties').addressPrefix = '10.20.4.0/24'; }), []],
  ['unknown VNet prefix', scenario((s) => { at(s.vnet, 'addressSpace').addressPrefixes = [unknown()]; at(s.vnet, 'subnets.1.properties').addressPrefix = '10.20.4.0/24'; }), []],
  ['unknown address space', scenario((s) => { at(s.vnet, 'addressSpace').addressPrefixes = unknown(); }), []],
  ['unknown subnet prefix', scenario((s) => (at(s.vnet, 'subnets.1.properties').addressPrefix = unknown())), []],
]);

ruleTable(subnetOverlap, [
  ['baseline is clean', scenario(), []],
  ['inline subnets overlap', scenario((s) => (at(s.vnet, 'subnets.1.properties').addressPrefix = '10.10.3.0/24')), [{ resource: VNET, path: subnetPrefix(1), says: 'subnet snet-pe (10.10.3.0/24) overlaps subnet snet-aks (10.10.0.0/22)' }]],
  ['child subnet overlaps inline one', scenario(childSubnet('snet-lb', '10.10.4.128/25')), [{ resource: 'vnet-contoso/snet-lb', path: 'properties.addressPrefix' }]],
  ['adjacent subnets', scenario(childSubnet('snet-lb', '10.10.5.0/24')), []],
  ['unknown names share a placeholder ID, not a VNet', scenario((s) => {
    s.unnamedVnet = { type: T.vnet, name: unknown(), properties: { addressSpace: { addressPrefixes: ['10.20.0.0/16'] }, subnets: [{ name: 'snet-a', properties: { addressPrefix: '10.20.0.0/24' } }] }, options: { idName: '{unknown}' } };
    s.unnamedSubnet = { type: T.subnet, name: unknown(), properties: { addressPrefix: '10.20.0.0/25' }, options: { idName: '{unknown}/{unknown}' } };
  }), []],
  ['unknown prefix', scenario(childSubnet('snet-lb', unknown())), []],
  ['a child subnet declared twice does not overlap itself', declaredTwice(scenario(childSubnet('snet-lb', '10.10.5.0/24')), 'vnet-contoso/snet-lb'), []],
  ['a child subnet declared twice still overlaps another (one finding)', declaredTwice(scenario(childSubnet('snet-lb', '10.10.4.128/25')), 'vnet-contoso/snet-lb'), [{ resource: 'vnet-contoso/snet-lb', path: 'properties.addressPrefix' }]],
  ['subnets whose VNets are unknown', scenario((s) => {
    unnamedSubnet('a', '10.20.0.0/24', '{unknown}/{unknown}')(s);
    unnamedSubnet('b', '10.20.0.0/25', '{unknown}/{unknown}#2')(s);
  }), []],
]);

ruleTable(invalidCidr, [
  ['baseline is clean', scenario(), []],
  ['host bits in a subnet', scenario((s) => (at(s.vnet, 'subnets.1.properties').addressPrefix = '10.10.4.7/24')), [{ resource: VNET, path: subnetPrefix(1), says: '10.10.4.7/24 is not a network address; did you mean 10.10.4.0/24?' }]],
  ['prefix length out of range', scenario((s) => (at(s.vnet, 'addressSpace').addressPrefixes = ['10.10.0.0/33'])), [{ resource: VNET, path: 'properties.addressSpace.addressPrefixes.0', says: 'not a valid CIDR' }]],
  ['octet out of range', scenario((s) => (at(s.aks, 'networkProfile').serviceCidr = '10.300.0.0/16')), [{ resource: AKS, path: SERVICE }]],
  ['AML compute service range', scenario((s) => (at(s.amlCompute, 'properties.aksNetworkingConfiguration').serviceCidr = '10.1.0.1/16')), [{ resource: AML, path: `${AML_NET}.serviceCidr`, says: 'did you mean 10.1.0.0/16?' }]],
  ['docker bridge is an address by design', scenario((s) => (at(s.aks, 'networkProfile').dockerBridgeCidr = '172.17.0.1/16')), []],
  ['unknown prefix', scenario((s) => (at(s.aks, 'networkProfile').serviceCidr = unknown())), []],
]);

ruleTable(serviceCidrOverlap, [
  ['baseline is clean', scenario(), []],
  ['overlaps the AKS subnet', scenario((s) => (at(s.aks, 'networkProfile').serviceCidr = '10.10.0.0/20')), [
    { resource: AKS, path: SERVICE, says: 'service CIDR 10.10.0.0/20 overlaps subnet snet-aks (10.10.0.0/22)' },
    { resource: AKS, path: SERVICE, says: 'overlaps subnet snet-pe' },
  ]],
  ['overlaps only the VNet space', scenario((s) => (at(s.aks, 'networkProfile').serviceCidr = '10.10.128.0/20')), [{ resource: AKS, path: SERVICE, says: 'address space of VNet vnet-contoso (10.10.0.0/16)' }]],
  ['AML-created cluster', scenario((s) => (at(s.amlCompute, 'properties.aksNetworkingConfiguration').serviceCidr = '10.10.4.0/24')), [{ resource: AML, path: `${AML_NET}.serviceCidr`, says: 'snet-pe' }]],
  ['unknown service range', scenario((s) => (at(s.aks, 'networkProfile').serviceCidr = unknown())), []],
  ['unknown subnet', scenario((s) => { at(s.aks, 'networkProfile').serviceCidr = '10.10.0.0/20'; at(s.aks, 'agentPoolProfiles.0').vnetSubnetID = unknown(); }), []],
]);

ruleTable(dnsOutside, [
  ['baseline is clean', scenario(), []],
  ['outside', scenario((s) => (at(s.aks, 'networkProfile').dnsServiceIP = '10.2.0.10')), [{ resource: AKS, path: 'properties.networkProfile.dnsServiceIP', says: 'DNS service IP 10.2.0.10 is outside the service CIDR 10.0.0.0/16' }]],
  ['AML-created cluster', scenario((s) => (at(s.amlCompute, 'properties.aksNetworkingConfiguration').dnsServiceIP = '10.0.0.10')), [{ resource: AML, path: `${AML_NET}.dnsServiceIP` }]],
  ['unknown DNS IP', scenario((s) => (at(s.aks, 'networkProfile').dnsServiceIP = unknown())), []],
  ['unknown service range', scenario((s) => (at(s.aks, 'networkProfile').serviceCidr = unknown())), []],
]);

ruleTable(dnsReserved, [
  ['baseline is clean', scenario(), []],
  ['network address', scenario((s) => (at(s.aks, 'networkProfile').dnsServiceIP = '10.0.0.0')), [{ resource: AKS, path: 'properties.networkProfile.dnsServiceIP', says: 'the network address of 10.0.0.0/16; use another address such as 10.0.0.10' }]],
  ['first address', scenario((s) => (at(s.aks, 'networkProfile').dnsServiceIP = '10.0.0.1')), [{ resource: AKS, path: 'properties.networkProfile.dnsServiceIP', says: 'kubernetes service' }]],
  ['outside is the other rule', scenario((s) => (at(s.aks, 'networkProfile').dnsServiceIP = '10.2.0.1')), []],
  ['unknown', scenario((s) => (at(s.aks, 'networkProfile').dnsServiceIP = unknown())), []],
]);

ruleTable(bridgeOverlap, [
  ['baseline is clean', scenario(), []],
  ['overlaps the AKS subnet', scenario((s) => (at(s.amlCompute, 'properties.aksNetworkingConfiguration').dockerBridgeCidr = '10.10.1.1/24')), [{ resource: AML, path: `${AML_NET}.dockerBridgeCidr`, says: 'docker bridge 10.10.1.1/24 overlaps subnet snet-aks (10.10.0.0/22)' }]],
  ['overlaps the service range', scenario((s) => (at(s.amlCompute, 'properties.aksNetworkingConfiguration').dockerBridgeCidr = '10.1.0.1/24')), [{ resource: AML, path: `${AML_NET}.dockerBridgeCidr`, says: 'service CIDR 10.1.0.0/16' }]],
  ['overlaps only the VNet space', scenario((s) => (at(s.amlCompute, 'properties.aksNetworkingConfiguration').dockerBridgeCidr = '10.10.200.1/24')), [{ resource: AML, path: `${AML_NET}.dockerBridgeCidr`, says: 'VNet vnet-contoso' }]],
  ['unknown', scenario((s) => (at(s.amlCompute, 'properties.aksNetworkingConfiguration').dockerBridgeCidr = unknown())), []],
]);

ruleTable(bridgeUnsupported, [
  ['baseline is clean', scenario(), []],
  ['managed cluster API 2024-05-01', scenario((s) => (at(s.aks, 'networkProfile').dockerBridgeCidr = '172.17.0.1/16')), [{ resource: AKS, path: 'properties.networkProfile.dockerBridgeCidr', says: 'API 2024-05-01' }]],
  ['managed cluster API 2023-04-01 preview', scenario((s) => { at(s.aks, 'networkProfile').dockerBridgeCidr = '172.17.0.1/16'; s.aks!.options.apiVersion = '2023-04-02-preview'; }), [{ resource: AKS, path: 'properties.networkProfile.dockerBridgeCidr' }]],
  ['managed cluster API 2023-03-01', scenario((s) => { at(s.aks, 'networkProfile').dockerBridgeCidr = '172.17.0.1/16'; s.aks!.options.apiVersion = '2023-03-01'; }), []],
  ['existing cluster is only described', scenario((s) => { at(s.aks, 'networkProfile').dockerBridgeCidr = '172.17.0.1/16'; s.aks!.options.existing = true; }), []],
  ['unknown value', scenario((s) => (at(s.aks, 'networkProfile').dockerBridgeCidr = unknown())), []],
]);

ruleTable(reservedRange, [
  ['baseline is clean', scenario(), []],
  ['service range', scenario((s) => { at(s.aks, 'networkProfile').serviceCidr = '172.30.0.0/16'; at(s.aks, 'networkProfile').dnsServiceIP = '172.30.0.10'; }), [{ resource: AKS, path: SERVICE, says: 'service CIDR 172.30.0.0/16 overlaps 172.30.0.0/16, which AKS reserves' }]],
  ['docker bridge', scenario((s) => (at(s.amlCompute, 'properties.aksNetworkingConfiguration').dockerBridgeCidr = '192.0.2.1/24')), [{ resource: AML, path: `${AML_NET}.dockerBridgeCidr`, says: '192.0.2.0/24' }]],
  ['VNet space', scenario((s) => (at(s.vnet, 'addressSpace').addressPrefixes = ['10.10.0.0/16', '169.254.0.0/20'])), [{ resource: VNET, path: 'properties.addressSpace.addressPrefixes.1', says: 'address space of VNet vnet-contoso' }]],
  ['subnet of a VNet outside the graph', scenario((s) => {
    delete s.vnet; delete s.nsg;
    s.sub = { type: T.subnet, name: 'vnet-contoso/snet-aks', properties: { addressPrefix: '172.31.0.0/22' }, options: {} };
  }), [{ resource: 'vnet-contoso/snet-aks', path: 'properties.addressPrefix', says: 'subnet snet-aks 172.31.0.0/22' }]],
  ['unknown', scenario((s) => (at(s.aks, 'networkProfile').serviceCidr = unknown())), []],
]);

/** A /24 AKS subnet (251 usable) and a `managedClusters/agentPools` child pool of `count` nodes in it. */
const withChildPool = (name: string, count: number) => (s: Spec): void => {
  at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/24';
  delete s.amlCompute;
  s.pool = { type: 'Microsoft.ContainerService/managedClusters/agentPools', name: `aks-contoso/${name}`, properties: { count, maxPods: 30, vnetSubnetID: SUBNET_AKS }, options: {} };
};

ruleTable(subnetCapacity, [
  ['baseline is clean', scenario(), []],
  ['subnet too small', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/26'; delete s.amlCompute; }), [{ resource: AKS, path: 'properties.agentPoolProfiles.0.count', says: 'subnet snet-aks (10.10.0.0/26) has 59 usable addresses but Azure CNI needs 124: (3 + 1) + (3 + 1) * 30' }]],
  ['autoscale max count counts', scenario((s) => { Object.assign(at(s.aks, 'agentPoolProfiles.0'), { enableAutoScaling: true, maxCount: 40 }); delete s.amlCompute; }), [{ resource: AKS, path: 'properties.agentPoolProfiles.0.count', says: 'needs 1271' }]],
  ['AML compute with the default maxPods', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/25'; at(s.amlCompute, 'properties').agentCount = 4; delete s.aks; delete s.attach; }), [{ resource: AML, path: 'properties.properties.agentCount', says: 'needs 155' }]],
  ['one address short', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/25'; delete s.amlCompute; }), [{ resource: AKS, path: 'properties.agentPoolProfiles.0.count', says: 'has 123 usable addresses but Azure CNI needs 124' }]],
  ['one pod less per node fits', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/25'; at(s.aks, 'agentPoolProfiles.0').maxPods = 29; delete s.amlCompute; }), []],
  ['kubenet needs no pod addresses', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/26'; at(s.aks, 'networkProfile').networkPlugin = 'kubenet'; delete s.amlCompute; }), []],
  ['overlay needs no pod addresses', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/26'; at(s.aks, 'networkProfile').networkPluginMode = 'overlay'; delete s.amlCompute; }), []],
  ['pod subnet', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/26'; at(s.aks, 'agentPoolProfiles.0').podSubnetID = SUBNET_AKS; delete s.amlCompute; }), []],
  ['an agentPools child resource takes addresses too', scenario(withChildPool('scoring', 4)), [{ resource: AKS, path: 'properties.agentPoolProfiles.0.count', says: 'needs 279: (3 + 1) + (3 + 1) * 30 + (4 + 1) + (4 + 1) * 30' }]],
  ['an agentPools child named like a profile is that pool', scenario(withChildPool('system', 3)), []],
  ['unknown node count', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/26'; at(s.aks, 'agentPoolProfiles.0').count = unknown(); delete s.amlCompute; }), []],
  ['unknown plugin', scenario((s) => { at(s.vnet, 'subnets.0.properties').addressPrefix = '10.10.0.0/26'; at(s.aks, 'networkProfile').networkPlugin = unknown(); delete s.amlCompute; }), []],
]);

test.run();
