/**
 * The AML (v1) workspace and what it depends on: storage, Key Vault, container
 * registry, Application Insights (workspace-based, with its Log Analytics
 * workspace). Each is created or referenced; a dependency behind a private
 * endpoint refuses public network access. Returns the private endpoints the
 * topology asks for, for the private-link planner.
 */
import type { GraphResource } from '../graph/types.js';
import { linkTo, tagsOf, type PlanBuilder, type ResourceSpec } from './builder.js';
import { RuntimeValue, Unknown, type Value } from '../graph/value.js';
import type { Topology } from '../topology/types.js';
import type { EndpointRequest } from './private-link.js';

export interface WorkspacePlan {
  workspace: GraphResource;
  resourceGroup: string | undefined;
  endpoints: EndpointRequest[];
}

type Common = Pick<ResourceSpec, 'location' | 'tags'>;

const publicAccess = (enabled: boolean): string => (enabled ? 'Enabled' : 'Disabled');

function planStorage(builder: PlanBuilder, topology: Topology, common: Common, resourceGroup: string | undefined): GraphResource {
  const storage = topology.workspace.storage;
  const base = { type: 'Microsoft.Storage/storageAccounts' as const, name: storage.name, resourceGroup: storage.resourceGroup ?? resourceGroup, declaredBy: 'workspace.storage' };
  if (storage.existing) return builder.add({ ...base, existing: true, properties: {}, valuesFrom: { name: 'workspace.storage.name' } });
  const isPrivate = storage.privateEndpoint.length > 0;
  return builder.add({
    ...base,
    ...common,
    sku: { name: 'Standard_LRS' },
    kind: 'StorageV2',
    properties: {
      supportsHttpsTrafficOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      publicNetworkAccess: publicAccess(!isPrivate),
      networkAcls: { defaultAction: isPrivate ? 'Deny' : 'Allow', bypass: 'AzureServices' },
    },
    valuesFrom: { name: 'workspace.storage.name', 'properties.publicNetworkAccess': 'workspace.storage.privateEndpoint', 'properties.networkAcls': 'workspace.storage.privateEndpoint' },
  });
}

function planKeyVault(builder: PlanBuilder, topology: Topology, common: Common, resourceGroup: string | undefined): GraphResource {
  const vault = topology.workspace.keyVault;
  const base = { type: 'Microsoft.KeyVault/vaults' as const, name: vault.name, resourceGroup: vault.resourceGroup ?? resourceGroup, declaredBy: 'workspace.keyVault' };
  if (vault.existing) return builder.add({ ...base, existing: true, properties: {}, valuesFrom: { name: 'workspace.keyVault.name' } });
  return builder.add({
    ...base,
    ...common,
    properties: {
      tenantId: new RuntimeValue({ kind: 'tenantId' }),
      sku: { family: 'A', name: 'standard' },
      // the workspace adds its own access policy when it is created
      accessPolicies: [],
      enableSoftDelete: true,
      publicNetworkAccess: publicAccess(!vault.privateEndpoint),
      networkAcls: { defaultAction: vault.privateEndpoint ? 'Deny' : 'Allow', bypass: 'AzureServices' },
    },
    valuesFrom: { name: 'workspace.keyVault.name', 'properties.publicNetworkAccess': 'workspace.keyVault.privateEndpoint', 'properties.networkAcls': 'workspace.keyVault.privateEndpoint' },
  });
}

function planRegistry(builder: PlanBuilder, topology: Topology, common: Common, resourceGroup: string | undefined): GraphResource {
  const registry = topology.workspace.containerRegistry;
  const base = {
    type: 'Microsoft.ContainerRegistry/registries' as const,
    name: registry.name,
    resourceGroup: registry.resourceGroup ?? resourceGroup,
    sku: { name: registry.sku },
    declaredBy: 'workspace.containerRegistry',
  };
  const valuesFrom = { name: 'workspace.containerRegistry.name', sku: 'workspace.containerRegistry.sku', 'sku.name': 'workspace.containerRegistry.sku' };
  // an existing registry's SKU is what the topology states, so acr-sku-private-endpoint can check it
  if (registry.existing) return builder.add({ ...base, existing: true, properties: {}, valuesFrom });
  return builder.add({
    ...base,
    ...common,
    properties: {
      // AML (v1) builds and pulls scoring images with the registry's admin credentials, as it does for a registry it creates
      adminUserEnabled: true,
      publicNetworkAccess: publicAccess(!registry.privateEndpoint),
      networkRuleBypassOptions: 'AzureServices',
    },
    valuesFrom: { ...valuesFrom, 'properties.publicNetworkAccess': 'workspace.containerRegistry.privateEndpoint' },
  });
}

