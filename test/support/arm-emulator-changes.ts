/**
 * The what-if arithmetic of the ARM emulator: the posted template's resources
 * against a fixture of existing ones. It evaluates only what it needs: literal
 * values, whole-string `[parameters('x')]`, `[variables('x')]` and
 * `[resourceGroup().location]`. Any other expression stays unresolved: in a
 * name it makes the resource Unsupported, in a `condition` a potential change.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** An existing resource, as GET would return it (full ID, type, apiVersion, properties...). */
export interface ExistingResource extends JsonObject {
  id: string;
  type: string;
  name: string;
}

export interface ChangeContext {
  subscriptionId: string;
  /** Absent at subscription scope. */
  resourceGroup?: string;
  location: string;
  mode: 'Incremental' | 'Complete';
  existing: readonly ExistingResource[];
}

export interface PropertyChange {
  path: string;
  propertyChangeType: 'Create' | 'Delete' | 'Modify' | 'Array';
  before?: Json;
  after?: Json;
  children?: PropertyChange[];
}

export interface ResourceChange {
  resourceId: string;
  changeType: 'Create' | 'Delete' | 'Modify' | 'NoChange' | 'Ignore' | 'Unsupported';
  unsupportedReason?: string;
  before?: JsonObject;
  after?: JsonObject;
  delta?: PropertyChange[];
}

export interface ComputedChanges {
  changes: ResourceChange[];
  potentialChanges: ResourceChange[];
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const UNRESOLVED = Symbol('unresolved');
type Evaluated = Json | typeof UNRESOLVED;

/** Thrown for a template ARM would reject with 400 InvalidTemplate. */
export class InvalidTemplate extends Error {}

export function computeChanges(template: JsonObject, parameters: JsonObject, ctx: ChangeContext): ComputedChanges {
  const evaluate = evaluator(template, parameters, ctx);
  const resources = template.resources;
  if (!Array.isArray(resources)) throw new InvalidTemplate("The template must have a 'resources' array.");
  const changes: ResourceChange[] = [];
  const potentialChanges: ResourceChange[] = [];
  const seen = new Set<string>();
  resources.forEach((resource, index) => {
    if (!isObject(resource) || typeof resource.type !== 'string' || typeof resource.apiVersion !== 'string' || resource.name === undefined) {
      throw new InvalidTemplate(
        `Deployment template validation failed: 'The template resource at line '1' and column '${index + 1}' is not valid: every resource needs 'type', 'apiVersion' and 'name'. Please see https://aka.ms/arm-syntax-resources for usage details.'.`,
      );
    }
    const name = evaluate(resource.name);
    const condition = resource.condition === undefined ? true : evaluate(resource.condition);
    if (condition === false) return;
    if (typeof name !== 'string') {
      changes.push({
        resourceId: `${scopeOf(ctx)}/providers/${resource.type}/${String(resource.name)}`,
        changeType: 'Unsupported',
        unsupportedReason: 'Changes to the resource cannot be analyzed because its resource ID or API version cannot be calculated until the deployment is under way.',
      });
      return;
    }
    const id = resourceId(ctx, resource.type, name);
    seen.add(id.toLowerCase());
    const after = payload(resource, id, name, evaluate);
    const before = ctx.existing.find((r) => r.id.toLowerCase() === id.toLowerCase());
    const change = compare(id, before, after);
    (condition === UNRESOLVED ? potentialChanges : changes).push(change);
  });
  for (const resource of ctx.existing) {
    if (seen.has(resource.id.toLowerCase()) || !inScope(resource.id, ctx)) continue;
    changes.push({ resourceId: resource.id, changeType: ctx.mode === 'Complete' ? 'Delete' : 'Ignore', before: resource });
  }
  return { changes, potentialChanges };
}

function evaluator(template: JsonObject, parameters: JsonObject, ctx: ChangeContext): (v: Json) => Evaluated {
  const declared = isObject(template.parameters) ? template.parameters : {};
  const variables = isObject(template.variables) ? template.variables : {};
  const evaluate = (value: Json): Evaluated => {
    if (typeof value === 'string') {
      if (value.startsWith('[[')) return value.slice(1);
      if (!value.startsWith('[') || !value.endsWith(']')) return value;
      const call = /^\[\s*(parameters|variables)\(\s*'([^']+)'\s*\)\s*\]$/i.exec(value);
      if (call) {
        const [, fn, name] = call;
        if (fn!.toLowerCase() === 'variables') return name! in variables ? evaluate(variables[name!]!) : UNRESOLVED;
        const given = parameters[name!];
        if (isObject(given) && 'value' in given) return given.value!;
        const decl = declared[name!];
        return isObject(decl) && 'defaultValue' in decl ? evaluate(decl.defaultValue!) : UNRESOLVED;
      }
      if (/^\[\s*resourceGroup\(\)\.location\s*\]$/i.test(value)) return ctx.location;
      return UNRESOLVED;
    }
    if (Array.isArray(value)) return value.map((v) => orRaw(evaluate(v), v));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, orRaw(evaluate(v), v)]));
    return value;
  };
  return evaluate;
}

