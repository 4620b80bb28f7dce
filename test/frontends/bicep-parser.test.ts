import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { parseBicep, type Program, type Statement } from '../../src/frontends/bicep/index.js';
import { lex } from '../../src/frontends/bicep/lexer.js';
import { MAX_NESTING } from '../../src/frontends/bicep/parser.js';
import { fixture } from '../support/paths.js';
import { seededRandom } from '../support/fuzz.js';

/**
 * Compact s-expression of a syntax tree (spans left out) so expected shapes
 * read like the source: `(Binary + a (Binary * b c))`. Names, integers and
 * plain strings print bare; true flags print as their name; empty fields vanish.
 */
function show(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(show).join(' ')}]`;
  if (typeof value !== 'object' || value === null) return String(value);
  const node = value as { kind: string } & Record<string, unknown>;
  switch (node.kind) {
    case 'Identifier':
    case 'Variable':
    case 'TypeRef':
      return String(node.name);
    case 'Integer':
    case 'IntegerType':
      return String(node.raw);
    case 'Boolean':
    case 'BooleanType':
      return String(node.value);
    case 'Null':
    case 'NullType':
      return 'null';
    case 'StringType':
      return show(node.value);
    case 'String': {
      const segments = node.segments as string[];
      const expressions = node.expressions as unknown[];
      if (expressions.length === 0) return JSON.stringify(segments[0]);
      const parts = segments.flatMap((segment, i) => (i < expressions.length ? [JSON.stringify(segment), show(expressions[i])] : [JSON.stringify(segment)]));
      return `(String ${parts.join(' ')})`;
    }
    case 'Decorator':
      return `(@${node.namespace ? `${String(node.namespace)}.` : ''}${String(node.name)}${(node.args as unknown[]).map((arg) => ' ' + show(arg)).join('')})`;
  }
  const parts = [node.kind];
  for (const [key, field] of Object.entries(node)) {
    if (key === 'kind' || key === 'span' || field === null || field === false) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    parts.push(field === true ? key : show(field));
  }
  return `(${parts.join(' ')})`;
}

const parse = (text: string, file = 'test.bicep') => parseBicep(text, file);
const only = (program: Program): Statement => {
  assert.is(program.statements.length, 1, 'one statement');
  return program.statements[0]!;
};
const readFixture = (name: string): string => readFileSync(fixture('bicep', name), 'utf8');

// ------------------------------------------------------------------ expressions

const expressionCases: [string, string, string][] = [
  ['integer', '42', '42'],
  ['booleans and null', '[true, false, null]', '(Array [true false null])'],
  ['precedence * over +', '1 + 2 * 3', '(Binary + 1 (Binary * 2 3))'],
  ['left associative -', 'a - b - c', '(Binary - (Binary - a b) c)'],
  ['% with /', 'a / b % c', '(Binary % (Binary / a b) c)'],
  ['relational over equality', 'a < b == c >= d', '(Binary == (Binary < a b) (Binary >= c d))'],
  ['case-insensitive equality', "a =~ 'X' && b !~ 'y'", '(Binary && (Binary =~ a "X") (Binary !~ b "y"))'],
  ['&& over || over ??', 'a ?? b || c && d', '(Binary ?? a (Binary || b (Binary && c d)))'],
  ['ternary is lowest', 'a == 1 ? b : c ?? d', '(Ternary (Binary == a 1) b (Binary ?? c d))'],
  ['nested ternary on the right', 'a ? b : c ? d : e', '(Ternary a b (Ternary c d e))'],
  ['ternary across lines', 'a\n  ? b\n  : c', '(Ternary a b c)'],
  ['unary binds tighter than binary', '!a && -b > +c', '(Binary && (Unary ! a) (Binary > (Unary - b) (Unary + c)))'],
  ['unary applies to the member chain', '!a.b', '(Unary ! (PropertyAccess a b))'],
  ['parentheses', '(a + b) * c', '(Binary * (Paren (Binary + a b)) c)'],
  ['parentheses across lines', '(\n  a\n)', '(Paren a)'],
  ['property access', 'a.b.c', '(PropertyAccess (PropertyAccess a b) c)'],
  ['safe property access', 'a.?b', '(PropertyAccess a b safe)'],
  ['index', "a[0]['k']", '(IndexAccess (IndexAccess a 0) "k")'],
  ['safe index', 'a[?0]', '(IndexAccess a 0 safe)'],
  ['index from end', 'a[^1]', '(IndexAccess a 1 fromEnd)'],
  ['non-null assertion', 'a.b!.c', '(PropertyAccess (NonNull (PropertyAccess a b)) c)'],
  ['child resource access', 'vnet::subnet.id', '(PropertyAccess (ResourceAccess vnet subnet) id)'],
  ['call', "concat('a', b)", '(Call concat ["a" b])'],
  ['call without arguments', 'resourceGroup().location', '(PropertyAccess (Call resourceGroup) location)'],
  ['call across lines', 'f(\n  a,\n  b\n)', '(Call f [a b])'],
  ['namespaced call', "sys.concat('a')", '(InstanceCall sys concat ["a"])'],
  ['az namespace call', 'az.resourceGroup().id', '(PropertyAccess (InstanceCall az resourceGroup) id)'],
  ['resource method', "kv.getSecret('s')", '(InstanceCall kv getSecret ["s"])'],
  ['lambda', 'map(xs, x => x.id)', '(Call map [xs (Lambda [x] (PropertyAccess x id))])'],
  ['lambda with two parameters', 'reduce(xs, 0, (acc, x) => acc + x)', '(Call reduce [xs 0 (Lambda [acc x] (Binary + acc x))])'],
  ['lambda without parameters', '() => 1', '(Lambda 1)'],
  ['single-line object with commas', '{ a: 1, b: true }', '(Object [(Property a 1) (Property b true)])'],
  ['multi-line object', "{\n  a: 1\n  'b-c': 'x'\n}", '(Object [(Property a 1) (Property "b-c" "x")])'],
  ['object with interpolated key', "{ '${k}': 1 }", '(Object [(Property (String "" k "") 1)])'],
  ['empty object and array', '[{}, []]', '(Array [(Object) (Array)])'],
  ['multi-line array', '[\n  1\n  2, 3\n]', '(Array [1 2 3])'],
  ['object spread', '{\n  ...base\n  x: 1\n}', '(Object [(Spread base) (Property x 1)])'],
  ['array spread', '[...a, 1]', '(Array [(Spread a) 1])'],
  ['for loop', '[for x in xs: x.name]', '(For x xs (PropertyAccess x name))'],
  ['for loop with index', '[for (x, i) in xs: i]', '(For x i xs i)'],
  ['for loop over range across lines', '[\n  for i in range(0, 3): {\n    n: i\n  }\n]', '(For i (Call range [0 3]) (Object [(Property n i)]))'],
  ['string', "'abc'", '"abc"'],
  ['interpolation', "'a${b}c${d.e}'", '(String "a" b "c" (PropertyAccess d e) "")'],
  ['nested interpolation', "'a${'b${c}'}d'", '(String "a" (String "b" c "") "d")'],
  ['escapes', "'q\\'s\\n\\t\\\\\\$x\\${y}\\u{41}'", JSON.stringify("q's\n\t\\$x${y}A")],
  ['multi-line string keeps quotes and ${}', "'''\nit's ${raw}\n'''", JSON.stringify("it's ${raw}\n")],
  ['multi-line string ending with extra quotes', "'''a''''", JSON.stringify("a'")],
  ['multi-line interpolated string', "$'''\nx=${v}!'''", '(String "x=" v "!")'],
  ['multi-line string with $$ holes', "$$'''${lit} $${v}'''", '(String "${lit} " v "")'],
  ['if condition is only a body form', "[for x in xs: x == 'a' ? 1 : 2]", '(For x xs (Ternary (Binary == x "a") 1 2))'],
];

for (const [name, source, expected] of expressionCases) {
  test(`expression: ${name}`, () => {
    const result = parse(`var v = ${source}\n`);
    assert.equal(result.errors, []);
    const statement = only(result.program);
    assert.is(statement.kind, 'Var');
    assert.is(show(statement.kind === 'Var' ? statement.value : null), expected);
  });
}

// ------------------------------------------------------------------ statements

const statementCases: [string, string, string][] = [
  ['targetScope', "targetScope = 'subscription'", '(TargetScope "subscription")'],
  ['metadata', "metadata owner = 'ml-team'", '(Metadata owner "ml-team")'],
  ['param with default', "param location string = 'westeurope'", '(Param location string "westeurope")'],
  ['param with decorators', "@secure()\n@description('pwd')\nparam p string", '(Param [(@secure) (@description "pwd")] p string)'],
  ['namespaced decorator', "@sys.description('d')\nparam p int", '(Param [(@sys.description "d")] p int)'],
  ['decorator arguments across lines', "@allowed([\n  'a'\n  'b'\n])\nparam p string", '(Param [(@allowed (Array ["a" "b"]))] p string)'],
  ['nullable param', 'param p string?', '(Param p (NullableType string))'],
  ['array param', 'param p int[]', '(Param p (ArrayType int))'],
  ['resource-typed param', "param sa resource 'Microsoft.Storage/storageAccounts@2023-01-01'", '(Param sa (ResourceTypeRef "Microsoft.Storage/storageAccounts@2023-01-01"))'],
  ['var', 'var x = 1', '(Var x 1)'],
  ['typed var', "var x string = 'a'", '(Var x string "a")'],
  ['resource', "resource r 'A/b@1' = {\n  name: 'n'\n}", '(Resource r "A/b@1" (Object [(Property name "n")]))'],
  ['existing resource', "resource r 'A/b@1' existing = {\n  name: 'n'\n}", '(Resource r "A/b@1" existing (Object [(Property name "n")]))'],
  ['conditional resource', "resource r 'A/b@1' = if (on) {\n  name: 'n'\n}", '(Resource r "A/b@1" (If (Paren on) (Object [(Property name "n")])))'],
  ['resource loop with filter', "resource r 'A/b@1' = [for x in xs: if (x.on) {\n  name: x.n\n}]",
    '(Resource r "A/b@1" (For x xs (If (Paren (PropertyAccess x on)) (Object [(Property name (PropertyAccess x n))]))))'],
  ['nested child resource', "resource p 'A/b@1' = {\n  name: 'p'\n  @description('c')\n  resource c 'kids' = {\n    name: 'c'\n  }\n}",
    '(Resource p "A/b@1" (Object [(Property name "p") (Resource [(@description "c")] c "kids" (Object [(Property name "c")]))]))'],
  ['parent and scope properties', "resource c 'A/b/c@1' = {\n  parent: p\n  scope: resourceGroup('rg')\n}",
    '(Resource c "A/b/c@1" (Object [(Property parent p) (Property scope (Call resourceGroup ["rg"]))]))'],
  ['property named like a keyword', "resource r 'A/b@1' = {\n  type: 'x'\n  resource: 'y'\n}", '(Resource r "A/b@1" (Object [(Property type "x") (Property resource "y")]))'],
  ['module', "module m './m.bicep' = {\n  name: 'm'\n}", '(Module m "./m.bicep" (Object [(Property name "m")]))'],
  ['module loop with batchSize', "@batchSize(1)\nmodule m 'br/public:x:1.0' = [for i in range(0, 2): {\n  name: 'm${i}'\n}]",
    '(Module [(@batchSize 1)] m "br/public:x:1.0" (For i (Call range [0 2]) (Object [(Property name (String "m" i ""))])))'],
  ['output', 'output o int = 1', '(Output o int 1)'],
  ['resource output', "output r resource 'A/b@1' = x", '(Output r (ResourceTypeRef "A/b@1") x)'],
  ['type union', "type t = 'a' | 'b'", '(TypeDecl t (UnionType ["a" "b"]))'],
  ['type union over lines with leading pipe', "type t =\n  | 'a'\n  | 'b'", '(TypeDecl t (UnionType ["a" "b"]))'],
  ['negative literal type', 'type t = -1 | 2', '(TypeDecl t (UnionType [(UnaryType - 1) 2]))'],
  ['object type', "type t = {\n  @minLength(1)\n  name: string\n  'k-2': int?\n  *: bool\n}",
    '(TypeDecl t (ObjectType [(ObjectTypeProperty [(@minLength 1)] name string) (ObjectTypeProperty "k-2" (NullableType int)) (ObjectTypeAdditionalProperties bool)]))'],
  ['single-line object type', 'type t = { a: int, b: string }', '(TypeDecl t (ObjectType [(ObjectTypeProperty a int) (ObjectTypeProperty b string)]))'],
  ['tuple type', 'type t = [string, int[]]', '(TypeDecl t (TupleType [(TupleTypeItem string) (TupleTypeItem (ArrayType int))]))'],
  ['parenthesized type', "type t = ('a' | 'b')[]", '(TypeDecl t (ArrayType (ParenType (UnionType ["a" "b"]))))'],
  ['resourceInput type', "type t = resourceInput<'A/b@1'>.properties", '(TypeDecl t (TypePropertyAccess (ParameterizedType resourceInput ["A/b@1"]) properties))'],
  ['resourceOutput type', "type t = resourceOutput<'A/b@1'>", '(TypeDecl t (ParameterizedType resourceOutput ["A/b@1"]))'],
  ['namespaced and member types', 'type t = sys.string', '(TypeDecl t (TypePropertyAccess sys string))'],
  ['type index and items access', 'type t = x[0].y[*].*', '(TypeDecl t (TypeAdditionalPropertiesAccess (TypeItemsAccess (TypePropertyAccess (TypeIndexAccess x 0) y))))'],
  ['exported discriminated type', "@export()\n@discriminator('kind')\ntype t = a | b", '(TypeDecl [(@export) (@discriminator "kind")] t (UnionType [a b]))'],
  ['func', 'func f(a string, b int) string => \'${a}${b}\'', '(Func f [(FuncParam a string) (FuncParam b int)] string (String "" a "" b ""))'],
  ['func without parameters', 'func f() int => 1', '(Func f int 1)'],
  ['import symbols', "import { a, b as c, 'd.e' as f } from './x.bicep'", '(Import [(ImportedSymbol a) (ImportedSymbol b c) (ImportedSymbol "d.e" f)] "./x.bicep")'],
  ['import wildcard', "import * as ns from 'br/public:x:1'", '(Import ns "br/public:x:1")'],
  ['extension by name', 'extension microsoftGraphV1', '(Extension extension microsoftGraphV1)'],
  ['extension with config and alias', "extension 'br:x/y:1' with {\n  a: 1\n} as k8s", '(Extension extension "br:x/y:1" (Object [(Property a 1)]) k8s)'],
  ['provider (older spelling)', "provider 'kubernetes@1.0.0' as k", '(Extension provider "kubernetes@1.0.0" k)'],
  ['import of an extension (older spelling)', "import 'az@1.0.0'", '(Extension import "az@1.0.0")'],
  ['assert', 'assert ok = length(x) > 0', '(Assert ok (Binary > (Call length [x]) 0))'],
  ['test', "test t './m.bicep' = {\n  params: {}\n}", '(Test t "./m.bicep" (Object [(Property params (Object))]))'],
];

for (const [name, source, expected] of statementCases) {
  test(`statement: ${name}`, () => {
    const result = parse(source + '\n');
    assert.equal(result.errors, []);
    assert.is(show(only(result.program)), expected);
  });
}

const paramsFileCases: [string, string, string][] = [
  ['using', "using './main.bicep'", '(Using "./main.bicep")'],
  ['using none', 'using none', '(Using)'],
  ['extends', "extends './base.bicepparam'", '(Extends "./base.bicepparam")'],
  ['param assignment', "param p = 'x'", '(Param p "x")'],
  ['extensionConfig', "extensionConfig k8s with {\n  namespace: 'ml'\n}", '(ExtensionConfig k8s (Object [(Property namespace "ml")]))'],
];

for (const [name, source, expected] of paramsFileCases) {
  test(`bicepparam: ${name}`, () => {
    const result = parse(source + '\n', 'main.bicepparam');
    assert.equal(result.errors, []);
    assert.is(show(only(result.program)), expected);
  });
}

// ------------------------------------------------------------------ positions

test('positions: tokens carry 1-based line and column, CRLF and BOM included', () => {
  const { tokens } = lex("\uFEFFparam a string\r\nvar b = '''x\r\ny'''\r\n");
  const where = tokens.map((t) => `${t.kind}@${t.line}:${t.column}-${t.endLine}:${t.endColumn}`);
  assert.equal(where, [
    'Identifier@1:1-1:6', 'Identifier@1:7-1:8', 'Identifier@1:9-1:15', 'NewLine@1:15-2:1',
    'Identifier@2:1-2:4', 'Identifier@2:5-2:6', '=@2:7-2:8', 'StringComplete@2:9-3:5', 'NewLine@3:5-4:1', 'EndOfFile@4:1-4:1',
  ]);
});

const spanCases: [string, (p: Program) => unknown, [number, number, number, number]][] = [
  ['resource declaration from its decorator to its closing brace', (p) => p.statements[1], [3, 1, 6, 2]],
  ['resource body', (p) => (p.statements[1]!.kind === 'Resource' ? p.statements[1].body : null), [4, 32, 6, 2]],
  ['property value', (p) => {
    const s = p.statements[1]!;
    return s.kind === 'Resource' && s.body.kind === 'Object' ? (s.body.properties[0] as { value: unknown }).value : null;
  }, [5, 9, 5, 19]],
  ['decorator', (p) => (p.statements[1]!.kind === 'Resource' ? p.statements[1].decorators[0] : null), [3, 1, 3, 22]],
  ['param name', (p) => (p.statements[0]!.kind === 'Param' ? p.statements[0].name : null), [1, 7, 1, 11]],
];

for (const [name, pick, [line, column, endLine, endColumn]] of spanCases) {
  test(`positions: ${name}`, () => {
    const source = "param name string\n\n@description('store')\nresource sa 'A/b@1' existing = {\n  name: '${name}x'\n}\n";
    const result = parse(source);
    assert.equal(result.errors, []);
    const node = pick(result.program) as { span: { line: number; column: number; endLine: number; endColumn: number } };
    assert.equal([node.span.line, node.span.column, node.span.endLine, node.span.endColumn], [line, column, endLine, endColumn]);
  });
}

// ------------------------------------------------------------------ directives

const directiveCases: [string, string, { kind: string; codes: string[]; line: number; column: number }[]][] = [
  ['disable-next-line with codes', '#disable-next-line BCP081 moat-aks-private\nvar a = 1', [{ kind: 'disable-next-line', codes: ['BCP081', 'moat-aks-private'], line: 1, column: 1 }]],
  ['indented, with a trailing comment', "resource r 'A/b@1' = {\n  #disable-next-line x // why\n  name: 'n'\n}", [{ kind: 'disable-next-line', codes: ['x'], line: 2, column: 3 }]],
  ['disable and restore', '#disable-diagnostics a\nvar x = 1\n#restore-diagnostics a', [
    { kind: 'disable-diagnostics', codes: ['a'], line: 1, column: 1 },
    { kind: 'restore-diagnostics', codes: ['a'], line: 3, column: 1 },
  ]],
  ['on the first line after a byte-order mark', '\uFEFF#disable-next-line a\nvar x = 1', [{ kind: 'disable-next-line', codes: ['a'], line: 1, column: 1 }]],
  ['not inside a string', "var s = '#disable-next-line x'", []],
];

for (const [name, source, expected] of directiveCases) {
  test(`directive: ${name}`, () => {
    const result = parse(source);
    assert.equal(result.errors, []);
    assert.equal(result.directives.map(({ kind, codes, line, column }) => ({ kind, codes, line, column })), expected);
  });
}

// ------------------------------------------------------------------ errors

const errorCases: [string, string, number, number, RegExp][] = [
  ['unknown declaration', 'wrong', 1, 1, /Expected a declaration .* found 'wrong'/],
  ['param without a name', 'param\n', 1, 6, /parameter name .*end of line/],
  ['param without a type', 'param p\n', 1, 8, /Expected a type/],
  ['param with junk after the type', "param p string 3 = 's'", 1, 16, /Expected '=' or a new line/],
  ['var without =', 'var x 1', 1, 8, /Expected '='/],
  ['var with a missing value', 'var x =\n', 1, 8, /Expected an expression/],
  ['dangling binary operator', 'var x = 1 +\n', 1, 12, /Expected an expression but found end of line/],
  ['operator on the next line', 'var x = 1\n  + 2', 2, 3, /Expected a declaration/],
  ['double-quoted string', 'var x = "a"', 1, 9, /single quotes/],
  ['unterminated string', "var x = 'abc\nvar y = 1", 1, 9, /not terminated/],
  ['unterminated multi-line string', "var x = '''abc", 1, 9, /Multi-line string is not terminated/],
  ['unterminated comment', 'var x = 1 /* never closed', 1, 11, /comment is not terminated/],
  ['bad escape', "var x = 'a\\qb'", 1, 11, /Unrecognized escape sequence '\\q'/],
  ['bad unicode escape', "var x = '\\u{110000}'", 1, 10, /Invalid unicode escape/],
  ['newline inside an interpolation', "var x = '${a\n}'", 1, 13, /not terminated/],
  ['object literal inside an interpolation', "var x = '${{a: 1}}'", 1, 12, /not allowed here/],
  ['missing colon in an object', "var o = {\n  a 1\n}", 2, 5, /Expected ':'/],
  ['two properties on a line without a comma', 'var o = { a: 1 b: 2 }', 1, 16, /new line or ','/],
  ['comma then new line', 'var a = [1,\n  2\n]', 1, 12, /Unexpected new line after ','/],
  ['unclosed array before the next declaration', "var a = [\n  1\nparam p string", 2, 4, /Expected ']'/],
  ['unclosed call', 'var a = f(1, 2\nvar b = 1', 1, 15, /Expected '\)'/],
  ['trailing comma in a call', 'var a = f(1,)', 1, 13, /trailing commas/],
  ['empty index', 'var a = b[]', 1, 11, /index expression is required/],
  ['?. is not Bicep', 'var a = b?.c', 1, 10, /'\?\.' is not Bicep syntax/],
  ['.? on a function call', 'var a = b.?c()', 1, 10, /can't be used on a function call/],
  ['for without in', 'var a = [for x xs: x]', 1, 16, /Expected 'in'/],
  ['for variable block with one name', 'var a = [for (x) in xs: x]', 1, 16, /a loop variable block has exactly 2 names/],
  ['resource without type string', "resource r = {\n}", 1, 12, /resource type string/],
  ['resource body that is not an object', "resource r 'A/b@1' = 1", 1, 22, /Expected '\{', 'if' or '\[for'/],
  ['resource loop body that is not an object', "resource r 'A/b@1' = [for x in xs: 1]", 1, 36, /as the loop body/],
  ['decorator without declaration', "@description('x')\n", 1, 1, /declaration after this decorator/],
  ['decorator followed by junk', '@secure() param p string', 1, 11, /new line after the decorator/],
  ['declaration followed by junk', 'var a = 1 2', 1, 11, /new line after the declaration/],
  ['parentheses with two expressions', 'var a = (1, 2)', 1, 9, /exactly one expression/],
  ['lambda with a non-name parameter', 'var a = (1) => 2', 1, 10, /lambda parameter name/],
  ['union with a dangling pipe', "type t = 'a' |\n", 1, 15, /Expected a type after '\|'/],
  ['import without from', 'import { a }', 1, 13, /Expected 'from'/],
  ['integer too large', 'var a = 222222222222222222222222222222', 1, 9, /too large/],
  ['identifier too long', `var ${'n'.repeat(256)} = 1`, 1, 5, /longer than 255/],
  ['interpolated string type', "type t = resourceInput<'A/${b}@1'>", 1, 24, /must be a constant/],
  ['unclosed parenthesis at the end of the file', 'var a = (\n\n', 1, 10, /Expected '\)' but found end of file/],
  ['lone ampersand', 'var a = b & c', 1, 11, /'&&'/],
  ['pragma without codes', '#disable-next-line\nvar a = 1', 1, 1, /at least one diagnostic code/],
  ['typed param in a .bicep file needs a type', "param p = 'x'", 1, 9, /Expected a type/],
];

for (const [name, source, line, column, message] of errorCases) {
  test(`error: ${name}`, () => {
    const { errors } = parse(source);
    assert.ok(errors.length > 0, 'an error is reported');
    const first = errors[0]!;
    assert.equal([first.line, first.column], [line, column], `${first.message}`);
    assert.match(first.message, message);
    assert.is(first.file, 'test.bicep');
  });
}

const recoveryCases: [string, string, string[], number[]][] = [
  ['declarations after a broken one still parse', "param\nvar ok = 1\noutput o int = ok", ['Error', 'Var', 'Output'], [1]],
  ['a broken property keeps the rest of the object', "resource r 'A/b@1' = {\n  name: )\n  location: 'x'\n}\nvar after = 1", ['Resource', 'Var'], [2]],
  ['broken lines until the next declaration cost one error', 'var a = )\n  junk junk\n  more junk\nvar b = 1', ['Error', 'Var'], [1]],
  ['decorators before a non-declaration cost one error', "@secure()\nfoo bar\nvar ok = 1", ['MissingDecl', 'Var'], [1]],
  ['each broken declaration is reported', 'param 3\nvar 2\noutput o int = 1', ['Error', 'Error', 'Output'], [1, 2]],
];

for (const [name, source, kinds, errorLines] of recoveryCases) {
  test(`recovery: ${name}`, () => {
    const { program, errors } = parse(source);
    assert.equal(program.statements.map((s) => s.kind), kinds);
    assert.equal(errors.map((e) => e.line), errorLines);
  });
}

test('recovery: nesting deeper than the bound is an error, not a crash', () => {
  const depth = MAX_NESTING * 50;
  const { errors } = parse(`var deep = ${'['.repeat(depth)}${']'.repeat(depth)}\nvar after = 1`);
  assert.ok(errors.some((e) => /Nesting is too deep/.test(e.message)));
});

// ------------------------------------------------------------------ fixtures

const fixtureCases: [string, string[]][] = [
  ['aks-vnet.bicep', ['TargetScope', 'Metadata', 'Param', 'Param', 'Param', 'Param', 'Param', 'Var', 'Var', 'Var', 'Resource', 'Resource', 'Resource', 'Module', 'Output', 'Output', 'Output']],
  ['scoring.bicepparam', ['Using', 'Param', 'Param', 'Param', 'Var']],
  ['types-and-functions.bicep', [
    'Import', 'Import', 'Extension', 'TypeDecl', 'TypeDecl', 'TypeDecl', 'TypeDecl', 'TypeDecl', 'TypeDecl', 'TypeDecl', 'TypeDecl', 'TypeDecl', 'TypeDecl',
    'Func', 'Func', ...Array<string>(16).fill('Var'), 'Assert', 'Resource', 'Output', 'Output',
  ]],
];

for (const [name, kinds] of fixtureCases) {
  test(`fixture: ${name} parses without errors`, () => {
    const result = parse(readFixture(name), name);
    assert.equal(result.errors, []);
    assert.equal(result.program.statements.map((s) => s.kind), kinds);
  });
}

test('fixture: aks-vnet.bicep keeps the pragma, the nested resource and the conditional body', () => {
  const { program, directives } = parse(readFixture('aks-vnet.bicep'), 'aks-vnet.bicep');
  assert.equal(directives.map((d) => [d.kind, d.codes, d.line]), [['disable-next-line', ['no-hardcoded-env-urls', 'BCP081'], 57]]);
  const [vnet, , aks] = program.statements.filter((s) => s.kind === 'Resource');
  assert.ok(vnet?.kind === 'Resource' && vnet.body.kind === 'Object');
  assert.equal(vnet.body.properties.map((p) => p.kind), ['Property', 'Property', 'Property', 'Property', 'Resource']);
  assert.ok(aks?.kind === 'Resource' && aks.body.kind === 'If');
  assert.is(aks.span.line, 58);
});

/** Every node of a tree with its parent, in source order. */
function* nodesOf(value: unknown, parent: { kind: string; span: { offset: number; endOffset: number } } | null = null): Generator<[Record<string, unknown> & { kind: string; span: { offset: number; endOffset: number } }, typeof parent]> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodesOf(item, parent);
    return;
  }
  if (typeof value !== 'object' || value === null || !('kind' in value)) return;
  const node = value as Record<string, unknown> & { kind: string; span: { offset: number; endOffset: number } };
  yield [node, parent];
  for (const [key, child] of Object.entries(node)) if (key !== 'span') yield* nodesOf(child, node);
}

for (const name of ['aks-vnet.bicep', 'types-and-functions.bicep', 'scoring.bicepparam']) {
  test(`fixture: ${name} spans nest inside their parents and names match their text`, () => {
    const text = readFixture(name);
    for (const [node, parent] of nodesOf(parse(text, name).program)) {
      assert.ok(node.span.offset <= node.span.endOffset, `${node.kind} span is ordered`);
      if (parent) assert.ok(node.span.offset >= parent.span.offset && node.span.endOffset <= parent.span.endOffset, `${node.kind} inside ${parent.kind}`);
      if (node.kind === 'Identifier' || node.kind === 'Variable') assert.is(text.slice(node.span.offset, node.span.endOffset), node.name);
    }
  });

  test(`fixture: ${name} with CRLF line ends parses to the same tree`, () => {
    const text = readFixture(name);
    const lf = parse(text, name);
    const crlf = parse(text.replace(/\n/g, '\r\n'), name);
    assert.equal(crlf.errors, []);
    // Multi-line strings keep their line ends verbatim, as in Bicep.
    assert.is(show(crlf.program).replaceAll('\\r\\n', '\\n'), show(lf.program));
    assert.equal(crlf.program.statements.map((s) => [s.span.line, s.span.column, s.span.endLine, s.span.endColumn]), lf.program.statements.map((s) => [s.span.line, s.span.column, s.span.endLine, s.span.endColumn]));
  });
}

// ------------------------------------------------------------------ robustness

const FRAGMENTS = ['{', '}', '[', ']', '(', ')', "'", "'''", '${', ',', '\n', ':', '?', '.?', '=>', '@', '#disable-next-line', '/*', '//', 'resource', 'for', 'if', '|', '...', '!', '::', '$'];

type Mutation = (text: string, random: () => number) => string;
const mutations: [string, Mutation][] = [
  ['truncate', (text, random) => text.slice(0, Math.floor(random() * text.length))],
  ['delete a span', (text, random) => {
    const at = Math.floor(random() * text.length);
    return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40));
  }],
  ['insert a fragment', (text, random) => {
    const at = Math.floor(random() * text.length);
    return text.slice(0, at) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] + text.slice(at);
  }],
  ['swap two lines', (text, random) => {
    const lines = text.split('\n');
    const a = Math.floor(random() * lines.length), b = Math.floor(random() * lines.length);
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  }],
];

function assertWellFormed(text: string, file: string): void {
  const result = parseBicep(text, file);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const error of result.errors) {
    assert.ok(error.line >= 1 && error.line <= lineCount, `error line ${error.line} within 1..${lineCount}`);
    assert.ok(error.column >= 1, 'column is 1-based');
    assert.ok(error.message.length > 0);
  }
  assert.is(result.program.kind, 'Program');
}

for (const [name, mutate] of mutations) {
  test(`robustness: ${name} (seeded) never throws`, () => {
    const random = seededRandom(0x5eed + name.length);
    for (const fixtureName of ['aks-vnet.bicep', 'types-and-functions.bicep', 'scoring.bicepparam']) {
      const text = readFixture(fixtureName);
      for (let i = 0; i < 150; i++) {
        let mutated = text;
        const rounds = 1 + Math.floor(random() * 3);
        for (let r = 0; r < rounds; r++) mutated = mutate(mutated, random);
        assertWellFormed(mutated, fixtureName);
      }
    }
  });
}

test('robustness: arbitrary text (fast-check) never throws', () => {
  const alphabet = fc.constantFrom(...FRAGMENTS, 'a', 'x1', '0', ' ', '=', '-', '+', '\\', '"', 'param', 'var', '\r\n', '\uFEFF', 'é');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
      assertWellFormed(text, 'random.bicep');
    }),
    { numRuns: 300, seed: 42 },
  );
});

test.run();