function planApplicationInsights(builder: PlanBuilder, topology: Topology, common: Common, resourceGroup: string | undefined): GraphResource {
  const insights = topology.workspace.applicationInsights;
  const group = insights.resourceGroup ?? resourceGroup;
  const base = { type: 'Microsoft.Insights/components' as const, name: insights.name, resourceGroup: group, declaredBy: 'workspace.applicationInsights' };
  if (insights.existing) return builder.add({ ...base, existing: true, properties: {}, valuesFrom: { name: 'workspace.applicationInsights.name' } });
  // classic components are retired: a new one is workspace-based
  const logs = builder.add({
    ...common,
    type: 'Microsoft.OperationalInsights/workspaces',
    name: `log-${topology.name}`,
    resourceGroup: group,
    properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 },
    declaredBy: 'workspace.applicationInsights',
  });
  return builder.add({
    ...base,
    ...common,
    kind: 'web',
    properties: { Application_Type: 'web', WorkspaceResourceId: linkTo(logs) },
    valuesFrom: { name: 'workspace.applicationInsights.name' },
  });
}

export function planWorkspace(builder: PlanBuilder, topology: Topology): WorkspacePlan {
  const spec = topology.workspace;
  const resourceGroup = spec.resourceGroup;
  const common: Common = { location: topology.location, tags: tagsOf(topology.tags) };
  const storage = planStorage(builder, topology, common, resourceGroup);
  const keyVault = planKeyVault(builder, topology, common, resourceGroup);
  const registry = planRegistry(builder, topology, common, resourceGroup);
  const insights = planApplicationInsights(builder, topology, common, resourceGroup);

  const base = { type: 'Microsoft.MachineLearningServices/workspaces' as const, name: spec.name, resourceGroup, declaredBy: 'workspace' };
  const workspace = spec.existing
    ? builder.add({ ...base, existing: true, location: new Unknown('the region of an existing workspace'), properties: {}, valuesFrom: { name: 'workspace.name' } })
    : builder.add({
        ...base,
        ...common,
        identity: { type: 'SystemAssigned' },
        sku: { name: 'Basic', tier: 'Basic' },
        kind: 'Default',
        properties: {
          friendlyName: spec.name,
          storageAccount: linkTo(storage),
          keyVault: linkTo(keyVault),
          containerRegistry: linkTo(registry),
          applicationInsights: linkTo(insights),
          publicNetworkAccess: publicAccess(spec.publicNetworkAccess),
          // keep the v1 API's calls inside the VNet when the workspace has a private endpoint
          v1LegacyMode: true,
          hbiWorkspace: false,
        } satisfies Record<string, Value>,
        valuesFrom: {
          name: 'workspace.name',
          location: 'location',
          'properties.storageAccount': 'workspace.storage',
          'properties.keyVault': 'workspace.keyVault',
          'properties.containerRegistry': 'workspace.containerRegistry',
          'properties.applicationInsights': 'workspace.applicationInsights',
          'properties.publicNetworkAccess': 'workspace.publicNetworkAccess',
        },
      });

  const endpoints: EndpointRequest[] = [
    ...spec.storage.privateEndpoint.map((group, i): EndpointRequest => ({ target: storage, group, requestedBy: `workspace.storage.privateEndpoint.${i}` })),
    ...(spec.keyVault.privateEndpoint ? [{ target: keyVault, group: 'vault' as const, requestedBy: 'workspace.keyVault.privateEndpoint' }] : []),
    ...(spec.containerRegistry.privateEndpoint ? [{ target: registry, group: 'registry' as const, requestedBy: 'workspace.containerRegistry.privateEndpoint' }] : []),
    ...(spec.privateEndpoint ? [{ target: workspace, group: 'amlworkspace' as const, requestedBy: 'workspace.privateEndpoint' }] : []),
  ];
  return { workspace, resourceGroup, endpoints };
}
