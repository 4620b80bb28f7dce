/**
 * `moat lint` on Bicep: a .bicepparam applies to its `using` target, a module
 * called by another linted file is linted with it (and alone only for its
 * template facts), and `#disable-next-line` / `#disable-diagnostics` ...
 * `#restore-diagnostics` silence findings in the entry file and in modules.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readGraph } from '../../src/lint/read-graph.js';
import { lintPaths } from '../../src/lint/run.js';
import { fixture } from '../support/paths.js';
import { scratchDir } from '../support/scratch.js';

const PROJECT = fixture('bicep-eval', 'lint');
const NO_CONFIG = { levels: {} };

const URL_OUTSIDE_PRAGMAS = 'main.bicep:18 warning no-hardcoded-env-urls';
const UNUSED_IN_MODULE = 'modules/network.bicep:3 warning no-unused-params';
const SUBNET_FROM_BICEPPARAM = 'modules/network.bicep:42 error subnet-outside-vnet';

const CASES: [name: string, paths: string[], expected: string[]][] = [
  ['the folder: .bicepparam values, module facts alone, pragmas honoured', ['.'], [URL_OUTSIDE_PRAGMAS, UNUSED_IN_MODULE, SUBNET_FROM_BICEPPARAM]],
  ['main.bicep named alone takes main.bicepparam beside it', ['main.bicep'], [URL_OUTSIDE_PRAGMAS, SUBNET_FROM_BICEPPARAM]],
  ['the .bicepparam named alone lints its using target', ['main.bicepparam'], [URL_OUTSIDE_PRAGMAS, SUBNET_FROM_BICEPPARAM]],
  ['the module named alone: its template facts only', ['modules/network.bicep'], [UNUSED_IN_MODULE]],
];

const summary = (findings: { file: string; line: number; level: string; ruleId: string }[]): string[] =>
  findings.map((f) => `${f.file.split(path.sep).join('/')}:${f.line} ${f.level} ${f.ruleId}`);

for (const [name, paths, expected] of CASES) {
  test(`bicep lint: ${name}`, async () => {
    const result = await lintPaths(paths, { cwd: PROJECT, config: NO_CONFIG, workers: 0 });
    assert.equal(summary(result.findings), expected);
    assert.is(result.unparsable, false);
  });
}

/** main.bicep imports from types.bicep, which deploys nothing, and from network.bicep, which deploys a VNet of its own. */
const IMPORTING_PROJECT = {
  'main.bicep': "import { zone } from 'types.bicep'\nimport { prefix } from 'network.bicep'\n\nparam name zone = 'a'\noutput n string = '${name}${prefix}'\n",
  'types.bicep': "@export()\ntype zone = string\n\nvar unusedInTypes = 1\n",
  'network.bicep': "@export()\nvar prefix = 'p'\n\nresource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {\n  name: 'vnet'\n  location: resourceGroup().location\n  properties: {\n    addressSpace: {\n      addressPrefixes: ['10.0.0.0/33']\n    }\n  }\n}\n",
};
const UNUSED_IN_IMPORTED = 'types.bicep:4 warning no-unused-vars';
const BAD_CIDR_IN_IMPORTED = 'network.bicep:9 error invalid-cidr';

const IMPORT_CASES: [name: string, paths: string[], expected: string[]][] = [
  ['the folder: a file that deploys nothing is checked for its facts; one that deploys is linted whole', ['.'], [BAD_CIDR_IN_IMPORTED, UNUSED_IN_IMPORTED]],
  ['the importing file alone: the imported files are not reported', ['main.bicep'], []],
  ['the imported file alone: its facts', ['types.bicep'], [UNUSED_IN_IMPORTED]],
  ['the imported file that deploys, alone: linted whole', ['network.bicep'], [BAD_CIDR_IN_IMPORTED]],
];

