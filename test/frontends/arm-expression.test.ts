/** The ARM expression parser: literals, escapes, calls, property and index access, errors and bounds. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseTemplateString, type Expr, type TemplateString } from '../../src/frontends/arm/expression.js';

const str = (value: string): Expr => ({ kind: 'string', value });
const num = (value: number): Expr => ({ kind: 'number', value });
const call = (name: string, ...args: Expr[]): Expr => ({ kind: 'call', name, key: name.toLowerCase(), args });
const prop = (target: Expr, name: string): Expr => ({ kind: 'property', target, name });
const idx = (target: Expr, index: Expr): Expr => ({ kind: 'index', target, index });
const expr = (e: Expr): TemplateString => ({ kind: 'expression', expr: e });
const literal = (value: string): TemplateString => ({ kind: 'literal', value });
/** An invalid expression whose message contains the text. */
const invalid = (says: string) => ({ invalid: says });

const CASES: [name: string, input: string, expected: TemplateString | { invalid: string }][] = [
  ['plain string', 'eastus', literal('eastus')],
  ['brackets not at both ends', '[abc', literal('[abc')],
  ['closing bracket only', "concat('a')]", literal("concat('a')]")],
  ['[[ escapes a literal bracket', "[[variables('x')]", literal("[variables('x')]")],
  ['call with a string', "[toLower('A')]", expr(call('toLower', str('A')))],
  ["'' escapes a quote", "[concat('it''s')]", expr(call('concat', str("it's")))],
  ['only a quote', "['''']", expr(str("'"))],
  ['nested calls', "[concat(parameters('a'), toLower('B'))]", expr(call('concat', call('parameters', str('a')), call('toLower', str('B'))))],
  ['no arguments', '[utcNow()]', expr(call('utcNow'))],
  ['property access', '[resourceGroup().location]', expr(prop(call('resourceGroup'), 'location'))],
  ['chained properties', '[environment().suffixes.storage]', expr(prop(prop(call('environment'), 'suffixes'), 'storage'))],
  ['index with a number', "[parameters('a')[0]]", expr(idx(call('parameters', str('a')), num(0)))],
  ['index with a string, then a property', "[variables('o')['k'].name]", expr(prop(idx(call('variables', str('o')), str('k')), 'name'))],
  ['negative number', '[add(-1, 2)]', expr(call('add', num(-1), num(2)))],
  ['whitespace', "[ concat( 'a' , 'b' ) ]", expr(call('concat', str('a'), str('b')))],
  ['user function', '[contoso.name(1)]', expr(call('contoso.name', num(1)))],
  ['bare true', '[if(true, 1, 2)]', expr(call('if', { kind: 'keyword', value: true }, num(1), num(2)))],
  ['brackets inside a string', "[concat('[x]')]", expr(call('concat', str('[x]')))],
  ['unclosed call', "[concat('a']", invalid("expected ')'")],
  ['missing argument', '[concat(]', invalid('ends too early')],
  ['stray bracket', '[concat(])]', invalid("unexpected ']'")],
  ['unterminated string', "['abc]", invalid('unterminated string')],
  ['bare identifier', '[foo]', invalid("'foo' must be called as a function")],
  ['trailing tokens', "[concat('a') 'b']", invalid('after the expression')],
  ['bad character', '[concat(#)]', invalid("unexpected character '#'")],
  ['empty expression', '[]', invalid('ends too early')],
  ['dot without a name', '[resourceGroup().]', invalid('property name')],
  ['nesting over the bound', `[${'a('.repeat(70)}1${')'.repeat(70)}]`, invalid('nested deeper than 64')],
  ['property chain over the bound', `[a()${'.b'.repeat(70)}]`, invalid('nested deeper than 64')],
  ['quotes escaped in the middle and at both ends', "[concat('''a''b''')]", expr(call('concat', str("'a'b'")))],
  ['a decimal number', '[add(-1.25, 2.5)]', expr(call('add', num(-1.25), num(2.5)))],
  ['a number then a dot without digits', '[add(1., 2)]', invalid('property name')],
  ['a minus without a digit', '[add(-, 2)]', invalid("unexpected character '-'")],
  ['identifiers with _ and $ and digits', '[$f_1.g$2(x_9())]', expr(call('$f_1.g$2', call('x_9')))],
  ['non-ASCII spaces (no-break, line separator, BOM)', "[\u00a0concat(\u2028'a'\ufeff)]", expr(call('concat', str('a')))],
  ['a non-ASCII letter is not an identifier', "[concat('a', é())]", invalid("unexpected character 'é'")],
  ['position of a bad character', "[concat('a', #)]", invalid('at character 14')],
  ['position of an unterminated string', "[concat('a', 'b)]", invalid('at character 14')],
  ['expression over the length bound', `[concat('${'x'.repeat(70000)}')]`, invalid('over moat\'s limit')],
];

for (const [name, input, expected] of CASES) {
  test(`expression: ${name}`, () => {
    const actual = parseTemplateString(input);
    if ('invalid' in expected) {
      assert.is(actual.kind, 'invalid');
      assert.ok(actual.kind === 'invalid' && actual.message.includes(expected.invalid), actual.kind === 'invalid' ? actual.message : '');
    } else {
      assert.equal(actual, expected);
    }
  });
}

test.run();
