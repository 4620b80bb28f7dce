import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { armGuid } from '../../src/azure/guid.js';

// expected values: RFC 4122 uuid5 under ARM's namespace of the '-'-joined
// arguments, computed independently with Python's uuid.uuid5
const CASES: [string, string[], string][] = [
  ['three short strings', ['a', 'b', 'c'], 'a98fa280-e03f-5afa-8d8e-92d0a9c201e8'],
  ['a group and a role', ['rg-net', '4d97b98b-1d4f-4787-a291-c67834d212e7'], 'f754bbfe-0636-5288-94dc-c9904f85a2cb'],
];

for (const [name, parts, expected] of CASES) {
  test(`armGuid: ${name}`, () => {
    assert.is(armGuid(...parts), expected);
  });
}

test('armGuid: version 5, RFC 4122 variant, and argument boundaries matter only through the hyphen', () => {
  const guid = armGuid('x', 'y');
  assert.match(guid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.is(armGuid('x-y'), guid);
  assert.is.not(armGuid('xy'), guid);
});

test.run();