/** An unresolved expression inside a value is kept as written, as what-if shows it. */
const orRaw = (v: Evaluated, raw: Json): Json => (v === UNRESOLVED ? raw : v);

function scopeOf(ctx: ChangeContext): string {
  const sub = `/subscriptions/${ctx.subscriptionId}`;
  return ctx.resourceGroup ? `${sub}/resourceGroups/${ctx.resourceGroup}` : sub;
}

/** `Microsoft.Network/virtualNetworks/subnets` + `vnet/snet` -> `.../virtualNetworks/vnet/subnets/snet`. */
function resourceId(ctx: ChangeContext, type: string, name: string): string {
  if (!ctx.resourceGroup && type.toLowerCase() === 'microsoft.resources/resourcegroups') {
    return `/subscriptions/${ctx.subscriptionId}/resourceGroups/${name}`;
  }
  const [namespace, ...types] = type.split('/');
  const names = name.split('/');
  const pairs = types.map((t, i) => `${t}/${names[i] ?? ''}`).join('/');
  return `${scopeOf(ctx)}/providers/${namespace}/${pairs}`;
}

/** Directly in the deployment's scope: a resource group's resources, or a subscription's resource groups and resources. */
function inScope(id: string, ctx: ChangeContext): boolean {
  const lower = id.toLowerCase();
  const scope = scopeOf(ctx).toLowerCase();
  if (ctx.resourceGroup) return lower.startsWith(`${scope}/providers/`);
  return lower.startsWith(`${scope}/providers/`) || new RegExp(`^${scope}/resourcegroups/[^/]+$`).test(lower);
}

function payload(resource: JsonObject, id: string, name: string, evaluate: (v: Json) => Evaluated): JsonObject {
  const out: JsonObject = { apiVersion: resource.apiVersion!, id, name: name.split('/').pop()!, type: resource.type! };
  for (const key of ['location', 'kind', 'sku', 'identity', 'tags', 'properties']) {
    if (resource[key] !== undefined) out[key] = orRaw(evaluate(resource[key]), resource[key]);
  }
  // ARM answers with keys in alphabetical order.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function compare(id: string, before: ExistingResource | undefined, after: JsonObject): ResourceChange {
  if (!before) return { resourceId: id, changeType: 'Create', after };
  const delta = objectDelta(before, after, '');
  return delta.length === 0
    ? { resourceId: id, changeType: 'NoChange', before, after }
    : { resourceId: id, changeType: 'Modify', before, after, delta };
}

/** Nested objects flatten into dotted paths, as ARM reports them; arrays compare index by index. */
function objectDelta(before: JsonObject, after: JsonObject, prefix: string): PropertyChange[] {
  const out: PropertyChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    const b = before[key];
    const a = after[key];
    if (a === undefined) out.push({ path, propertyChangeType: 'Delete', before: b! });
    else if (b === undefined) out.push({ path, propertyChangeType: 'Create', after: a });
    else out.push(...valueDelta(path, b, a));
  }
  return out;
}

function valueDelta(path: string, b: Json, a: Json): PropertyChange[] {
  if (JSON.stringify(b) === JSON.stringify(a)) return [];
  if (isObject(b) && isObject(a)) return objectDelta(b, a, path);
  if (Array.isArray(b) && Array.isArray(a)) {
    const children: PropertyChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const [be, ae] = [b[i], a[i]];
      if (ae === undefined) children.push({ path: String(i), propertyChangeType: 'Delete', before: be! });
      else if (be === undefined) children.push({ path: String(i), propertyChangeType: 'Create', after: ae });
      else if (isObject(be) && isObject(ae)) {
        const inner = objectDelta(be, ae, '');
        if (inner.length > 0) children.push({ path: String(i), propertyChangeType: 'Modify', children: inner });
      } else children.push(...valueDelta(String(i), be, ae));
    }
    return [{ path, propertyChangeType: 'Array', children }];
  }
  return [{ path, propertyChangeType: 'Modify', before: b, after: a }];
}
