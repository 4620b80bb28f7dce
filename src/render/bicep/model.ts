/**
 * The Bicep view model: everything the templates print, decided here so the
 * templates only lay it out. Which resources exist, their names, API versions
 * and placement follow the planned graph (the ARM renderer's input too, so the
 * two outputs can't drift apart); the topology's values become parameters that
 * main.bicepparam carries.
 */
import { apiVersionOf, type GeneratedType } from '../../azure/api-versions.js';
import type { PrivateLinkGroup } from '../../azure/clouds.js';
import { NETWORK_CONTRIBUTOR_ROLE_ID } from '../../azure/roles.js';
import { InputError } from '../../errors.js';
import type { Graph, GraphResource } from '../../graph/types.js';
import { getPath } from '../../graph/value.js';
import { tagsOf } from '../../plan/builder.js';
import { REQUIRED_OUTBOUND_TAGS } from '../../plan/nsg.js';
import type { Subnet, Topology } from '../../topology/types.js';
import { bicepString } from '../escape.js';
import { bicepHeader, type RenderMeta } from '../header.js';
import type { LiteralValue } from './literal.js';
import { zoneNames, type ZoneName } from './zones.js';

export interface ParamSpec {
  name: string;
  /** Bicep type expression */
  type: string;
  description: string;
  /** Bicep expression of the default, or null */
  default: string | null;
  allowed: string[] | null;
  /** false: main.bicepparam leaves it to the default */
  hasValue: boolean;
  value: LiteralValue;
}

export interface SubnetView {
  /** the main/network parameter holding its name and prefix */
  symbol: string;
  description: string;
  outputDescription: string;
  /** symbolic name of its resource in the network module */
  resourceSymbol: string;
  /** how the network module refers to that resource */
  reference: string;
  existing: boolean;
  attachNsg: boolean;
  isPrivateEndpoints: boolean;
  /** the subnet resource that must be written first (subnets of an existing VNet are chained) */
  after: string | null;
}

export interface DependencyView {
  symbol: string;
  type: string;
  apiVersion: string;
  nameParam: string;
  description: string;
  existing: boolean;
  resourceGroupParam: string | null;
  resourceGroupDescription: string;
  publicNetworkAccess: 'Enabled' | 'Disabled';
  defaultAction: 'Allow' | 'Deny';
}

export interface EndpointView {
  nameExpr: string;
  targetOutput: string;
  groupId: PrivateLinkGroup;
  zoneOutputs: string[];
}

export interface BicepModel {
  header: string;
  api: Record<string, string>;
  imports: string;
  params: ParamSpec[];
  network: {
    vnetIsNew: boolean;
    /** a new VNet with custom DNS servers (network.vnet.dnsServers) */
    customDns: boolean;
    /** the module creates a located, tagged resource (the VNet or the NSG; new subnets have neither) */
    needsLocation: boolean;
    subnets: SubnetView[];
    aksSubnet: string;
    privateEndpointsSubnet: string;
    loadBalancerSubnet: string;
    nsg: null | { nameExpr: string; restrictOutbound: boolean; outboundTags: string[]; scoringDestination: string };
  };
  dns: null | { create: boolean; zones: (ZoneName & { outputDescription: string })[] };
  /** endpoints register in private DNS zones (not with zones: none) */
  withZoneGroups: boolean;
  workspace: {
    resources: DependencyView[];
    storage: DependencyView;
    keyVault: DependencyView;
    containerRegistry: DependencyView;
    applicationInsights: DependencyView;
    workspace: DependencyView;
    newRegistry: boolean;
    /** anything new (else location and tags would be unused) */
    createsAny: boolean;
    logAnalytics: null | { apiVersion: string };
  };
  endpoints: EndpointView[];
  aks: { cluster: boolean; dockerBridge: boolean; grantExistingPrincipal: boolean };
  compute: { create: boolean; internalLoadBalancer: boolean; clusterId: string };
  roleDefinitionId: string;
}

const PURPOSE_SYMBOL: Record<Subnet['purpose'], string> = {
  aks: 'aksSubnet',
  privateEndpoints: 'privateEndpointsSubnet',
  scoringLoadBalancer: 'scoringLoadBalancerSubnet',
  other: 'otherSubnet',
};

const PURPOSE_TEXT: Record<Subnet['purpose'], string> = {
  aks: "the AKS cluster's nodes and pods (Azure CNI)",
  privateEndpoints: 'the private endpoints of the workspace and its dependencies',
  scoringLoadBalancer: "the scoring endpoint's internal load balancer",
  other: 'another workload',
};

