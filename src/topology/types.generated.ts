/* eslint-disable */
/**
 * GENERATED from schemas/topology.schema.json by src/topology/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

// What a user may write.
/**
 * A moat topology (version 1): the network-isolated Azure Machine Learning (v1) inference environment on AKS that `moat generate` turns into Bicep/ARM. Unknown keys are errors.
 */
export interface TopologyInput {
  /**
   * Format version of this file. Always 1.
   */
  version: 1;
  /**
   * Short name of the environment: 2-20 characters, lowercase letters, digits and single hyphens, starting with a letter. Prefix of every derived resource name (vnet-<name>, kv-<name>, st<name>, ...).
   */
  name: string;
  /**
   * Azure region of every new resource unless overridden (for example eastus2, westeurope). Use the region's programmatic name: lowercase, no spaces.
   */
  location: string;
  /**
   * Azure cloud the environment lives in. Selects the private DNS zone names and endpoints (moat extension; design.md section 1 asks that sovereign clouds be derivable).
   */
  cloud?: 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';
  /**
   * Tags put on every new resource.
   */
  tags?: {
    [k: string]: string | undefined;
  };
  network: NetworkInput;
  workspace?: WorkspaceInput;
  aks?: AksInput;
  inference?: InferenceInput;
}
/**
 * The virtual network AKS joins and where the private endpoints live.
 */
export interface NetworkInput {
  vnet: VirtualNetworkInput;
  /**
   * Subnets of the virtual network. One must have purpose aks.
   *
   * @minItems 1
   */
  subnets: SubnetInput[];
  nsg?: NetworkSecurityInput;
  privateDns?: PrivateDnsInput;
}
/**
 * The virtual network, new or existing.
 */
export interface VirtualNetworkInput {
  /**
   * Name of the virtual network. Default: vnet-<name>. Required when existing is true.
   */
  name?: string;
  /**
   * true: reference an existing virtual network (and its subnets) instead of creating it.
   */
  existing?: boolean;
  /**
   * Resource group of the virtual network. Default: the deployment's resource group. AKS's identity gets Network Contributor on this group.
   */
  resourceGroup?: string;
  /**
   * Address space of the virtual network, as IPv4 CIDRs. Required also for an existing network: the addressing checks need it.
   *
   * @minItems 1
   */
  addressPrefixes: string[];
  /**
   * Custom DNS servers of the virtual network (its dhcpOptions.dnsServers), as IPv4 addresses; for an existing network, the servers it has (the checks read them). With network.privateDns.zones: none these servers must resolve the privatelink zones of the private endpoints (for example, forward them to Azure DNS, 168.63.129.16, from a network linked to the zones). Default: Azure-provided DNS.
   *
   * @minItems 1
   */
  dnsServers?: string[];
}
/**
 * One subnet.
 */
export interface SubnetInput {
  /**
   * Name of the subnet. Default: snet-<purpose> (snet-aks, snet-privateendpoints, snet-scoringloadbalancer, snet-other).
   */
  name?: string;
  /**
   * What the subnet holds: aks (the cluster's nodes and pods, Azure CNI), privateEndpoints (private endpoints of the workspace and its storage, key vault and registry), scoringLoadBalancer (the internal load balancer of the scoring endpoint), other.
   */
  purpose: 'aks' | 'privateEndpoints' | 'scoringLoadBalancer' | 'other';
  /**
   * Address range of the subnet, an IPv4 CIDR inside the virtual network. Azure keeps 5 addresses of every subnet.
   */
  addressPrefix: string;
  /**
   * true: the subnet exists already and is referenced. Default: the virtual network's existing.
   */
  existing?: boolean;
}
/**
 * Network security group rules of the AKS subnet.
 */
