/**
 * A planned role assignment's name as the `guid()` call it was computed as
 * (src/plan/role-name.ts), so ARM derives it from the real subscription and
 * resource group. Applies only when the name is that guid: otherwise the
 * literal stays.
 */
import { formatResourceId } from '../../graph/resource-id.js';
import type { GraphResource } from '../../graph/types.js';
import { ResourceLink, RuntimeValue } from '../../graph/value.js';
import { roleAssignmentName } from '../../plan/role-name.js';
import { exprString, resourceIdExpr, type TemplateScope } from './expressions.js';

const ROLE_ASSIGNMENT = 'microsoft.authorization/roleassignments';

export function roleAssignmentNameExpr(scope: TemplateScope, resource: GraphResource): string | undefined {
  if (resource.type.toLowerCase() !== ROLE_ASSIGNMENT) return undefined;
  const role = resource.properties['roleDefinitionId'];
  const principal = resource.properties['principalId'];
  if (!(role instanceof ResourceLink)) return undefined;
  let principalText: string;
  let principalExpr: string;
  if (principal instanceof RuntimeValue && principal.ref.kind === 'property') {
    principalText = formatResourceId(principal.ref.target);
    principalExpr = resourceIdExpr(scope, principal.ref.target);
  } else if (typeof principal === 'string') {
    principalText = principal;
    principalExpr = exprString(principal);
  } else return undefined;
  const group = { resourceGroup: resource.id.resourceGroup, subscription: resource.id.subscription };
  if (roleAssignmentName(group, principalText, role.target) !== resource.name) return undefined;
  return `guid(resourceGroup().id, ${principalExpr}, ${resourceIdExpr(scope, role.target)})`;
}
