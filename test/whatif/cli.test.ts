/**
 * `moat whatif` as a child process, as a user runs it: real CLI, real SDK,
 * real DefaultAzureCredential (narrowed to Azure CLI by AZURE_TOKEN_CREDENTIALS
 * and a stand-in `az`), the HTTPS emulator trusted through NODE_EXTRA_CA_CERTS.
 */
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { armError, type ArmEmulator, type EmulatorOptions, type Scripted } from '../support/arm-emulator.js';
import { ARM_PARAMETERS_FILE, ARM_TEMPLATE_FILE, renderArm } from '../../src/render/arm/index.js';
import { renderMetaFor } from '../../src/render/header.js';
import { validateTopologyFile } from '../../src/validate.js';
import { expectGolden } from '../support/golden.js';
import { CLI as MOAT, fixture, ROOT } from '../support/paths.js';
import { cliEnv, fakeAz, startCli, type CliRun } from './cli-env.js';
import { SECRET, startEmulator, SUBSCRIPTION, TOKEN } from './setup.js';


interface CliCase {
  args: string[];
  emulator?: Partial<EmulatorOptions>;
  script?: Scripted[];
  az?: 'logged-in' | 'logged-out';
  code: number;
  golden?: string;
  stderr?: RegExp;
}

const base = (...extra: string[]): string[] => [
  'whatif',
  fixture('whatif', 'rg-template.json'),
  '--parameters',
  fixture('whatif', 'rg-template.parameters.json'),
  '--subscription',
  SUBSCRIPTION,
  '--resource-group',
  'rg-ml',
  ...extra,
];

const cases: [string, CliCase][] = [
  ['text, after a 202 with Retry-After', { args: base(), emulator: { pendingPolls: 1, retryAfter: 1 }, code: 0, golden: 'whatif/rg-incremental.txt' }],
  ['--format json', { args: base('--format', 'json'), code: 0, golden: 'whatif/rg-incremental.json' }],
  ['--detailed-exit-code with changes: 3', { args: base('--detailed-exit-code'), code: 3 }],
  ['--detailed-exit-code when only excluded types remain: 0', { args: base('--detailed-exit-code', '--exclude-change-types', 'Create,Modify'), code: 0 }],
  ['403: exit 1, one line', { args: base(), script: [{ status: 403, body: armError('AuthorizationFailed', 'denied') }], code: 1, stderr: /^moat: not authorised \(403 AuthorizationFailed\): missing permission Microsoft\.Resources\/deployments\/whatIf\/action on scope / }],
  ['az not logged in: exit 2, says how to log in', { args: base(), az: 'logged-out', code: 2, stderr: /^moat: no Azure credential could get a token: .*az login.*\(hint: log in with `az login`/ }],
  ['resource-group template without --resource-group: exit 2', { args: ['whatif', fixture('whatif', 'sub-template.json'), '--subscription', SUBSCRIPTION, '--resource-group', 'rg-ml'], code: 2, stderr: /drop --resource-group/ }],
  ['unknown change type: exit 2', { args: base('--exclude-change-types', 'Rename'), code: 2, stderr: /unknown change type 'Rename'/ }],
];

const test = suite<{ emulator?: ArmEmulator }>('whatif cli', {});
test.after.each(async (ctx) => {
  await ctx.emulator?.close();
  ctx.emulator = undefined;
});

function assertClean(run: CliRun, emulator: ArmEmulator): void {
  const all = run.stdout + run.stderr;
  assert.not.ok(all.includes(TOKEN), 'the access token was printed');
  assert.not.ok(all.includes(SECRET), 'a secure parameter value was printed');
  assert.not.match(all, /^\s+at .*\(.*:\d+:\d+\)$/m, 'a stack trace was printed');
  assert.not.ok(emulator.requests.some((r) => r.path.startsWith('/managed-identity')), 'managed identity was tried');
}

for (const [name, c] of cases) {
  test(name, async (ctx) => {
    const emulator = (ctx.emulator = await startEmulator({ pendingPolls: 0, ...c.emulator }));
    emulator.enqueue(...(c.script ?? []));
    const az = fakeAz(c.az ?? 'logged-in');
    const run = await startCli(MOAT, [...c.args, '--arm-endpoint', emulator.url], cliEnv(emulator, az)).done;
    assert.is(run.code, c.code, run.stderr);
    if (c.golden) expectGolden(c.golden, run.stdout);
    if (c.stderr) assert.match(run.stderr, c.stderr);
    if (c.code === 0 || c.code === 3) assert.is(run.stderr, '');
    assertClean(run, emulator);
  });
}

test('the token comes from az for the ARM scope of --cloud, sent as a bearer token', async (ctx) => {
  const emulator = (ctx.emulator = await startEmulator({ pendingPolls: 0 }));
  const az = fakeAz('logged-in');
  const run = await startCli(MOAT, [...base('--cloud', 'AzureUSGovernment'), '--arm-endpoint', emulator.url], cliEnv(emulator, az)).done;
  assert.is(run.code, 0, run.stderr);
  assert.equal(az.calls(), ['account get-access-token --output json --resource https://management.usgovcloudapi.net']);
  assert.is(emulator.requests[0]!.authorization, `Bearer ${TOKEN}`);
  assertClean(run, emulator);
});

test('a topology is generated in memory: the template sent is the generated azuredeploy.json', async (ctx) => {
  const emulator = (ctx.emulator = await startEmulator({ pendingPolls: 0 }));
  const args = ['whatif', 'examples/default.yaml', '--subscription', SUBSCRIPTION, '--resource-group', 'rg-ml', '--format', 'json', '--arm-endpoint', emulator.url];
  const run = await startCli(MOAT, args, cliEnv(emulator, fakeAz('logged-in')), ROOT).done;
  assert.is(run.code, 0, run.stderr);
  const sent = emulator.requests[0]!.body as { properties: { template: unknown; parameters: unknown } };
  const { graph } = validateTopologyFile(path.join(ROOT, 'examples', 'default.yaml'));
  const files = renderArm(graph!, renderMetaFor('examples/default.yaml', ROOT));
  assert.equal(sent.properties.template, JSON.parse(files.get(ARM_TEMPLATE_FILE)!));
  assert.equal(sent.properties.parameters, (JSON.parse(files.get(ARM_PARAMETERS_FILE)!) as { parameters: unknown }).parameters);
  assert.is((JSON.parse(run.stdout) as { deploymentName: string }).deploymentName, 'default');
  assertClean(run, emulator);
});

test('Ctrl-C while polling stops cleanly with exit 130', async (ctx) => {
  const emulator = (ctx.emulator = await startEmulator({ neverFinish: true, retryAfter: 1 }));
  const { child, done } = startCli(MOAT, [...base(), '--arm-endpoint', emulator.url], cliEnv(emulator, fakeAz('logged-in')));
  await emulator.waitForRequests(2);
  child.kill('SIGINT');
  const run = await done;
  assert.is(run.code, 130);
  assert.is(run.stdout, '');
  assert.match(run.stderr, /^moat: what-if cancelled; nothing was deployed/);
  assertClean(run, emulator);
});

test.run();
