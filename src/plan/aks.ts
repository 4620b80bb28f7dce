/**
 * The AKS inference cluster, per `aks.provisioning`:
 * - workspace: an AML compute of computeType AKS that AML provisions itself
 *   (AksCompute.provisioning_configuration) in the AKS subnet;
 * - cluster: a user-assigned identity, its Network Contributor assignment on
 *   the VNet's resource group, the managed cluster using that identity, and an
 *   AML compute attaching it;
 * - existing: the cluster referenced by ID, attached, and its principal granted
 *   Network Contributor.
 * When the cluster's identity is unknown at deploy time, a graph note carries
 * what the generator needs to grant the role after deployment.
 */
import { apiVersionOf } from '../azure/api-versions.js';
import { NETWORK_CONTRIBUTOR_ROLE_ID } from '../azure/roles.js';
import { InputError } from '../errors.js';
import { formatResourceId, parseResourceId, type ResourceId } from '../graph/resource-id.js';
import type { GraphResource } from '../graph/types.js';
import { ResourceLink, RuntimeValue, type Value, type ValueObject } from '../graph/value.js';
import type { Topology } from '../topology/types.js';
import { linkTo, tagsOf, type PlanBuilder } from './builder.js';
import type { NetworkPlan } from './network.js';
import { roleAssignmentName } from './role-name.js';
import type { WorkspacePlan } from './workspace.js';
import networkContributorPostDeployRule from '../lint/rules/network-contributor-post-deploy.js';

export const NETWORK_CONTRIBUTOR_POST_DEPLOY = networkContributorPostDeployRule.meta.id;

const MANAGED_CLUSTER = 'Microsoft.ContainerService/managedClusters';
const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';
/** managedClusters rejects networkProfile.dockerBridgeCidr from this API version on */
const DOCKER_BRIDGE_REJECTED_FROM = '2023-04-01';

const ROLE_DEFINITION: ResourceId = { level: 'subscription', type: 'Microsoft.Authorization/roleDefinitions', name: NETWORK_CONTRIBUTOR_ROLE_ID };

/** AML's compute properties shared by every provisioning: purpose and the scoring load balancer. */
function scoringProperties(topology: Topology, network: NetworkPlan): ValueObject {
  const properties: ValueObject = {
    clusterPurpose: topology.aks.clusterPurpose,
    loadBalancerType: topology.aks.loadBalancer === 'internal' ? 'InternalLoadBalancer' : 'PublicIp',
  };
  if (topology.aks.loadBalancer === 'internal') properties['loadBalancerSubnet'] = network.loadBalancerSubnet.subnet.name;
  return properties;
}

const scoringSources = {
  'properties.properties.clusterPurpose': 'aks.clusterPurpose',
  'properties.properties.loadBalancerType': 'aks.loadBalancer',
  'properties.properties.loadBalancerSubnet': 'aks.loadBalancerSubnet',
};

/** The Network Contributor assignment on the VNet's resource group, named by `guid()` (role-name.ts). */
function planRoleAssignment(builder: PlanBuilder, network: NetworkPlan, principal: { id: Value; key: string }, declaredBy: string): GraphResource {
  return builder.add({
    type: 'Microsoft.Authorization/roleAssignments',
    name: roleAssignmentName({ resourceGroup: network.resourceGroup }, principal.key, ROLE_DEFINITION),
    resourceGroup: network.resourceGroup,
    properties: {
      roleDefinitionId: new ResourceLink(ROLE_DEFINITION),
      principalId: principal.id,
      principalType: 'ServicePrincipal',
    },
    declaredBy,
    valuesFrom: { 'properties.principalId': declaredBy },
  });
}