export interface NetworkSecurityInput {
  /**
   * Callers outside the virtual network that may reach the scoring endpoint: one inbound allow rule each.
   */
  scoringInbound?: ScoringInboundRuleInput[];
  /**
   * Outbound traffic of the AKS subnet: open (the default Azure rules) or restricted (deny Internet, allow only the service tags AML needs: AzureActiveDirectory, AzureMachineLearning, AzureResourceManager, Storage.<region>, AzureContainerRegistry.<region>, AzureFrontDoor.FirstParty, MicrosoftContainerRegistry).
   */
  outbound?: 'open' | 'restricted';
}
/**
 * An inbound allow rule to the scoring endpoint.
 */
export interface ScoringInboundRuleInput {
  /**
   * Name of the rule (letters, digits, '_', '.', '-').
   */
  name: string;
  /**
   * Who may call: an IPv4 address, an IPv4 CIDR or a service tag (for example AzureFrontDoor.Backend). '*' and Internet open the endpoint to everyone.
   */
  sourceAddressPrefix: string;
  /**
   * Destination ports of the scoring endpoint to open.
   *
   * @minItems 1
   */
  ports?: number[];
}
/**
 * Private DNS zones for the private endpoints (privatelink.blob..., privatelink.vaultcore..., privatelink.azurecr..., privatelink.api.azureml...).
 */
export interface PrivateDnsInput {
  /**
   * create: moat creates the zones and links them to the virtual network; existing: the zones exist in resourceGroup and moat adds records to them; none: you run your own DNS (custom DNS servers).
   */
  zones?: 'create' | 'existing' | 'none';
  /**
   * Resource group of the private DNS zones. Default: the deployment's resource group.
   */
  resourceGroup?: string;
}
/**
 * The Azure Machine Learning workspace and the resources it depends on.
 */
export interface WorkspaceInput {
  /**
   * Name of the workspace (3-33 characters). Default: mlw-<name>. Required when existing is true.
   */
  name?: string;
  /**
   * true: reference an existing workspace instead of creating it.
   */
  existing?: boolean;
  /**
   * Resource group of the workspace. Default: the deployment's resource group.
   */
  resourceGroup?: string;
  /**
   * Give the workspace a private endpoint (group amlworkspace) in the privateEndpoints subnet.
   */
  privateEndpoint?: boolean;
  /**
   * Allow access to the workspace from public networks.
   */
  publicNetworkAccess?: boolean;
  storage?: StorageAccountInput;
  keyVault?: KeyVaultInput;
  containerRegistry?: ContainerRegistryInput;
  applicationInsights?: ApplicationInsightsInput;
}
/**
 * The workspace's storage account.
 */
export interface StorageAccountInput {
  /**
   * Name of the storage account (3-24 lowercase letters and digits). Default: st<name without hyphens>. Required when existing is true.
   */
  name?: string;
  /**
   * true: reference an existing storage account.
   */
  existing?: boolean;
  /**
   * Resource group of the storage account. Default: the workspace's resource group.
   */
  resourceGroup?: string;
  /**
   * Storage services that get a private endpoint in the privateEndpoints subnet. AML needs both blob and file; [] means none.
   */
  privateEndpoint?: ('blob' | 'file')[];
}
/**
 * The workspace's key vault.
 */
export interface KeyVaultInput {
  /**
   * Name of the key vault (3-24 characters: letters, digits, single hyphens). Default: kv-<name>. Required when existing is true.
   */
  name?: string;
  /**
   * true: reference an existing key vault.
   */
  existing?: boolean;
  /**
   * Resource group of the key vault. Default: the workspace's resource group.
   */
  resourceGroup?: string;
  /**
   * Give the key vault a private endpoint (group vault) in the privateEndpoints subnet.
   */
  privateEndpoint?: boolean;
}
/**
 * The workspace's container registry, where the scoring images live.
 */
