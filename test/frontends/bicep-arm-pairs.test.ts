/**
 * Bicep and the ARM JSON compiled from it give the same graph: hand-written
 * pairs (test/fixtures/pairs/<case>/main.bicep and main.json, the JSON as
 * `bicep build` writes it: nested deployments for modules, copy loops,
 * conditions, languageVersion 2.0 where there are existing resources) must
 * give the same resources (type, name, scope, existing, condition,
 * deployment), and the same values wherever both front ends know them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import { readBicepFile } from '../../src/frontends/bicep/evaluate.js';
import type { GraphResource } from '../../src/graph/types.js';
import { Unknown } from '../../src/graph/value.js';
import { fixture } from '../support/paths.js';
import { knownDifferences } from '../support/value-diff.js';

const PAIRS = fixture('pairs');

function identity(r: GraphResource): string {
  const part = (p: string | Unknown | undefined): string => (p instanceof Unknown ? '?' : p ?? '-');
  const condition = r.condition === undefined ? 'always' : r.condition instanceof Unknown ? '?' : String(r.condition);
  return [r.type, typeof r.name === 'string' ? r.name : '?', r.scope.level, part(r.scope.subscription), part(r.scope.resourceGroup), r.existing ? 'existing' : 'new', condition, r.deployment ?? ''].join(' | ');
}

const cases = readdirSync(PAIRS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

test('the pairs cover modules, loops, conditions, existing resources and parent/child', () => {
  assert.equal(cases, ['conditions', 'existing', 'loops', 'modules', 'parent-child']);
});

for (const name of cases) {
  test(`pair ${name}: same resources and known values`, () => {
    const folder = path.join(PAIRS, name);
    const bicepPath = path.join(folder, 'main.bicep');
    const bicep = readBicepFile(readFileSync(bicepPath, 'utf8'), 'main.bicep', { path: bicepPath });
    const arm = readArmTemplate(readFileSync(path.join(folder, 'main.json'), 'utf8'), 'main.json');
    assert.equal(bicep.errors, []);
    assert.equal(arm.errors, []);
    const fromBicep = new Map(bicep.graph.resources.map((r) => [identity(r), r]));
    const fromArm = new Map(arm.graph.resources.map((r) => [identity(r), r]));
    assert.equal([...fromBicep.keys()].sort(), [...fromArm.keys()].sort());
    const found: string[] = [];
    for (const [key, resource] of fromBicep) {
      const other = fromArm.get(key)!;
      for (const field of ['properties', 'location', 'sku', 'kind', 'apiVersion'] as const) knownDifferences(resource[field], other[field], `${key} ${field}`, found);
    }
    assert.equal(found, []);
  });
}

test.run();
