/**
 * Generates src/topology/validate.generated.ts: the topology schema's validator
 * as ajv standalone code, so that loading a topology doesn't load ajv and
 * compile the schema on every run (most of `moat generate`'s start-up). A test
 * regenerates and compares. Run with `npm run gen:validator`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import { TOPOLOGY_SCHEMA_PATH } from './schema.js';
import { createTopologyAjv } from './topology-ajv.js';

export const GENERATED_VALIDATOR_PATH = path.join(PACKAGE_ROOT, 'src', 'topology', 'validate.generated.ts');

// ajv's code is untyped JavaScript; its ESM output still require()s ajv's runtime helpers (ucs2length).
const BANNER = `// @ts-nocheck
/* eslint-disable */
/**
 * GENERATED from schemas/topology.schema.json by src/topology/gen-validator.ts.
 * Do not edit: change the schema and run \`npm run gen:validator\`.
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
`;

/** The text of validate.generated.ts for the schema text: the loader's options (all errors, verbose, defaults filled in). */
export function generateValidator(schemaText: string): string {
  const ajv = createTopologyAjv({ useDefaults: true, code: { source: true, esm: true, lines: true } });
  const validate = ajv.compile(JSON.parse(schemaText) as object);
  return `${BANNER}${standaloneModule.default(ajv, validate)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED_VALIDATOR_PATH, generateValidator(readFileSync(TOPOLOGY_SCHEMA_PATH, 'utf8')));
  console.log(`wrote ${path.relative(process.cwd(), GENERATED_VALIDATOR_PATH)}`);
}
