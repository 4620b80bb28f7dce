/**
 * Round trip: for every generator golden, the Bicep front end on
 * golden/<case>/main.bicep (with its modules and main.bicepparam) gives the
 * planner's graph for the topology: the same deployed resources (type, name,
 * scope) with the same values wherever both know them; and `moat lint
 * golden/` reports no error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readBicepFile } from '../../src/frontends/bicep/evaluate.js';
import { readBicepParams } from '../../src/frontends/bicep/params.js';
import type { GraphResource } from '../../src/graph/types.js';
import { Unknown } from '../../src/graph/value.js';
import { lintPaths } from '../../src/lint/run.js';
import { planTopology } from '../../src/plan/index.js';
import { loadTopology } from '../../src/topology/load.js';
import { GOLDEN_DIR } from '../support/golden.js';
import { ROOT } from '../support/paths.js';
import { knownDifferences } from '../support/value-diff.js';
import { CASES } from '../render/cases.js';

function identity(r: GraphResource): string {
  const part = (p: string | Unknown | undefined): string => (p instanceof Unknown ? '?' : p ?? '-');
  const name = typeof r.name === 'string' ? r.name : '?';
  return [r.type, name, r.scope.level, part(r.scope.subscription), part(r.scope.resourceGroup)].join(' | ');
}

test('every generator case has a golden main.bicep', () => {
  assert.ok(CASES.length >= 6);
  for (const c of CASES) assert.ok(existsSync(path.join(GOLDEN_DIR, c.name, 'main.bicep')), c.name);
});

for (const generated of CASES) {
  test(`golden ${generated.name}: the Bicep front end gives the planner's graph`, () => {
    const loaded = loadTopology(path.join(ROOT, generated.topology));
    const planned = planTopology(loaded);
    const folder = path.join(GOLDEN_DIR, generated.name);
    const params = readBicepParams(readFileSync(path.join(folder, 'main.bicepparam'), 'utf8'), 'main.bicepparam');
    assert.equal(params.errors, []);
    const mainPath = path.join(folder, 'main.bicep');
    const cloud = loaded.topology?.cloud ?? 'AzureCloud';
    const read = readBicepFile(readFileSync(mainPath, 'utf8'), 'main.bicep', { path: mainPath, parameters: params.parameters, cloud });
    assert.equal(read.errors, []);

    const deployed = (resources: GraphResource[]): Map<string, GraphResource> => new Map(resources.filter((r) => !r.existing).map((r) => [identity(r), r]));
    const fromBicep = deployed(read.graph.resources);
    const fromPlan = deployed(planned.resources);
    assert.equal([...fromBicep.keys()].sort(), [...fromPlan.keys()].sort());
    const found: string[] = [];
    for (const [key, resource] of fromBicep) {
      const plannedResource = fromPlan.get(key)!;
      for (const field of ['properties', 'location', 'sku', 'kind'] as const) knownDifferences(resource[field], plannedResource[field], `${key} ${field}`, found);
    }
    assert.equal(found, []);
  });
}

test('moat lint golden/ reports no error', async () => {
  const result = await lintPaths(['golden'], { cwd: ROOT, config: { levels: {} }, workers: 0 });
  const errors = result.findings.filter((f) => f.level === 'error');
  assert.equal(errors.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`), []);
  assert.ok(result.findings.some((f) => f.file.endsWith('.bicep')), 'the Bicep files were linted');
});

test.run();
