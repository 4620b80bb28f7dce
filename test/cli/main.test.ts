import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT } from '../support/paths.js';
import { scratchDir } from '../support/scratch.js';

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

const USAGE_CASES: [string, string[], number, RegExp][] = [
  ['no command', [], 2, /Name a command/],
  ['unknown command', ['frobnicate'], 2, /Unknown argument|Did you mean/],
  ['unknown option', ['validate', 'examples/default.yaml', '--colour'], 2, /Unknown argument/],
  ['bad choice', ['validate', 'examples/default.yaml', '--format', 'xml'], 2, /Invalid values/],
];
for (const [name, args, code, message] of USAGE_CASES) {
  test(`usage: ${name} -> exit ${code}, one line, no stack`, () => {
    const result = run(...args);
    assert.is(result.status, code);
    assert.match(result.stderr, message);
    assert.not.match(result.stderr, /\n\s+at /);
  });
}

test('--version prints the package version', () => {
  const result = run('--version');
  assert.is(result.status, 0);
  assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
});

test("the CLI these tests run is the one package.json's bin installs, and it is executable", () => {
  const { bin } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: { moat: string } };
  assert.is(path.resolve(ROOT, bin.moat), CLI);
  assert.ok(statSync(CLI).mode & 0o111);
  assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

/** A template whose graph prints far more than a pipe buffers, so the writer meets the closed pipe. */
function largeTemplate(): string {
  const file = path.join(scratchDir('pipe'), 'big.json');
  const resource = {
    type: 'Microsoft.Network/privateDnsZones',
    apiVersion: '2024-06-01',
    name: "[format('zone{0}.example.com', copyIndex())]",
    location: 'global',
    copy: { name: 'zones', count: 800 },
  };
  const template = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [resource] };
  writeFileSync(file, JSON.stringify(template));
  return file;
}

test('a reader that closes the pipe early is not an error', async () => {
  const child = spawn(process.execPath, [CLI, 'graph', largeTemplate()], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.is(stderr, '');
  assert.is(code, 0);
});

test.run();
