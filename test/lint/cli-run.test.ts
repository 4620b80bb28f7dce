/** `moat lint` in process (lintPaths): which files, which units, which findings. */
import { parse as parseJsonc } from '../../src/jsonc.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { lintPaths } from '../../src/lint/run.js';
import type { LintConfig } from '../../src/lint/config.js';
import type { Finding } from '../../src/lint/types.js';
import { fixture } from '../support/paths.js';
import { armTemplate, writeTree } from './tree.js';

const PROJECT = fixture('lint', 'project');
const line = (f: Finding): string => `${f.file.split(path.sep).join('/')}:${f.line}:${f.column} ${f.level} ${f.ruleId}`;
const NO_CONFIG: LintConfig = { levels: {} };

const OVERLAP = 'overlap.json:15:64 error subnet-overlap';
const BICEP = 'main.bicep:2:7 warning no-unused-params';
const CHILD_OVERLAP = 'linked/child.json:18:64 error subnet-overlap';
const CHILD_UNUSED = 'linked/child.json:6:5 warning no-unused-params';

const CASES: [string, string[], LintConfig, string[], number][] = [
  [
    'the project folder: parse error, Bicep, a linked module linted with its parent, .gitignore and non-templates skipped, a suppression honoured',
    ['.'],
    NO_CONFIG,
    ['broken.json:5:51 error parse-error', CHILD_UNUSED, CHILD_OVERLAP, BICEP, OVERLAP],
    7,
  ],
  ['a template named alone gets the parameters file beside it', ['paired.json'], NO_CONFIG, [], 2],
  ['a parameters file named alone brings its template', ['paired.parameters.json'], NO_CONFIG, [], 2],
  ['a module named without its parent is linted whole', ['linked/child.json'], NO_CONFIG, [CHILD_UNUSED, CHILD_OVERLAP], 1],
  ['the parent alone brings its module resources, not the module facts', ['linked/parent.json'], NO_CONFIG, [CHILD_OVERLAP], 1],
  ['JSON that is not a template is skipped even when named', ['settings.json'], NO_CONFIG, [], 0],
  ['configured levels: changed and off', ['overlap.json', 'linked'], { levels: { 'subnet-overlap': 'info', 'no-unused-params': 'off' } }, [
    'linked/child.json:18:64 info subnet-overlap',
    'overlap.json:15:64 info subnet-overlap',
  ], 3],
  ['configured ignores', ['.'], { levels: {}, ignore: { base: PROJECT, matcher: ignore().add(['*.bicep', 'broken.json', 'linked/']) } }, [OVERLAP], 3],
];

for (const [name, paths, config, expected, files] of CASES) {
  test(name, async () => {
    const result = await lintPaths(paths, { cwd: PROJECT, config });
    assert.equal(result.findings.map(line), expected);
    assert.is(result.files, files);
    assert.is(result.unparsable, expected.some((e) => e.includes('parse-error')));
  });
}

test('without its parameters file, the default prefix overlaps', async () => {
  const root = writeTree({ 'paired.json': readFileSync(path.join(PROJECT, 'paired.json'), 'utf8') });
  const result = await lintPaths(['.'], { cwd: root, config: NO_CONFIG });
  assert.equal(result.findings.map(line), ['paired.json:18:64 error subnet-overlap']);
});

test('a byte-order mark and CRLF line ends (Windows editors) change nothing', async () => {
  const text = '\ufeff' + readFileSync(path.join(PROJECT, 'overlap.json'), 'utf8').replace(/\n/g, '\r\n');
  const root = writeTree({ 'overlap.json': text });
  const result = await lintPaths(['.'], { cwd: root, config: NO_CONFIG });
  assert.equal(result.findings.map(line), [OVERLAP]);
});

test('JSON nested deeper than the parser can follow: a parse-error, with or without $schema, and the other files still linted', async () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const root = writeTree({
    'no-schema.json': `{"resources": ${deep}}`,
    'schema.json': `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "x": ${deep}}`,
    'overlap.json': readFileSync(path.join(PROJECT, 'overlap.json'), 'utf8'),
  });
  const result = await lintPaths(['.'], { cwd: root, config: NO_CONFIG });
  assert.equal(result.findings.map(line), ['no-schema.json:1:1 error parse-error', OVERLAP, 'schema.json:1:1 error parse-error']);
});

