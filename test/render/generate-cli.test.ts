import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI, ROOT } from '../support/paths.js';
import { scratchDir } from '../support/scratch.js';

const DEFAULT = 'examples/default.yaml';
const INVALID = 'test/fixtures/generate/invalid/service-cidr-overlap.yaml';

function moat(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function withOutDir(run: (out: string) => void): void {
  const out = scratchDir('generate');
  try {
    run(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const listed = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).sort();

test('generate writes the files, says which, and prints the commands to deploy', () => {
  withOutDir((out) => {
    const run = moat('generate', DEFAULT, '--out', out);
    assert.is(run.status, 0, run.stderr);
    assert.match(run.stdout, `wrote ${out}/main.bicep`);
    assert.match(run.stdout, `az deployment group create --resource-group <resource-group> --template-file ${out}/main.bicep --parameters ${out}/main.bicepparam`);
    assert.match(run.stdout, 'post-deploy.sh');
    assert.ok(existsSync(path.join(out, 'modules', 'network.bicep')));
    assert.not.ok(existsSync(path.join(out, 'azuredeploy.json')), 'the default target is bicep');
    assert.match(moat('generate', DEFAULT, '--out', out).stdout, 'files unchanged');
  });
});

const TARGET_CASES: [string, string, string[]][] = [
  ['bicep', 'main.bicep', ['azuredeploy.json']],
  ['arm', 'azuredeploy.parameters.json', ['main.bicep', 'modules']],
  ['both', 'azuredeploy.json', []],
];

for (const [target, present, absent] of TARGET_CASES) {
  test(`--target ${target} writes ${present} and not ${absent.join(', ') || 'less'}`, () => {
    withOutDir((out) => {
      const run = moat('generate', DEFAULT, '--out', out, '--target', target);
      assert.is(run.status, 0);
      const files = listed(out);
      assert.ok(files.includes(present), files.join(' '));
      for (const file of absent) assert.not.ok(files.includes(file), file);
      if (target === 'arm') assert.match(run.stdout, `--parameters @${out}/azuredeploy.parameters.json`);
    });
  });
}

const CHECK_CASES: [string, (out: string) => void, number, string][] = [
  ['clean', () => undefined, 0, 'up to date'],
  ['a hand edit', (out) => writeFileSync(path.join(out, 'modules', 'compute.bicep'), '// edited\n'), 1, 'drift: '],
  ['a deleted file', (out) => rmSync(path.join(out, 'main.bicepparam')), 1, 'main.bicepparam'],
];

for (const [name, change, status, output] of CHECK_CASES) {
  test(`--check after ${name}: exit ${status}, writes nothing`, () => {
    withOutDir((out) => {
      moat('generate', DEFAULT, '--out', out);
      change(out);
      const before = listed(out).map((f) => [f, existsSync(path.join(out, f)) && !f.endsWith('modules') ? readFileSync(path.join(out, f), 'utf8') : '']);
      const run = moat('generate', DEFAULT, '--out', out, '--check');
      assert.is(run.status, status, run.stdout + run.stderr);
      assert.match(run.stdout, output);
      assert.equal(listed(out).map((f) => [f, existsSync(path.join(out, f)) && !f.endsWith('modules') ? readFileSync(path.join(out, f), 'utf8') : '']), before);
    });
  });
}

test('modules a changed topology no longer needs are stale: --check lists them, generate removes them', () => {
  withOutDir((out) => {
    moat('generate', 'examples/private-cluster.yaml', '--out', out);
    const check = moat('generate', DEFAULT, '--out', out, '--check');
    assert.is(check.status, 1);
    assert.match(check.stdout, `stale: ${out}/modules/aks.bicep`);
    assert.match(moat('generate', DEFAULT, '--out', out).stdout, `removed ${out}/modules/aks.bicep`);
    assert.not.ok(existsSync(path.join(out, 'modules', 'aks.bicep')));
  });
});

test('a topology with errors: findings printed, exit 1, nothing written', () => {
  withOutDir((out) => {
    const run = moat('generate', INVALID, '--out', out);
    assert.is(run.status, 1);
    assert.match(run.stderr, new RegExp(`${INVALID.replace(/[.]/g, '\\.')}:\\d+:\\d+ error aks-service-cidr-overlap `));
    assert.match(run.stderr, 'not generating');
    assert.equal(listed(out), []);
  });
});

test('a file moat did not write is kept unless --force', () => {
  withOutDir((out) => {
    writeFileSync(path.join(out, 'main.bicep'), "param mine string = 'hand-written'\n");
    const refused = moat('generate', DEFAULT, '--out', out);
    assert.is(refused.status, 2);
    assert.match(refused.stderr, 'main.bicep');
    assert.match(refused.stderr, '--force');
    assert.equal(listed(out), ['main.bicep']);
    assert.is(moat('generate', DEFAULT, '--out', out, '--force').status, 0);
    assert.match(readFileSync(path.join(out, 'main.bicep'), 'utf8'), /^\/\/ Generated by moat /);
  });
});

test('a new workspace dependency apart from the workspace group: one line at its place, exit 2', () => {
  withOutDir((out) => {
    const run = moat('generate', 'test/fixtures/generate/invalid/storage-new-in-other-group.yaml', '--out', out);
    assert.is(run.status, 2);
    assert.match(run.stderr, /storage-new-in-other-group\.yaml:13:\d+: moat generate can't yet create the storage account in resource group rg-data/);
    assert.equal(listed(out), []);
  });
});

test('a topology that cannot be read: one line, exit 2', () => {
  withOutDir((out) => {
    const run = moat('generate', 'no/such/topology.yaml', '--out', out);
    assert.is(run.status, 2);
    assert.match(run.stderr, /^moat: .*no\/such\/topology\.yaml/);
    assert.is(run.stderr.trim().split('\n').length, 1);
  });
});

test.run();
