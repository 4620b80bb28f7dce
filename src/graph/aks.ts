/**
 * AKS clusters as the rules see them, from either declaration the AML (v1)
 * guidance allows: a `Microsoft.ContainerService/managedClusters` resource (which
 * an AML compute may attach through `properties.resourceId`), or a
 * `Microsoft.MachineLearningServices/workspaces/computes` of computeType AKS that
 * AML provisions itself from `properties.properties` (AksCompute.provisioning_configuration).
 */
import type { GraphIndex } from './index.js';
import type { GraphResource } from './types.js';
import { childKey } from './resource-id.js';
import { getPath, type Value } from './value.js';
import { addTo, equalsIgnoreCase, memoView, parentKey, refKey, shortName, valueAt } from './views.js';
import { networkView } from './network.js';

export const MANAGED_CLUSTER = 'Microsoft.ContainerService/managedClusters';
export const WORKSPACE = 'Microsoft.MachineLearningServices/workspaces';
export const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';

/** A value with the path it was read from, for pointing findings at its line. */
export interface Field {
  value: Value | undefined;
  path: string;
}

export interface NodePool {
  /** the resource holding the pool's values: the cluster, a managedClusters/agentPools child, or the AML compute */
  resource: GraphResource;
  count: Field;
  /** with autoscaling the pool can grow to maxCount nodes */
  enableAutoScaling: Value | undefined;
  maxCount: Value | undefined;
  /** absent: AZURE_CNI_DEFAULT_MAX_PODS */
  maxPods: Field;
  subnet: Field;
  /** pods in their own subnet (dynamic IP allocation) don't use the node subnet */
  podSubnet: Value | undefined;
}

export interface ClusterView {
  kind: 'managedCluster' | 'amlCompute';
  resource: GraphResource;
  /** for AML-created clusters: AML always uses Azure CNI ('azure') with a subnet */
  networkPlugin: Field;
  networkPluginMode: Value | undefined;
  serviceCidr: Field;
  dnsServiceIP: Field;
  dockerBridgeCidr: Field;
  pools: NodePool[];
  location: Field;
  /** AML workspaces in the graph that use the cluster */
  workspaces: GraphResource[];
  /** attached by an AML compute in the graph, or AML-created */
  usedByAml: boolean;
}

/** maxPods per node when a pool doesn't set it, with Azure CNI (AML-created clusters use it too). */
export const AZURE_CNI_DEFAULT_MAX_PODS = 30;

const field = (resource: GraphResource, path: string): Field => ({ value: valueAt(resource, path), path });

function isAksCompute(compute: GraphResource): boolean {
  return equalsIgnoreCase(getPath(compute.properties, 'computeType'), 'AKS') === true;
}

/** An AKS compute that AML creates itself: it has provisioning properties and no resourceId to attach. */
export function isAmlCreatedCompute(compute: GraphResource): boolean {
  return isAksCompute(compute) && getPath(compute.properties, 'resourceId') === undefined && getPath(compute.properties, 'properties') !== undefined;
}

const AGENT_POOL = 'Microsoft.ContainerService/managedClusters/agentPools';

/** A node pool's values under `base` on the resource that holds them. */
function nodePool(resource: GraphResource, base: string): NodePool {
  return {
    resource,
    count: field(resource, `${base}.count`),
    enableAutoScaling: valueAt(resource, `${base}.enableAutoScaling`),
    maxCount: valueAt(resource, `${base}.maxCount`),
    maxPods: field(resource, `${base}.maxPods`),
    subnet: field(resource, `${base}.vnetSubnetID`),
    podSubnet: valueAt(resource, `${base}.podSubnetID`),
  };
}

/**
 * The pools of `agentPoolProfiles`, then the `agentPools` child resources
 * (how templates often add user pools); a child that repeats a profile's name is that pool.
 */
