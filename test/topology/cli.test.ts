import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { examplePath } from '../../src/topology/examples.js';
import { parseTopology } from '../../src/topology/load.js';
import { CLI } from '../support/paths.js';
import { scratchDir } from '../support/scratch.js';

const scratch = scratchDir('topology-cli');
const write = (name: string, content: string | Buffer): string => {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
};

const moat = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

// [name, file, exit code, stderr pattern]: bad input is one line on stderr, never a trace
const CASES: [string, () => string, number, RegExp][] = [
  ['missing path', () => path.join(scratch, 'missing.yaml'), 2, /^moat: .*missing\.yaml: no such file \(hint: .*\)\n$/],
  ['binary file', () => write('bin.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01])), 2, /^moat: .*bin\.yaml:1:5: binary file/],
  ['YAML syntax', () => write('syntax.yaml', 'version: 1\nname: "contoso\n'), 2, /^moat: .*syntax\.yaml:\d+:\d+: YAML: /],
  ['a directory', () => scratch, 2, /^moat: .*: is a directory, not a topology file/],
];

for (const [name, file, code, stderr] of CASES) {
  test(`moat validate, ${name}: exit ${code} with one line`, () => {
    const result = moat('validate', file());
    assert.is(result.status, code);
    assert.match(result.stderr, stderr);
    assert.is(result.stderr.trim().split('\n').length, 1);
    assert.not.match(result.stderr, /\n\s+at /);
  });
}

test('moat validate: a schema violation is a finding at file:line:col, exit 1', () => {
  const file = write('typo.yaml', 'version: 1\nname: contoso\nlocation: eastus2\nnetwork:\n  vnet: { addressPrefixes: [10.0.0.0/16] }\n  subnets: [{ purpose: aks, addressPrefix: 10.0.0.0/22 }]\nakss: {}\n');
  const result = moat('validate', file);
  assert.is(result.status, 1);
  assert.match(result.stdout, `${file}:7:1 error topology-schema unknown key 'akss' at the top level (did you mean 'aks'?)`);
});

test('moat validate --print: the effective topology, which loads back the same', () => {
  const result = moat('validate', examplePath('existing-vnet'), '--print');
  assert.is(result.status, 0);
  const printed = parseTopology(result.stdout, 'printed.yaml');
  assert.equal(printed.findings, []);
  assert.is(printed.topology!.network.vnet.resourceGroup, 'rg-network');
  assert.is(printed.topology!.workspace.storage.name, 'stfabrikam');
});

test.run();
