/**
 * Golden files: expected output kept in golden/, compared byte for byte.
 * They change only through `UPDATE_GOLDEN=1 npm test`, which rewrites them;
 * review the result with `git diff golden/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as assert from 'uvu/assert';
import { ROOT } from './paths.js';

export const GOLDEN_DIR = path.join(ROOT, 'golden');
const UPDATE_COMMAND = 'UPDATE_GOLDEN=1 npm test && git diff golden/';

/** Compares `actual` with golden/<relativePath>, or rewrites that file when UPDATE_GOLDEN=1. */
export function expectGolden(relativePath: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, relativePath);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(file, 'utf8');
  } catch {
    assert.unreachable(`golden/${relativePath} does not exist; create it with: ${UPDATE_COMMAND}`);
    return;
  }
  if (expected === actual) return;
  const want = expected.split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((w, i) => w !== got[i]);
  const at = line === -1 ? Math.min(want.length, got.length) : line;
  assert.unreachable(
    `output differs from golden/${relativePath} at line ${at + 1}:\n` +
      `  expected: ${JSON.stringify(want[at] ?? '<end of file>')}\n` +
      `  actual:   ${JSON.stringify(got[at] ?? '<end of output>')}\n` +
      `if the change is intended, update and review with: ${UPDATE_COMMAND}`,
  );
}
