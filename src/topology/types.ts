/**
 * The topology types. Both come from schemas/topology.schema.json through
 * types.generated.ts (`npm run gen:types`; a test checks it is current):
 * `TopologyInput` is what a user may write, `Topology` the effective topology the
 * loader returns, where every defaulted field is present.
 */
import type { Topology, TopologyInput } from './types.generated.js';

export type {
  Aks,
  ApplicationInsights,
  ContainerRegistry,
  Inference,
  KeyVault,
  Network,
  NetworkSecurity,
  PrivateDns,
  ScoringInboundRule,
  StorageAccount,
  Subnet,
  Topology,
  TopologyInput,
  VirtualNetwork,
  Workspace,
} from './types.generated.js';

export type SubnetPurpose = Topology['network']['subnets'][number]['purpose'];
export type AksProvisioning = Topology['aks']['provisioning'];
export type StorageService = Topology['workspace']['storage']['privateEndpoint'][number];

/** Compile-time tie between the two views: an effective topology is itself valid input. */
type Assert<T extends true> = T;
export type EffectiveIsInput = Assert<Topology extends TopologyInput ? true : false>;
