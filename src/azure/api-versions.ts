/**
 * The one place naming the apiVersion of every resource type moat generates.
 * Each is a recent stable version with a published schema in
 * ../shared/arm-schemas (a test checks that), so generated templates are
 * validated against the shape the REST API takes.
 */
export const API_VERSIONS = {
  'Microsoft.Authorization/roleAssignments': '2022-04-01',
  'Microsoft.ContainerRegistry/registries': '2025-11-01',
  'Microsoft.ContainerService/managedClusters': '2026-05-01',
  'Microsoft.Insights/components': '2020-02-02',
  'Microsoft.KeyVault/vaults': '2026-02-01',
  'Microsoft.MachineLearningServices/workspaces': '2026-05-01',
  'Microsoft.MachineLearningServices/workspaces/computes': '2026-05-01',
  'Microsoft.ManagedIdentity/userAssignedIdentities': '2024-11-30',
  'Microsoft.Network/networkSecurityGroups': '2025-07-01',
  'Microsoft.Network/privateDnsZones': '2024-06-01',
  'Microsoft.Network/privateDnsZones/virtualNetworkLinks': '2024-06-01',
  'Microsoft.Network/privateEndpoints': '2025-07-01',
  'Microsoft.Network/privateEndpoints/privateDnsZoneGroups': '2025-07-01',
  'Microsoft.Network/virtualNetworks': '2025-07-01',
  'Microsoft.Network/virtualNetworks/subnets': '2025-07-01',
  'Microsoft.OperationalInsights/workspaces': '2025-07-01',
  'Microsoft.Resources/deployments': '2025-04-01',
  'Microsoft.Storage/storageAccounts': '2026-04-01',
} as const;

/**
 * Types moat only refers to and never writes into a template (so no schema
 * check applies): an ACI container group stands for "the model is also
 * deployed to ACI in the VNet" (`inference.aci`).
 */
export const REFERENCED_API_VERSIONS = {
  'Microsoft.ContainerInstance/containerGroups': '2023-05-01',
} as const;

export type GeneratedType = keyof typeof API_VERSIONS;
export type PlannedType = GeneratedType | keyof typeof REFERENCED_API_VERSIONS;

export function apiVersionOf(type: PlannedType): string {
  return type in API_VERSIONS ? API_VERSIONS[type as GeneratedType] : REFERENCED_API_VERSIONS[type as keyof typeof REFERENCED_API_VERSIONS];
}
