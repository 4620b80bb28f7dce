/**
 * The name of a role assignment moat plans: ARM's `guid()` over the resource
 * group's ID, the principal (the identity's resource ID, or a known principal
 * ID) and the role definition's ID. Scope parts the plan can't know print as
 * placeholders ({subscriptionId}, {resourceGroupName}); the ARM renderer writes
 * the same `guid()` call, which ARM evaluates over the real IDs, so each
 * subscription and group gets its own name and a redeployment finds the same one.
 * The Bicep module network-contributor.bicep computes it with the same inputs
 * in the same order, so Bicep, ARM and the graph name one assignment alike.
 */
import { armGuid } from '../azure/guid.js';
import { DEPLOYMENT_RESOURCE_GROUP, DEPLOYMENT_SUBSCRIPTION, formatResourceId, type ResourceId } from '../graph/resource-id.js';

export function resourceGroupIdText(resourceGroup: string | undefined, subscription?: string): string {
  return `/subscriptions/${subscription ?? DEPLOYMENT_SUBSCRIPTION}/resourceGroups/${resourceGroup ?? DEPLOYMENT_RESOURCE_GROUP}`;
}

export function roleAssignmentName(scope: { resourceGroup: string | undefined; subscription?: string }, principal: string, roleDefinition: ResourceId): string {
  return armGuid(resourceGroupIdText(scope.resourceGroup, scope.subscription), principal, formatResourceId(roleDefinition));
}
