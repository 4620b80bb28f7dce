/**
 * The topology's JSON Schema and its validator: all errors (so one run shows
 * every mistake) and the schema's defaults filled into the data. The validator
 * is ajv standalone code generated at build time (gen-validator.ts, options in
 * topology-ajv.ts): compiling the schema at run time would load ajv on every run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SCHEMAS_DIR } from '../paths.js';
import { validate as generatedValidate } from './validate.generated.js';

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

const validate = generatedValidate as unknown as ValidateFunction;

/** Read on first use: only findings and printing walk the schema. */
let schema: SchemaNode | undefined;

export function topologySchema(): SchemaNode {
  schema ??= JSON.parse(readFileSync(TOPOLOGY_SCHEMA_PATH, 'utf8')) as SchemaNode;
  return schema;
}

/** Validates `data` in place (schema defaults are filled in) and returns the errors. */
export function validateAgainstSchema(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
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
