import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../src/errors.js';
import { bicepHeader, hasMoatHeader, shellHeader, armMetadata, type RenderMeta } from '../../src/render/header.js';
import { checkFiles, writeFiles } from '../../src/render/write.js';

const META: RenderMeta = { version: '9.9.9', topologyFile: 'topology.yaml' };
const BICEP = `${bicepHeader(META)}\nparam location string\n`;
const SCRIPT = `${shellHeader(META)}\necho hi\n`;
const ARM = `${JSON.stringify({ $schema: 'x', metadata: armMetadata(META), resources: [] }, null, 2)}\n`;

const HEADER_CASES: [string, string, boolean][] = [
  ['Bicep header', BICEP, true],
  ['shell header', SCRIPT, true],
  ['ARM metadata', ARM, true],
  ['byte order mark before the header', `\uFEFF${BICEP}`, true],
  ['hand-written Bicep', "param location string = 'eastus2'\n", false],
  ['header not on the first line', `\n${BICEP}`, false],
  ['JSON from another generator', JSON.stringify({ metadata: { _generator: { name: 'bicep' } } }), false],
  ['broken JSON', '{ "metadata": ', false],
  ['empty file', '', false],
];

for (const [name, text, expected] of HEADER_CASES) {
  test(`hasMoatHeader: ${name}`, () => assert.is(hasMoatHeader(text), expected));
}

test('header: a line break in the topology path cannot end the comment', () => {
  assert.not.match(bicepHeader({ version: '1', topologyFile: 'a\nparam x string' }), '\n');
});

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'moat-write-'));
}

const FILES = new Map([
  ['main.bicep', BICEP],
  ['modules/network.bicep', BICEP],
  ['post-deploy.sh', SCRIPT],
  ['azuredeploy.json', ARM],
]);

test('writeFiles writes every file, folders included, and leaves no temp file', () => {
  const dir = tempDir();
  const result = writeFiles(dir, FILES, { force: false });
  assert.equal(result, { written: [...FILES.keys()], unchanged: [] });
  for (const [file, text] of FILES) assert.is(readFileSync(path.join(dir, file), 'utf8'), text);
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  assert.is(statSync(path.join(dir, 'post-deploy.sh')).mode & 0o111, 0o111, 'the script is executable');
  rmSync(dir, { recursive: true });
});

test('writeFiles rewrites only files whose bytes changed', () => {
  const dir = tempDir();
  writeFiles(dir, FILES, { force: false });
  const changed = new Map(FILES).set('main.bicep', `${BICEP}// more\n`);
  assert.equal(writeFiles(dir, changed, { force: false }), { written: ['main.bicep'], unchanged: ['modules/network.bicep', 'post-deploy.sh', 'azuredeploy.json'] });
  rmSync(dir, { recursive: true });
});

test('writeFiles refuses, before writing anything, to overwrite a file without the header', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'azuredeploy.json'), '{"mine": true}\n');
  const error = (() => {
    try {
      writeFiles(dir, FILES, { force: false });
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  assert.instance(error, InputError);
  assert.match((error as InputError).describe(), 'azuredeploy.json');
  assert.match((error as InputError).describe(), '--force');
  assert.equal(readdirSync(dir), ['azuredeploy.json'], 'nothing else was written');
  rmSync(dir, { recursive: true });
});

test('writeFiles with force overwrites a file without the header', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'azuredeploy.json'), '{"mine": true}\n');
  writeFiles(dir, FILES, { force: true });
  assert.is(readFileSync(path.join(dir, 'azuredeploy.json'), 'utf8'), ARM);
  rmSync(dir, { recursive: true });
});

test('writeFiles reports an output folder it cannot create as input error', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'taken'), 'a file, not a folder');
  assert.throws(() => writeFiles(path.join(dir, 'taken'), FILES, { force: false }), (e: unknown) => e instanceof InputError);
  rmSync(dir, { recursive: true });
});

const CHECK_CASES: [string, (dir: string) => void, string[]][] = [
  ['up to date', () => undefined, []],
  ['a file changed by hand', (dir) => writeFileSync(path.join(dir, 'main.bicep'), `${BICEP}// edit\n`), ['main.bicep']],
  ['a file missing', (dir) => rmSync(path.join(dir, 'modules/network.bicep')), ['modules/network.bicep']],
];

for (const [name, change, drifted] of CHECK_CASES) {
  test(`checkFiles: ${name}, and writes nothing`, () => {
    const dir = tempDir();
    writeFiles(dir, FILES, { force: false });
    change(dir);
    const before = readdirSync(dir, { recursive: true }).sort();
    assert.equal(checkFiles(dir, FILES), { drifted });
    assert.equal(readdirSync(dir, { recursive: true }).sort(), before);
    rmSync(dir, { recursive: true });
  });
}

test.run();