function param(name: string, type: string, description: string, value: LiteralValue | undefined, extra: Partial<Pick<ParamSpec, 'default' | 'allowed'>> = {}): ParamSpec {
  return { name, type, description, default: extra.default ?? null, allowed: extra.allowed ?? null, hasValue: value !== undefined, value: value ?? null };
}

function findPlanned(graph: Graph, type: string): GraphResource | undefined {
  return graph.resources.find((r) => r.type === type);
}

const sameGroup = (a: string | undefined, b: string | undefined): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

function subnetViews(topology: Topology, nsgPlanned: boolean): SubnetView[] {
  const seen = new Map<string, number>();
  const vnetIsNew = !topology.network.vnet.existing;
  let previousNew: string | null = null;
  return topology.network.subnets.map((subnet): SubnetView => {
    const base = PURPOSE_SYMBOL[subnet.purpose];
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const symbol = count === 1 ? base : `${base}${count}`;
    const resourceSymbol = `${symbol}Resource`;
    const existing = !vnetIsNew && subnet.existing;
    const after = vnetIsNew || existing ? null : previousNew;
    if (!vnetIsNew && !existing) previousNew = resourceSymbol;
    return {
      symbol,
      description: `The subnet for ${PURPOSE_TEXT[subnet.purpose]}.`,
      outputDescription: `Resource ID of the subnet for ${PURPOSE_TEXT[subnet.purpose]}.`,
      resourceSymbol,
      reference: vnetIsNew ? `vnet::${resourceSymbol}` : resourceSymbol,
      existing,
      attachNsg: nsgPlanned && subnet.purpose === 'aks' && !existing,
      isPrivateEndpoints: subnet.purpose === 'privateEndpoints' && !existing,
      after,
    };
  });
}

/** The NSG's rules in Bicep: the service tags restricted outbound traffic still allows, regional ones narrowed to the cluster's region. */
function outboundTagExpressions(): string[] {
  return REQUIRED_OUTBOUND_TAGS.map(({ tag, regional }) => (regional ? `'${tag}.\${aksLocation}'` : bicepString(tag)));
}

interface DependencySpec {
  symbol: string;
  type: GeneratedType;
  nameParam: string;
  label: string;
  existing: boolean;
  resourceGroup: string | undefined;
  privateAccess: boolean;
}

function dependencyView(spec: DependencySpec, workspaceGroup: string | undefined, graph: Graph): DependencyView {
  const elsewhere = !sameGroup(spec.resourceGroup, workspaceGroup);
  if (elsewhere && !spec.existing) {
    // the workspace module deploys into the workspace's group; the planned resource says where the topology asks for this
    throw new InputError(
      `moat generate can't yet create the ${spec.label} in resource group ${spec.resourceGroup ?? "of the deployment"}, apart from the workspace's`,
      findPlanned(graph, spec.type)?.source ?? { file: graph.files[0] ?? 'topology' },
      'create it there first and set existing: true, or leave out its resourceGroup',
    );
  }
  return {
    symbol: spec.symbol,
    type: spec.type,
    apiVersion: apiVersionOf(spec.type),
    nameParam: spec.nameParam,
    description: `Name of the ${spec.label}.`,
    existing: spec.existing,
    resourceGroupParam: elsewhere ? `${spec.nameParam.replace(/Name$/, '')}ResourceGroup` : null,
    resourceGroupDescription: `Resource group of the existing ${spec.label}.`,
    publicNetworkAccess: spec.privateAccess ? 'Disabled' : 'Enabled',
    defaultAction: spec.privateAccess ? 'Deny' : 'Allow',
  };
}

