/**
 * Running the moat CLI as a child process, as a user would: trusting the
 * emulator through NODE_EXTRA_CA_CERTS, DefaultAzureCredential narrowed by
 * AZURE_TOKEN_CREDENTIALS=AzureCliCredential to a stand-in `az` on PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ArmEmulator } from '../support/arm-emulator.js';
import { TOKEN } from './setup.js';
import { scratchDir } from '../support/scratch.js';

export interface FakeAz {
  dir: string;
  /** Every `az` command line the credential ran. */
  calls(): string[];
}

/** A stand-in `az` that answers `az account get-access-token` with TOKEN, or fails as a logged-out az does. */
export function fakeAz(mode: 'logged-in' | 'logged-out'): FakeAz {
  const dir = scratchDir('fake-az');
  const log = path.join(dir, 'calls.log');
  const answer =
    mode === 'logged-in'
      ? `printf '%s' '{"accessToken":"${TOKEN}","expiresOn":"2099-01-01 00:00:00.000000","expires_on":4070908800,"subscription":"sub","tenant":"tenant","tokenType":"Bearer"}'`
      : `echo "ERROR: Please run 'az login' to setup account." >&2; exit 1`;
  writeFileSync(path.join(dir, 'az'), `#!/bin/sh\necho "$*" >> '${log}'\n${answer}\n`);
  chmodSync(path.join(dir, 'az'), 0o755);
  return { dir, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

/**
 * Only what the child needs. Managed identity, were it ever tried, is pointed
 * at the emulator (App Service variables) so it could never leave loopback,
 * and the test sees it in the emulator's requests.
 */
export function cliEnv(emulator: ArmEmulator, az: FakeAz): NodeJS.ProcessEnv {
  return {
    PATH: [az.dir, path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter),
    HOME: az.dir,
    AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential',
    NODE_EXTRA_CA_CERTS: emulator.caFile,
    IDENTITY_ENDPOINT: `${emulator.url}/managed-identity`,
    IDENTITY_HEADER: 'never-used',
    NO_PROXY: '127.0.0.1',
  };
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(cli: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [cli, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}
