/**
 * ARM's JSON: the case-insensitive property lookup (the exact name first, then
 * any case, without mistaking punctuation for letters), and multi-line strings.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Node } from 'jsonc-parser';
import { child, parseJsonc } from '../../src/frontends/arm/jsonc.js';
import { bracketNesting, maskStringLineBreaks } from '../../src/jsonc-text.js';
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

const MASK_CASES: [name: string, text: string, expected: string | undefined][] = [
  ['no string breaks a line', '{\n  "a": "b"\n}', undefined],
  ['a line feed in a string', '{"a": "b\nc"}', '{"a": "b\uE00Ac"}'],
  ['CR LF in a string, and the line ends outside it untouched', '{\r\n"a": "b\r\nc"\r\n}', '{\r\n"a": "b\uE00D\uE00Ac"\r\n}'],
  ['an escaped quote does not end the string', '{"a": "b\\"\nc"}', '{"a": "b\\"\uE00Ac"}'],
  ['quotes in comments open no string', '{\n// say "hi\n"a": 1 /* "x\n */\n}', undefined],
  ['a stand-in already in the text: not masked', '{"a": "\uE00A", "b": "c\nd"}', undefined],
];

for (const [name, text, expected] of MASK_CASES) {
  test(`maskStringLineBreaks: ${name}`, () => {
    const masked = maskStringLineBreaks(text);
    assert.is(masked, expected);
    if (masked !== undefined) assert.is(masked.length, text.length);
  });
}

const NESTING_CASES: [name: string, text: string, end: number | undefined, expected: { depth: number; deepest: number; outside: boolean }][] = [
  ['objects and arrays', '{"a": [[1], {"b": 2}]}', undefined, { depth: 0, deepest: 3, outside: true }],
  ['brackets in strings and comments do not count', '{"a": "[{", // [[\n /* {{ */ "b": 1}', undefined, { depth: 0, deepest: 1, outside: true }],
  ['a string runs across a line break (ARM)', '{"a": "[\n]", "b": [1]}', undefined, { depth: 0, deepest: 2, outside: true }],
  ['the depth where the text is cut (before a property name)', '{"a": {"$schema": 1}}', 7, { depth: 2, deepest: 2, outside: true }],
  ['cut inside a string', '{"a": "xyz"}', 8, { depth: 1, deepest: 1, outside: false }],
  ['cut inside a comment', '{ /* x */ }', 5, { depth: 1, deepest: 1, outside: false }],
];

for (const [name, text, end, expected] of NESTING_CASES) {
  test(`bracketNesting: ${name}`, () => assert.equal(bracketNesting(text, end), expected));
}

/** Every string value in a tree, in order. */
function strings(node: Node | undefined): string[] {
  if (!node) return [];
  if (node.type === 'string') return [node.value as string];
  return (node.children ?? []).flatMap((c) => (node.type === 'property' ? strings(c).slice(c === node.children![0] ? 1 : 0) : strings(c)));
}

const MULTILINE_CASES: [name: string, text: string, values: string[], problems: string[]][] = [
  ['a string over two lines keeps its line feed', '{\n  "a": "one\ntwo",\n  "b": "three"\n}', ['one\ntwo', 'three'], []],
  ['CR LF kept as written', '{"a": "one\r\ntwo"}', ['one\r\ntwo'], []],
  ['a property name over two lines', '{"a\nb": 1}', [], []],
  [
    'an expression laid out over lines',
    '{\n  "a": "[if(\n    true(),\n    \'x\',\n    \'y\')]"\n}',
    ["[if(\n    true(),\n    'x',\n    'y')]"],
    [],
  ],
  ['a string left open at the end of the file is still an error there', '{\n  "a": "one\n}', [], ['2:8 JSON syntax: unexpected end of string']],
  ['a string left open before another property', '{\n  "a": "one,\n  "b": 2\n}', [], ['2:8 JSON syntax: unexpected end of string', '3:3 JSON syntax: comma expected']],
];

for (const [name, text, values, problems] of MULTILINE_CASES) {
  test(`multi-line strings: ${name}`, () => {
    const { root, problems: found } = parseJsonc(text, 't.json');
    assert.equal(found.map((p) => `${p.line}:${p.column} ${p.message}`), problems);
    if (problems.length === 0) assert.equal(strings(root), values);
  });
}

test('multi-line strings: what follows keeps its line and column', () => {
  const text = '{\n  "a": "one\n  two\n  three",\n  "b": 1\n}';
  const { doc, root } = parseJsonc(text, 't.json');
  const b = child(root, 'b')!;
  assert.equal(doc.locate(b.offset), { file: 't.json', line: 5, column: 8 });
  assert.is(child(root, 'a')!.value, 'one\n  two\n  three');
});

test.run();
