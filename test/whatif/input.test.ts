/** Input problems are InputErrors (exit 2) found before any network call. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CLOUDS, type CloudName } from '../../src/azure/clouds.js';
import { InputError } from '../../src/errors.js';
import { armTarget, type ArmTarget } from '../../src/whatif/arm-client.js';
import { deploymentNameFrom, loadDeploymentInput } from '../../src/whatif/input.js';
import { redact } from '../../src/whatif/redact.js';
import { whatIf } from '../../src/whatif/run.js';
import { parseChangeTypes } from '../../src/whatif/view.js';
import { fixture } from '../support/paths.js';
import { rgOptions } from './setup.js';
import { scratchDir } from '../support/scratch.js';

const test = suite('whatif input');
const dir = scratchDir('whatif-input');
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
/** These fail before any request: nothing listens here. */
const UNUSED_ENDPOINT = 'https://127.0.0.1:9';
const RG_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const failures: [string, () => Promise<unknown>, RegExp][] = [
  ['a missing file', () => loadDeploymentInput(path.join(dir, 'nope.json')), /nope\.json: file not found$/],
  ['broken JSON, with line and column', () => loadDeploymentInput(write('broken.json', `{\n  "$schema": "${RG_SCHEMA}",\n  "resources": [ }\n}`)), /broken\.json:3:18: invalid JSON: ValueExpected/],
  ['a parameters file passed as the template', () => loadDeploymentInput(fixture('whatif', 'rg-template.parameters.json')), /not an ARM template .*hint: pass an ARM template/],
  ['a management-group template', () => loadDeploymentInput(write('mg.json', JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#', resources: [] }))), /resource-group and subscription deployments/],
  ['a parameter without a value', () => loadDeploymentInput(fixture('whatif', 'rg-template.json')), /parameters without a value: storageName, secretValue \(hint: give them values/],
  ['a parameters file without "parameters"', () => loadDeploymentInput(fixture('whatif', 'rg-template.json'), write('p.json', '{"storageName": "x"}')), /p\.json: not an ARM parameters file/],
  ['a .bicepparam file', () => loadDeploymentInput(fixture('whatif', 'rg-template.json'), write('main.bicepparam', "using 'main.bicep'")), /\.bicepparam files are not read/],
  ['a topology with error findings is not previewed', () => loadDeploymentInput(write('topology.yaml', 'version: 1\nname: contoso\n')), /topology\.yaml:1:1: topology-schema: .*\(hint: moat validate lists every finding/],
  ['a subscription id that is not a GUID', () => whatIf({ ...rgOptions(UNUSED_ENDPOINT), subscription: 'my-sub' }), /--subscription 'my-sub' is not a subscription ID/],
  ['subscription scope with --mode Complete', () => whatIf({ ...rgOptions(UNUSED_ENDPOINT), input: fixture('whatif', 'sub-template.json'), parameters: undefined, resourceGroup: undefined, mode: 'Complete' }), /no Complete mode at subscription scope/],
  ['resource-group template without --resource-group', () => whatIf({ ...rgOptions(UNUSED_ENDPOINT), resourceGroup: undefined }), /--resource-group is required/],
];

for (const [name, run, message] of failures) {
  test(name, async () => {
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.instance(error, InputError);
    assert.match((error as InputError).describe(), message);
  });
}

test('a template with a multi-line string (az deployment takes one) is read, the line break kept', async () => {
  const text = `{\n  "$schema": "${RG_SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "resources": [],\n  "outputs": { "o": { "type": "string", "value": "[concat('a',\n 'b')]" } }\n}`;
  const input = await loadDeploymentInput(write('multi-line.json', text));
  assert.is((input.template.outputs as Record<string, { value: string }>).o.value, "[concat('a',\n 'b')]");
});

test('a .bicep file without bicep on PATH says how to proceed', async () => {
  const saved = process.env.PATH;
  process.env.PATH = dir;
  try {
    const error = await loadDeploymentInput(write('main.bicep', "param location string = 'eastus2'\n")).catch((e: unknown) => e);
    assert.instance(error, InputError);
    assert.match((error as InputError).describe(), /main\.bicep: cannot compile Bicep: no `bicep` on PATH \(hint: install the Bicep CLI/);
  } finally {
    process.env.PATH = saved;
  }
});

test('a .bicep file compiles with the bicep on PATH', async () => {
  const bin = scratchDir('fake-bicep');
  const compiled = JSON.stringify({ $schema: RG_SCHEMA, resources: [] });
  writeFileSync(path.join(bin, 'bicep'), `#!/bin/sh\n[ "$1 $2" = "build --stdout" ] || exit 9\nprintf '%s' '${compiled}'\n`, { mode: 0o755 });
  const saved = process.env.PATH;
  process.env.PATH = `${bin}:${saved}`;
  try {
    const input = await loadDeploymentInput(write('net.bicep', '// compiled by the stand-in\n'));
    assert.is(input.kind, 'bicep');
    assert.is(input.targetScope, 'resourceGroup');
    assert.is(input.defaultName, 'net');
  } finally {
    process.env.PATH = saved;
  }
});

test('secure values come from the parameters file; the location default is read', async () => {
  const input = await loadDeploymentInput(fixture('whatif', 'rg-template.json'), fixture('whatif', 'rg-template.parameters.json'));
  assert.equal(input.secureValues, ['Sup3r-S3cret-Value!']);
  assert.is(input.targetScope, 'resourceGroup');
  assert.is(input.location, undefined, 'an expression default is not a location');
  const sub = await loadDeploymentInput(fixture('whatif', 'sub-template.json'));
  assert.is(sub.targetScope, 'subscription');
  assert.is(sub.location, 'eastus2');
});

const names: [string, string][] = [
  ['/x/azuredeploy.json', 'azuredeploy'],
  ['/x/my template.v2.json', 'my-template.v2'],
  [`/x/${'a'.repeat(80)}.json`, 'a'.repeat(64)],
];
for (const [file, name] of names) test(`deployment name from ${path.basename(file).slice(0, 20)}`, () => assert.is(deploymentNameFrom(file), name));

const targets: [string, CloudName, string | undefined, ArmTarget][] = [
  ['public cloud', 'AzureCloud', undefined, { endpoint: 'https://management.azure.com', authorityHost: 'https://login.microsoftonline.com/', tokenScope: 'https://management.azure.com/.default' }],
  ['US Government', 'AzureUSGovernment', undefined, { endpoint: 'https://management.usgovcloudapi.net', authorityHost: 'https://login.microsoftonline.us/', tokenScope: 'https://management.usgovcloudapi.net/.default' }],
  ['China', 'AzureChinaCloud', undefined, { endpoint: 'https://management.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn/', tokenScope: 'https://management.chinacloudapi.cn/.default' }],
  ['--arm-endpoint replaces the endpoint only', 'AzureChinaCloud', 'https://arm.example.test/', { endpoint: 'https://arm.example.test', authorityHost: 'https://login.chinacloudapi.cn/', tokenScope: 'https://management.chinacloudapi.cn/.default' }],
];
for (const [name, cloud, override, expected] of targets) test(`--cloud: ${name}`, () => assert.equal(armTarget(CLOUDS[cloud], override), expected));

const redactions: [string, string, string[], string][] = [
  ['plain', 'password is hunter2!', ['hunter2!'], 'password is ******'],
  ['JSON-escaped', '{"v":"a\\"b"}', ['a"b'], '{"v":"******"}'],
  ['longest first', 'abc-abcdef', ['abc', 'abcdef'], '******-******'],
  ['nothing to hide', 'text', [], 'text'],
];
for (const [name, text, secrets, expected] of redactions) test(`redact: ${name}`, () => assert.is(redact(text, secrets), expected));

const changeTypes: [string, string[] | undefined, string[]][] = [
  ['commas, any case', ['ignore,NOCHANGE'], ['Ignore', 'NoChange']],
  ['repeated flag and spaces', ['Create', 'Delete Modify'], ['Create', 'Delete', 'Modify']],
  ['absent', undefined, []],
];
for (const [name, list, expected] of changeTypes) test(`--exclude-change-types: ${name}`, () => assert.equal(parseChangeTypes(list), expected));

test.run();