export interface ContainerRegistryInput {
  /**
   * Name of the registry (5-50 letters and digits). Default: cr<name without hyphens>. Required when existing is true.
   */
  name?: string;
  /**
   * true: reference an existing registry.
   */
  existing?: boolean;
  /**
   * Resource group of the registry. Default: the workspace's resource group.
   */
  resourceGroup?: string;
  /**
   * Registry SKU. A registry with a private endpoint must be Premium.
   */
  sku?: 'Basic' | 'Standard' | 'Premium';
  /**
   * Give the registry a private endpoint (group registry) in the privateEndpoints subnet.
   */
  privateEndpoint?: boolean;
}
/**
 * The workspace's Application Insights component.
 */
export interface ApplicationInsightsInput {
  /**
   * Name of the component. Default: appi-<name>. Required when existing is true.
   */
  name?: string;
  /**
   * true: reference an existing component.
   */
  existing?: boolean;
  /**
   * Resource group of the component. Default: the workspace's resource group.
   */
  resourceGroup?: string;
}
/**
 * The AKS cluster that serves the scoring endpoints, and how AML gets it.
 */
export interface AksInput {
  /**
   * workspace: AML creates the cluster (a workspaces/computes resource of computeType AKS with aksNetworkingConfiguration), as AksCompute.provisioning_configuration does; cluster: moat declares the managedClusters resource and attaches it (needed for privateCluster); existing: attach the cluster at resourceId.
   */
  provisioning?: 'workspace' | 'cluster' | 'existing';
  /**
   * Name of the AKS cluster. Default: aks-<name>.
   */
  name?: string;
  /**
   * Name of the AML compute target (2-16 characters: letters, digits, hyphens; starts with a letter).
   */
  computeName?: string;
  /**
   * Resource ID of the cluster to attach. Only with provisioning: existing, and required there.
   */
  resourceId?: string | null;
  /**
   * Object ID of the existing cluster's identity, to grant Network Contributor on the virtual network's resource group. Only with provisioning: existing.
   */
  principalId?: string | null;
  /**
   * Region of the cluster. Default: the top-level location. With a private-endpoint workspace it must be the workspace's region.
   */
  location?: string | null;
  /**
   * Number of agent nodes. AML's FastProd purpose needs at least 12 virtual CPUs in total.
   */
  nodeCount?: number;
  /**
   * VM size of the agent nodes.
   */
  vmSize?: string;
  /**
   * Maximum pods per node. With Azure CNI the aks subnet needs (nodeCount + 1) + (nodeCount + 1) * maxPods addresses.
   */
  maxPods?: number;
  /**
   * AML cluster purpose: FastProd (production, at least 12 vCPUs), DenseProd (production, denser packing), DevTest (one node will do).
   */
  clusterPurpose?: 'FastProd' | 'DenseProd' | 'DevTest';
  /**
   * Kubernetes network plugin. The guidance needs azure (Azure CNI, advanced networking); kubenet gets a warning.
   */
  networkPlugin?: 'azure' | 'kubenet';
  /**
   * Kubernetes service address range (IPv4 CIDR). Must not overlap the virtual network, its subnets or the ranges AKS reserves.
   */
  serviceCidr?: string;
  /**
   * IP address of the Kubernetes DNS service: inside serviceCidr, not its network or first address.
   */
  dnsServiceIP?: string;
  /**
   * Docker bridge address (IPv4 CIDR): outside the subnets and the service range. Emitted only where the target API accepts it (AML's aksNetworkingConfiguration; managedClusters before API 2023-04-01).
   */
  dockerBridgeCidr?: string;
  /**
   * Private AKS cluster: the API server has no public address. Needs provisioning cluster or existing.
   */
  privateCluster?: boolean;
  /**
   * Keep a public FQDN for a private cluster's API server. AML can't use a private cluster through a public FQDN.
   */
  publicFqdn?: boolean;
  /**
   * Load balancer of the scoring endpoint: internal (a private IP in loadBalancerSubnet) or public.
   */
  loadBalancer?: 'internal' | 'public';
  /**
   * Name of the subnet that holds the internal load balancer. Default: the scoringLoadBalancer subnet, else the aks subnet.
   */
  loadBalancerSubnet?: string | null;
}
/**
 * Where models are deployed besides AKS.
 */
