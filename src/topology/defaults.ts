/**
 * The defaults the schema can't state because they depend on other values:
 * names derived from `name`, the subnet defaults, the cluster's region and its
 * load balancer subnet. Runs after ajv has filled the schema's own defaults.
 */
import type { Topology, TopologyInput } from './types.js';

/** Lowercase letters and digits only, for the names Azure allows no hyphens in. */
const alphanumeric = (name: string): string => name.replace(/[^a-z0-9]/g, '');

/** Registry names need 5 characters; a 2-character topology name gets zero padding. */
const registryName = (name: string): string => `cr${alphanumeric(name)}`.padEnd(5, '0');

export function derivedName(kind: 'vnet' | 'workspace' | 'storage' | 'keyVault' | 'containerRegistry' | 'applicationInsights' | 'aks', name: string): string {
  switch (kind) {
    case 'vnet':
      return `vnet-${name}`;
    case 'workspace':
      return `mlw-${name}`;
    case 'storage':
      return `st${alphanumeric(name)}`;
    case 'keyVault':
      return `kv-${name}`;
    case 'containerRegistry':
      return registryName(name);
    case 'applicationInsights':
      return `appi-${name}`;
    case 'aks':
      return `aks-${name}`;
  }
}

/**
 * Fills the derived defaults in place. `input` must have passed the schema with
 * ajv's useDefaults, so every other defaulted field is present: the effective
 * schema test checks that the result has every field `Topology` requires.
 */
export function applyDerivedDefaults(input: TopologyInput): Topology {
  const topology = input as Topology;
  const { name, network, workspace, aks } = topology;
  network.vnet.name ??= derivedName('vnet', name);
  for (const subnet of network.subnets) {
    subnet.name ??= `snet-${subnet.purpose.toLowerCase()}`;
    subnet.existing ??= network.vnet.existing;
  }
  workspace.name ??= derivedName('workspace', name);
  workspace.storage.name ??= derivedName('storage', name);
  workspace.keyVault.name ??= derivedName('keyVault', name);
  workspace.containerRegistry.name ??= derivedName('containerRegistry', name);
  workspace.applicationInsights.name ??= derivedName('applicationInsights', name);
  aks.name ??= derivedName('aks', name);
  aks.location ??= topology.location;
  aks.loadBalancerSubnet ??= defaultLoadBalancerSubnet(topology);
  return topology;
}

function defaultLoadBalancerSubnet(topology: Topology): string {
  const { subnets } = topology.network;
  const subnet = subnets.find((s) => s.purpose === 'scoringLoadBalancer') ?? subnets.find((s) => s.purpose === 'aks');
  // The schema guarantees an aks subnet; the fallback only keeps the type honest.
  return subnet?.name ?? 'snet-aks';
}