function workspaceViews(topology: Topology, graph: Graph): BicepModel['workspace']['resources'] {
  const ws = topology.workspace;
  const group = ws.resourceGroup;
  const dependency = (spec: Omit<DependencySpec, 'resourceGroup'> & { resourceGroup?: string }): DependencyView =>
    dependencyView({ ...spec, resourceGroup: spec.resourceGroup ?? group }, group, graph);
  return [
    dependency({ symbol: 'storage', type: 'Microsoft.Storage/storageAccounts', nameParam: 'storageAccountName', label: 'storage account', existing: ws.storage.existing, resourceGroup: ws.storage.resourceGroup, privateAccess: ws.storage.privateEndpoint.length > 0 }),
    dependency({ symbol: 'keyVault', type: 'Microsoft.KeyVault/vaults', nameParam: 'keyVaultName', label: 'key vault', existing: ws.keyVault.existing, resourceGroup: ws.keyVault.resourceGroup, privateAccess: ws.keyVault.privateEndpoint }),
    dependency({ symbol: 'containerRegistry', type: 'Microsoft.ContainerRegistry/registries', nameParam: 'containerRegistryName', label: 'container registry', existing: ws.containerRegistry.existing, resourceGroup: ws.containerRegistry.resourceGroup, privateAccess: ws.containerRegistry.privateEndpoint }),
    dependency({ symbol: 'applicationInsights', type: 'Microsoft.Insights/components', nameParam: 'applicationInsightsName', label: 'Application Insights component', existing: ws.applicationInsights.existing, resourceGroup: ws.applicationInsights.resourceGroup, privateAccess: false }),
    dependency({ symbol: 'workspace', type: 'Microsoft.MachineLearningServices/workspaces', nameParam: 'workspaceName', label: 'AML workspace', existing: ws.existing, privateAccess: !ws.publicNetworkAccess }),
  ];
}

/** Private endpoints in the planner's order: storage services, vault, registry, workspace; with the zones they register in unless zones are none. */
function endpointViews(topology: Topology): EndpointView[] {
  const ws = topology.workspace;
  const withZones = topology.network.privateDns.zones !== 'none';
  const endpoint = (nameParam: string, groupId: PrivateLinkGroup, targetOutput: string): EndpointView => ({
    nameExpr: `'pe-\${${nameParam}}-${groupId}'`,
    targetOutput,
    groupId,
    zoneOutputs: withZones ? zoneNames(groupId, topology.cloud).map((zone) => `${zone.symbol}Id`) : [],
  });
  return [
    ...ws.storage.privateEndpoint.map((group) => endpoint('storageAccountName', group, 'storageAccountId')),
    ...(ws.keyVault.privateEndpoint ? [endpoint('keyVaultName', 'vault', 'keyVaultId')] : []),
    ...(ws.containerRegistry.privateEndpoint ? [endpoint('containerRegistryName', 'registry', 'containerRegistryId')] : []),
    ...(ws.privateEndpoint ? [endpoint('workspaceName', 'amlworkspace', 'workspaceId')] : []),
  ];
}

function dnsView(topology: Topology, groups: PrivateLinkGroup[]): BicepModel['dns'] {
  const mode = topology.network.privateDns.zones;
  if (mode === 'none' || groups.length === 0) return null;
  const zones = new Map<string, ZoneName>();
  for (const group of groups) for (const zone of zoneNames(group, topology.cloud)) zones.set(zone.symbol, zone);
  return {
    create: mode === 'create',
    zones: [...zones.values()].map((zone) => ({ ...zone, outputDescription: `Resource ID of the private DNS zone ${zone.symbol.replace(/Zone$/, '')} endpoints register in.` })),
  };
}

function networkParams(topology: Topology, subnets: SubnetView[], nsg: boolean, dns: boolean): ParamSpec[] {
  const { vnet, nsg: rules } = topology.network;
  return [
    param('vnetName', 'string', 'Name of the virtual network.', vnet.name),
    param('vnetResourceGroup', 'string', "Resource group of the virtual network; the AKS identity gets Network Contributor on it.", vnet.resourceGroup, { default: 'resourceGroup().name' }),
    ...(vnet.existing ? [] : [param('vnetAddressPrefixes', 'string[]', 'Address space of the virtual network.', [...vnet.addressPrefixes])]),
    ...(vnet.existing || !vnet.dnsServers ? [] : [param('vnetDnsServers', 'string[]', 'Custom DNS servers of the virtual network.', [...vnet.dnsServers])]),
    ...topology.network.subnets.map((subnet, i) => param(subnets[i]!.symbol, 'subnetSpec', subnets[i]!.description, { name: subnet.name, addressPrefix: subnet.addressPrefix })),
    ...(nsg
      ? [
          param(
            'scoringInbound',
            'scoringInboundRule[]',
            'Callers outside the virtual network that may reach the scoring endpoint.',
            rules.scoringInbound.map((rule) => ({ name: rule.name, sourceAddressPrefix: rule.sourceAddressPrefix, ports: rule.ports.map(String) })),
          ),
        ]
      : []),
    ...(dns ? [param('privateDnsResourceGroup', 'string', 'Resource group of the private DNS zones.', topology.network.privateDns.resourceGroup, { default: 'resourceGroup().name' })] : []),
  ];
}

