/**
 * templates.generated.ts holds templates/ precompiled; this keeps it current
 * (UPDATE_GOLDEN=1 npm test rewrites it) and checks that precompiled and
 * source-compiled templates render every case's model alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planTopology } from '../../src/plan/index.js';
import { loadTemplates } from '../../src/render/bicep/handlebars.js';
import { buildBicepModel } from '../../src/render/bicep/model.js';
import { precompiledModule } from '../../src/render/bicep/precompile.js';
import { readTemplateSources } from '../../src/render/bicep/sources.js';
import { loadTopology } from '../../src/topology/load.js';
import { ROOT } from '../support/paths.js';
import { CASES } from './cases.js';

const GENERATED = path.join(ROOT, 'src', 'render', 'bicep', 'templates.generated.ts');

test('templates.generated.ts is templates/ precompiled', () => {
  const expected = precompiledModule(readTemplateSources());
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GENERATED, expected);
  else assert.ok(readFileSync(GENERATED, 'utf8') === expected, 'templates/ changed: refresh with UPDATE_GOLDEN=1 npm test && git diff src/render/bicep/templates.generated.ts');
});

const outcome = (render: () => string): string => {
  try {
    return render();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

test('precompiled and source-compiled templates render every case alike', () => {
  const precompiled = loadTemplates('auto');
  const source = loadTemplates('source');
  const names = Object.keys(readTemplateSources().templates);
  for (const testCase of CASES) {
    const loaded = loadTopology(path.join(ROOT, testCase.topology));
    const model = buildBicepModel(loaded.topology!, planTopology(loaded), { version: '0.0.0', topologyFile: testCase.topology });
    for (const name of names) {
      assert.is(outcome(() => precompiled(name)(model)), outcome(() => source(name)(model)), `${testCase.name}: ${name}`);
    }
  }
});

test.run();