function postDeployNote(builder: PlanBuilder, topology: Topology, network: NetworkPlan, compute: GraphResource, declaredBy: string, why: string, data: Record<string, string>): void {
  builder.note({
    ruleId: NETWORK_CONTRIBUTOR_POST_DEPLOY,
    message: `${why}: grant it Network Contributor (${NETWORK_CONTRIBUTOR_ROLE_ID}) on resource group ${network.resourceGroup ?? '(the deployment resource group)'} after deployment`,
    source: builder.locate(declaredBy),
    resourceKey: compute.key,
    data: {
      vnetName: topology.network.vnet.name,
      vnetResourceGroup: network.resourceGroup ?? '',
      workspaceName: topology.workspace.name,
      workspaceResourceGroup: topology.workspace.resourceGroup ?? '',
      computeName: topology.aks.computeName,
      roleDefinitionId: NETWORK_CONTRIBUTOR_ROLE_ID,
      ...data,
    },
  });
}

/** A managed cluster's properties as the topology states them (for a new cluster, and what an existing one has). */
function clusterProperties(topology: Topology, network: NetworkPlan): ValueObject {
  const aks = topology.aks;
  const networkProfile: ValueObject = {
    networkPlugin: aks.networkPlugin,
    serviceCidr: aks.serviceCidr,
    dnsServiceIP: aks.dnsServiceIP,
    loadBalancerSku: 'standard',
  };
  if (apiVersionOf(MANAGED_CLUSTER) < DOCKER_BRIDGE_REJECTED_FROM) networkProfile['dockerBridgeCidr'] = aks.dockerBridgeCidr;
  return {
    agentPoolProfiles: [
      {
        name: 'system',
        mode: 'System',
        count: aks.nodeCount,
        vmSize: aks.vmSize,
        maxPods: aks.maxPods,
        osType: 'Linux',
        type: 'VirtualMachineScaleSets',
        vnetSubnetID: network.aks.link,
      },
    ],
    networkProfile,
    apiServerAccessProfile: { enablePrivateCluster: aks.privateCluster, enablePrivateClusterPublicFQDN: aks.publicFqdn },
  };
}

function clusterSources(network: NetworkPlan): Record<string, string> {
  const pool = 'properties.agentPoolProfiles.0';
  return {
    location: 'aks.location',
    [`${pool}.count`]: 'aks.nodeCount',
    [`${pool}.vmSize`]: 'aks.vmSize',
    [`${pool}.maxPods`]: 'aks.maxPods',
    [`${pool}.vnetSubnetID`]: `network.subnets.${network.aks.index}`,
    'properties.networkProfile.networkPlugin': 'aks.networkPlugin',
    'properties.networkProfile.serviceCidr': 'aks.serviceCidr',
    'properties.networkProfile.dnsServiceIP': 'aks.dnsServiceIP',
    'properties.networkProfile.dockerBridgeCidr': 'aks.dockerBridgeCidr',
    'properties.apiServerAccessProfile.enablePrivateCluster': 'aks.privateCluster',
    'properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN': 'aks.publicFqdn',
  };
}

function planManagedCluster(builder: PlanBuilder, topology: Topology, network: NetworkPlan): GraphResource {
  const aks = topology.aks;
  const identity = builder.add({
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
    name: `id-${aks.name}`,
    resourceGroup: undefined,
    location: aks.location,
    tags: tagsOf(topology.tags),
    properties: {},
    declaredBy: 'aks.provisioning',
    valuesFrom: { location: 'aks.location' },
  });
  const roleAssignment = planRoleAssignment(
    builder,
    network,
    { id: new RuntimeValue({ kind: 'property', target: identity.id, property: 'principalId' }), key: formatResourceId(identity.id) },
    'aks.provisioning',
  );
  return builder.add({
    type: MANAGED_CLUSTER,
    name: aks.name,
    resourceGroup: undefined,
    location: aks.location,
    tags: tagsOf(topology.tags),
    identity: { type: 'UserAssigned', userAssignedIdentities: { [formatResourceId(identity.id)]: {} } },
    properties: { dnsPrefix: aks.name, ...clusterProperties(topology, network) },
    declaredBy: 'aks.provisioning',
    // the cluster joins the subnet with its identity: the role must be in place first
    after: [roleAssignment],
    valuesFrom: { name: 'aks.name', ...clusterSources(network) },
  });
}