function workspaceParams(topology: Topology, resources: DependencyView[], logAnalyticsName: string | undefined): ParamSpec[] {
  const ws = topology.workspace;
  const names: Record<string, { name: string; resourceGroup?: string }> = {
    storageAccountName: ws.storage,
    keyVaultName: ws.keyVault,
    containerRegistryName: ws.containerRegistry,
    applicationInsightsName: ws.applicationInsights,
    workspaceName: ws,
  };
  return [
    param('workspaceResourceGroup', 'string', 'Resource group of the AML workspace.', ws.resourceGroup, { default: 'resourceGroup().name' }),
    ...resources.flatMap((r) => [
      param(r.nameParam, 'string', r.description, names[r.nameParam]!.name),
      ...(r.resourceGroupParam ? [param(r.resourceGroupParam, 'string', r.resourceGroupDescription, names[r.nameParam]!.resourceGroup)] : []),
    ]),
    ...(ws.containerRegistry.existing
      ? []
      : [param('containerRegistrySku', 'string', 'SKU of the container registry. A registry with a private endpoint must be Premium.', ws.containerRegistry.sku, { allowed: ['Basic', 'Standard', 'Premium'] })]),
    ...(logAnalyticsName === undefined ? [] : [param('logAnalyticsName', 'string', 'Name of the Log Analytics workspace behind Application Insights.', logAnalyticsName)]),
  ];
}

function aksParams(topology: Topology, dockerBridge: boolean): ParamSpec[] {
  const aks = topology.aks;
  const pool = [
    param('nodeCount', 'int', 'Number of agent nodes.', aks.nodeCount),
    param('vmSize', 'string', 'VM size of the agent nodes.', aks.vmSize),
  ];
  const addressing = [
    param('serviceCidr', 'string', 'Kubernetes service address range: outside the virtual network and the ranges AKS reserves.', aks.serviceCidr),
    param('dnsServiceIP', 'string', 'IP address of the Kubernetes DNS service, inside the service address range.', aks.dnsServiceIP),
  ];
  const dockerBridgeParam = param('dockerBridgeCidr', 'string', 'Docker bridge address, outside the subnets and the service range.', aks.dockerBridgeCidr);
  const common = [
    param('aksLocation', 'string', "Region of the AKS cluster; with a private-endpoint workspace, the workspace's region.", aks.location, { default: 'location' }),
    param('computeName', 'string', 'Name of the AML compute target that models are deployed to.', aks.computeName),
    param('clusterPurpose', 'string', 'AML cluster purpose: FastProd needs at least 12 vCPUs in total.', aks.clusterPurpose, { allowed: ['FastProd', 'DenseProd', 'DevTest'] }),
  ];
  switch (aks.provisioning) {
    case 'workspace':
      return [...common, ...pool, ...addressing, dockerBridgeParam];
    case 'cluster':
      return [
        ...common,
        param('aksName', 'string', 'Name of the AKS cluster.', aks.name),
        ...pool,
        param('maxPods', 'int', 'Maximum pods per node.', aks.maxPods),
        param('networkPlugin', 'string', 'Kubernetes network plugin: azure (Azure CNI) is what the guidance needs.', aks.networkPlugin, { allowed: ['azure', 'kubenet'] }),
        ...addressing,
        ...(dockerBridge ? [dockerBridgeParam] : []),
        param('privateCluster', 'bool', 'Private cluster: the API server gets no public address.', aks.privateCluster),
        param('publicFqdn', 'bool', "Keep a public FQDN for a private cluster's API server (AML can't use it).", aks.publicFqdn),
      ];
    case 'existing':
      return [
        ...common,
        param('aksResourceId', 'string', 'Resource ID of the AKS cluster to attach.', aks.resourceId ?? ''),
        ...(aks.principalId ? [param('aksPrincipalId', 'string', "Object ID of the cluster's identity, granted Network Contributor on the virtual network's resource group.", aks.principalId)] : []),
      ];
  }
}

