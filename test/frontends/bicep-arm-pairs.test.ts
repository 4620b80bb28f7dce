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
import { ResourceLink, Unknown, isObject, type Value } from '../../src/graph/value.js';
import { fixture } from '../support/paths.js';

const PAIRS = fixture('pairs');

function identity(r: GraphResource): string {
  const part = (p: string | Unknown | undefined): string => (p instanceof Unknown ? '?' : p ?? '-');
  const condition = r.condition === undefined ? 'always' : r.condition instanceof Unknown ? '?' : String(r.condition);
  return [r.type, typeof r.name === 'string' ? r.name : '?', r.scope.level, part(r.scope.subscription), part(r.scope.resourceGroup), r.existing ? 'existing' : 'new', condition, r.deployment ?? ''].join(' | ');
}

/** Paths where both values are known and differ (links compare as their ID text). */
function differences(a: Value | undefined, b: Value | undefined, at: string, out: string[]): void {
  if (a instanceof Unknown || b instanceof Unknown || a === undefined || b === undefined) return;
  const text = (v: Value): Value => (v instanceof ResourceLink ? v.toString() : v);
  a = text(a);
  b = text(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${at}: ${a.length} items vs ${b.length}`);
    else a.forEach((item, i) => differences(item, b[i] as Value, `${at}.${i}`, out));
  } else if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (!(key in a) || !(key in b)) out.push(`${at}.${key}: only on one side`);
      else differences(a[key], b[key], `${at}.${key}`, out);
    }
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
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
      for (const field of ['properties', 'location', 'sku', 'kind', 'apiVersion'] as const) differences(resource[field], other[field], `${key} ${field}`, found);
    }
    assert.equal(found, []);
  });
}

test.run();
