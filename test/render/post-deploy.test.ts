/**
 * post-deploy.sh runs: with a stand-in `az` on PATH that records its
 * arguments, each golden script (and one with hostile names) makes the calls
 * the guidance describes, with every name arriving as exactly one argument.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Graph } from '../../src/graph/types.js';
import { NETWORK_CONTRIBUTOR_POST_DEPLOY, NSG_ASSOCIATION_POST_DEPLOY } from '../../src/plan/index.js';
import { renderPostDeploy } from '../../src/render/post-deploy.js';
import { GOLDEN_DIR } from '../support/golden.js';
import { CASES } from './cases.js';
import { scratchDir } from '../support/scratch.js';

const PRINCIPAL = '99999999-8888-7777-6666-555555555555';
const ROLE = '4d97b98b-1d4f-4787-a291-c67834d212e7';

/** A stand-in for the Azure CLI: logs each call's arguments as a JSON line and answers the queries the script makes. */
const AZ_STUB = `#!${process.execPath}
const args = process.argv.slice(2);
require('node:fs').appendFileSync(process.env.AZ_LOG, JSON.stringify(args) + '\\n');
const value = (flag) => args[args.indexOf(flag) + 1];
const call = args.slice(0, 2).join(' ');
if (call === 'cloud show') console.log(process.env.AZ_CLOUD);
else if (call === 'resource show') console.log('/subscriptions/s/resourceGroups/rg-aml-made/providers/Microsoft.ContainerService/managedClusters/aks-made');
else if (call === 'aks show') console.log('${PRINCIPAL}');
else if (call === 'group show') console.log('/subscriptions/s/resourceGroups/' + value('--name'));
else if (call === 'network nsg') console.log('/nsg/' + value('--name'));
`;

function runScript(script: string, resourceGroup: string, cloud = 'AzureCloud'): { status: number | null; stderr: string; calls: string[][] } {
  const dir = scratchDir('post-deploy');
  try {
    writeFileSync(path.join(dir, 'az'), AZ_STUB);
    chmodSync(path.join(dir, 'az'), 0o755);
    const scriptFile = path.join(dir, 'post-deploy.sh');
    writeFileSync(scriptFile, script);
    const log = path.join(dir, 'calls.jsonl');
    const result = spawnSync('bash', [scriptFile, resourceGroup], {
      encoding: 'utf8',
      env: { PATH: `${dir}:${process.env.PATH ?? ''}`, AZ_LOG: log, AZ_CLOUD: cloud },
    });
    const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as string[]) : [];
    return { status: result.status, stderr: result.stderr, calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const flag = (call: string[], name: string): string | undefined => call[call.indexOf(name) + 1];
const grants = (calls: string[][]): string[][] => calls.filter((c) => c.slice(0, 3).join(' ') === 'role assignment create');

const withScript = CASES.filter((c) => existsSync(path.join(GOLDEN_DIR, c.name, 'post-deploy.sh')));

test('some goldens have a post-deploy.sh', () => assert.ok(withScript.length > 0));

for (const testCase of withScript) {
  test(`golden ${testCase.name}/post-deploy.sh grants Network Contributor to the cluster identity on the VNet's group`, () => {
    const script = readFileSync(path.join(GOLDEN_DIR, testCase.name, 'post-deploy.sh'), 'utf8');
    const cloud = /^cloud='([^']*)'$/m.exec(script)?.[1] ?? 'AzureCloud';
    const run = runScript(script, 'rg-deployed', cloud);
    assert.is(run.status, 0, run.stderr);
    for (const grant of grants(run.calls)) {
      assert.is(flag(grant, '--assignee-object-id'), PRINCIPAL);
      assert.is(flag(grant, '--role'), ROLE);
      assert.match(flag(grant, '--scope') ?? '', /^\/subscriptions\/s\/resourceGroups\/[^/]+$/);
    }
    assert.ok(grants(run.calls).length > 0 || run.calls.some((c) => c.slice(0, 4).join(' ') === 'network vnet subnet update'));
  });
}

test('post-deploy.sh refuses to run signed in to another cloud', () => {
  const script = readFileSync(path.join(GOLDEN_DIR, withScript[0]!.name, 'post-deploy.sh'), 'utf8');
  const run = runScript(script, 'rg-deployed', 'AzureChinaCloud');
  assert.is(run.status, 1);
  assert.match(run.stderr, 'az cloud set --name');
  assert.equal(grants(run.calls), []);
});

const HOSTILE = `rg'; touch /tmp/moat-pwned; echo '$(id) \`id\` "x"`;

function graphWithNotes(data: Record<string, string>[]): Graph {
  const source = { file: 't.yaml', line: 1, column: 1 };
  return {
    resources: [],
    files: [],
    templates: [],
    notes: [
      { ruleId: NETWORK_CONTRIBUTOR_POST_DEPLOY, message: '', source, data: data[0] },
      { ruleId: NSG_ASSOCIATION_POST_DEPLOY, message: '', source, data: data[1] },
    ],
  };
}

test('names reach az as exactly the arguments they are, whatever they hold', () => {
  const script = renderPostDeploy(
    graphWithNotes([
      { vnetResourceGroup: HOSTILE, workspaceName: HOSTILE, workspaceResourceGroup: '', computeName: HOSTILE, roleDefinitionId: ROLE },
      { vnetName: HOSTILE, vnetResourceGroup: HOSTILE, subnetName: HOSTILE, nsgName: HOSTILE, nsgResourceGroup: '' },
    ]),
    'AzureCloud',
    { version: '0.0.0', topologyFile: 't.yaml' },
  )!;
  const run = runScript(script, 'rg-deployed');
  assert.is(run.status, 0, run.stderr);
  const byCall = (prefix: string): string[] => run.calls.find((c) => c.join(' ').startsWith(prefix))!;
  const computeLookup = byCall('resource show');
  assert.is(flag(computeLookup, '--resource-group'), 'rg-deployed', 'an empty group is the deployment group');
  assert.is(flag(computeLookup, '--name'), HOSTILE);
  assert.is(flag(computeLookup, '--parent'), `workspaces/${HOSTILE}`);
  assert.is(flag(byCall('group show'), '--name'), HOSTILE);
  assert.is(flag(byCall('network nsg show'), '--resource-group'), 'rg-deployed');
  const update = byCall('network vnet subnet update');
  assert.is(flag(update, '--vnet-name'), HOSTILE);
  assert.is(flag(update, '--name'), HOSTILE);
  assert.not.ok(existsSync('/tmp/moat-pwned'));
});

test('no note, no script', () => {
  assert.is(renderPostDeploy({ resources: [], files: [], templates: [], notes: [] }, 'AzureCloud', { version: '0', topologyFile: 't' }), undefined);
});

test.run();