export function buildBicepModel(topology: Topology, graph: Graph, meta: RenderMeta): BicepModel {
  const nsgResource = findPlanned(graph, 'Microsoft.Network/networkSecurityGroups');
  const clusterResource = graph.resources.find((r) => r.type === 'Microsoft.ContainerService/managedClusters' && !r.existing);
  const logAnalytics = findPlanned(graph, 'Microsoft.OperationalInsights/workspaces');
  const subnets = subnetViews(topology, nsgResource !== undefined);
  const symbolOfIndex = (index: number): string => subnets[index]!.symbol;
  const all = topology.network.subnets;
  const aksIndex = all.findIndex((s) => s.purpose === 'aks');
  const peIndex = all.findIndex((s) => s.purpose === 'privateEndpoints');
  const lbIndex = all.findIndex((s) => s.name === topology.aks.loadBalancerSubnet);
  const loadBalancerSubnet = symbolOfIndex(lbIndex < 0 ? aksIndex : lbIndex);
  const internal = topology.aks.loadBalancer === 'internal';

  const resources = workspaceViews(topology, graph);
  const [storage, keyVault, containerRegistry, applicationInsights, workspace] = resources as [DependencyView, DependencyView, DependencyView, DependencyView, DependencyView];
  const endpoints = endpointViews(topology);
  const dns = dnsView(topology, endpoints.map((e) => e.groupId));
  const dockerBridge = clusterResource !== undefined && getPath(clusterResource.properties, 'networkProfile.dockerBridgeCidr') !== undefined;

  const nsg = nsgResource
    ? {
        nameExpr: `'nsg-\${${symbolOfIndex(aksIndex)}.name}'`,
        restrictOutbound: topology.network.nsg.outbound === 'restricted',
        outboundTags: outboundTagExpressions(),
        scoringDestination: internal ? `${loadBalancerSubnet}.addressPrefix` : "'*'",
      }
    : null;

  return {
    header: bicepHeader(meta),
    api: {
      vnet: apiVersionOf('Microsoft.Network/virtualNetworks'),
      subnet: apiVersionOf('Microsoft.Network/virtualNetworks/subnets'),
      nsg: apiVersionOf('Microsoft.Network/networkSecurityGroups'),
      zone: apiVersionOf('Microsoft.Network/privateDnsZones'),
      zoneLink: apiVersionOf('Microsoft.Network/privateDnsZones/virtualNetworkLinks'),
      privateEndpoint: apiVersionOf('Microsoft.Network/privateEndpoints'),
      zoneGroup: apiVersionOf('Microsoft.Network/privateEndpoints/privateDnsZoneGroups'),
      // an endpoint's network interface is read with the Microsoft.Network version the endpoint uses
      networkInterface: apiVersionOf('Microsoft.Network/privateEndpoints'),
      roleAssignment: apiVersionOf('Microsoft.Authorization/roleAssignments'),
      identity: apiVersionOf('Microsoft.ManagedIdentity/userAssignedIdentities'),
      cluster: apiVersionOf('Microsoft.ContainerService/managedClusters'),
      workspace: apiVersionOf('Microsoft.MachineLearningServices/workspaces'),
      compute: apiVersionOf('Microsoft.MachineLearningServices/workspaces/computes'),
    },
    imports: nsg ? 'scoringInboundRule, subnetSpec' : 'subnetSpec',
    params: [
      param('location', 'string', 'Region of every new resource unless overridden.', topology.location, { default: 'resourceGroup().location' }),
      param('tags', 'object', 'Tags on every new resource.', tagsOf(topology.tags) as Record<string, string> | undefined, { default: '{}' }),
      ...networkParams(topology, subnets, nsg !== null, dns !== null),
      ...workspaceParams(topology, resources, logAnalytics?.name as string | undefined),
      ...aksParams(topology, dockerBridge),
    ],
    network: {
      vnetIsNew: !topology.network.vnet.existing,
      customDns: !topology.network.vnet.existing && topology.network.vnet.dnsServers !== undefined,
      needsLocation: !topology.network.vnet.existing || nsg !== null,
      subnets,
      aksSubnet: symbolOfIndex(aksIndex),
      privateEndpointsSubnet: symbolOfIndex(peIndex < 0 ? aksIndex : peIndex),
      loadBalancerSubnet,
      nsg,
    },
    dns,
    withZoneGroups: dns !== null,
    workspace: {
      resources,
      storage,
      keyVault,
      containerRegistry,
      applicationInsights,
      workspace,
      newRegistry: !containerRegistry.existing,
      createsAny: resources.some((r) => !r.existing),
      logAnalytics: logAnalytics ? { apiVersion: logAnalytics.apiVersion } : null,
    },
    endpoints,
    aks: {
      cluster: topology.aks.provisioning === 'cluster',
      dockerBridge,
      grantExistingPrincipal: topology.aks.provisioning === 'existing' && Boolean(topology.aks.principalId),
    },
    compute: {
      create: topology.aks.provisioning === 'workspace',
      internalLoadBalancer: internal,
      clusterId: topology.aks.provisioning === 'cluster' ? 'aks.outputs.clusterId' : 'aksResourceId',
    },
    roleDefinitionId: NETWORK_CONTRIBUTOR_ROLE_ID,
  };
}
