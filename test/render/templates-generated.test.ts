/**
 * templates.generated.ts holds templates/ precompiled; this keeps it current
 * (UPDATE_GOLDEN=1 npm test rewrites it) and checks that precompiled and
 * source-compiled templates render every case's model alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planTopology } from '../../src/plan/index.js';
import { precompiledTemplates, withHelpers, type TemplateSet } from '../../src/render/bicep/handlebars.js';
import { COMPILE_OPTIONS } from '../../src/render/bicep/helpers.js';
import { buildBicepModel } from '../../src/render/bicep/model.js';
import { precompiledModule } from '../../src/render/bicep/precompile.js';
import { readTemplateSources, type TemplateSources } from '../../src/render/bicep/sources.js';
import { loadTopology } from '../../src/topology/load.js';
import { ROOT } from '../support/paths.js';
import { CASES } from './cases.js';

const GENERATED = path.join(ROOT, 'src', 'render', 'bicep', 'templates.generated.ts');

test('templates.generated.ts is templates/ precompiled', () => {
  const expected = precompiledModule(readTemplateSources());
  if (readFileSync(GENERATED, 'utf8') === expected) return;
  if (process.env.UPDATE_GOLDEN !== '1') assert.unreachable('templates/ changed: refresh with UPDATE_GOLDEN=1 npm test && git diff src/render/bicep/templates.generated.ts');
  writeFileSync(GENERATED, expected);
  // moat renders only the precompiled templates, and this run's build had the old ones
  assert.unreachable('templates.generated.ts rewritten: run UPDATE_GOLDEN=1 npm test once more so golden/ is rendered from it');
});

/** templates/ compiled by the full Handlebars library, as the precompiled specs should render. */
function compiledFromSources(sources: TemplateSources): TemplateSet {
  const instance = withHelpers(Handlebars);
  for (const [name, text] of Object.entries(sources.partials)) instance.registerPartial(name, text);
  return (name) => {
    const text = sources.templates[name];
    if (text === undefined) throw new Error(`no template ${name}`);
    return instance.compile(text, COMPILE_OPTIONS);
  };
}

const outcome = (render: () => string): string => {
  try {
    return render();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

test('precompiled and source-compiled templates render every case alike', () => {
  const sources = readTemplateSources();
  const precompiled = precompiledTemplates();
  const source = compiledFromSources(sources);
  const names = Object.keys(sources.templates);
  for (const testCase of CASES) {
    const loaded = loadTopology(path.join(ROOT, testCase.topology));
    const model = buildBicepModel(loaded.topology!, planTopology(loaded), { version: '0.0.0', topologyFile: testCase.topology });
    for (const name of names) {
      assert.is(outcome(() => precompiled(name)(model)), outcome(() => source(name)(model)), `${testCase.name}: ${name}`);
    }
  }
});

test.run();
