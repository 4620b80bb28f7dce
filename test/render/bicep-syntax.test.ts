import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CASES, outputOf } from './cases.js';
import { syntaxProblems } from './bicep-syntax.js';

// The generated output (the same text the goldens hold) parses with tree-sitter-bicep: no ERROR or MISSING node.
for (const testCase of CASES) {
  test(`tree-sitter-bicep parses every .bicep of ${testCase.name}`, async () => {
    const bicep = [...outputOf(testCase)].filter(([file]) => file.endsWith('.bicep'));
    assert.ok(bicep.length > 0);
    for (const [file, text] of bicep) assert.equal(await syntaxProblems(text), [], `${testCase.name}/${file}`);
  });
}

test('the check finds a syntax error (it is not vacuous)', async () => {
  assert.ok((await syntaxProblems("param location string = 'eastus2\nresource x = {")).length > 0);
});

test.run();
