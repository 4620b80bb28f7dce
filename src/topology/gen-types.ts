/**
 * Generates src/topology/types.generated.ts from schemas/topology.schema.json, so the
 * TypeScript types and the schema can't drift (a test regenerates and compares).
 * Two views of one schema: `TopologyInput` (what a user may write) and `Topology`
 * (the effective topology: every defaulted field required, derived defaults non-null).
 * Run with `npm run gen:types`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { PACKAGE_ROOT, SCHEMAS_DIR } from '../paths.js';

export const SCHEMA_PATH = path.join(SCHEMAS_DIR, 'topology.schema.json');
export const GENERATED_PATH = path.join(PACKAGE_ROOT, 'src', 'topology', 'types.generated.ts');

type SchemaNode = { [key: string]: unknown };

const BANNER = `/* eslint-disable */
/**
 * GENERATED from schemas/topology.schema.json by src/topology/gen-types.ts.
 * Do not edit: change the schema and run \`npm run gen:types\`.
 */`;

/** Keywords that constrain values but don't change the TypeScript shape. */
const VALIDATION_ONLY = ['if', 'then', 'else', 'allOf', 'contains', '$id', '$schema'];

const isNode = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rewrites every subschema: `rename` gives the interface name from its title, and
 * `effective` makes defaulted properties required (a derived default also drops `null`).
 */
function transform(node: SchemaNode, rename: (title: string) => string, effective: boolean): SchemaNode {
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (VALIDATION_ONLY.includes(key)) continue;
    if (key === 'title' && typeof value === 'string') out[key] = rename(value);
    else if (key === 'properties' && isNode(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, isNode(sub) ? transform(sub, rename, effective) : sub]),
      );
    } else if ((key === 'items' || key === 'additionalProperties' || key === 'propertyNames') && isNode(value)) {
      out[key] = transform(value, rename, effective);
    } else out[key] = value;
  }
  if (effective && isNode(node.properties)) {
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    const properties = out.properties as Record<string, SchemaNode>;
    for (const [name, sub] of Object.entries(properties)) {
      const derived = 'x-derivedDefault' in sub;
      if (!derived && !('default' in sub)) continue;
      required.add(name);
      if (derived && Array.isArray(sub.type)) {
        const types = sub.type.filter((t) => t !== 'null');
        sub.type = types.length === 1 ? types[0] : types;
      }
    }
    out.required = [...required];
  }
  return out;
}

const OPTIONS = {
  bannerComment: '',
  additionalProperties: false,
  ignoreMinAndMaxItems: true,
  strictIndexSignatures: true,
  unknownAny: true,
  style: { singleQuote: true, printWidth: 120 },
} as const;

/** The text of types.generated.ts for the given schema. */
export async function generateTypes(schema: SchemaNode): Promise<string> {
  const input = await compile(transform(schema, (t) => `${t}Input`, false) as JSONSchema, 'TopologyInput', OPTIONS);
  const effective = await compile(transform(schema, (t) => t, true) as JSONSchema, 'Topology', OPTIONS);
  return `${BANNER}\n\n// What a user may write.\n${input.trim()}\n\n// The effective topology: defaults filled in.\n${effective.trim()}\n`;
}

export function readSchema(): SchemaNode {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as SchemaNode;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED_PATH, await generateTypes(readSchema()));
  console.log(`wrote ${path.relative(process.cwd(), GENERATED_PATH)}`);
}
