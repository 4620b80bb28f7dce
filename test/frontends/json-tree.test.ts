/** The JSON tree moat builds from jsonc-parser's visitor is jsonc-parser's own parseTree, node for node, errors and all. */
import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type * as JsoncParser from 'jsonc-parser';
import { parseJsonTree } from '../../src/json-tree.js';
import { seededRandom } from '../support/fuzz.js';

const { parseTree } = createRequire(import.meta.url)('jsonc-parser') as typeof JsoncParser;

const OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };

interface Shape {
  type: string;
  offset: number;
  length: number;
  value: unknown;
  children: Shape[] | undefined;
}

/** What moat reads of a node, whoever built it. */
const shape = (node: JsoncParser.Node | undefined): Shape | undefined =>
  node && { type: node.type, offset: node.offset, length: node.length, value: node.value, children: node.children?.map((child) => shape(child)!) };

function both(text: string): { ours: unknown; theirs: unknown } {
  const ourErrors: JsoncParser.ParseError[] = [];
  const theirErrors: JsoncParser.ParseError[] = [];
  const ours = shape(parseJsonTree(text, ourErrors, OPTIONS));
  const theirs = shape(parseTree(text, theirErrors, OPTIONS));
  return { ours: { tree: ours, errors: ourErrors }, theirs: { tree: theirs, errors: theirErrors } };
}

const CASES: [name: string, text: string][] = [
  ['a template', '{\n  "$schema": "x",\n  "resources": [ { "type": "a/b", "name": "[concat(\'a\', \'b\')]", "properties": { "n": 1, "t": true, "f": false, "z": null } } ]\n}'],
  ['scalars at the root', '"text"'],
  ['a number at the root', '-12.5e3'],
  ['empty containers', '{ "a": {}, "b": [], "c": [[], {}] }'],
  ['comments and trailing commas', '{\n  // a comment\n  "a": [1, 2,], /* block */ "b": { "c": 3, },\n}'],
  ['escapes in keys and values', '{ "k\\"ey": "v\\u0041lue\\n" }'],
  ['a property without a value', '{ "a": , "b": 1 }'],
  ['a property without a colon', '{ "a" 1 }'],
  ['an unclosed object', '{ "a": [1, 2'],
  ['an unclosed string', '{ "a": "b'],
  ['stray text after the value', '{ "a": 1 } x'],
  ['no value at all', '   '],
  ['only a comment', '// nothing'],
  ['deep nesting', '['.repeat(200) + ']'.repeat(200)],
];

for (const [name, text] of CASES) {
  test(`same as jsonc-parser's parseTree: ${name}`, () => {
    const { ours, theirs } = both(text);
    assert.equal(ours, theirs);
  });
}

test("same as jsonc-parser's parseTree: 300 truncated and mutated templates", () => {
  const random = seededRandom(7);
  const base = CASES[0]![1] + CASES[4]![1];
  const noise = ['{', '}', '[', ']', ',', ':', '"', '/', '*', '\\', ' ', '1', 'a'];
  for (let i = 0; i < 300; i++) {
    const chars = [...base.slice(0, Math.floor(random() * base.length))];
    for (let m = 0; m < 3; m++) chars.splice(Math.floor(random() * (chars.length + 1)), random() < 0.5 ? 1 : 0, noise[Math.floor(random() * noise.length)]!);
    const text = chars.join('');
    const { ours, theirs } = both(text);
    assert.equal(ours, theirs, text);
  }
});

test('nesting deeper than the stack throws a RangeError, as parseTree does (the caller reports it)', () => {
  const deep = '['.repeat(200_000);
  assert.throws(() => parseJsonTree(deep, [], OPTIONS), (error: unknown) => error instanceof RangeError);
});

test.run();
