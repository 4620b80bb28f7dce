/**
 * Collects the planned resources: gives each its ID, key, scope, source line
 * and value sources, and derives `dependsOn` from the links in its values so
 * no planner module has to list dependencies twice.
 */
import { PathSources } from '../graph/value-sources.js';
import { apiVersionOf, type PlannedType } from '../azure/api-versions.js';
import { parentId, parseResourceId, resourceKey, type ResourceId } from '../graph/resource-id.js';
import type { Graph, GraphNote, GraphResource, Scope } from '../graph/types.js';
import { isObject, ResourceLink, RuntimeValue, type SourceLocation, type Value, type ValueObject } from '../graph/value.js';

/** What the planner needs from a loaded topology: where each topology path was written. */
export interface TopologySource {
  file: string;
  locate(path: string): SourceLocation;
}

export interface ResourceSpec {
  type: PlannedType;
  /** full name (`vnet/subnet` for children) */
  name: string;
  /** resource group; undefined: the deployment's */
  resourceGroup: string | undefined;
  /** subscription; undefined: the deployment's (only existing resources name another) */
  subscription?: string;
  existing?: boolean;
  location?: Value;
  tags?: Value;
  sku?: Value;
  kind?: Value;
  identity?: Value;
  properties: ValueObject;
  /** topology path the resource is declared by */
  declaredBy: string;
  /** value path on the resource -> topology path it came from */
  valuesFrom?: Record<string, string>;
  /** ordering that no link expresses */
  after?: GraphResource[];
}

export function idOf(type: string, name: string, resourceGroup: string | undefined, subscription?: string): ResourceId {
  const id: ResourceId = { level: 'resourceGroup', type, name };
  if (subscription !== undefined) id.subscription = subscription;
  if (resourceGroup !== undefined) id.resourceGroup = resourceGroup;
  return id;
}

function scopeOf(id: ResourceId): Scope {
  const scope: Scope = { level: 'resourceGroup' };
  if (id.subscription !== undefined) scope.subscription = id.subscription;
  if (id.resourceGroup !== undefined) scope.resourceGroup = id.resourceGroup;
  return scope;
}

export function linkTo(resource: GraphResource): ResourceLink {
  return new ResourceLink(resource.id);
}

/** Every resource a value refers to through links, runtime values and identity keys. */
function referencedIds(value: Value | undefined, into: ResourceId[]): void {
  if (value instanceof ResourceLink) into.push(value.target);
  else if (value instanceof RuntimeValue) {
    if (value.ref.kind === 'property') into.push(value.ref.target);
  } else if (Array.isArray(value)) value.forEach((v) => referencedIds(v, into));
  else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      // user-assigned identities are keyed by resource ID
      const keyId = parseResourceId(key);
      if (keyId) into.push(keyId);
      referencedIds(v, into);
    }
  }
}

/** The topology's `name`: the prefix of every name the topology leaves to its defaults. */
const DERIVED_NAMES_FROM = 'name';

export class PlanBuilder {
  private readonly resources: GraphResource[] = [];
  private readonly byKey = new Map<string, GraphResource>();
  readonly notes: GraphNote[] = [];

  constructor(readonly source: TopologySource) {}

  /**
   * Where a topology path was written: the value, else its nearest written
   * ancestor. A path in a section the file leaves out entirely (`workspace:`
   * or `aks:` all defaults) would be the document's start, which names
   * nothing; it points at `name` instead, which every default name derives from.
   */
  locate(path: string): SourceLocation {
    const at = this.source.locate(path);
    return at.line === 1 && at.column === 1 && path !== DERIVED_NAMES_FROM ? this.source.locate(DERIVED_NAMES_FROM) : at;
  }

  add(spec: ResourceSpec): GraphResource {
    const id = idOf(spec.type, spec.name, spec.resourceGroup, spec.subscription);
    const key = resourceKey(id);
    if (this.byKey.has(key)) throw new Error(`moat internal error: planned ${key} twice`);
    const resource: GraphResource = {
      id,
      key,
      type: spec.type,
      apiVersion: apiVersionOf(spec.type),
      name: spec.name,
      scope: scopeOf(id),
      existing: spec.existing ?? false,
      properties: spec.properties,
      dependsOn: [],
      source: this.locate(spec.declaredBy),
      valueSources: new PathSources(Object.entries(spec.valuesFrom ?? {}).map(([path, from]) => [path, this.locate(from)])),
    };
    for (const field of ['location', 'tags', 'sku', 'kind', 'identity'] as const) {
      if (spec[field] !== undefined) resource[field] = spec[field];
    }
    if (!resource.existing) resource.dependsOn = this.dependenciesOf(resource, spec.after ?? []);
    this.resources.push(resource);
    this.byKey.set(key, resource);
    return resource;
  }

  /**
   * Planned (not existing) resources this one refers to, its parent, and
   * explicit orderings, in graph order. A reference to an inline child (a
   * subnet declared in its VNet) depends on the nearest planned ancestor.
   */
  private dependenciesOf(resource: GraphResource, after: GraphResource[]): string[] {
    const keys = new Set<string>(after.map((r) => r.key));
    const ids: ResourceId[] = [];
    const parent = parentId(resource.id);
    if (parent) ids.push(parent);
    for (const field of ['properties', 'identity', 'sku'] as const) referencedIds(resource[field], ids);
    for (const id of ids) {
      for (let at: ResourceId | undefined = id; at; at = parentId(at)) {
        const found = this.byKey.get(resourceKey(at));
        if (found) {
          if (!found.existing) keys.add(found.key);
          break;
        }
      }
    }
    keys.delete(resource.key);
    return this.resources.filter((r) => keys.has(r.key)).map((r) => r.key);
  }

  note(note: GraphNote): void {
    this.notes.push(note);
  }

  graph(): Graph {
    return { resources: [...this.resources], files: [this.source.file], templates: [], notes: [...this.notes] };
  }
}

/** The topology's tags as a graph value; undefined when there are none (nothing to write). */
export function tagsOf(tags: Record<string, string | undefined>): ValueObject | undefined {
  const entries = Object.entries(tags).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