export interface InferenceInput {
  /**
   * true if you also deploy to Azure Container Instances in the virtual network (not supported with a private-endpoint workspace).
   */
  aci?: boolean;
}

// The effective topology: defaults filled in.
/**
 * A moat topology (version 1): the network-isolated Azure Machine Learning (v1) inference environment on AKS that `moat generate` turns into Bicep/ARM. Unknown keys are errors.
 */
export interface Topology {
  /**
   * Format version of this file. Always 1.
   */
  version: 1;
  /**
   * Short name of the environment: 2-20 characters, lowercase letters, digits and single hyphens, starting with a letter. Prefix of every derived resource name (vnet-<name>, kv-<name>, st<name>, ...).
   */
  name: string;
  /**
   * Azure region of every new resource unless overridden (for example eastus2, westeurope). Use the region's programmatic name: lowercase, no spaces.
   */
  location: string;
  /**
   * Azure cloud the environment lives in. Selects the private DNS zone names and endpoints (moat extension; design.md section 1 asks that sovereign clouds be derivable).
   */
  cloud: 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';
  /**
   * Tags put on every new resource.
   */
  tags: {
    [k: string]: string | undefined;
  };
  network: Network;
  workspace: Workspace;
  aks: Aks;
  inference: Inference;
}
/**
 * The virtual network AKS joins and where the private endpoints live.
 */
export interface Network {
  vnet: VirtualNetwork;
  /**
   * Subnets of the virtual network. One must have purpose aks.
   *
   * @minItems 1
   */
  subnets: Subnet[];
  nsg: NetworkSecurity;
  privateDns: PrivateDns;
}
/**
 * The virtual network, new or existing.
 */
export interface VirtualNetwork {
  /**
   * Name of the virtual network. Default: vnet-<name>. Required when existing is true.
   */
  name: string;
  /**
   * true: reference an existing virtual network (and its subnets) instead of creating it.
   */
  existing: boolean;
  /**
   * Resource group of the virtual network. Default: the deployment's resource group. AKS's identity gets Network Contributor on this group.
   */
  resourceGroup?: string;
  /**
   * Address space of the virtual network, as IPv4 CIDRs. Required also for an existing network: the addressing checks need it.
   *
   * @minItems 1
   */
  addressPrefixes: string[];
  /**
   * Custom DNS servers of the virtual network (its dhcpOptions.dnsServers), as IPv4 addresses; for an existing network, the servers it has (the checks read them). With network.privateDns.zones: none these servers must resolve the privatelink zones of the private endpoints (for example, forward them to Azure DNS, 168.63.129.16, from a network linked to the zones). Default: Azure-provided DNS.
   *
   * @minItems 1
   */
  dnsServers?: string[];
}
/**
 * One subnet.
 */
export interface Subnet {
  /**
   * Name of the subnet. Default: snet-<purpose> (snet-aks, snet-privateendpoints, snet-scoringloadbalancer, snet-other).
   */
  name: string;
  /**
   * What the subnet holds: aks (the cluster's nodes and pods, Azure CNI), privateEndpoints (private endpoints of the workspace and its storage, key vault and registry), scoringLoadBalancer (the internal load balancer of the scoring endpoint), other.
   */
  purpose: 'aks' | 'privateEndpoints' | 'scoringLoadBalancer' | 'other';
  /**
   * Address range of the subnet, an IPv4 CIDR inside the virtual network. Azure keeps 5 addresses of every subnet.
   */
  addressPrefix: string;
  /**
   * true: the subnet exists already and is referenced. Default: the virtual network's existing.
   */
  existing: boolean;
}
/**
 * Network security group rules of the AKS subnet.
 */