function clusterPools(cluster: GraphResource, children: readonly GraphResource[]): NodePool[] {
  const profiles = valueAt(cluster, 'properties.agentPoolProfiles');
  const list = Array.isArray(profiles) ? profiles : [];
  const names = new Set(list.map((p) => getPath(p, 'name')).filter((n): n is string => typeof n === 'string').map((n) => n.toLowerCase()));
  const added = children.filter((pool) => {
    const name = shortName(pool.name);
    return typeof name !== 'string' || !names.has(name.toLowerCase());
  });
  return [...list.map((_, i) => nodePool(cluster, `properties.agentPoolProfiles.${i}`)), ...added.map((pool) => nodePool(pool, 'properties'))];
}

function managedClusterView(cluster: GraphResource, childPools: readonly GraphResource[], workspaces: GraphResource[], attached: boolean): ClusterView {
  const net = 'properties.networkProfile';
  return {
    kind: 'managedCluster',
    resource: cluster,
    networkPlugin: field(cluster, `${net}.networkPlugin`),
    networkPluginMode: valueAt(cluster, `${net}.networkPluginMode`),
    serviceCidr: field(cluster, `${net}.serviceCidr`),
    dnsServiceIP: field(cluster, `${net}.dnsServiceIP`),
    dockerBridgeCidr: field(cluster, `${net}.dockerBridgeCidr`),
    pools: clusterPools(cluster, childPools),
    location: field(cluster, 'location'),
    workspaces,
    usedByAml: attached,
  };
}

function amlComputeView(compute: GraphResource, workspace: GraphResource | undefined): ClusterView {
  const base = 'properties.properties';
  const net = `${base}.aksNetworkingConfiguration`;
  const computeLocation = valueAt(compute, 'properties.computeLocation');
  return {
    kind: 'amlCompute',
    resource: compute,
    networkPlugin: { value: 'azure', path: net },
    networkPluginMode: undefined,
    serviceCidr: field(compute, `${net}.serviceCidr`),
    dnsServiceIP: field(compute, `${net}.dnsServiceIP`),
    dockerBridgeCidr: field(compute, `${net}.dockerBridgeCidr`),
    pools: [
      {
        resource: compute,
        count: field(compute, `${base}.agentCount`),
        enableAutoScaling: undefined,
        maxCount: undefined,
        maxPods: { value: undefined, path: base },
        subnet: field(compute, `${net}.subnetId`),
        podSubnet: undefined,
      },
    ],
    location: computeLocation !== undefined ? { value: computeLocation, path: 'properties.computeLocation' } : field(compute, 'location'),
    workspaces: workspace ? [workspace] : [],
    usedByAml: true,
  };
}

export interface AksView {
  clusters: ClusterView[];
  /** the view of a managed cluster by key */
  cluster(key: string): ClusterView | undefined;
  /** AKS computes (attached or AML-created) of each workspace key */
  computesOf(workspaceKey: string): readonly GraphResource[];
}

