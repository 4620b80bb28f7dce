/**
 * The resource graph as plain JSON (design.md §5, `moat graph`), so users and
 * tools can see what moat understood: each unknown as `{ "$unknown": why }`,
 * each link to another resource as `{ "$link": id }`. An ID that is unknown
 * but leads to a resource of the graph (Bicep's `registry.id` when the name
 * is a parameter without a value) says which, as the rules follow it:
 * `"$resource": { "type": ..., "source": { "file", "line", "column" } }`.
 */
import type { Graph, GraphResource, Scope } from './types.js';
import { ResourceLink, Unknown, UnknownResourceId, type SourceLocation, type Value } from './value.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface ResourceJson {
  type: string;
  apiVersion: string;
  name: Json;
  scope: Json;
  existing: boolean;
  condition?: Json;
  location?: Json;
  sku?: Json;
  kind?: Json;
  identity?: Json;
  tags?: Json;
  zones?: Json;
  properties: Json;
  dependsOn: string[];
  /** the nested deployment or module it was flattened from; absent for the root */
  deployment?: string;
  source: SourceLocation;
}

export interface GraphJson {
  resources: ResourceJson[];
}

export function graphToJson(graph: Graph): GraphJson {
  return { resources: graph.resources.map(resourceToJson) };
}

const OPTIONAL_VALUES = ['location', 'sku', 'kind', 'identity', 'tags', 'zones'] as const;

function resourceToJson(resource: GraphResource): ResourceJson {
  const optional: Partial<ResourceJson> = {};
  if (resource.condition !== undefined) optional.condition = valueToJson(resource.condition);
  for (const key of OPTIONAL_VALUES) {
    const value = resource[key];
    if (value !== undefined) optional[key] = valueToJson(value);
  }
  return {
    type: resource.type,
    apiVersion: resource.apiVersion,
    name: valueToJson(resource.name),
    scope: scopeToJson(resource.scope),
    existing: resource.existing,
    ...optional,
    properties: valueToJson(resource.properties),
    dependsOn: [...resource.dependsOn],
    ...(resource.deployment ? { deployment: resource.deployment } : {}),
    source: sourceToJson(resource.source),
  };
}

/** The three fields alone, as a plain object: its type is JSON's too */
const sourceToJson = ({ file, line, column }: SourceLocation) => ({ file, line, column });

function scopeToJson(scope: Scope): Json {
  const json: { [key: string]: Json } = { level: scope.level };
  if (scope.subscription !== undefined) json.subscription = valueToJson(scope.subscription);
  if (scope.resourceGroup !== undefined) json.resourceGroup = valueToJson(scope.resourceGroup);
  return json;
}

export function valueToJson(value: Value): Json {
  if (value instanceof UnknownResourceId && value.resource) return { $unknown: value.why, $resource: { type: value.resource.type, source: sourceToJson(value.resource.source) } };
  if (value instanceof Unknown || value instanceof ResourceLink) return value.toJSON();
  if (Array.isArray(value)) return value.map(valueToJson);
  if (value !== null && typeof value === 'object') {
    const json: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) json[key] = valueToJson(item);
    return json;
  }
  return value;
}
