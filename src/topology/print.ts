/**
 * The effective topology as YAML (`moat validate --print`): every default
 * filled in, keys in the schema's order so the output reads like the format's
 * documentation. Loading the output again gives the same topology.
 */
import { Document, isScalar, visit } from 'yaml';
import { topologySchema, type SchemaNode } from './schema.js';
import type { Topology } from './types.js';

export function printTopology(topology: Topology): string {
  const document = new Document(inSchemaOrder(topology, topologySchema()));
  // Lists of plain values (prefixes, ports) read best on one line, as the examples write them.
  visit(document, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return `# effective topology: defaults filled in by moat\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}

function inSchemaOrder(value: unknown, schema: SchemaNode | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(item, schema?.items));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const order = Object.keys(schema?.properties ?? {});
  const rank = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(
    entries.sort(([a], [b]) => rank(a) - rank(b)).map(([key, child]) => [key, inSchemaOrder(child, schema?.properties?.[key])]),
  );
}