function existingClusterId(topology: Topology, builder: PlanBuilder): ResourceId {
  const text = topology.aks.resourceId ?? '';
  const id = parseResourceId(text);
  if (!id || id.type.toLowerCase() !== MANAGED_CLUSTER.toLowerCase() || id.level !== 'resourceGroup') {
    throw new InputError(
      `aks.resourceId ${JSON.stringify(text)} is not the resource ID of a managed cluster`,
      builder.locate('aks.resourceId'),
      'use /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name>',
    );
  }
  return id;
}

/** The attached cluster: referenced, with what the topology says it has, so the checks compare it with the network. */
function planExistingCluster(builder: PlanBuilder, topology: Topology, network: NetworkPlan): GraphResource {
  const id = existingClusterId(topology, builder);
  const spec = {
    type: MANAGED_CLUSTER,
    name: id.name,
    resourceGroup: id.resourceGroup,
    existing: true,
    location: topology.aks.location,
    properties: clusterProperties(topology, network),
    declaredBy: 'aks.resourceId',
    valuesFrom: { name: 'aks.resourceId', ...clusterSources(network) },
  } as const;
  return id.subscription === undefined ? builder.add(spec) : builder.add({ ...spec, subscription: id.subscription });
}

export function planAks(builder: PlanBuilder, topology: Topology, network: NetworkPlan, workspace: WorkspacePlan): void {
  const aks = topology.aks;
  const computeBase = {
    type: COMPUTE,
    name: `${workspace.workspace.name as string}/${aks.computeName}`,
    resourceGroup: workspace.resourceGroup,
    location: aks.location,
    tags: tagsOf(topology.tags),
    declaredBy: 'aks',
  } as const;

  if (aks.provisioning === 'workspace') {
    const net = 'properties.properties.aksNetworkingConfiguration';
    const compute = builder.add({
      ...computeBase,
      properties: {
        computeType: 'AKS',
        computeLocation: aks.location,
        properties: {
          agentCount: aks.nodeCount,
          agentVmSize: aks.vmSize,
          ...scoringProperties(topology, network),
          aksNetworkingConfiguration: {
            subnetId: network.aks.link,
            serviceCidr: aks.serviceCidr,
            dnsServiceIP: aks.dnsServiceIP,
            dockerBridgeCidr: aks.dockerBridgeCidr,
          },
        },
      },
      valuesFrom: {
        name: 'aks.computeName',
        location: 'aks.location',
        'properties.computeLocation': 'aks.location',
        'properties.properties.agentCount': 'aks.nodeCount',
        'properties.properties.agentVmSize': 'aks.vmSize',
        ...scoringSources,
        [`${net}.subnetId`]: `network.subnets.${network.aks.index}`,
        [`${net}.serviceCidr`]: 'aks.serviceCidr',
        [`${net}.dnsServiceIP`]: 'aks.dnsServiceIP',
        [`${net}.dockerBridgeCidr`]: 'aks.dockerBridgeCidr',
      },
    });
    postDeployNote(builder, topology, network, compute, 'aks.provisioning', `AML creates cluster ${aks.computeName} with an identity known only after deployment`, {});
    return;
  }

  const cluster = aks.provisioning === 'cluster' ? planManagedCluster(builder, topology, network) : planExistingCluster(builder, topology, network);
  const attachSources = {
    name: 'aks.computeName',
    location: 'aks.location',
    'properties.computeLocation': 'aks.location',
    'properties.resourceId': aks.provisioning === 'existing' ? 'aks.resourceId' : 'aks.name',
    ...scoringSources,
  };
  const compute = builder.add({
    ...computeBase,
    properties: { computeType: 'AKS', computeLocation: aks.location, resourceId: linkTo(cluster), properties: scoringProperties(topology, network) },
    valuesFrom: attachSources,
  });
  if (aks.provisioning === 'cluster') return;

  if (aks.principalId) {
    planRoleAssignment(builder, network, { id: aks.principalId, key: aks.principalId }, 'aks.principalId');
  } else {
    postDeployNote(builder, topology, network, compute, 'aks.resourceId', `aks.principalId is not set, so moat can't grant the identity of ${cluster.name as string} its role`, {
      clusterResourceId: topology.aks.resourceId ?? '',
    });
  }
}
