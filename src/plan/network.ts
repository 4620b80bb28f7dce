/**
 * The virtual network, its subnets and the NSG of the AKS subnet. A new VNet
 * declares its subnets inline (one PUT, no race between sibling subnets); an
 * existing VNet is referenced with the address space the topology states, and
 * its subnets are child resources: existing ones referenced, new ones created.
 */
import type { GraphResource } from '../graph/types.js';
import { ResourceLink, type ValueObject } from '../graph/value.js';
import type { Subnet, Topology } from '../topology/types.js';
import { idOf, linkTo, tagsOf, type PlanBuilder } from './builder.js';
import { planNsg } from './nsg.js';

const VNET = 'Microsoft.Network/virtualNetworks';
const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';

export interface PlannedSubnet {
  subnet: Subnet;
  /** index in `network.subnets`, for value sources */
  index: number;
  link: ResourceLink;
}

export interface NetworkPlan {
  vnet: GraphResource;
  /** undefined: the deployment's resource group */
  resourceGroup: string | undefined;
  location: string;
  aks: PlannedSubnet;
  /** where private endpoints go: the privateEndpoints subnet, else the AKS subnet */
  privateEndpoints: PlannedSubnet;
  /** the internal load balancer's subnet (by name, as AML takes it) */
  loadBalancerSubnet: PlannedSubnet;
  /** the link to the subnet at an index of `network.subnets` */
  subnetLink(index: number): ResourceLink;
}

function subnetPlan(topology: Topology, vnetName: string, resourceGroup: string | undefined, index: number): PlannedSubnet {
  const subnet = topology.network.subnets[index]!;
  return { subnet, index, link: new ResourceLink(idOf(SUBNET, `${vnetName}/${subnet.name}`, resourceGroup)) };
}

function indexOfPurpose(topology: Topology, purpose: Subnet['purpose']): number {
  return topology.network.subnets.findIndex((s) => s.purpose === purpose);
}

/** Subnet properties as the REST API takes them, with the NSG on the AKS subnet. */
function subnetProperties(subnet: Subnet, nsg: GraphResource | undefined): ValueObject {
  const properties: ValueObject = { addressPrefix: subnet.addressPrefix };
  if (subnet.purpose === 'aks' && nsg) properties['networkSecurityGroup'] = { id: linkTo(nsg) };
  // private endpoints ignore NSGs and UDRs unless network policies are enabled; say so explicitly
  if (subnet.purpose === 'privateEndpoints') properties['privateEndpointNetworkPolicies'] = 'Disabled';
  return properties;
}

/** Custom DNS servers (`network.vnet.dnsServers`); without them the VNet uses Azure DNS and has no dhcpOptions. */
function dhcpOptions(vnet: Topology['network']['vnet']): ValueObject {
  return vnet.dnsServers ? { dhcpOptions: { dnsServers: [...vnet.dnsServers] } } : {};
}

/** Where the VNet's address space and DNS servers were written, item by item. */
function vnetSources(vnet: Topology['network']['vnet']): Record<string, string> {
  const lists: [valuePath: string, topologyPath: string, items: readonly string[]][] = [
    ['properties.addressSpace.addressPrefixes', 'network.vnet.addressPrefixes', vnet.addressPrefixes],
    ['properties.dhcpOptions.dnsServers', 'network.vnet.dnsServers', vnet.dnsServers ?? []],
  ];
  return Object.fromEntries(
    lists.filter(([, , items]) => items.length > 0).flatMap(([valuePath, topologyPath, items]) => [[valuePath, topologyPath], ...items.map((_, i) => [`${valuePath}.${i}`, `${topologyPath}.${i}`])]),
  );
}

export function planNetwork(builder: PlanBuilder, topology: Topology): NetworkPlan {
  const { vnet: vnetSpec, subnets } = topology.network;
  const resourceGroup = vnetSpec.resourceGroup;
  const aksIndex = indexOfPurpose(topology, 'aks');
  const aksSubnet = subnets[aksIndex]!;
  const lbIndex = subnets.findIndex((s) => s.name === topology.aks.loadBalancerSubnet);
  const lbSubnet = subnets[lbIndex < 0 ? aksIndex : lbIndex]!;
  // an NSG can only be associated with a subnet moat deploys; for an existing subnet it is
  // still planned (so its rules are checked) when it carries rules, and associating it is left to the user
  const nsg = planNsg(builder, topology, aksSubnet, lbSubnet, resourceGroup);
  const common = { resourceGroup, tags: tagsOf(topology.tags), location: topology.location };

  let vnet: GraphResource;
  if (!vnetSpec.existing) {
    vnet = builder.add({
      ...common,
      type: VNET,
      name: vnetSpec.name,
      properties: {
        addressSpace: { addressPrefixes: [...vnetSpec.addressPrefixes] },
        ...dhcpOptions(vnetSpec),
        subnets: subnets.map((s) => ({ name: s.name, properties: subnetProperties(s, nsg) })),
      },
      declaredBy: 'network.vnet',
      valuesFrom: {
        name: 'network.vnet.name',
        location: 'location',
        ...vnetSources(vnetSpec),
        ...Object.fromEntries(
          subnets.flatMap((_, i) => [
            [`properties.subnets.${i}`, `network.subnets.${i}`],
            [`properties.subnets.${i}.name`, `network.subnets.${i}.name`],
            [`properties.subnets.${i}.properties.addressPrefix`, `network.subnets.${i}.addressPrefix`],
          ]),
        ),
      },
    });
  } else {
    vnet = builder.add({
      type: VNET,
      name: vnetSpec.name,
      resourceGroup,
      existing: true,
      properties: { addressSpace: { addressPrefixes: [...vnetSpec.addressPrefixes] }, ...dhcpOptions(vnetSpec) },
      declaredBy: 'network.vnet',
      valuesFrom: { name: 'network.vnet.name', ...vnetSources(vnetSpec) },
    });
    // subnets of one VNet can't be written in parallel: chain the new ones
    let previous: GraphResource | undefined;
    subnets.forEach((subnet, i) => {
      const planned = builder.add({
        type: SUBNET,
        name: `${vnetSpec.name}/${subnet.name}`,
        resourceGroup,
        existing: subnet.existing,
        properties: subnet.existing ? { addressPrefix: subnet.addressPrefix } : subnetProperties(subnet, nsg),
        declaredBy: `network.subnets.${i}`,
        valuesFrom: { name: `network.subnets.${i}.name`, 'properties.addressPrefix': `network.subnets.${i}.addressPrefix` },
        after: previous ? [previous] : [],
      });
      if (!subnet.existing) previous = planned;
    });
  }

  const peIndex = indexOfPurpose(topology, 'privateEndpoints');
  return {
    vnet,
    resourceGroup,
    location: topology.location,
    aks: subnetPlan(topology, vnetSpec.name, resourceGroup, aksIndex),
    privateEndpoints: subnetPlan(topology, vnetSpec.name, resourceGroup, peIndex < 0 ? aksIndex : peIndex),
    loadBalancerSubnet: subnetPlan(topology, vnetSpec.name, resourceGroup, subnets.indexOf(lbSubnet)),
    subnetLink: (index) => subnetPlan(topology, vnetSpec.name, resourceGroup, index).link,
  };
}
