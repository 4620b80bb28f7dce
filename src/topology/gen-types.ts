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
import { PACKAGE_ROOT } from '../paths.js';
import { TOPOLOGY_SCHEMA_PATH } from './schema.js';
import { effectiveView, inputView, type SchemaObject } from './schema-views.js';

export const GENERATED_PATH = path.join(PACKAGE_ROOT, 'src', 'topology', 'types.generated.ts');

const BANNER = `/* eslint-disable */
/**
 * GENERATED from schemas/topology.schema.json by src/topology/gen-types.ts.
 * Do not edit: change the schema and run \`npm run gen:types\`.
 */`;

const OPTIONS = {
  bannerComment: '',
  additionalProperties: false,
  ignoreMinAndMaxItems: true,
  strictIndexSignatures: true,
  unknownAny: true,
  style: { singleQuote: true, printWidth: 120 },
} as const;

/** The text of types.generated.ts for the given schema. */
export async function generateTypes(schema: SchemaObject): Promise<string> {
  const input = await compile(inputView(schema) as JSONSchema, 'TopologyInput', OPTIONS);
  const effective = await compile(effectiveView(schema) as JSONSchema, 'Topology', OPTIONS);
  return `${BANNER}\n\n// What a user may write.\n${input.trim()}\n\n// The effective topology: defaults filled in.\n${effective.trim()}\n`;
}

export function readSchema(): SchemaObject {
  return JSON.parse(readFileSync(TOPOLOGY_SCHEMA_PATH, 'utf8')) as SchemaObject;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED_PATH, await generateTypes(readSchema()));
  console.log(`wrote ${path.relative(process.cwd(), GENERATED_PATH)}`);
}