export interface NetworkSecurity {
  /**
   * Callers outside the virtual network that may reach the scoring endpoint: one inbound allow rule each.
   */
  scoringInbound: ScoringInboundRule[];
  /**
   * Outbound traffic of the AKS subnet: open (the default Azure rules) or restricted (deny Internet, allow only the service tags AML needs: AzureActiveDirectory, AzureMachineLearning, AzureResourceManager, Storage.<region>, AzureContainerRegistry.<region>, AzureFrontDoor.FirstParty, MicrosoftContainerRegistry).
   */
  outbound: 'open' | 'restricted';
}
/**
 * An inbound allow rule to the scoring endpoint.
 */
export interface ScoringInboundRule {
  /**
   * Name of the rule (letters, digits, '_', '.', '-').
   */
  name: string;
  /**
   * Who may call: an IPv4 address, an IPv4 CIDR or a service tag (for example AzureFrontDoor.Backend). '*' and Internet open the endpoint to everyone.
   */
  sourceAddressPrefix: string;
  /**
   * Destination ports of the scoring endpoint to open.
   *
   * @minItems 1
   */
  ports: number[];
}
/**
 * Private DNS zones for the private endpoints (privatelink.blob..., privatelink.vaultcore..., privatelink.azurecr..., privatelink.api.azureml...).
 */
export interface PrivateDns {
  /**
   * create: moat creates the zones and links them to the virtual network; existing: the zones exist in resourceGroup and moat adds records to them; none: you run your own DNS (custom DNS servers).
   */
  zones: 'create' | 'existing' | 'none';
  /**
   * Resource group of the private DNS zones. Default: the deployment's resource group.
   */
  resourceGroup?: string;
}
/**
 * The Azure Machine Learning workspace and the resources it depends on.
 */
export interface Workspace {
  /**
   * Name of the workspace (3-33 characters). Default: mlw-<name>. Required when existing is true.
   */
  name: string;
  /**
   * true: reference an existing workspace instead of creating it.
   */
  existing: boolean;
  /**
   * Resource group of the workspace. Default: the deployment's resource group.
   */
  resourceGroup?: string;
  /**
   * Give the workspace a private endpoint (group amlworkspace) in the privateEndpoints subnet.
   */
  privateEndpoint: boolean;
  /**
   * Allow access to the workspace from public networks.
   */
  publicNetworkAccess: boolean;
  storage: StorageAccount;
  keyVault: KeyVault;
  containerRegistry: ContainerRegistry;
  applicationInsights: ApplicationInsights;
}
/**
 * The workspace's storage account.
 */
export interface StorageAccount {
  /**
   * Name of the storage account (3-24 lowercase letters and digits). Default: st<name without hyphens>. Required when existing is true.
   */
  name: string;
  /**
   * true: reference an existing storage account.
   */
  existing: boolean;
  /**
   * Resource group of the storage account. Default: the workspace's resource group.
   */
  resourceGroup?: string;
  /**
   * Storage services that get a private endpoint in the privateEndpoints subnet. AML needs both blob and file; [] means none.
   */
  privateEndpoint: ('blob' | 'file')[];
}
/**
 * The workspace's key vault.
 */
export interface KeyVault {
  /**
   * Name of the key vault (3-24 characters: letters, digits, single hyphens). Default: kv-<name>. Required when existing is true.
   */
  name: string;
  /**
   * true: reference an existing key vault.
   */
  existing: boolean;
  /**
   * Resource group of the key vault. Default: the workspace's resource group.
   */
  resourceGroup?: string;
  /**
   * Give the key vault a private endpoint (group vault) in the privateEndpoints subnet.
   */
  privateEndpoint: boolean;
}
/**
 * The workspace's container registry, where the scoring images live.
 */
export interface ContainerRegistry {
  /**
   * Name of the registry (5-50 letters and digits). Default: cr<name without hyphens>. Required when existing is true.
   */
  name: string;
  /**
   * true: reference an existing registry.
   */
  existing: boolean;
  /**
   * Resource group of the registry. Default: the workspace's resource group.
   */
  resourceGroup?: string;
  /**
   * Registry SKU. A registry with a private endpoint must be Premium.
   */
  sku: 'Basic' | 'Standard' | 'Premium';
  /**
   * Give the registry a private endpoint (group registry) in the privateEndpoints subnet.
   */
  privateEndpoint: boolean;
}
/**
 * The workspace's Application Insights component.
 */
