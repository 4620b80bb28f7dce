/**
 * The Bicep is written from templates, the ARM JSON from the planned graph:
 * for every case, the Bicep must deploy the same resource types at the same
 * API versions as the graph plans (existing references aside, which Bicep
 * also uses for outputs and parents).
 */
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planTopology } from '../../src/plan/index.js';
import { loadTopology } from '../../src/topology/load.js';
import { ROOT } from '../support/paths.js';
import { CASES, outputOf } from './cases.js';

/** `type@apiVersion` of every resource the Bicep files declare without `existing`; nested children get their parent's type as prefix. */
function deployedInBicep(files: Map<string, string>): Set<string> {
  const deployed = new Set<string>();
  for (const [file, text] of files) {
    if (!file.endsWith('.bicep')) continue;
    let parentType = '';
    for (const match of text.matchAll(/^( *)resource \w+ '([^'@]+)@([^']+)'( existing)? = /gm)) {
      const [, indent, type, apiVersion, existing] = match;
      const fullType = indent ? `${parentType}/${type}` : type!;
      if (!indent) parentType = type!;
      if (!existing) deployed.add(`${fullType}@${apiVersion}`);
    }
  }
  return deployed;
}

for (const testCase of CASES) {
  test(`${testCase.name}: the Bicep deploys the resource types and API versions the graph plans`, () => {
    const graph = planTopology(loadTopology(path.join(ROOT, testCase.topology)));
    const planned = new Set(graph.resources.filter((r) => !r.existing).map((r) => `${r.type}@${r.apiVersion}`));
    assert.equal([...deployedInBicep(outputOf(testCase))].sort(), [...planned].sort());
  });
}

test.run();
