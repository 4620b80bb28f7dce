/** ARM's case-insensitive property lookup: the exact name first, then any case, without mistaking punctuation for letters. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { child } from '../../src/frontends/arm/jsonc.js';
import { equalsIgnoringCase } from '../../src/graph/value.js';
import { parseJsonTree } from '../../src/json-tree.js';

const EQUALS_CASES: [name: string, a: string, b: string, expected: boolean][] = [
  ['same text', 'dependsOn', 'dependsOn', true],
  ['other case', 'DEPENDSON', 'dependsOn', true],
  ['mixed case both sides', 'PrOpErTiEs', 'pRoPeRtIeS', true],
  ['other letters', 'resources', 'dependsOn', false],
  ['other lengths', 'name', 'names', false],
  ['empty', '', '', true],
  // '[' and '{' differ only in the bit that folds letters
  ['punctuation one case bit apart', 'a[', 'a{', false],
  ['digits and @ one case bit apart', '@', '`', false],
  ['non-ASCII letters folded', 'ÄBC', 'äbc', true],
  ['non-ASCII letters that differ', 'Äbc', 'öbc', false],
];

for (const [name, a, b, expected] of EQUALS_CASES) {
  test(`equalsIgnoringCase: ${name}`, () => {
    assert.is(equalsIgnoringCase(a, b), expected);
    assert.is(equalsIgnoringCase(b, a), expected);
    assert.is(equalsIgnoringCase(a, b), a.toLowerCase() === b.toLowerCase());
  });
}

const CHILD_CASES: [name: string, json: string, lookup: string, expected: unknown][] = [
  ['exact name', '{ "dependsOn": 1 }', 'dependsOn', 1],
  ['another case', '{ "DependsOn": 2 }', 'dependsOn', 2],
  ['the exact name wins over an earlier other case', '{ "DEPENDSON": 3, "dependsOn": 4 }', 'dependsOn', 4],
  ['a same-length other name', '{ "resources": 5 }', 'dependsOn', undefined],
  ['missing', '{ "name": 6 }', 'dependsOn', undefined],
  ['not an object', '[1, 2]', 'dependsOn', undefined],
];

for (const [name, json, lookup, expected] of CHILD_CASES) {
  test(`child: ${name}`, () => {
    assert.is(child(parseJsonTree(json), lookup)?.value, expected);
  });
}

test.run();
