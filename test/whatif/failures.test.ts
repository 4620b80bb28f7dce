/** Each ARM failure the emulator scripts, through the real SDK: one clear error, the right exit class. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError, RemoteError } from '../../src/errors.js';
import { WhatIfCancelled } from '../../src/whatif/failures.js';
import { whatIf, type WhatIfOptions } from '../../src/whatif/run.js';
import { armError, type ArmEmulator, type EmulatorOptions, type Scripted } from '../support/arm-emulator.js';
import { fixture } from '../support/paths.js';
import { rgOptions, SECRET, startEmulator, SUBSCRIPTION, testClient, TOKEN } from './setup.js';

type ErrorClass = typeof InputError | typeof RemoteError | typeof WhatIfCancelled;

interface FailureCase {
  script?: Scripted[];
  emulator?: Partial<EmulatorOptions>;
  options?: Partial<WhatIfOptions>;
  token?: string;
  expected: ErrorClass;
  message: RegExp;
  /** Requests the emulator must have seen: shows the retries happened and stopped. */
  requests?: number;
}

const DENIED =
  `The client 'dev@contoso.com' with object id '11111111-1111-1111-1111-111111111111' does not have authorization to perform action ` +
  `'Microsoft.Resources/deployments/whatIf/action' over scope '/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-ml/providers/Microsoft.Resources/deployments/rg-template' ` +
  `or the scope is invalid. If access was recently granted, please refresh your credentials.`;
const throttled: Scripted = { status: 429, body: armError('TooManyRequests', 'Rate limit exceeded.'), headers: { 'Retry-After': '0' } };
const serverError: Scripted = { status: 500, body: armError('InternalServerError', 'Encountered internal server error.') };
const failedBody: Scripted = {
  status: 200,
  body: { status: 'Failed', error: { code: 'DeploymentWhatIfResourceError', message: 'The request to predict template deployment changes to subscription failed.', details: [{ code: 'ResourceNotFound', message: 'Key Vault kv-contoso was not found.' }] } },
};

