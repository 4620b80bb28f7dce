/**
 * The topology's JSON Schema, compiled once with ajv: all errors (so one run
 * shows every mistake) and the schema's defaults filled into the data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { SCHEMAS_DIR } from '../paths.js';
import { IPV4_CIDR, NSG_SOURCE } from './formats.js';

export const TOPOLOGY_SCHEMA_PATH = path.join(SCHEMAS_DIR, 'topology.schema.json');

/** The JSON Schema subset moat walks itself (key order, descriptions, allowed keys). */
export interface SchemaNode {
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  contains?: SchemaNode;
  [keyword: string]: unknown;
}

// ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;

let compiled: { schema: SchemaNode; validate: ValidateFunction } | undefined;

/** An ajv that knows the topology schema's formats and keywords. */
export function createTopologyAjv(options: { useDefaults: boolean }): Ajv {
  const ajv = new Ajv({ allErrors: true, useDefaults: options.useDefaults, verbose: true, strict: true, strictRequired: false });
  addFormats(ajv, ['ipv4', 'uuid']);
  ajv.addFormat('ipv4-cidr', IPV4_CIDR);
  ajv.addFormat('nsg-source', NSG_SOURCE);
  // Documents a default computed in code (defaults.ts); ajv only needs to accept it.
  ajv.addKeyword({ keyword: 'x-derivedDefault', schemaType: 'string' });
  return ajv;
}

function compile(): { schema: SchemaNode; validate: ValidateFunction } {
  const schema = JSON.parse(readFileSync(TOPOLOGY_SCHEMA_PATH, 'utf8')) as SchemaNode;
  return { schema, validate: createTopologyAjv({ useDefaults: true }).compile(schema) };
}

export function topologySchema(): SchemaNode {
  compiled ??= compile();
  return compiled.schema;
}

/** Validates `data` in place (schema defaults are filled in) and returns the errors. */
export function validateAgainstSchema(data: unknown): ErrorObject[] {
  compiled ??= compile();
  return compiled.validate(data) ? [] : [...(compiled.validate.errors ?? [])];
}

/** The subschema at a data path (array indices step into `items`), if the schema describes it. */
export function schemaAt(segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = topologySchema();
  for (const segment of segments) {
    if (!node) return undefined;
    node = /^\d+$/.test(segment) && node.items ? node.items : node.properties?.[segment];
  }
  return node;
}
