import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expectGolden, GOLDEN_DIR } from '../support/golden.js';
import { CASES, outputOf } from './cases.js';

/** golden/ folders other suites own. */
const OWNED_ELSEWHERE = new Set(['whatif']);
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const HINT = 'UPDATE_GOLDEN=1 npm test && git diff golden/';

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry}` : entry;
    return statSync(path.join(dir, entry)).isDirectory() ? filesUnder(path.join(dir, entry), relative) : [relative];
  });
}

for (const testCase of CASES) {
  test(`golden: ${testCase.topology}`, () => {
    const files = outputOf(testCase);
    for (const [file, text] of files) expectGolden(`${testCase.name}/${file}`, text);
    let kept: string[] = [];
    try {
      kept = filesUnder(path.join(GOLDEN_DIR, testCase.name));
    } catch {
      // no folder yet: expectGolden already failed (or just wrote it)
    }
    const orphans = kept.filter((f) => !files.has(f));
    if (UPDATE) for (const orphan of orphans) rmSync(path.join(GOLDEN_DIR, testCase.name, orphan));
    else assert.equal(orphans, [], `golden/${testCase.name} holds files the generator no longer writes; remove them with: ${HINT}`);
  });
}

test('every golden folder belongs to a case', () => {
  const names = new Set(CASES.map((c) => c.name));
  const orphans = readdirSync(GOLDEN_DIR).filter((entry) => !OWNED_ELSEWHERE.has(entry) && !names.has(entry));
  if (UPDATE) for (const orphan of orphans) rmSync(path.join(GOLDEN_DIR, orphan), { recursive: true });
  else assert.equal(orphans, [], `golden/ holds folders with no example or fixture; remove them with: ${HINT}`);
});

test('case names are unique across examples and fixtures', () => {
  assert.is(new Set(CASES.map((c) => c.name)).size, CASES.length);
});

test.run();