const failures: [string, FailureCase][] = [
  ['401: the token is refused', { token: 'expired-token', expected: RemoteError, message: /^ARM did not accept the credential \(401 InvalidAuthenticationToken\): missing permission Microsoft\.Resources\/deployments\/whatIf\/action on scope \/subscriptions\/.*\/resourceGroups\/rg-ml\/providers\/Microsoft\.Resources\/deployments\/rg-template: The access token is invalid\./ }],
  ['403: names the missing action and scope', { script: [{ status: 403, body: armError('AuthorizationFailed', DENIED) }], expected: RemoteError, message: /^not authorised \(403 AuthorizationFailed\): missing permission Microsoft\.Resources\/deployments\/whatIf\/action on scope \/subscriptions\/[^ ]+\/resourcegroups\/rg-ml\/providers\/Microsoft\.Resources\/deployments\/rg-template: .*ask for a role/ }],
  ['400 InvalidTemplate: ARM message with line and column', { options: { input: fixture('whatif', 'invalid-resource.json'), parameters: undefined }, expected: RemoteError, message: /^ARM rejected the template \(400 InvalidTemplate\) at line 1, column 1 of the template as sent: Deployment template validation failed/ }],
  ['404 ResourceGroupNotFound', { options: { resourceGroup: 'rg-missing' }, expected: RemoteError, message: /^resource group 'rg-missing' does not exist in subscription .* \(404 ResourceGroupNotFound\); create it \(az group create --name rg-missing/ }],
  ['429 past the retry budget', { script: [throttled, throttled, throttled], expected: RemoteError, message: /^ARM kept throttling the what-if \(429 TooManyRequests\)/, requests: 3 }],
  ['429 asking to wait an hour fails at once', { script: [{ ...throttled, headers: { 'Retry-After': '3600' } }], expected: RemoteError, message: /^ARM at https:\/\/127\.0\.0\.1:\d+ throttled the what-if \(429\) and asks to wait 3600 s, longer than moat waits/, requests: 1 }],
  ['500 past the retry budget', { script: [serverError, serverError, serverError], expected: RemoteError, message: /^ARM failed \(500 InternalServerError\) and kept failing after retries: Encountered internal server error\. \(correlation ID/, requests: 3 }],
  ['200 with status Failed on the POST', { script: [failedBody], expected: RemoteError, message: /^what-if failed \(DeploymentWhatIfResourceError\): The request to predict .* \[ResourceNotFound: Key Vault kv-contoso was not found\.\]$/ }],
  ['200 with status Failed on a poll', { script: ['pass', failedBody], expected: RemoteError, message: /^what-if failed \(DeploymentWhatIfResourceError\)/, requests: 2 }],
  ['Failed through an Azure-AsyncOperation poll', { script: [{ status: 202, headers: { 'Azure-AsyncOperation': `/subscriptions/${SUBSCRIPTION}/operationstatuses/op-1?api-version=2025-03-01` } }, failedBody], expected: RemoteError, message: /^what-if failed \(DeploymentWhatIfResourceError\)/, requests: 2 }],
  ['a dropped connection, every time', { script: ['drop', 'drop', 'drop'], expected: RemoteError, message: /^could not reach ARM at https:\/\/127\.0\.0\.1:\d+: the connection was dropped \(ECONNRESET\)/, requests: 3 }],
  ['no answer before the request timeout', { script: ['hang'], expected: RemoteError, message: /^no answer from ARM at https:\/\/127\.0\.0\.1:\d+ before the request timed out/ }],
  ['a secure value echoed by ARM is hidden', { script: [{ status: 400, body: armError('InvalidTemplate', `Value '${SECRET}' is not valid.`) }], expected: RemoteError, message: /Value '\*\*\*\*\*\*' is not valid/ }],
];

const recoveries: [string, Scripted[], number][] = [
  ['429 with Retry-After, then success', [throttled], 3],
  ['500, then success', [serverError], 3],
  ['a dropped connection, then success', ['drop'], 3],
];

const test = suite<{ emulator?: ArmEmulator }>('whatif failures', {});
test.after.each(async (ctx) => {
  await ctx.emulator?.close();
  ctx.emulator = undefined;
});

for (const [name, c] of failures) {
  test(name, async (ctx) => {
    const emulator = (ctx.emulator = await startEmulator(c.emulator));
    emulator.enqueue(...(c.script ?? []));
    const client = { ...testClient(emulator, c.token), requestTimeoutMs: 300 };
    const error = await whatIf(rgOptions(emulator.url, c.options), client).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.instance(error, c.expected);
    const message = (error as Error).message;
    assert.match(message, c.message);
    assert.not.ok(message.includes(SECRET));
    assert.not.ok(message.includes(TOKEN));
    assert.not.match(message, /\n/);
    if (c.requests !== undefined) assert.is(emulator.requests.length, c.requests);
  });
}

for (const [name, script, requests] of recoveries) {
  test(`recovers: ${name}`, async (ctx) => {
    const emulator = (ctx.emulator = await startEmulator());
    emulator.enqueue(...script);
    const outcome = await whatIf(rgOptions(emulator.url), testClient(emulator));
    assert.match(outcome.output, /Resource changes: 2 to create, 1 to modify/);
    assert.is(emulator.requests.length, requests);
  });
}

test('Ctrl-C while polling stops with WhatIfCancelled', async (ctx) => {
  const emulator = (ctx.emulator = await startEmulator({ neverFinish: true }));
  const abort = new AbortController();
  const running = whatIf(rgOptions(emulator.url), { ...testClient(emulator), pollIntervalMs: 20 }, abort.signal);
  await emulator.waitForRequests(3);
  abort.abort();
  const error = await running.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.instance(error, WhatIfCancelled);
});

test('no credential: InputError that says how to log in', async (ctx) => {
  const emulator = (ctx.emulator = await startEmulator());
  const unavailable = Object.assign(new Error('Please run az login to set up an account.'), { name: 'CredentialUnavailableError' });
  const client = { ...testClient(emulator), credential: { getToken: () => Promise.reject(unavailable) } };
  const error = await whatIf(rgOptions(emulator.url), client).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.instance(error, InputError);
  assert.match((error as InputError).describe(), /^no Azure credential could get a token: Please run az login to set up an account\. \(hint: log in with `az login`/);
  assert.is(emulator.requests.length, 0);
});

test.run();
