/** The az-style renderer on hand-written results: every change kind, nested arrays, scopes, diagnostics. */
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderJson } from '../../src/whatif/render-json.js';
import { renderText } from '../../src/whatif/render-text.js';
import { parseWhatIfBody } from '../../src/whatif/result.js';
import type { ChangeType, WhatIfResult } from '../../src/whatif/types.js';
import { buildView, changesRemain } from '../../src/whatif/view.js';
import { expectGolden } from '../support/golden.js';
import { fixture } from '../support/paths.js';

const test = suite('whatif render');

function result(name: string): WhatIfResult {
  const body = parseWhatIfBody(JSON.parse(readFileSync(fixture('whatif', name), 'utf8')));
  if (body.kind !== 'succeeded') throw new Error(`${name} is not a successful what-if body`);
  return body.result;
}

const EMPTY: WhatIfResult = { changes: [], potentialChanges: [], diagnostics: [] };

const textCases: [string, WhatIfResult, { color?: boolean; showNoise?: boolean; exclude?: ChangeType[] }, string][] = [
  ['mixed, plain', result('result-mixed.json'), {}, 'whatif/render-mixed.txt'],
  ['mixed, colour', result('result-mixed.json'), { color: true }, 'whatif/render-mixed-color.txt'],
  ['mixed, noise shown as az does', result('result-mixed.json'), { showNoise: true }, 'whatif/render-mixed-show-noise.txt'],
  ['nothing to change', EMPTY, {}, 'whatif/render-empty.txt'],
];
for (const [name, input, opts, golden] of textCases) {
  test(`text: ${name}`, () => {
    const view = buildView(input, { exclude: opts.exclude ?? [], showNoise: opts.showNoise ?? false });
    expectGolden(golden, renderText(view, { color: opts.color ?? false, showNoise: opts.showNoise ?? false }));
  });
}

test('json: mixed', () => {
  const view = buildView(result('result-mixed.json'), { exclude: [], showNoise: false });
  expectGolden('whatif/render-mixed.json', renderJson(view, { scope: '/subscriptions/00000000-0000-0000-0000-00000000cafe/resourceGroups/rg-ml', deploymentName: 'main', mode: 'Incremental' }));
});

test('colour codes: symbols use az 256-colour codes, none without colour', () => {
  const view = buildView(result('result-mixed.json'), { exclude: [], showNoise: false });
  const colored = renderText(view, { color: true, showNoise: false });
  const codes: [string, string][] = [
    ['-', '\x1b[38;5;208m'],
    ['+', '\x1b[38;5;77m'],
    ['~', '\x1b[38;5;141m'],
    ['!', '\x1b[38;5;39m'],
    ['x', '\x1b[38;5;246m'],
  ];
  for (const [symbol, code] of codes) assert.ok(colored.includes(`  ${code}${symbol}\x1b[0m `), `legend symbol ${symbol}`);
  assert.not.match(renderText(view, { color: false, showNoise: false }), /\x1b/);
});

const remainCases: [string, WhatIfResult, ChangeType[], boolean][] = [
  ['a Modify and a Delete', result('result-mixed.json'), [], true],
  ['only NoChange, Ignore and Unsupported left', result('result-mixed.json'), ['Modify', 'Delete', 'Deploy'], false],
  ['nothing at all', EMPTY, [], false],
  [
    'a Modify that is only noise',
    {
      ...EMPTY,
      changes: [{ resourceId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v', changeType: 'Modify', delta: [{ path: 'etag', propertyChangeType: 'Delete', before: 'W/"1"' }] }],
    },
    [],
    false,
  ],
];
for (const [name, input, exclude, expected] of remainCases) {
  test(`changes remain: ${name}`, () => {
    assert.is(changesRemain(buildView(input, { exclude, showNoise: false })), expected);
  });
}

test.run();
