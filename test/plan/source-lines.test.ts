/**
 * Every planned resource, value and note points at the topology line that
 * caused it: never the document's start (1:1), which names nothing, even when
 * a whole section (`workspace:`, `aks:`) is left to its defaults.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SourceLocation } from '../../src/graph/value.js';
import type { PathSources } from '../../src/graph/value-sources.js';
import { planTopology } from '../../src/plan/index.js';
import { loadTopology } from '../../src/topology/load.js';
import { ROOT } from '../support/paths.js';

/** Folders of topologies: the examples and the test fixtures written as topologies. */
const FOLDERS = ['examples', 'test/fixtures/generate', 'test/fixtures/topology'];

function topologiesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder)).flatMap((entry) => {
    const relative = `${folder}/${entry}`;
    if (statSync(path.join(ROOT, relative)).isDirectory()) return topologiesUnder(relative);
    return /\.(ya?ml|json)$/.test(entry) ? [relative] : [];
  });
}

/** The topologies that plan (fixtures that break the schema or can't be parsed have nothing to place). */
const planned = FOLDERS.flatMap(topologiesUnder).flatMap((file) => {
  try {
    const loaded = loadTopology(path.join(ROOT, file));
    return loaded.topology ? [{ file, graph: planTopology(loaded) }] : [];
  } catch {
    return [];
  }
});

const atStart = (at: SourceLocation): boolean => at.line === 1 && at.column === 1;

test('the examples and at least the generator fixtures plan', () => {
  assert.ok(planned.length >= 10, planned.map((p) => p.file).join(', '));
});

for (const { file, graph } of planned) {
  test(`${file}: no resource, value source or note at 1:1`, () => {
    const misplaced = [
      ...graph.resources.flatMap((r) => [
        ...(atStart(r.source) ? [`${r.type} ${String(r.name)}`] : []),
        ...[...(r.valueSources as PathSources)].filter(([, at]) => atStart(at)).map(([valuePath]) => `${r.type} ${String(r.name)} ${valuePath}`),
      ]),
      ...graph.notes.filter((n) => atStart(n.source)).map((n) => `note ${n.ruleId}`),
    ];
    assert.equal(misplaced, []);
  });
}

test.run();