test('large JSON files: told apart by a $schema at their start, or later in the file, or by their shape', async () => {
  const overlap = parseJsonc(readFileSync(path.join(PROJECT, 'overlap.json'), 'utf8')) as Record<string, unknown>;
  const padding = { notes: 'x'.repeat(6000) };
  const { $schema, ...rest } = overlap;
  const root = writeTree({
    'schema-first.json': JSON.stringify({ $schema, metadata: padding, ...rest }, null, 2),
    'schema-late.json': JSON.stringify({ metadata: padding, $schema, ...rest }, null, 2),
    'no-schema.json': JSON.stringify({ metadata: padding, ...rest }, null, 2),
    'other.json': JSON.stringify({ $schema: 'https://json.schemastore.org/package.json', padding, resources: [] }, null, 2),
  });
  const result = await lintPaths(['.'], { cwd: root, config: NO_CONFIG });
  assert.equal([...new Set(result.findings.map((f) => f.file))], ['no-schema.json', 'schema-first.json', 'schema-late.json']);
});

test('multi-line strings (as az deployment and Azure PowerShell accept them): linted, findings on their lines, suppressions after them honoured', async () => {
  const text = readFileSync(path.join(PROJECT, 'overlap.json'), 'utf8')
    .replace('"location": "[resourceGroup().location]"', '"location": "[\n        resourceGroup().location]"')
    .replace('"addressPrefix": "10.1.0.0/25"', '"addressPrefix": "[concat(\n            \'10.1.0.0\',\n            \'/25\')]"');
  const root = writeTree({ 'multi-line.json': text });
  const result = await lintPaths(['.'], { cwd: root, config: NO_CONFIG });
  // one line further down than in overlap.json: the break in `location` comes first
  assert.equal(result.findings.map(line), ['multi-line.json:16:64 error subnet-overlap']);
});

/** A parent linking child.json with `properties`; the child's subnets overlap only when its nullable parameter is null. */
function linkedPair(properties: string): Record<string, string> {
  const link = `{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "net", "properties": {"mode": "Incremental", "templateLink": {"relativePath": "child.json"}${properties}}}`;
  const subnets = `[{"name": "a", "properties": {"addressPrefix": "[if(equals(parameters('p'), null()), '10.0.0.0/24', '10.0.9.0/24')]"}}, {"name": "b", "properties": {"addressPrefix": "10.0.0.0/25"}}]`;
  const vnet = `{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "v", "location": "[resourceGroup().location]", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}, "subnets": ${subnets}}}`;
  return {
    'parent.json': armTemplate(`[${link}]`),
    'child.json': armTemplate(`[${vnet}]`, '\n  "parameters": {"p": {"type": "string", "nullable": true}},'),
  };
}

const LINKED_LEFT_OUT: [name: string, properties: string, expected: string[]][] = [
  ['a linked template\'s nullable parameter the link leaves out is null', ', "parameters": {}', ['child.json:5:392 error subnet-overlap']],
  ['one a parametersLink may give is unknown', ', "parametersLink": {"uri": "https://example.invalid/p.json"}', []],
];

for (const [name, properties, expected] of LINKED_LEFT_OUT) {
  test(name, async () => {
    const root = writeTree(linkedPair(properties));
    const result = await lintPaths(['.'], { cwd: root, config: NO_CONFIG });
    assert.equal(result.findings.map(line), expected);
  });
}

const POLICY_SCHEMA_CASES: [name: string, text: string, isTemplate: boolean][] = [
  ['a policy definition whose only $schema is its embedded template\'s', policyDefinition(''), false],
  ['the same, longer than the 4 KB head read first', policyDefinition('x'.repeat(6000)), false],
  ['a template whose first $schema is nested, its own later', `{"metadata": {"$schema": "x"}, ${armTemplate().slice(1)}`, true],
  ['a template whose first "$schema" is in a comment', `// "$schema": "https://json.schemastore.org/package.json"\n${armTemplate()}`, true],
];

for (const [name, text, isTemplate] of POLICY_SCHEMA_CASES) {
  test(`told apart by the top-level $schema: ${name}`, async () => {
    const root = writeTree({ 'file.json': text });
    const result = await lintPaths(['.'], { cwd: root, config: NO_CONFIG });
    assert.is(result.files, isTemplate ? 1 : 0);
  });
}

