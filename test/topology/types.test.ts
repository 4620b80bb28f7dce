import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { GENERATED_PATH, generateTypes, readSchema } from '../../src/topology/gen-types.js';
import { exampleNames, examplePath } from '../../src/topology/examples.js';
import { loadTopology, parseTopology } from '../../src/topology/load.js';
import { effectiveView } from '../../src/topology/schema-views.js';
import { createTopologyAjv } from '../../src/topology/topology-ajv.js';

test('types.generated.ts is what the schema generates (run `npm run gen:types` after changing the schema)', async () => {
  const committed = readFileSync(GENERATED_PATH, 'utf8');
  assert.ok(committed === (await generateTypes(readSchema())), 'src/topology/types.generated.ts is stale: run `npm run gen:types`');
});

// The loader casts to `Topology` after filling defaults; the effective view of the
// schema (every defaulted field required, derived ones non-null) checks that cast.
const validateEffective = createTopologyAjv({ useDefaults: false }).compile(effectiveView(readSchema()));

const MINIMAL = `version: 1
name: min
location: eastus2
network:
  vnet: { addressPrefixes: [10.0.0.0/8] }
  subnets: [{ purpose: aks, addressPrefix: 10.1.0.0/16 }]
`;

const CASES: [string, () => unknown][] = [
  ['a minimal topology', () => parseTopology(MINIMAL, 'min.yaml').topology],
  ...exampleNames().map((name): [string, () => unknown] => [`example ${name}`, () => loadTopology(examplePath(name)).topology]),
];

for (const [name, load] of CASES) {
  test(`the effective topology of ${name} has every field Topology requires`, () => {
    const topology = load();
    assert.ok(topology);
    assert.ok(validateEffective(topology), JSON.stringify(validateEffective.errors));
  });
}

test('the effective view rejects a topology that lacks a defaulted field', () => {
  const topology = structuredClone(parseTopology(MINIMAL, 'min.yaml').topology!) as unknown as { aks: Record<string, unknown> };
  delete topology.aks.serviceCidr;
  assert.not.ok(validateEffective(topology));
});

test.run();
