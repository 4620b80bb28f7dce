import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { API_VERSIONS } from '../../src/azure/api-versions.js';
import { ROOT } from '../support/paths.js';

const SCHEMAS = path.join(ROOT, '..', 'shared', 'arm-schemas', 'schemas');

/** Whether a schema file in the version's folder declares the type at that version. */
function hasSchema(type: string, version: string): boolean {
  const folder = path.join(SCHEMAS, version);
  if (!existsSync(folder)) return false;
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .some((file) => {
      const schema = JSON.parse(readFileSync(path.join(folder, file), 'utf8').replace(/^\uFEFF/, '')) as { resourceDefinitions?: Record<string, { properties?: { type?: { enum?: string[] }; apiVersion?: { enum?: string[] } } }> };
      return Object.values(schema.resourceDefinitions ?? {}).some(
        (def) => (def.properties?.type?.enum ?? []).some((t) => t.toLowerCase() === type.toLowerCase()) && (def.properties?.apiVersion?.enum ?? []).includes(version),
      );
    });
}

test('every API version in the table is stable', () => {
  for (const [type, version] of Object.entries(API_VERSIONS)) assert.match(version, /^\d{4}-\d{2}-\d{2}$/, type);
});

if (existsSync(SCHEMAS)) {
  for (const [type, version] of Object.entries(API_VERSIONS)) {
    test(`${type}@${version} has a published schema`, () => {
      assert.ok(hasSchema(type, version), `no schema for ${type}@${version} in ${SCHEMAS}`);
    });
  }
} else {
  console.log(`note: ${SCHEMAS} is absent, so the API-version schema checks are skipped`);
}

test.run();
