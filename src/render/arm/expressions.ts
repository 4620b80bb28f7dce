/**
 * ARM template expressions for graph references, written from the point of
 * view of one template: the root template (the deployment's resource group) or
 * the inner template of a nested deployment into another resource group. A
 * reference to the deployment's own resource group from an inner template goes
 * through a parameter, since `resourceGroup()` there is the inner one.
 */
import type { ResourceId } from '../../graph/resource-id.js';
import { zoneNameExpr } from './zones.js';

/**
 * The one parameter of an inner template: an object with what it needs from
 * the root (its resource group's name, the region parameters). One object
 * rather than one parameter per value because the published
 * Microsoft.Resources/deployments schema rejects an expression as a
 * parameter's `value` (both branches of its oneOf match); inside an object it
 * validates, and ARM evaluates it the same way.
 */
export const ROOT_PARAMETER = 'rootDeployment';
/** The root's resource group name; every other root field is a root parameter of that name. */
export const ROOT_RESOURCE_GROUP = 'resourceGroup';

/** A root parameter (or the root's resource group name), as seen from a template. */
export function rootValue(scope: TemplateScope, field: string): string {
  if (scope.resourceGroup === undefined && scope.subscription === undefined) {
    return field === ROOT_RESOURCE_GROUP ? 'resourceGroup().name' : `parameters(${exprString(field)})`;
  }
  scope.usedRootFields.add(field);
  return `parameters(${exprString(ROOT_PARAMETER)}).${field}`;
}

/** A string literal inside an ARM expression: single quotes, `'` doubled. */
export function exprString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Where an expression is written. */
export interface TemplateScope {
  /** undefined: the root template (the deployment's resource group) */
  resourceGroup: string | undefined;
  subscription: string | undefined;
  /** values from the root the expressions written so far need (inner templates) */
  usedRootFields: Set<string>;
}

function sameGroup(scope: TemplateScope, id: ResourceId): boolean {
  return id.resourceGroup === scope.resourceGroup && id.subscription === scope.subscription;
}

const ZONE = 'microsoft.network/privatednszones';

/** Name segments of a resource of `type` as expressions: a derived zone name becomes its environment() form. */
function nameSegments(type: string, name: string): string[] {
  const segments = name.split('/');
  if (!type.toLowerCase().startsWith(ZONE)) return segments.map(exprString);
  return segments.map((segment, i) => (i === 0 ? (zoneNameExpr(segment) ?? exprString(segment)) : exprString(segment)));
}

/** `resourceId(...)` (or `subscriptionResourceId(...)`) of a target, without brackets. */
export function resourceIdExpr(scope: TemplateScope, id: ResourceId): string {
  const typeAndNames = [exprString(id.type), ...nameSegments(id.type, id.name)].join(', ');
  if (id.level === 'subscription') {
    return id.subscription === undefined ? `subscriptionResourceId(${typeAndNames})` : `subscriptionResourceId(${exprString(id.subscription)}, ${typeAndNames})`;
  }
  if (id.level !== 'resourceGroup') throw new Error(`moat internal error: no ARM expression for a ${id.level}-level reference`);
  if (sameGroup(scope, id)) return `resourceId(${typeAndNames})`;
  let group: string;
  if (id.resourceGroup !== undefined) group = exprString(id.resourceGroup);
  else group = rootValue(scope, ROOT_RESOURCE_GROUP);
  const subscription = id.subscription === undefined ? '' : `${exprString(id.subscription)}, `;
  return `resourceId(${subscription}${group}, ${typeAndNames})`;
}

/**
 * A resource's name as an expression, or undefined when a literal serves. A
 * child's full name is `format()` of its segments (as Bicep writes it): some
 * published schemas (workspaces/computes) match the name against the child's
 * own pattern, which a literal `parent/child` fails. A derived zone name is
 * its environment() form.
 */
export function nameExpr(type: string, name: string): string | undefined {
  const segments = nameSegments(type, name);
  if (segments.length === 1) return segments[0]!.startsWith("'") ? undefined : segments[0];
  const placeholders = segments.map((_, i) => `{${i}}`).join('/');
  return `format(${exprString(placeholders)}, ${segments.join(', ')})`;
}

/** Wraps an expression body as the string ARM evaluates. */
export const expression = (body: string): string => `[${body}]`;
