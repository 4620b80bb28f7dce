import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SourceTexts } from '../../src/lint/source-texts.js';
import { scratchDir } from '../support/scratch.js';

const BOM = '\ufeff';

function inTempDir(run: (dir: string) => void): void {
  const dir = scratchDir('texts');
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** [name, text on disk, raw(), keep() and source()] */
const cases: [string, string, string, string][] = [
  ['plain text', "param a string = 'x'\n", "param a string = 'x'\n", "param a string = 'x'\n"],
  ['a byte-order mark: kept raw, dropped from the source text', `${BOM}var b = 1\n`, `${BOM}var b = 1\n`, 'var b = 1\n'],
];

for (const [name, onDisk, raw, source] of cases) {
  test(`SourceTexts: ${name}; what planning kept is read once per run`, () => {
    inTempDir((dir) => {
      const file = path.join(dir, 'main.bicep');
      writeFileSync(file, onDisk);
      const texts = new SourceTexts();
      assert.is(texts.keep(file), source);
      writeFileSync(file, 'changed');
      assert.is(texts.source(file), source);
      assert.is(texts.raw(file), raw);
      assert.is(texts.rawIfPossible(file), raw);
      texts.clear();
      assert.is(texts.raw(file), 'changed');
    });
  });
}

test('SourceTexts: a file planning did not keep is read from disk each time', () => {
  inTempDir((dir) => {
    const file = path.join(dir, 'module.bicep');
    const texts = new SourceTexts();
    writeFileSync(file, `${BOM}first`);
    assert.is(texts.source(file), 'first');
    writeFileSync(file, 'second');
    assert.is(texts.raw(file), 'second');
  });
});

test('SourceTexts: a file that cannot be read throws (keep, raw) or is undefined (rawIfPossible), and is not remembered', () => {
  inTempDir((dir) => {
    const file = path.join(dir, 'missing.bicep');
    const texts = new SourceTexts();
    assert.is(texts.rawIfPossible(file), undefined);
    assert.throws(() => texts.keep(file), (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
    assert.throws(() => texts.raw(file), (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
    writeFileSync(file, 'now here');
    assert.is(texts.rawIfPossible(file), 'now here');
  });
});

test('SourceTexts: a forgotten text is read from disk again', () => {
  inTempDir((dir) => {
    const file = path.join(dir, 'package.json');
    writeFileSync(file, '{}');
    const texts = new SourceTexts();
    assert.is(texts.keep(file), '{}');
    texts.forget(file);
    writeFileSync(file, '{"name": "x"}');
    assert.is(texts.source(file), '{"name": "x"}');
  });
});

test('SourceTexts: texts past the budget are not kept, and what is forgotten frees its room', () => {
  inTempDir((dir) => {
    const [first, second, third] = ['a.json', 'b.json', 'c.json'].map((name) => path.join(dir, name));
    for (const file of [first!, second!, third!]) writeFileSync(file, '12345');
    const texts = new SourceTexts(10);
    for (const file of [first!, second!, third!]) texts.keep(file);
    for (const file of [first!, second!, third!]) writeFileSync(file, 'later');
    assert.equal([first!, second!, third!].map((file) => texts.source(file)), ['12345', '12345', 'later']);
    texts.forget(first!);
    writeFileSync(third!, '67890');
    texts.keep(third!);
    writeFileSync(third!, 'latest');
    assert.is(texts.source(third!), '67890');
  });
});

test.run();
