/**
 * Topologies for planner tests: a small valid base, and variations of it as
 * deep overrides, planned through the real loader so defaults and source
 * positions are the ones users get.
 */
import { stringify } from 'yaml';
import { formatResourceId } from '../../src/graph/resource-id.js';
import type { Graph, GraphResource } from '../../src/graph/types.js';
import { parseTopology, type LoadedTopology } from '../../src/topology/load.js';
import { planTopology } from '../../src/plan/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Overrides = { [key: string]: Json | undefined };

export const BASE: { [key: string]: Json } = {
  version: 1,
  name: 'contoso',
  location: 'eastus2',
  network: {
    vnet: { addressPrefixes: ['10.10.0.0/16'] },
    subnets: [
      { purpose: 'aks', addressPrefix: '10.10.0.0/22' },
      { purpose: 'privateEndpoints', addressPrefix: '10.10.4.0/24' },
    ],
  },
  aks: { serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10' },
};

/** Objects merge key by key; anything else (arrays included) replaces; `undefined` deletes. */
function merge(base: Json, overrides: Overrides): Json {
  const result: { [key: string]: Json } = { ...(base as { [key: string]: Json }) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete result[key];
    else if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof result[key] === 'object' && result[key] !== null && !Array.isArray(result[key])) {
      result[key] = merge(result[key]!, value as Overrides);
    } else result[key] = value;
  }
  return result;
}

/** Several override sets applied in order, as one. */
export function combine(parts: Overrides[]): Overrides {
  return parts.reduce((acc, part) => merge(acc as Json, part) as Overrides, {} as Overrides);
}

export function topologyText(overrides: Overrides = {}): string {
  return stringify(merge(BASE, overrides));
}

export function load(text: string, file = 'topology.yaml'): LoadedTopology {
  const loaded = parseTopology(text, file);
  if (!loaded.topology) throw new Error(`test topology breaks the schema: ${loaded.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`);
  return loaded;
}

export const plan = (overrides: Overrides = {}): Graph => planTopology(load(topologyText(overrides)));

/** `type name` of a resource (the form tables list). */
export const label = (r: GraphResource): string => `${r.type} ${String(r.name)}`;

export function find(graph: Graph, type: string, name?: string): GraphResource | undefined {
  return graph.resources.find((r) => r.type === type && (name === undefined || r.name === name));
}

export function get(graph: Graph, type: string, name?: string): GraphResource {
  const found = find(graph, type, name);
  if (!found) throw new Error(`no ${type} ${name ?? ''} in the graph: ${graph.resources.map(label).join(', ')}`);
  return found;
}

/** A value printed the way `moat graph` prints it (links as `$link` IDs). */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

export const idText = (r: GraphResource): string => formatResourceId(r.id);
