/**
 * One Network Contributor assignment, one name: for every case that plans
 * one, the generated Bicep (read back by moat's Bicep front end, modules and
 * main.bicepparam included) names it exactly as the planner does (and the ARM
 * template, whose guid() arm.test.ts reads back).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readBicepFile } from '../../src/frontends/bicep/evaluate.js';
import { readBicepParams } from '../../src/frontends/bicep/params.js';
import type { Graph } from '../../src/graph/types.js';
import { planTopology } from '../../src/plan/index.js';
import { loadTopology } from '../../src/topology/load.js';
import { ROOT } from '../support/paths.js';
import { CASES, outputOf } from './cases.js';
import { scratchDir } from '../support/scratch.js';

const ROLE_ASSIGNMENT = 'microsoft.authorization/roleassignments';
const roleNames = (graph: Graph): string[] =>
  graph.resources
    .filter((r) => r.type.toLowerCase() === ROLE_ASSIGNMENT && !r.existing)
    .map((r) => String(r.name))
    .sort();

const withRoles = CASES.map((c) => ({ c, planned: roleNames(planTopology(loadTopology(path.join(ROOT, c.topology)))) })).filter(({ planned }) => planned.length > 0);

test('some cases plan a role assignment (a new cluster, an attached one with its principal)', () => {
  assert.ok(withRoles.length >= 2, withRoles.map(({ c }) => c.name).join(', '));
});

for (const { c, planned } of withRoles) {
  test(`${c.name}: the Bicep names the role assignment as the planner does`, () => {
    const dir = scratchDir('roles');
    try {
      for (const [file, text] of outputOf(c)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      const files = outputOf(c);
      const params = readBicepParams(files.get('main.bicepparam')!, 'main.bicepparam');
      const cloud = loadTopology(path.join(ROOT, c.topology)).topology?.cloud ?? 'AzureCloud';
      const read = readBicepFile(files.get('main.bicep')!, 'main.bicep', { path: path.join(dir, 'main.bicep'), parameters: params.parameters, cloud });
      assert.equal(read.errors, []);
      assert.equal(roleNames(read.graph), planned);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
