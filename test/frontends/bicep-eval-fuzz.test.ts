/**
 * Seeded fuzzing of the Bicep front end, as the ARM front end's: truncated and
 * mutated files (the entry file or one of its modules, and .bicepparam files)
 * give a graph and/or parse problems, and every rule runs on the graph,
 * never an exception or a hang (loops, nesting, modules and evaluation are
 * bounded).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readBicepFile } from '../../src/frontends/bicep/evaluate.js';
import { readBicepParams } from '../../src/frontends/bicep/params.js';
import { bicepSuppressions } from '../../src/frontends/bicep/suppress.js';
import { runRules } from '../../src/lint/engine.js';
import { GOLDEN_DIR } from '../support/golden.js';
import { mutated, seededRandom } from '../support/fuzz.js';
import { fixture } from '../support/paths.js';

const SEEDS = [0xb1c3, 0x5eed, 0x2a];
const MUTATIONS_PER_SEED = 250;

const SNIPPETS = [
  '{', '}', '[', ']', '(', ')', "'", '${', '::', '.?', '!', '??', '?', ':', '=>', '\n', '//', '/*', '#disable-next-line x\n',
  'null', 'true', '-1', '801', '[for i in range(0, 801): i]', '[for x in noSuchThing: x]', 'resourceGroup(\'rg\')',
  "module m 'main.bicep' = {\n  name: 'm'\n}\n", "module r 'br/public:x:1' = {\n  name: 'r'\n}\n", 'existing ', 'parent: ',
  "resource r 'Microsoft.Network/virtualNetworks@2024-05-01' = [for i in range(0, 3): {\n  name: 'v${i}'\n}]\n",
  'scope: subscription()\n', '@secure()\n', 'func f(a int) int => f(a)\n', 'var self = self\n', 'output o string = x.outputs.y\n',
];

/** A project: files by path relative to its folder; main.bicep is the entry. */
type Project = Map<string, string>;

function load(folder: string): Project {
  const files: Project = new Map();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.bicep(param)?$/.test(entry.name)) files.set(path.relative(folder, full), readFileSync(full, 'utf8'));
    }
  };
  walk(folder);
  return files;
}

const PROJECTS: Project[] = [fixture('bicep-eval', 'env'), path.join(GOLDEN_DIR, 'default'), path.join(GOLDEN_DIR, 'private-cluster'), fixture('pairs', 'modules')].map(load);
const ROOT = path.resolve('/fuzz');

function exercise(project: Project): void {
  const main = project.get('main.bicep')!;
  const reading = readBicepFile(main, 'main.bicep', { path: path.join(ROOT, 'main.bicep'), readFile: (p) => project.get(path.relative(ROOT, p)) });
  for (const e of reading.errors) assert.ok(e.line >= 1 && e.column >= 1 && e.message.length > 0, JSON.stringify(e));
  JSON.stringify(reading.graph.resources);
  if (reading.errors.length === 0) runRules(reading.graph);
  const params = project.get('main.bicepparam');
  if (params !== undefined) readBicepParams(params, 'main.bicepparam');
  for (const text of project.values()) bicepSuppressions(text);
}

test('the unmutated projects read cleanly', () => {
  for (const project of PROJECTS) {
    const main = project.get('main.bicep')!;
    const reading = readBicepFile(main, 'main.bicep', { path: path.join(ROOT, 'main.bicep'), readFile: (p) => project.get(path.relative(ROOT, p)) });
    assert.equal(reading.errors, []);
    assert.ok(reading.graph.resources.length > 0);
  }
});

for (const seed of SEEDS) {
  test(`mutated and truncated files (seed ${seed.toString(16)}): findings or problems, never an exception`, () => {
    const next = seededRandom(seed);
    for (let i = 0; i < MUTATIONS_PER_SEED; i++) {
      const project = new Map(PROJECTS[Math.floor(next() * PROJECTS.length)]!);
      const names = [...project.keys()];
      const target = names[Math.floor(next() * names.length)]!;
      let text = project.get(target)!;
      text = mutated(text, next, SNIPPETS);
      project.set(target, text);
      try {
        exercise(project);
      } catch (error) {
        assert.unreachable(`seed ${seed.toString(16)} case ${i} (${target}) threw: ${(error as Error).stack}`);
      }
    }
  });
}

test.run();
