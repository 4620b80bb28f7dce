/** Scratch folders for tests, removed when the test process exits: a run of the suite leaves nothing in the temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder, `moat-<purpose>-XXXXXX` under the system temp folder. */
export function scratchDir(purpose: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `moat-${purpose}-`));
  made.push(dir);
  return dir;
}
