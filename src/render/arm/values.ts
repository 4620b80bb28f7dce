/**
 * Graph values -> ARM JSON values. Literal strings (and object keys, which
 * ARM also evaluates) go through `armLiteral`, so user text never becomes an
 * expression; links become `resourceId(...)`, runtime values their
 * expression. A value that is simply unknown can't be deployed: that is a
 * planner bug, reported as such.
 */
import { armLiteral } from '../escape.js';
import { parseResourceId, type ResourceId } from '../../graph/resource-id.js';
import { isObject, ResourceLink, RuntimeValue, Unknown, type Value } from '../../graph/value.js';
import { expression, resourceIdExpr, type TemplateScope } from './expressions.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Sets an own, enumerable entry. Plain assignment would drop a user's key
 * named `__proto__` (it sets the prototype instead); `constructor` and
 * `prototype` are ordinary keys either way, but every key written from user
 * text goes through here so none depends on which one it is.
 */
export function setEntry(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface ValueContext {
  scope: TemplateScope;
  /** apiVersion of a resource in the graph, for `reference()` */
  apiVersionOf(id: ResourceId): string;
}

function runtimeExpr(context: ValueContext, value: RuntimeValue): string {
  const ref = value.ref;
  if (ref.kind === 'tenantId') return 'subscription().tenantId';
  const target = resourceIdExpr(context.scope, ref.target);
  return `reference(${target}, '${context.apiVersionOf(ref.target)}').${ref.property}`;
}

/** Object keys that are resource IDs (user-assigned identities) become `resourceId()` keys. */
function renderKey(context: ValueContext, key: string): string {
  const id = key.startsWith('/') ? parseResourceId(key) : undefined;
  return id ? expression(resourceIdExpr(context.scope, id)) : armLiteral(key);
}

export function renderValue(context: ValueContext, value: Value, path: string): Json {
  if (value instanceof RuntimeValue) return expression(runtimeExpr(context, value));
  if (value instanceof Unknown) throw new Error(`moat internal error: ${path} is unknown (${value.why}) in a resource to deploy`);
  if (value instanceof ResourceLink) return expression(resourceIdExpr(context.scope, value.target));
  if (typeof value === 'string') return armLiteral(value);
  if (Array.isArray(value)) return value.map((item, i) => renderValue(context, item, `${path}.${i}`));
  if (isObject(value)) {
    const result: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) setEntry(result, renderKey(context, key), renderValue(context, item, `${path}.${key}`));
    return result;
  }
  return value;
}
