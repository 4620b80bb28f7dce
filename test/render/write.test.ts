import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../src/errors.js';
import { bicepHeader, hasMoatHeader, shellHeader, armMetadata, type RenderMeta } from '../../src/render/header.js';
import { checkFiles, writeFiles } from '../../src/render/write.js';
import { scratchDir } from '../support/scratch.js';

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
  return scratchDir('write');
}

/** Bicep, ARM and the script are ours; notes.md is not */
const OWNS = (relative: string): boolean => !relative.endsWith('.md');

const FILES = new Map([
  ['main.bicep', BICEP],
  ['modules/network.bicep', BICEP],
  ['modules/types.bicep', BICEP],
  ['post-deploy.sh', SCRIPT],
  ['azuredeploy.json', ARM],
]);

test('writeFiles writes every file, folders included, and leaves no temp file', () => {
  const dir = tempDir();
  const result = writeFiles(dir, FILES, { force: false, owns: OWNS });
  assert.equal(result, { written: [...FILES.keys()], unchanged: [], removed: [] });
  for (const [file, text] of FILES) assert.is(readFileSync(path.join(dir, file), 'utf8'), text);
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  assert.is(statSync(path.join(dir, 'post-deploy.sh')).mode & 0o111, 0o111, 'the script is executable');
  rmSync(dir, { recursive: true });
});

test('writeFiles rewrites only files whose bytes changed', () => {
  const dir = tempDir();
  writeFiles(dir, FILES, { force: false, owns: OWNS });
  const changed = new Map(FILES).set('main.bicep', `${BICEP}// more\n`);
  assert.equal(writeFiles(dir, changed, { force: false, owns: OWNS }), { written: ['main.bicep'], unchanged: ['modules/network.bicep', 'modules/types.bicep', 'post-deploy.sh', 'azuredeploy.json'], removed: [] });
  rmSync(dir, { recursive: true });
});

test('writeFiles refuses, before writing anything, to overwrite a file without the header', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'azuredeploy.json'), '{"mine": true}\n');
  const error = (() => {
    try {
      writeFiles(dir, FILES, { force: false, owns: OWNS });
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
  writeFiles(dir, FILES, { force: true, owns: OWNS });
  assert.is(readFileSync(path.join(dir, 'azuredeploy.json'), 'utf8'), ARM);
  rmSync(dir, { recursive: true });
});

test('writeFiles reports an output folder it cannot create as input error', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'taken'), 'a file, not a folder');
  assert.throws(() => writeFiles(path.join(dir, 'taken'), FILES, { force: false, owns: OWNS }), (e: unknown) => e instanceof InputError);
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
    writeFiles(dir, FILES, { force: false, owns: OWNS });
    change(dir);
    const before = readdirSync(dir, { recursive: true }).sort();
    assert.equal(checkFiles(dir, FILES, OWNS), { drifted, stale: [] });
    assert.equal(readdirSync(dir, { recursive: true }).sort(), before);
    rmSync(dir, { recursive: true });
  });
}

test('a generated file the output no longer has is stale: check lists it, write removes it; other files stay', () => {
  const dir = tempDir();
  writeFiles(dir, FILES, { force: false, owns: OWNS });
  writeFileSync(path.join(dir, 'notes.md'), `${BICEP}`);
  writeFileSync(path.join(dir, 'modules', 'mine.bicep'), 'param mine string\n');
  mkdirSync(path.join(dir, 'elsewhere'));
  writeFileSync(path.join(dir, 'elsewhere', 'other.bicep'), BICEP);
  const smaller = new Map(FILES);
  smaller.delete('modules/network.bicep');
  assert.equal(checkFiles(dir, smaller, OWNS), { drifted: [], stale: ['modules/network.bicep'] });
  assert.equal(writeFiles(dir, smaller, { force: false, owns: OWNS }).removed, ['modules/network.bicep']);
  assert.equal(readdirSync(path.join(dir, 'modules')).sort(), ['mine.bicep', 'types.bicep']);
  assert.ok(readFileSync(path.join(dir, 'elsewhere', 'other.bicep'), 'utf8'), 'a folder the output does not write into is not looked at');
  assert.ok(readFileSync(path.join(dir, 'notes.md'), 'utf8').length > 0, 'a file of a kind the target does not write stays');
  rmSync(dir, { recursive: true });
});

test.run();
