/** The real SDK against the HTTPS ARM emulator, in process: requests sent and output rendered. */
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { whatIf, type WhatIfOptions } from '../../src/whatif/run.js';
import type { PropertyChange } from '../../src/whatif/types.js';
import type { ArmEmulator } from '../support/arm-emulator.js';
import { expectGolden } from '../support/golden.js';
import { fixture } from '../support/paths.js';
import { rgOptions, SECRET, startEmulator, SUBSCRIPTION, testClient, TOKEN } from './setup.js';

const test = suite<{ emulator: ArmEmulator }>('whatif sdk', {} as { emulator: ArmEmulator });
test.before.each(async (ctx) => {
  ctx.emulator = await startEmulator();
});
test.after.each(async (ctx) => {
  await ctx.emulator.close();
});

const readJsonc = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, ''));

test('resource-group what-if sends the template, parameters, mode and token the SDK way', async ({ emulator }) => {
  await whatIf(rgOptions(emulator.url), testClient(emulator));
  const [post, poll] = emulator.requests;
  assert.is(post!.method, 'POST');
  assert.is(post!.path, `/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-ml/providers/Microsoft.Resources/deployments/rg-template/whatIf`);
  assert.is(post!.apiVersion, '2025-03-01');
  assert.is(post!.authorization, `Bearer ${TOKEN}`);
  const body = post!.body as { location?: string; properties: { template: unknown; parameters: unknown; mode: string } };
  assert.equal(body.properties.template, readJsonc(fixture('whatif', 'rg-template.json')));
  assert.equal(body.properties.parameters, (readJsonc(fixture('whatif', 'rg-template.parameters.json')) as { parameters: unknown }).parameters);
  assert.is(body.properties.mode, 'Incremental');
  assert.is(body.location, undefined);
  assert.is(poll!.method, 'GET');
  assert.match(poll!.path, /\/operationresults\//);
  assert.is(poll!.authorization, `Bearer ${TOKEN}`);
});

const goldenCases: [string, Partial<WhatIfOptions>, string][] = [
  ['incremental, text', {}, 'whatif/rg-incremental.txt'],
  ['complete mode deletes what the template leaves out', { mode: 'Complete' }, 'whatif/rg-complete.txt'],
  ['--show-noise prints noise as az does', { showNoise: true }, 'whatif/rg-show-noise.txt'],
  ['--exclude-change-types NoChange,Ignore', { exclude: ['NoChange', 'Ignore'] }, 'whatif/rg-exclude.txt'],
  ['colour on a TTY', { color: true }, 'whatif/rg-color.txt'],
  ['--format json', { format: 'json' }, 'whatif/rg-incremental.json'],
];
for (const [name, overrides, golden] of goldenCases) {
  test(`output: ${name}`, async ({ emulator }) => {
    const outcome = await whatIf(rgOptions(emulator.url, overrides), testClient(emulator));
    expectGolden(golden, outcome.output);
    assert.not.ok(outcome.output.includes(SECRET), 'a secure parameter value leaked');
  });
}

test('scalar before/after values survive (the SDK deserialiser would turn them into dictionaries)', async ({ emulator }) => {
  const outcome = await whatIf(rgOptions(emulator.url, { format: 'json' }), testClient(emulator));
  const vnet = (JSON.parse(outcome.output) as { changes: { resourceId: string; delta?: PropertyChange[] }[] }).changes.find((c) => c.resourceId.endsWith('/vnet-contoso'))!;
  const subnet = vnet.delta!.find((d) => d.path === 'properties.subnets')!.children!.find((c) => c.path === '1')!.children![0]!;
  assert.equal(subnet, { path: 'properties.addressPrefix', propertyChangeType: 'Modify', before: '10.10.4.0/24', after: '10.10.5.0/24' });
});

test('subscription scope posts a location and previews resource groups', async ({ emulator }) => {
  const outcome = await whatIf(rgOptions(emulator.url, { input: fixture('whatif', 'sub-template.json'), parameters: undefined, resourceGroup: undefined }), testClient(emulator));
  const [post] = emulator.requests;
  assert.is(post!.path, `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Resources/deployments/sub-template/whatIf`);
  assert.is((post!.body as { location: string }).location, 'eastus2');
  expectGolden('whatif/sub.txt', outcome.output);
});

test.run();
