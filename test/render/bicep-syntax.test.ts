import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GOLDEN_DIR } from '../support/golden.js';
import { syntaxProblems } from './bicep-syntax.js';
import { CASES } from './cases.js';

// Every .bicep kept in golden/ (the golden test keeps them equal to the output) parses with
// tree-sitter-bicep: no ERROR or MISSING node.
for (const testCase of CASES) {
  test(`tree-sitter-bicep parses every golden .bicep of ${testCase.name}`, async () => {
    const dir = path.join(GOLDEN_DIR, testCase.name);
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.bicep'));
    assert.ok(files.length > 0);
    for (const file of files) assert.equal(await syntaxProblems(await readFile(path.join(dir, file), 'utf8')), [], `golden/${testCase.name}/${file}`);
  });
}

test('the check finds a syntax error (it is not vacuous)', async () => {
  assert.ok((await syntaxProblems("param location string = 'eastus2\nresource x = {")).length > 0);
});

test.run();