for (const [name, paths, expected] of IMPORT_CASES) {
  test(`bicep lint, imports: ${name}`, async () => {
    const copy = scratchDir('bicep-lint');
    try {
      for (const [file, text] of Object.entries(IMPORTING_PROJECT)) writeFileSync(path.join(copy, file), text);
      const result = await lintPaths(paths, { cwd: copy, config: NO_CONFIG, workers: 0 });
      assert.equal(summary(result.findings), expected);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
}

/** A location held in a variable: Bicep reports the variable, and its users suppress it there. */
const variableLocation = (pragma: string): string =>
  `${pragma}var enforcedLocation = 'australiaeast'\n\nresource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'st'\n  location: enforcedLocation\n}\n\nresource st2 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'st2'\n  location: enforcedLocation\n}\n`;

const VARIABLE_LOCATION_CASES: [name: string, text: string, expected: string[]][] = [
  ['reported once, at the variable', variableLocation(''), ['main.bicep:1 warning no-hardcoded-location']],
  ['silenced by #disable-next-line above the variable, as AVM writes it', variableLocation('#disable-next-line no-hardcoded-location\n'), []],
];

for (const [name, text, expected] of VARIABLE_LOCATION_CASES) {
  test(`bicep lint, a location in a variable: ${name}`, async () => {
    const copy = scratchDir('bicep-lint');
    try {
      writeFileSync(path.join(copy, 'main.bicep'), text);
      const result = await lintPaths(['.'], { cwd: copy, config: NO_CONFIG, workers: 0 });
      assert.equal(summary(result.findings), expected);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
}

const EXTENDING_PROJECT = {
  'main.bicep':
    "param vnetPrefix string = '10.0.0.0/16'\n\nresource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: 'vnet'\n  location: resourceGroup().location\n  properties: {\n    addressSpace: { addressPrefixes: [vnetPrefix] }\n    subnets: [\n      { name: 'a', properties: { addressPrefix: '10.0.0.0/24' } }\n    ]\n  }\n}\n",
  'main.bicepparam': "using 'main.bicep'\nextends 'shared.bicepparam'\n",
  'shared.bicepparam': "using none\nparam vnetPrefix = '10.1.0.0/16'\n",
};

test('bicep lint: a .bicepparam that extends a shared one takes its values', async () => {
  const copy = scratchDir('bicep-lint');
  for (const [file, text] of Object.entries(EXTENDING_PROJECT)) writeFileSync(path.join(copy, file), text);
  const result = await lintPaths(['.'], { cwd: copy, config: NO_CONFIG, workers: 0 });
  assert.equal(summary(result.findings), ['main.bicep:9 error subnet-outside-vnet']);
});

const MISSING_MODULES: [name: string, modulePath: string, says: RegExp][] = [
  ['a folder that differs only in case says so', 'Modules/net.bicep', /module file not found: Modules\/net\.bicep \('modules' differs only in case from 'Modules': file names are case-sensitive here\)$/],
  ['a file that differs only in case says so', 'modules/NET.bicep', /\('net\.bicep' differs only in case from 'NET\.bicep'/],
  ['a file that is not there at all', 'modules/gone.bicep', /module file not found: modules\/gone\.bicep$/],
];

for (const [name, modulePath, says] of MISSING_MODULES) {
  test(`bicep lint, a module that is missing: ${name}`, async () => {
    const copy = scratchDir('bicep-lint');
    mkdirSync(path.join(copy, 'modules'));
    writeFileSync(path.join(copy, 'modules', 'net.bicep'), 'output x int = 1\n');
    writeFileSync(path.join(copy, 'main.bicep'), `module net '${modulePath}' = {\n  name: 'net'\n}\n`);
    const result = await lintPaths(['main.bicep'], { cwd: copy, config: NO_CONFIG, workers: 0 });
    assert.equal(summary(result.findings), ['main.bicep:1 error parse-error']);
    assert.match(result.findings[0]!.message, says);
  });
}

test('bicep lint: without the pragmas, the suppressed findings come back', async () => {
  const copy = scratchDir('bicep-lint');
  try {
    cpSync(PROJECT, copy, { recursive: true });
    for (const file of ['main.bicep', 'modules/network.bicep']) {
      const full = path.join(copy, file);
      // blank the pragma lines so every other line keeps its number
      writeFileSync(full, readFileSync(full, 'utf8').replace(/^[ \t]*#(disable|restore)-[^\n]*$/gm, ''));
    }
    const result = await lintPaths(['.'], { cwd: copy, config: NO_CONFIG, workers: 0 });
    assert.equal(summary(result.findings), [
      'main.bicep:15 warning no-hardcoded-env-urls',
      'main.bicep:16 warning no-hardcoded-env-urls',
      URL_OUTSIDE_PRAGMAS,
      UNUSED_IN_MODULE,
      'modules/network.bicep:8 warning no-hardcoded-location',
      'modules/network.bicep:14 warning nsg-scoring-inbound-open',
      SUBNET_FROM_BICEPPARAM,
    ]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('bicep lint: a syntax error is a parse-error finding', async () => {
  const copy = scratchDir('bicep-lint');
  try {
    writeFileSync(path.join(copy, 'broken.bicep'), "param p string\nresource r 'T/x@1' = {\n  name: \n}\n");
    const result = await lintPaths(['.'], { cwd: copy, config: NO_CONFIG, workers: 0 });
    assert.equal(summary(result.findings), ['broken.bicep:3 error parse-error']);
    assert.is(result.unparsable, true);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('moat graph reads a .bicep file with the .bicepparam beside it', () => {
  const graph = readGraph('main.bicep', PROJECT);
  const vnet = graph.resources.find((r) => r.name === 'vnet-lint');
  assert.ok(vnet);
  assert.equal(graph.files, ['main.bicep', 'main.bicepparam', path.join('modules', 'network.bicep')]);
  assert.is(vnet!.deployment, 'network');
});

test.run();
