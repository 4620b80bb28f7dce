import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { GENERATED_VALIDATOR_PATH, generateValidator } from '../../src/topology/gen-validator.js';
import { exampleNames, examplePath } from '../../src/topology/examples.js';
import { TOPOLOGY_SCHEMA_PATH, validateAgainstSchema } from '../../src/topology/schema.js';
import { createTopologyAjv } from '../../src/topology/topology-ajv.js';
import { parse } from 'yaml';

const schemaText = readFileSync(TOPOLOGY_SCHEMA_PATH, 'utf8');

test('validate.generated.ts is what the schema generates (run `npm run gen:validator` after changing the schema)', () => {
  const committed = readFileSync(GENERATED_VALIDATOR_PATH, 'utf8');
  assert.ok(committed === generateValidator(schemaText), 'src/topology/validate.generated.ts is stale: run `npm run gen:validator`');
});

// The generated code must behave as the schema compiled at run time would: same errors, same defaults filled in.
const compiledAtRunTime = createTopologyAjv({ useDefaults: true }).compile(JSON.parse(schemaText) as object);

const MINIMAL = { version: 1, name: 'min', location: 'eastus2', network: { vnet: { addressPrefixes: ['10.0.0.0/8'] }, subnets: [{ purpose: 'aks', addressPrefix: '10.1.0.0/16' }] } };

const CASES: [string, unknown][] = [
  ['a minimal topology', MINIMAL],
  ...exampleNames().map((name): [string, unknown] => [`example ${name}`, parse(readFileSync(examplePath(name), 'utf8'))]),
  ['a bad CIDR, a bad name and an unknown key', { ...MINIMAL, name: 'Not Valid', colour: 'blue', network: { ...MINIMAL.network, vnet: { addressPrefixes: ['10.0.0/8'] } } }],
  // 256 emoji are 512 UTF-16 units: within maxLength 256 only when length counts code points
  ['a tag of 256 astral characters', { ...MINIMAL, tags: { owner: '\u{1F600}'.repeat(256) } }],
  ['a tag of 257 astral characters', { ...MINIMAL, tags: { owner: '\u{1F600}'.repeat(257) } }],
  ['not a mapping', ['version', 1]],
];

for (const [name, document] of CASES) {
  test(`the generated validator agrees with ajv compiling the schema: ${name}`, () => {
    const [generated, compiled] = [structuredClone(document), structuredClone(document)];
    const errors = validateAgainstSchema(generated);
    const expected = compiledAtRunTime(compiled) ? [] : compiledAtRunTime.errors;
    assert.equal(errors, expected);
    assert.equal(generated, compiled);
  });
}

test.run();
