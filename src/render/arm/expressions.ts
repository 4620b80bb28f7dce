/**
 * ARM template expressions for graph references, written from the point of
 * view of one template: the root template (the deployment's resource group) or
 * the inner template of a nested deployment into another resource group. A
 * reference to the deployment's own resource group from an inner template goes
 * through a parameter, since `resourceGroup()` there is the inner one.
 */
import type { ResourceId } from '../../graph/resource-id.js';

export const LOCATION_PARAMETER = 'location';
/**
 * The one parameter of an inner template: an object with what it needs from
 * the root (`location`, `resourceGroup`). One object rather than one parameter
 * per value because the published Microsoft.Resources/deployments schema
 * rejects an expression as a parameter's `value` (both branches of its oneOf
 * match); inside an object it validates, and ARM evaluates it the same way.
 */
export const ROOT_PARAMETER = 'rootDeployment';
export type RootField = 'location' | 'resourceGroup';

/** The root's location parameter or resource group name, as seen from a template. */
export function rootValue(scope: TemplateScope, field: RootField): string {
  if (scope.resourceGroup === undefined && scope.subscription === undefined) {
    return field === 'location' ? `parameters(${exprString(LOCATION_PARAMETER)})` : 'resourceGroup().name';
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
  usedRootFields: Set<RootField>;
}

function sameGroup(scope: TemplateScope, id: ResourceId): boolean {
  return id.resourceGroup === scope.resourceGroup && id.subscription === scope.subscription;
}

/** `resourceId(...)` (or `subscriptionResourceId(...)`) of a target, without brackets. */
export function resourceIdExpr(scope: TemplateScope, id: ResourceId): string {
  const typeAndNames = [id.type, ...id.name.split('/')].map(exprString).join(', ');
  if (id.level === 'subscription') {
    return id.subscription === undefined ? `subscriptionResourceId(${typeAndNames})` : `subscriptionResourceId(${exprString(id.subscription)}, ${typeAndNames})`;
  }
  if (id.level !== 'resourceGroup') throw new Error(`moat internal error: no ARM expression for a ${id.level}-level reference`);
  if (sameGroup(scope, id)) return `resourceId(${typeAndNames})`;
  let group: string;
  if (id.resourceGroup !== undefined) group = exprString(id.resourceGroup);
  else group = rootValue(scope, 'resourceGroup');
  const subscription = id.subscription === undefined ? '' : `${exprString(id.subscription)}, `;
  return `resourceId(${subscription}${group}, ${typeAndNames})`;
}

/**
 * A child resource's full name as `format()` of its segments (as Bicep writes
 * it): some published schemas (workspaces/computes) match the name against the
 * child's own pattern, which a literal `parent/child` fails.
 * undefined for a top-level name, which stays a literal.
 */
export function nameExpr(name: string): string | undefined {
  const segments = name.split('/');
  if (segments.length === 1) return undefined;
  const placeholders = segments.map((_, i) => `{${i}}`).join('/');
  return `format(${exprString(placeholders)}, ${segments.map(exprString).join(', ')})`;
}

/** Wraps an expression body as the string ARM evaluates. */
export const expression = (body: string): string => `[${body}]`;
