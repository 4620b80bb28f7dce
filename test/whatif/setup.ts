/** Shared set-up of the what-if tests: the emulator with the fixture, a fake credential, short delays. */
import { readFileSync } from 'node:fs';
import type { ArmClientOptions } from '../../src/whatif/arm-client.js';
import type { WhatIfOptions } from '../../src/whatif/run.js';
import { ArmEmulator, type EmulatorOptions } from '../support/arm-emulator.js';
import type { ExistingResource } from '../support/arm-emulator-changes.js';
import { fixture } from '../support/paths.js';

// The SDK would send through an HTTPS_PROXY from the environment; the emulator is on loopback and stays there.
process.env.NO_PROXY = [process.env.NO_PROXY, '127.0.0.1'].filter(Boolean).join(',');

export const SUBSCRIPTION = '00000000-0000-0000-0000-00000000cafe';
export const TOKEN = 'moat-test-token-6f1d2c';
export const SECRET = 'Sup3r-S3cret-Value!';

export const existingResources = (): ExistingResource[] =>
  JSON.parse(readFileSync(fixture('whatif', 'existing.json'), 'utf8')) as ExistingResource[];

export function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<ArmEmulator> {
  return ArmEmulator.start({ existing: existingResources(), token: TOKEN, retryAfter: 0, ...options });
}

/** In-process client settings: trust the emulator, a fake TokenCredential, fast polls and retries. */
export function testClient(emulator: ArmEmulator, token = TOKEN): Omit<Partial<ArmClientOptions>, 'target'> {
  return {
    credential: { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) },
    trustedCa: emulator.ca,
    pollIntervalMs: 5,
    retry: { maxRetries: 2, retryDelayInMs: 5, maxRetryDelayInMs: 10 },
    requestTimeoutMs: 2000,
  };
}

/** Options for the resource-group fixture, against the ARM at `armEndpoint`. */
export function rgOptions(armEndpoint: string, overrides: Partial<WhatIfOptions> = {}): WhatIfOptions {
  return {
    input: fixture('whatif', 'rg-template.json'),
    parameters: fixture('whatif', 'rg-template.parameters.json'),
    subscription: SUBSCRIPTION,
    resourceGroup: 'rg-ml',
    mode: 'Incremental',
    cloud: 'AzureCloud',
    armEndpoint,
    format: 'text',
    exclude: [],
    showNoise: false,
    detailedExitCode: false,
    color: false,
    ...overrides,
  };
}
