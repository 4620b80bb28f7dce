import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runInit } from '../../src/cli/commands/init.js';
import { InputError } from '../../src/errors.js';
import { exampleNames } from '../../src/topology/examples.js';
import { loadTopology } from '../../src/topology/load.js';
import { ROOT } from '../support/paths.js';
import { scratchDir } from '../support/scratch.js';

const scratch = scratchDir('init');

for (const example of exampleNames()) {
  test(`init --example ${example} writes a topology that loads clean`, async () => {
    const out = path.join(scratch, example, 'topology.yaml');
    const said = await runInit({ example, out, force: false });
    assert.match(said, `wrote ${out}`);
    const loaded = loadTopology(out);
    assert.equal(loaded.findings, []);
    // The editor modeline points at moat's schema from where the file landed.
    const modeline = /^# yaml-language-server: \$schema=(.*)$/m.exec(readFileSync(out, 'utf8'))![1]!;
    assert.is(path.resolve(path.dirname(out), modeline), path.join(ROOT, 'schemas', 'topology.schema.json'));
  });
}

test('init: the default example is default; --out - returns the text instead of writing', async () => {
  const text = await runInit({ example: 'default', out: '-', force: false });
  assert.match(text, /^# yaml-language-server: \$schema=/);
  assert.match(text, /name: contoso\n/);
});

test('init: --force overwrites, and only then', async () => {
  const out = path.join(scratch, 'existing.yaml');
  writeFileSync(out, 'mine\n');
  await runInit({ example: 'default', out, force: true });
  assert.match(readFileSync(out, 'utf8'), /name: contoso/);
});

// [name, args, expected describe() pattern]
const REFUSALS: [string, () => Parameters<typeof runInit>[0], RegExp][] = [
  ['unknown example lists the names', () => ({ example: 'nope', out: path.join(scratch, 'x.yaml'), force: false }), new RegExp(`unknown example 'nope' \\(hint: choose one of: ${exampleNames().join(', ')}\\)`)],
  ['existing file without --force', () => {
    const out = path.join(scratch, 'keep.yaml');
    writeFileSync(out, 'mine\n');
    return { example: 'default', out, force: false };
  }, /keep\.yaml: refusing to overwrite an existing file \(hint: choose another --out, or pass --force\)/],
  ['a directory as --out', () => ({ example: 'default', out: scratch, force: true }), /: is a directory/],
];

for (const [name, args, expected] of REFUSALS) {
  test(`init refuses: ${name}`, async () => {
    const given = args();
    const before = safeRead(given.out);
    try {
      await runInit(given);
      assert.unreachable('init went ahead');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      assert.match(error.describe(), expected);
      assert.is(error.exitCode, 2);
    }
    assert.is(safeRead(given.out), before, 'nothing was written');
  });
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

test.run();