export interface ApplicationInsights {
  /**
   * Name of the component. Default: appi-<name>. Required when existing is true.
   */
  name: string;
  /**
   * true: reference an existing component.
   */
  existing: boolean;
  /**
   * Resource group of the component. Default: the workspace's resource group.
   */
  resourceGroup?: string;
}
/**
 * The AKS cluster that serves the scoring endpoints, and how AML gets it.
 */
export interface Aks {
  /**
   * workspace: AML creates the cluster (a workspaces/computes resource of computeType AKS with aksNetworkingConfiguration), as AksCompute.provisioning_configuration does; cluster: moat declares the managedClusters resource and attaches it (needed for privateCluster); existing: attach the cluster at resourceId.
   */
  provisioning: 'workspace' | 'cluster' | 'existing';
  /**
   * Name of the AKS cluster. Default: aks-<name>.
   */
  name: string;
  /**
   * Name of the AML compute target (2-16 characters: letters, digits, hyphens; starts with a letter).
   */
  computeName: string;
  /**
   * Resource ID of the cluster to attach. Only with provisioning: existing, and required there.
   */
  resourceId?: string | null;
  /**
   * Object ID of the existing cluster's identity, to grant Network Contributor on the virtual network's resource group. Only with provisioning: existing.
   */
  principalId?: string | null;
  /**
   * Region of the cluster. Default: the top-level location. With a private-endpoint workspace it must be the workspace's region.
   */
  location: string;
  /**
   * Number of agent nodes. AML's FastProd purpose needs at least 12 virtual CPUs in total.
   */
  nodeCount: number;
  /**
   * VM size of the agent nodes.
   */
  vmSize: string;
  /**
   * Maximum pods per node. With Azure CNI the aks subnet needs (nodeCount + 1) + (nodeCount + 1) * maxPods addresses.
   */
  maxPods: number;
  /**
   * AML cluster purpose: FastProd (production, at least 12 vCPUs), DenseProd (production, denser packing), DevTest (one node will do).
   */
  clusterPurpose: 'FastProd' | 'DenseProd' | 'DevTest';
  /**
   * Kubernetes network plugin. The guidance needs azure (Azure CNI, advanced networking); kubenet gets a warning.
   */
  networkPlugin: 'azure' | 'kubenet';
  /**
   * Kubernetes service address range (IPv4 CIDR). Must not overlap the virtual network, its subnets or the ranges AKS reserves.
   */
  serviceCidr: string;
  /**
   * IP address of the Kubernetes DNS service: inside serviceCidr, not its network or first address.
   */
  dnsServiceIP: string;
  /**
   * Docker bridge address (IPv4 CIDR): outside the subnets and the service range. Emitted only where the target API accepts it (AML's aksNetworkingConfiguration; managedClusters before API 2023-04-01).
   */
  dockerBridgeCidr: string;
  /**
   * Private AKS cluster: the API server has no public address. Needs provisioning cluster or existing.
   */
  privateCluster: boolean;
  /**
   * Keep a public FQDN for a private cluster's API server. AML can't use a private cluster through a public FQDN.
   */
  publicFqdn: boolean;
  /**
   * Load balancer of the scoring endpoint: internal (a private IP in loadBalancerSubnet) or public.
   */
  loadBalancer: 'internal' | 'public';
  /**
   * Name of the subnet that holds the internal load balancer. Default: the scoringLoadBalancer subnet, else the aks subnet.
   */
  loadBalancerSubnet: string;
}
/**
 * Where models are deployed besides AKS.
 */
export interface Inference {
  /**
   * true if you also deploy to Azure Container Instances in the virtual network (not supported with a private-endpoint workspace).
   */
  aci: boolean;
}
