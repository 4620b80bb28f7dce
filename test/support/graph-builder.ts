/**
 * Terse graphs for rule tests. Every value of every resource gets its own
 * source line (in declaration order), so a test can say "fires at the line of
 * properties.networkProfile.serviceCidr" with `lineOf`.
 */
import { PathSources } from '../../src/graph/value-sources.js';
import { formatResourceId, resourceKey, type ResourceId } from '../../src/graph/resource-id.js';
import type { Graph, GraphResource, Scope } from '../../src/graph/types.js';
import { isObject, ResourceLink, Unknown, type SourceLocation, type Value, type ValueObject } from '../../src/graph/value.js';

export const FILE = 'main.bicep';

export interface ResourceOptions {
  apiVersion?: string;
  /** resource group (string, Unknown) of the resource; the deployment's own by default */
  resourceGroup?: string | Unknown;
  scope?: Scope;
  existing?: boolean;
  location?: Value;
  sku?: Value;
  identity?: Value;
  suppress?: string[];
  /** deployed only if this holds (`condition`, Bicep `if`); always by default */
  condition?: boolean | Unknown;
  /** the name in the resource's ID when `name` is unknown: front ends put a placeholder there (`{unknown}`) */
  idName?: string;
}

let nextLine = 1;

/** Gives the resource and each of its values a fresh line. */
function assignSources(resource: GraphResource, roots: Record<string, Value | undefined>): void {
  const visit = (value: Value, path: string): void => {
    (resource.valueSources as PathSources).set(path, { file: FILE, line: nextLine++, column: 3 });
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}.${i}`));
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
  };
  for (const [root, value] of Object.entries(roots)) if (value !== undefined) visit(value, root);
}

export function resourceIdOf(type: string, name: string, resourceGroup?: string): ResourceId {
  const id: ResourceId = { level: 'resourceGroup', type, name };
  if (resourceGroup !== undefined) id.resourceGroup = resourceGroup;
  return id;
}

/** A resource ID string as templates write it (`resourceId(...)` evaluated). */
export function idOf(type: string, name: string, resourceGroup?: string): string {
  return formatResourceId(resourceIdOf(type, name, resourceGroup));
}

/** A link, as front ends produce for symbolic references. */
export function linkTo(type: string, name: string, resourceGroup?: string): ResourceLink {
  return new ResourceLink(resourceIdOf(type, name, resourceGroup));
}

export const unknown = (why = 'a parameter without a default'): Unknown => new Unknown(why);

export function resource(type: string, name: string | Unknown, properties: ValueObject = {}, options: ResourceOptions = {}): GraphResource {
  const resourceGroup = typeof options.resourceGroup === 'string' ? options.resourceGroup : undefined;
  const id = resourceIdOf(type, typeof name === 'string' ? name : (options.idName ?? `{${name.why}}`), resourceGroup);
  const source: SourceLocation = { file: FILE, line: nextLine++, column: 1 };
  const result: GraphResource = {
    id,
    key: resourceKey(id),
    type,
    apiVersion: options.apiVersion ?? '2024-01-01',
    name,
    scope: options.scope ?? (options.resourceGroup !== undefined ? { level: 'resourceGroup', resourceGroup: options.resourceGroup } : { level: 'resourceGroup' }),
    existing: options.existing ?? false,
    properties,
    dependsOn: [],
    source,
    valueSources: new PathSources(),
  };
  if (options.location !== undefined) result.location = options.location;
  if (options.sku !== undefined) result.sku = options.sku;
  if (options.identity !== undefined) result.identity = options.identity;
  if (options.suppress) result.suppress = options.suppress;
  if (options.condition !== undefined) result.condition = options.condition;
  assignSources(result, { properties, location: options.location, sku: options.sku, identity: options.identity });
  return result;
}

export function graph(...resources: GraphResource[]): Graph {
  return { resources, files: [FILE], templates: [], notes: [] };
}

/** The line the builder gave a value (or the resource, for path ''). */
export function lineOf(g: Graph, name: string, path = ''): number {
  const found = g.resources.find((r) => r.name === name);
  if (!found) throw new Error(`test graph has no resource named ${name}`);
  if (path === '') return found.source.line;
  const source = (found.valueSources as PathSources).get(path);
  if (!source) throw new Error(`resource ${name} has no value at ${path}`);
  return source.line;
}