function buildAksView(index: GraphIndex): AksView {
  const workspacesOfCluster = new Map<string, GraphResource[]>();
  // a compute attaching a cluster to a workspace deployed elsewhere still makes it AML's
  const attachedClusters = new Set<string>();
  const computesOfWorkspace = new Map<string, GraphResource[]>();
  const amlClusters: ClusterView[] = [];
  const poolsOfCluster = new Map<string, GraphResource[]>();
  for (const pool of index.byType(AGENT_POOL)) {
    const clusterKey = parentKey(pool);
    if (clusterKey) addTo(poolsOfCluster, clusterKey, pool);
  }
  for (const compute of index.byType(COMPUTE)) {
    if (!isAksCompute(compute)) continue;
    const workspaceKey = parentKey(compute);
    const workspace = workspaceKey ? index.byKey(workspaceKey) : undefined;
    if (workspaceKey) addTo(computesOfWorkspace, workspaceKey, compute);
    const target = refKey(getPath(compute.properties, 'resourceId'));
    if (typeof target === 'string') {
      attachedClusters.add(target);
      if (workspace) addTo(workspacesOfCluster, target, workspace);
    } else if (isAmlCreatedCompute(compute)) {
      amlClusters.push(amlComputeView(compute, workspace));
    }
  }
  // Grown by push from one literal, with clusters or none: V8 then makes every graph's list an
  // array of objects. A spread or map() of nothing gave an array of small integers instead, and
  // each rule's loop over the clusters, compiled for one kind, was thrown away and compiled again
  // as graphs with and without clusters took turns (300 ms of every 2,000-template bench pass).
  const clusters: ClusterView[] = [];
  for (const cluster of index.byType(MANAGED_CLUSTER)) {
    clusters.push(managedClusterView(cluster, poolsOfCluster.get(cluster.key) ?? [], workspacesOfCluster.get(cluster.key) ?? [], attachedClusters.has(cluster.key)));
  }
  const byKey = new Map(clusters.map((c) => [c.resource.key, c]));
  for (const cluster of amlClusters) clusters.push(cluster);
  return {
    clusters,
    cluster: (key) => byKey.get(key),
    computesOf: (key) => computesOfWorkspace.get(key) ?? [],
  };
}

export function aksView(index: GraphIndex): AksView {
  return memoView(index, 'aks', buildAksView);
}

/**
 * Managed clusters AML may use: attached by a compute in the graph, or declared beside a
 * workspace (the attach may live in another template).
 */
export function managedClustersForAml(index: GraphIndex): ClusterView[] {
  const amlInGraph = index.byType(WORKSPACE).length > 0;
  return aksView(index).clusters.filter((cluster) => cluster.kind === 'managedCluster' && (cluster.usedByAml || amlInGraph));
}

/** Keys of the VNets a cluster's node pools join, as far as they are known. */
export function clusterVnetKeys(index: GraphIndex, cluster: ClusterView): Set<string> {
  const keys = new Set<string>();
  for (const pool of cluster.pools) {
    const key = networkView(index).vnetKeyOf(pool.subnet.value);
    if (typeof key === 'string') keys.add(key);
  }
  return keys;
}

/**
 * Keys of the subnets the scoring endpoints of AML (v1) on AKS live in: every
 * cluster's node subnets, and the internal load balancer's subnet
 * (`loadBalancerSubnet` of an AKS compute, a subnet name in the cluster's VNet).
 * Subnets that can't be known add nothing.
 */
function buildNodeSubnetKeys(index: GraphIndex): Set<string> {
  const keys = new Set<string>();
  for (const cluster of aksView(index).clusters) {
    for (const pool of cluster.pools) {
      const key = refKey(pool.subnet.value);
      if (typeof key === 'string') keys.add(key);
    }
  }
  return keys;
}

/** Keys of every cluster's node subnets (the subnets AKS nodes pull images and models from). */
export function nodeSubnetKeys(index: GraphIndex): ReadonlySet<string> {
  return memoView(index, 'aks-node-subnets', buildNodeSubnetKeys);
}

function buildScoringSubnetKeys(index: GraphIndex): Set<string> {
  const view = aksView(index);
  const keys = new Set<string>(nodeSubnetKeys(index));
  for (const compute of index.byType(COMPUTE)) {
    const subnetName = getPath(compute.properties, 'properties.loadBalancerSubnet');
    if (!isAksCompute(compute) || typeof subnetName !== 'string') continue;
    const attached = refKey(getPath(compute.properties, 'resourceId'));
    const cluster = typeof attached === 'string' ? view.cluster(attached) : view.clusters.find((c) => c.resource === compute);
    if (!cluster) continue;
    for (const vnetKey of clusterVnetKeys(index, cluster)) keys.add(childKey(vnetKey, 'subnets', subnetName));
  }
  return keys;
}

export function scoringSubnetKeys(index: GraphIndex): ReadonlySet<string> {
  return memoView(index, 'aks-scoring-subnets', buildScoringSubnetKeys);
}