/** A policy definition (as Enterprise-Scale keeps them) that deploys a template: JSON with a template inside, not one. */
function policyDefinition(padding: string): string {
  const template = JSON.parse(armTemplate()) as Record<string, unknown>;
  const deployment = { properties: { mode: 'incremental', template } };
  return JSON.stringify(
    { name: 'p', type: 'Microsoft.Authorization/policyDefinitions', properties: { policyRule: { then: { details: { deployment } } }, description: padding } },
    null,
    2,
  );
}

const BICEP_TREE = writeTree({
  'net.bicep': `param second string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-b'
  location: resourceGroup().location
  properties: {
    addressSpace: { addressPrefixes: ['10.5.0.0/16'] }
    subnets: [
      { name: 'a', properties: { addressPrefix: '10.5.0.0/24' } }
      { name: 'b', properties: { addressPrefix: second } }
    ]
  }
}
`,
  'main.bicep': `param second string = '10.5.1.0/24'

module net './net.bicep' = {
  name: 'net'
  params: { second: second }
}
`,
  'main.bicepparam': "using 'main.bicep'\n\nparam second = '10.5.0.0/24'\n",
});
const BICEP_OVERLAP = 'net.bicep:10:49 error subnet-overlap';

const BICEP_CASES: [string, string[], string[]][] = [
  ['Bicep: the .bicepparam value reaches the module, which is linted once, with its caller', ['.'], [BICEP_OVERLAP]],
  ['Bicep: a named .bicep gets the .bicepparam beside it', ['main.bicep'], [BICEP_OVERLAP]],
  ['Bicep: a named .bicepparam brings the template it uses', ['main.bicepparam'], [BICEP_OVERLAP]],
  ['Bicep: a module alone has unknown parameters, so no finding', ['net.bicep'], []],
];

for (const [name, paths, expected] of BICEP_CASES) {
  test(name, async () => {
    const result = await lintPaths(paths, { cwd: BICEP_TREE, config: NO_CONFIG });
    assert.equal(result.findings.map(line), expected);
  });
}

test('a resource with metadata.moat.suppress is silent for those rules only', async () => {
  const vnet = (suppress: string[]): string => `{
    "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet-${suppress.length}",
    "location": "[resourceGroup().location]", "metadata": { "moat": { "suppress": ${JSON.stringify(suppress)} } },
    "properties": { "addressSpace": { "addressPrefixes": ["10.9.0.0/16"] }, "subnets": [
      { "name": "a", "properties": { "addressPrefix": "10.9.0.0/24" } }, { "name": "b", "properties": { "addressPrefix": "10.9.0.0/24" } } ] } }`;
  const root = writeTree({ 'main.json': armTemplate(`[${vnet(['subnet-overlap'])}, ${vnet(['no-unused-params'])}]`) });
  const result = await lintPaths(['main.json'], { cwd: root, config: NO_CONFIG });
  assert.equal(result.findings.map((f) => `${f.ruleId} ${f.resource}`), ['subnet-overlap Microsoft.Network/virtualNetworks/vnet-1']);
});

test('worker threads give the same findings, in the same order, as one thread', async () => {
  const tree: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    const prefix = `10.${i}.0.0/24`;
    const subnets = `[{ "name": "a", "properties": { "addressPrefix": "${prefix}" } }, { "name": "b", "properties": { "addressPrefix": "${i % 3 === 0 ? prefix : `10.${i}.1.0/24`}" } }]`;
    tree[`t${i % 5}/main-${i}.json`] = armTemplate(`[{ "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "v${i}",
      "location": "${i % 2 === 0 ? 'eastus' : '[resourceGroup().location]'}", "properties": { "addressSpace": { "addressPrefixes": ["10.${i}.0.0/16"] }, "subnets": ${subnets} } }]`);
  }
  tree['broken.json'] = '{ "$schema": "deploymentTemplate.json", ';
  const root = writeTree(tree);
  const single = await lintPaths(['.'], { cwd: root, config: NO_CONFIG, workers: 0 });
  const pooled = await lintPaths(['.'], { cwd: root, config: NO_CONFIG, workers: 2 });
  assert.ok(single.findings.length > 10, `only ${single.findings.length} findings`);
  assert.equal(pooled, single);
});

test.run();
