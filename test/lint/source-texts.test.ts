import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SourceTexts } from '../../src/lint/source-texts.js';

const BOM = '\ufeff';

/** [name, text on disk, raw(), source()] */
const cases: [string, string, string, string][] = [
  ['plain text', "param a string = 'x'\n", "param a string = 'x'\n", "param a string = 'x'\n"],
  ['a byte-order mark: kept raw, dropped from the source text', `${BOM}var b = 1\n`, `${BOM}var b = 1\n`, 'var b = 1\n'],
];

for (const [name, onDisk, raw, source] of cases) {
  test(`SourceTexts: ${name}`, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'moat-texts-'));
    try {
      const file = path.join(dir, 'main.bicep');
      writeFileSync(file, onDisk);
      const texts = new SourceTexts();
      assert.is(texts.source(file), source);
      // read once per run: a later change on disk is not seen by the same run
      writeFileSync(file, 'changed');
      assert.is(texts.raw(file), raw);
      assert.is(texts.rawIfPossible(file), raw);
      assert.is(new SourceTexts().raw(file), 'changed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('SourceTexts: a file that cannot be read throws (raw) or is undefined (rawIfPossible), and is not remembered', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'moat-texts-'));
  try {
    const file = path.join(dir, 'missing.bicep');
    const texts = new SourceTexts();
    assert.is(texts.rawIfPossible(file), undefined);
    assert.throws(() => texts.raw(file), (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
    writeFileSync(file, 'now here');
    assert.is(texts.rawIfPossible(file), 'now here');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
