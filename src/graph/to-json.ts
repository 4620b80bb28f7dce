/**
 * The resource graph as plain JSON (design.md §5, `moat graph`), so users and
 * tools can see what moat understood: each unknown as `{ "$unknown": why }`,
 * each link to another resource as `{ "$link": id }`.
 */
import type { Graph, GraphResource, Scope } from './types.js';
import { ResourceLink, Unknown, type SourceLocation, type Value } from './value.js';

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
    source: { file: resource.source.file, line: resource.source.line, column: resource.source.column },
  };
}

function scopeToJson(scope: Scope): Json {
  const json: { [key: string]: Json } = { level: scope.level };
  if (scope.subscription !== undefined) json.subscription = valueToJson(scope.subscription);
  if (scope.resourceGroup !== undefined) json.resourceGroup = valueToJson(scope.resourceGroup);
  return json;
}

export function valueToJson(value: Value): Json {
  if (value instanceof Unknown || value instanceof ResourceLink) return value.toJSON();
  if (Array.isArray(value)) return value.map(valueToJson);
  if (value !== null && typeof value === 'object') {
    const json: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) json[key] = valueToJson(item);
    return json;
  }
  return value;
}
