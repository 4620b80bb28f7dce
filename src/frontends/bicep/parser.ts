/**
 * Error-tolerant recursive-descent parser for Bicep (and .bicepparam), shaped
 * after Azure/bicep's own parser: newline-sensitive statements, element-level
 * recovery inside objects, arrays and argument lists, and declaration-level
 * recovery that skips to the next line that starts a declaration.
 *
 * Internally a syntax error is thrown as a `Failure` and caught by the nearest
 * `recover` point, which records it, skips to a terminator and leaves an
 * `ErrorNode` in the tree. Nothing escapes `parseTokens`; every loop either
 * consumes a token or stops, and nesting is bounded.
 */
import type * as A from './ast.js';
import type { Token, TokenKind } from './lexer.js';

export interface ParseError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export type SourceKind = 'bicep' | 'bicepparam';

/** Deeper than this, a construct is reported instead of parsed (keeps the JS stack safe). */
export const MAX_NESTING = 100;

const MAX_UINT64 = 2n ** 64n - 1n;
const ALLOW_COMPLEX = 1;
const ALLOW_RESOURCES = 2;

const DECLARATION_KEYWORDS = new Set([
  'targetScope', 'metadata', 'param', 'var', 'resource', 'module', 'output', 'type', 'func',
  'import', 'using', 'extends', 'extension', 'extensionConfig', 'provider', 'assert', 'test',
]);

/** Token kinds that may follow a declaration keyword when it really starts a declaration (not a property `type: ...`). */
const AFTER_DECLARATION_KEYWORD = new Set<TokenKind>(['Identifier', '=', 'StringComplete', 'StringLeft', '{', '*']);

const BINARY_PRECEDENCE: Partial<Record<TokenKind, number>> = {
  '*': 100, '/': 100, '%': 100,
  '+': 90, '-': 90,
  '>': 80, '>=': 80, '<': 80, '<=': 80,
  '==': 70, '!=': 70, '=~': 70, '!~': 70,
  '&&': 50,
  '||': 40,
  '??': 30,
};

const UNARY_OPERATORS = new Set<TokenKind>(['!', '-', '+']);
const STRING_START = new Set<TokenKind>(['StringComplete', 'StringLeft']);
const EXPRESSION_END = ['StringRight', '}', ')', ']', 'NewLine'] as const;

class Failure {
  constructor(readonly token: Token, readonly message: string) {}
}

export function parseTokens(tokens: Token[], file: string, sourceKind: SourceKind): { program: A.Program; errors: ParseError[] } {
  const parser = new Parser(tokens, sourceKind);
  const program = parser.program(file);
  return { program, errors: parser.errors };
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'NewLine': return 'end of line';
    case 'EndOfFile': return 'end of file';
    default: return `'${token.text.length > 24 ? token.text.slice(0, 24) + '…' : token.text}'`;
  }
}

class Parser {
  readonly errors: ParseError[] = [];
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[], private readonly sourceKind: SourceKind) {}

  // ------------------------------------------------------------ token access

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private peekAt(ahead: number): Token {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)]!;
  }

  private indexAfterNewLines(from: number): number {
    let i = from;
    while (this.tokens[i]!.kind === 'NewLine') i++;
    return i;
  }

  private peekSkippingNewLines(): Token {
    return this.tokens[this.indexAfterNewLines(this.pos)]!;
  }

  private atEnd(): boolean {
    return this.tokens[this.pos]!.kind === 'EndOfFile';
  }

  private check(kind: TokenKind): boolean {
    return this.tokens[this.pos]!.kind === kind;
  }

  private checkKeyword(word: string, token: Token = this.peek()): boolean {
    return token.kind === 'Identifier' && token.text === word;
  }

  private read(): Token {
    const token = this.tokens[this.pos]!;
    if (token.kind !== 'EndOfFile') this.pos++;
    return token;
  }

  private match(kind: TokenKind): boolean {
    if (!this.check(kind)) return false;
    this.pos++;
    return true;
  }

  private skipNewLines(): void {
    while (this.tokens[this.pos]!.kind === 'NewLine') this.pos++;
  }

  /**
   * Newlines inside brackets, except before a line that starts a declaration:
   * then the bracket is taken as unclosed, which costs one error rather than
   * the rest of the file.
   */
  private skipNewLinesInBrackets(): void {
    if (this.check('NewLine') && !this.startsDeclaration(this.indexAfterNewLines(this.pos))) this.skipNewLines();
  }

  private fail(message: string, token: Token = this.peek()): Failure {
    return new Failure(token, message);
  }

  private expect(kind: TokenKind, what: string = `'${kind}'`): Token {
    if (this.check(kind)) return this.read();
    throw this.fail(`Expected ${what} but found ${describe(this.peek())}`);
  }

  private expectKeyword(word: string): Token {
    if (this.checkKeyword(word)) return this.read();
    throw this.fail(`Expected '${word}' but found ${describe(this.peek())}`);
  }

  private report(message: string, token: Token = this.peek()): void {
    if (token.kind === 'EndOfFile') {
      // Point at the end of the last line with content, where the missing piece belongs.
      let last = this.tokens.length - 2;
      while (last >= 0 && this.tokens[last]!.kind === 'NewLine') last--;
      if (last >= 0) {
        const before = this.tokens[last]!;
        this.errors.push({ message, offset: before.end, line: before.endLine, column: before.endColumn });
        return;
      }
    }
    this.errors.push({ message, offset: token.offset, line: token.line, column: token.column });
  }

  /** A missing closer is reported but not thrown, so what was parsed so far survives. */
  private close(kind: TokenKind): boolean {
    if (this.match(kind)) return true;
    this.report(`Expected '${kind}' but found ${describe(this.peek())}`);
    return false;
  }

  private identifier(what: string): A.Identifier {
    const token = this.peek();
    if (token.kind !== 'Identifier') throw this.fail(`Expected ${what} but found ${describe(token)}`);
    this.pos++;
    return { kind: 'Identifier', name: token.text, span: tokenSpan(token) };
  }

  /** The span from the token at `startIndex` to the last consumed token. */
  private spanFrom(startIndex: number): A.Span {
    const first = this.tokens[startIndex]!;
    const last = this.pos > startIndex ? this.tokens[this.pos - 1]! : undefined;
    return last
      ? { offset: first.offset, line: first.line, column: first.column, endOffset: last.end, endLine: last.endLine, endColumn: last.endColumn }
      : { offset: first.offset, line: first.line, column: first.column, endOffset: first.offset, endLine: first.line, endColumn: first.column };
  }

  /** `@`, or a declaration keyword followed by something only a declaration has (so `type: 'x'` is a property). */
  private startsDeclaration(index: number): boolean {
    const token = this.tokens[index]!;
    if (token.kind === '@') return true;
    if (token.kind !== 'Identifier' || !DECLARATION_KEYWORDS.has(token.text)) return false;
    const next = this.tokens[Math.min(index + 1, this.tokens.length - 1)]!;
    return AFTER_DECLARATION_KEYWORD.has(next.kind);
  }

  /**
   * Runs `parse`; on a syntax error, records it, skips to (not past) one of
   * `terminators` and returns an ErrorNode for the skipped source.
   */
  private recover<T>(parse: () => T, terminators: readonly TokenKind[]): T | A.ErrorNode {
    const start = this.pos;
    const depth = this.depth;
    try {
      return parse();
    } catch (caught) {
      if (!(caught instanceof Failure)) throw caught;
      this.depth = depth;
      this.report(caught.message, caught.token);
      while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.pos++;
      return { kind: 'Error', message: caught.message, span: this.spanFrom(start) };
    }
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) throw this.fail(`Nesting is too deep (more than ${MAX_NESTING} levels)`);
  }

  // --------------------------------------------------------------- program

  program(file: string): A.Program {
    const statements: A.Statement[] = [];
    while (!this.atEnd()) {
      if (this.match('NewLine')) continue;
      const before = this.pos;
      const statement = this.declaration();
      statements.push(statement);
      if (statement.kind === 'Error' || statement.kind === 'MissingDecl') {
        this.skipToNextDeclarationLine();
      } else if (!this.check('NewLine') && !this.atEnd()) {
        this.report(`Expected a new line after the declaration but found ${describe(this.peek())}`);
        this.skipToNextDeclarationLine();
      }
      if (this.pos === before) this.read();
    }
    return { kind: 'Program', file, statements, span: this.spanFrom(0) };
  }

  /**
   * After a broken declaration: on to the next line that starts with `@` or a
   * declaration keyword (not a `type:` property), or that starts in column 1
   * with anything but a closing bracket. Indented lines and closers are taken
   * as the rest of the broken declaration, so they cost no further errors.
   */
  private skipToNextDeclarationLine(): void {
    while (!this.atEnd()) {
      if (this.check('NewLine')) {
        const next = this.indexAfterNewLines(this.pos);
        const token = this.tokens[next]!;
        if (token.kind === '@' || (token.kind === 'Identifier' && DECLARATION_KEYWORDS.has(token.text) && this.tokens[next + 1]?.kind !== ':')) return;
        if (token.column === 1 && token.kind !== '}' && token.kind !== ']' && token.kind !== ')') return;
      }
      this.pos++;
    }
  }

  /** One declaration with its decorators; `only` restricts the keywords (nested resources). */
  private declaration(only?: string): A.Statement {
    const start = this.pos;
    return this.recover((): A.Statement => {
      const decorators = this.decorators();
      const token = this.peek();
      const keyword = token.kind === 'Identifier' && (only === undefined || token.text === only) ? token.text : undefined;
      switch (keyword) {
        case 'targetScope': return this.targetScope(start, decorators);
        case 'metadata': return this.metadata(start, decorators);
        case 'param': return this.param(start, decorators);
        case 'var': return this.variable(start, decorators);
        case 'resource': return this.resource(start, decorators);
        case 'module': return this.module(start, decorators);
        case 'output': return this.output(start, decorators);
        case 'type': return this.typeDeclaration(start, decorators);
        case 'func': return this.func(start, decorators);
        case 'import': return this.importDeclaration(start, decorators);
        case 'extension':
        case 'provider': this.read(); return this.extension(start, decorators, keyword);
        case 'using': return this.using(start, decorators);
        case 'extends': return this.extendsDeclaration(start, decorators);
        case 'extensionConfig': return this.extensionConfig(start, decorators);
        case 'assert': return this.assert(start, decorators);
        case 'test': return this.test(start, decorators);
      }
      if (decorators.length > 0) {
        this.report(`Expected a declaration after this decorator but found ${describe(token)}`, this.tokens[start]);
        return { kind: 'MissingDecl', decorators, span: this.spanFrom(start) };
      }
      const expected = only ? `'${only}'` : 'a declaration (param, var, resource, module, output, type, func, import, metadata, targetScope...)';
      throw this.fail(`Expected ${expected} but found ${describe(token)}`, token);
    }, ['NewLine']);
  }

  private decorators(): A.Decorator[] {
    const decorators: A.Decorator[] = [];
    while (this.check('@')) {
      decorators.push(this.decorator());
      if (!this.check('NewLine')) {
        throw this.fail(`Expected a new line after the decorator but found ${describe(this.peek())}`);
      }
      this.skipNewLines();
    }
    return decorators;
  }

  /** `@name`, `@name(args)`, `@ns.name(args)` */
  private decorator(): A.Decorator {
    const start = this.pos;
    this.read();
    const first = this.identifier('a decorator name');
    let expression: A.Expression = this.check('(')
      ? { kind: 'Call', name: first, args: this.callArguments(ALLOW_COMPLEX), span: this.spanFrom(start + 1) }
      : { kind: 'Variable', name: first.name, span: first.span };
    while (this.match('.')) {
      const name = this.identifier('a decorator name');
      expression = this.check('(')
        ? { kind: 'InstanceCall', base: expression, name, args: this.callArguments(ALLOW_COMPLEX), span: this.spanFrom(start + 1) }
        : { kind: 'PropertyAccess', base: expression, name, safe: false, span: this.spanFrom(start + 1) };
    }
    return { kind: 'Decorator', ...decoratorParts(expression), expression, span: this.spanFrom(start) };
  }

  // ---------------------------------------------------------- declarations

  private targetScope(start: number, decorators: A.Decorator[]): A.TargetScopeDecl {
    this.read();
    this.expect('=');
    const value = this.expression(ALLOW_COMPLEX);
    return { kind: 'TargetScope', decorators, value, span: this.spanFrom(start) };
  }

  private metadata(start: number, decorators: A.Decorator[]): A.MetadataDecl {
    this.read();
    const name = this.identifier('a metadata name');
    this.expect('=');
    const value = this.expression(ALLOW_COMPLEX);
    return { kind: 'Metadata', decorators, name, value, span: this.spanFrom(start) };
  }

  private param(start: number, decorators: A.Decorator[]): A.ParamDecl {
    this.read();
    const name = this.identifier('a parameter name');
    const type = this.sourceKind === 'bicepparam' && this.check('=') ? null : this.type(false);
    let defaultValue: A.Expression | null = null;
    if (this.match('=')) defaultValue = this.expression(ALLOW_COMPLEX);
    else if (!this.check('NewLine') && !this.atEnd()) throw this.fail(`Expected '=' or a new line after the parameter type but found ${describe(this.peek())}`);
    return { kind: 'Param', decorators, name, type, defaultValue, span: this.spanFrom(start) };
  }

  private variable(start: number, decorators: A.Decorator[]): A.VarDecl {
    this.read();
    const name = this.identifier('a variable name');
    const type = this.check('=') || this.check('NewLine') || this.atEnd() ? null : this.type(false);
    this.expect('=');
    const value = this.expression(ALLOW_COMPLEX);
    return { kind: 'Var', decorators, name, type, value, span: this.spanFrom(start) };
  }

  private resource(start: number, decorators: A.Decorator[]): A.ResourceDecl {
    this.read();
    const name = this.identifier('a resource name');
    const resourceType = this.requiredString('a resource type string (\'Namespace/type@version\')');
    const existing = this.checkKeyword('existing') ? (this.read(), true) : false;
    this.expect('=');
    const body = this.declarationBody(ALLOW_COMPLEX | ALLOW_RESOURCES);
    return { kind: 'Resource', decorators, name, resourceType, existing, body, span: this.spanFrom(start) };
  }

  private module(start: number, decorators: A.Decorator[]): A.ModuleDecl {
    this.read();
    const name = this.identifier('a module name');
    const path = this.requiredString('a module path string');
    this.expect('=');
    const body = this.declarationBody(ALLOW_COMPLEX);
    return { kind: 'Module', decorators, name, path, body, span: this.spanFrom(start) };
  }

  /** After `resource ... =` / `module ... =`: `{...}`, `if (cond) {...}` or `[for ...]`. */
  private declarationBody(flags: number): A.DeclBody {
    if (this.checkKeyword('if', this.peekSkippingNewLines())) this.skipNewLines();
    const token = this.peek();
    if (token.kind === '{') return this.object(flags);
    if (this.checkKeyword('if')) return this.ifCondition(flags);
    if (token.kind === '[') return this.forExpression(flags, true);
    throw this.fail(`Expected '{', 'if' or '[for' but found ${describe(token)}`);
  }

  private output(start: number, decorators: A.Decorator[]): A.OutputDecl {
    this.read();
    const name = this.identifier('an output name');
    const type = this.type(true);
    this.expect('=');
    const value = this.expression(ALLOW_COMPLEX);
    return { kind: 'Output', decorators, name, type, value, span: this.spanFrom(start) };
  }

  private typeDeclaration(start: number, decorators: A.Decorator[]): A.TypeDecl {
    this.read();
    const name = this.identifier('a type name');
    this.expect('=');
    const value = this.type(false);
    return { kind: 'TypeDecl', decorators, name, value, span: this.spanFrom(start) };
  }

  /** `func name(a string, b int) string => body` */
  private func(start: number, decorators: A.Decorator[]): A.FuncDecl {
    this.read();
    const name = this.identifier('a function name');
    this.expect('(');
    const params: A.FuncParam[] = [];
    this.skipNewLinesInBrackets();
    while (!this.check(')') && !this.atEnd()) {
      const paramStart = this.pos;
      const paramName = this.identifier('a function parameter name');
      const type = this.type(false);
      params.push({ kind: 'FuncParam', name: paramName, type, span: this.spanFrom(paramStart) });
      this.skipNewLinesInBrackets();
      if (!this.match(',')) break;
      this.skipNewLinesInBrackets();
    }
    this.expect(')');
    const returnType = this.type(false);
    this.expect('=>');
    const body = this.lambdaBody();
    return { kind: 'Func', decorators, name, params, returnType, body, span: this.spanFrom(start) };
  }

  private importDeclaration(start: number, decorators: A.Decorator[]): A.ImportDecl | A.ExtensionDecl {
    this.read();
    // `import 'spec'` is the older spelling of `extension 'spec'`.
    if (STRING_START.has(this.peek().kind)) return this.extension(start, decorators, 'import');
    let symbols: A.ImportedSymbol[] | null = null;
    let wildcardAlias: A.Identifier | null = null;
    if (this.check('{')) {
      this.read();
      symbols = this.elements('}', () => this.importedSymbol()).filter((s): s is A.ImportedSymbol => s.kind === 'ImportedSymbol');
      this.close('}');
    } else if (this.match('*')) {
      this.expectKeyword('as');
      wildcardAlias = this.identifier('a namespace name');
    } else {
      throw this.fail(`Expected '{' or '*' after 'import' but found ${describe(this.peek())}`);
    }
    this.expectKeyword('from');
    const from = this.requiredString('a path string');
    return { kind: 'Import', decorators, symbols, wildcardAlias, from, span: this.spanFrom(start) };
  }

  private importedSymbol(): A.ImportedSymbol | A.ErrorNode {
    const start = this.pos;
    return this.recover((): A.ImportedSymbol => {
      const original = this.check('StringComplete') ? this.string() : this.identifier('a symbol name to import');
      let alias: A.Identifier | null = null;
      if (this.checkKeyword('as')) {
        this.read();
        alias = this.identifier('an alias name');
      } else if (original.kind === 'String') {
        throw this.fail(`A quoted import name needs an alias ('as name') but found ${describe(this.peek())}`);
      }
      return { kind: 'ImportedSymbol', original, alias, span: this.spanFrom(start) };
    }, ['NewLine', ',', '}']);
  }

  /** After the keyword: `'spec' [with {...}] [as alias]`. */
  private extension(start: number, decorators: A.Decorator[], keyword: A.ExtensionDecl['keyword']): A.ExtensionDecl {
    const specification = this.check('Identifier') ? this.identifier('an extension name') : this.requiredString('an extension specification');
    let config: A.ObjectExpr | null = null;
    let alias: A.Identifier | null = null;
    if (this.checkKeyword('with')) {
      this.read();
      config = this.requiredObject();
    }
    if (this.checkKeyword('as')) {
      this.read();
      alias = this.identifier('an alias name');
    }
    return { kind: 'Extension', decorators, keyword, specification, config, alias, span: this.spanFrom(start) };
  }

  private using(start: number, decorators: A.Decorator[]): A.UsingDecl {
    this.read();
    let path: A.StringExpr | null = null;
    if (this.checkKeyword('none')) this.read();
    else if (STRING_START.has(this.peek().kind)) path = this.string();
    else throw this.fail(`Expected a path string or 'none' after 'using' but found ${describe(this.peek())}`);
    let config: A.ObjectExpr | null = null;
    if (this.checkKeyword('with')) {
      this.read();
      config = this.requiredObject();
    }
    return { kind: 'Using', decorators, path, config, span: this.spanFrom(start) };
  }

  private extendsDeclaration(start: number, decorators: A.Decorator[]): A.ExtendsDecl {
    this.read();
    const path = this.requiredString('a path string');
    return { kind: 'Extends', decorators, path, span: this.spanFrom(start) };
  }

  private extensionConfig(start: number, decorators: A.Decorator[]): A.ExtensionConfigDecl {
    this.read();
    const alias = this.identifier('an extension alias');
    this.expectKeyword('with');
    const config = this.requiredObject();
    return { kind: 'ExtensionConfig', decorators, alias, config, span: this.spanFrom(start) };
  }

  private assert(start: number, decorators: A.Decorator[]): A.AssertDecl {
    this.read();
    const name = this.identifier('an assertion name');
    this.expect('=');
    const value = this.expression(ALLOW_COMPLEX);
    return { kind: 'Assert', decorators, name, value, span: this.spanFrom(start) };
  }

  private test(start: number, decorators: A.Decorator[]): A.TestDecl {
    this.read();
    const name = this.identifier('a test name');
    const path = this.requiredString('a test path string');
    this.expect('=');
    const body = this.requiredObject();
    return { kind: 'Test', decorators, name, path, body, span: this.spanFrom(start) };
  }

  private requiredString(what: string): A.StringExpr {
    if (!STRING_START.has(this.peek().kind)) throw this.fail(`Expected ${what} but found ${describe(this.peek())}`);
    return this.string();
  }

  private requiredObject(): A.ObjectExpr {
    if (!this.check('{')) throw this.fail(`Expected '{' but found ${describe(this.peek())}`);
    return this.object(ALLOW_COMPLEX);
  }

  // ----------------------------------------------------------- expressions

  private expression(flags: number): A.Expression {
    this.enter();
    const start = this.pos;
    const condition = this.binary(flags, 0);
    if (this.peekSkippingNewLines().kind === '?') this.skipNewLines();
    if (!this.check('?')) {
      this.depth--;
      return condition;
    }
    const question = this.read();
    if (this.check('.') && this.peek().offset === question.end) {
      throw this.fail("'?.' is not Bicep syntax: safe property access is written '.?'", question);
    }
    const whenTrue = this.expression(flags);
    if (this.peekSkippingNewLines().kind === ':') this.skipNewLines();
    this.expect(':', "':' of the conditional expression");
    const whenFalse = this.expression(flags);
    this.depth--;
    return { kind: 'Ternary', condition, whenTrue, whenFalse, span: this.spanFrom(start) };
  }

  private binary(flags: number, minPrecedence: number): A.Expression {
    const start = this.pos;
    let left = this.unary(flags);
    while (true) {
      const operator = this.peek().kind;
      const precedence = BINARY_PRECEDENCE[operator];
      if (precedence === undefined || precedence <= minPrecedence) return left;
      this.read();
      const right = this.binary(flags, precedence);
      left = { kind: 'Binary', operator: operator as A.BinaryOperator, left, right, span: this.spanFrom(start) };
    }
  }

  private unary(flags: number): A.Expression {
    const token = this.peek();
    if (!UNARY_OPERATORS.has(token.kind)) return this.member(flags);
    const start = this.pos;
    this.read();
    const operand = this.member(flags);
    return { kind: 'Unary', operator: token.kind as A.UnaryOperator, operand, span: this.spanFrom(start) };
  }

  private member(flags: number): A.Expression {
    const start = this.pos;
    let current = this.primary(flags);
    while (true) {
      const kind = this.peek().kind;
      if (kind === '[') {
        this.read();
        const safe = this.match('?');
        const fromEnd = this.match('^');
        if (this.check(']')) throw this.fail('An index expression is required between [ and ]');
        const index = this.expression(flags);
        this.expect(']');
        current = { kind: 'IndexAccess', base: current, index, safe, fromEnd, span: this.spanFrom(start) };
      } else if (kind === '.') {
        const dot = this.read();
        const safe = this.match('?');
        const name = this.identifier('a property or function name');
        if (this.check('(')) {
          if (safe) throw this.fail("Safe access '.?' can't be used on a function call", dot);
          current = { kind: 'InstanceCall', base: current, name, args: this.callArguments(flags), span: this.spanFrom(start) };
        } else {
          current = { kind: 'PropertyAccess', base: current, name, safe, span: this.spanFrom(start) };
        }
      } else if (kind === '::') {
        this.read();
        const name = this.identifier('a child resource name');
        current = { kind: 'ResourceAccess', base: current, name, span: this.spanFrom(start) };
      } else if (kind === '!') {
        this.read();
        current = { kind: 'NonNull', base: current, span: this.spanFrom(start) };
      } else {
        return current;
      }
    }
  }

  private primary(flags: number): A.Expression {
    const token = this.peek();
    const start = this.pos;
    switch (token.kind) {
      case 'Integer':
        return { kind: 'Integer', ...this.integer(), span: tokenSpan(token) };
      case 'True':
      case 'False':
        this.read();
        return { kind: 'Boolean', value: token.kind === 'True', span: tokenSpan(token) };
      case 'Null':
        this.read();
        return { kind: 'Null', span: tokenSpan(token) };
      case 'StringComplete':
      case 'StringLeft':
        return this.string();
      case '{':
        if (!(flags & ALLOW_COMPLEX)) throw this.fail('Object and array literals are not allowed here (for example inside a string interpolation)');
        return this.object(flags);
      case '[':
        if (!(flags & ALLOW_COMPLEX)) throw this.fail('Object and array literals are not allowed here (for example inside a string interpolation)');
        return this.checkKeyword('for', this.tokens[this.indexAfterNewLines(this.pos + 1)]) ? this.forExpression(flags, false) : this.array();
      case '(':
        return this.parenthesizedOrLambda(flags);
      case 'Identifier': {
        const name = this.identifier('a name');
        if (this.check('(')) return { kind: 'Call', name, args: this.callArguments(flags), span: this.spanFrom(start) };
        if (this.match('=>')) {
          const body = this.lambdaBody();
          return { kind: 'Lambda', params: [name], body, span: this.spanFrom(start) };
        }
        return { kind: 'Variable', name: name.name, span: name.span };
      }
      default:
        throw this.fail(`Expected an expression but found ${describe(token)}`);
    }
  }

  /** Bicep integers are unsigned 64-bit before negation. */
  private integer(): { value: number; raw: string } {
    const token = this.peek();
    if (token.text.length >= 20 && BigInt(token.text) > MAX_UINT64) throw this.fail('Integer literal is too large (the maximum is 2^64-1)');
    this.read();
    return { value: Number(token.text), raw: token.text };
  }

  /** Newlines may separate `=>` from the body unless the next line starts a declaration. */
  private lambdaBody(): A.Expression {
    const next = this.peekSkippingNewLines();
    if (!(next.kind === 'Identifier' && DECLARATION_KEYWORDS.has(next.text))) this.skipNewLines();
    return this.expression(ALLOW_COMPLEX);
  }

  /** `(expr)` or a lambda `(a, b) => body`; newlines are allowed inside the parentheses. */
  private parenthesizedOrLambda(flags: number): A.Expression {
    const start = this.pos;
    this.read();
    const items: A.Expression[] = [];
    this.skipNewLinesInBrackets();
    while (!this.check(')') && !this.check('NewLine') && !this.atEnd()) {
      const before = this.pos;
      items.push(this.recover(() => this.expression(flags), [...EXPRESSION_END, ',']));
      this.skipNewLinesInBrackets();
      if (!this.match(',')) break;
      this.skipNewLinesInBrackets();
      if (this.pos === before) break;
    }
    const closed = this.close(')');
    if (this.match('=>')) {
      const params = items.map((item): A.Identifier => {
        if (item.kind !== 'Variable') throw this.fail('Expected a lambda parameter name', this.tokenAt(item.span.offset));
        return { kind: 'Identifier', name: item.name, span: item.span };
      });
      const body = this.lambdaBody();
      return { kind: 'Lambda', params, body, span: this.spanFrom(start) };
    }
    if (items.length !== 1 && closed) throw this.fail('Parentheses must contain exactly one expression', this.tokens[start]);
    const inner = items[0] ?? { kind: 'Error', message: 'Expected an expression', span: this.spanFrom(this.pos) };
    return { kind: 'Paren', inner, span: this.spanFrom(start) };
  }

  private tokenAt(offset: number): Token {
    let lo = 0, hi = this.pos;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.offset < offset) lo = mid + 1; else hi = mid;
    }
    return this.tokens[lo]!;
  }

  /**
   * `(a, b)` after a function name. Arguments are separated by commas; newlines
   * may follow a comma or the `(`, and may precede the `)`.
   */
  private callArguments(flags: number): A.Expression[] {
    this.expect('(');
    const args: A.Expression[] = [];
    if (this.match(')')) return args;
    this.skipNewLinesInBrackets();
    let expectArgument = true;
    while (!this.atEnd() && !this.check(')')) {
      const before = this.pos;
      if (!expectArgument) {
        if (this.check('NewLine')) {
          const next = this.indexAfterNewLines(this.pos);
          const nextKind = this.tokens[next]!.kind;
          if (nextKind === 'EndOfFile' || this.startsDeclaration(next)) break;
          if (nextKind !== ')') this.report(`Expected ',' between function arguments but found ${describe(this.peek())}`);
          this.skipNewLines();
        } else if (this.match(',')) {
          this.skipNewLinesInBrackets();
          if (this.check(')')) this.report("Expected an argument after ',' (trailing commas are not allowed in calls)");
        } else {
          this.report(`Expected ',' or ')' but found ${describe(this.peek())}`);
        }
        expectArgument = true;
      } else {
        args.push(this.recover(() => this.expression(flags), ['NewLine', ',', ')']));
        expectArgument = false;
      }
      if (this.pos === before && !expectArgument) this.read();
    }
    this.close(')');
    return args;
  }

  /**
   * Items of `{...}` / `[...]` (values and types): separated by newlines or by
   * commas on one line. Stops early at a line that starts a declaration (unless
   * `isItemStart` says it starts an item: decorators, nested resources), so a
   * missing closer costs one error rather than the rest of the file.
   */
  private elements<T>(closer: TokenKind, parseItem: () => T, isItemStart: (token: Token) => boolean = () => false): T[] {
    const items: T[] = [];
    if (this.check(closer)) return items;
    if (this.check('NewLine')) {
      const first = this.indexAfterNewLines(this.pos);
      if (this.startsDeclaration(first) && !isItemStart(this.tokens[first]!)) return items;
      this.skipNewLines();
    }
    let expectItem = true;
    while (!this.atEnd() && !this.check(closer)) {
      const before = this.pos;
      if (!expectItem) {
        if (this.check('NewLine')) {
          const next = this.indexAfterNewLines(this.pos);
          if (this.startsDeclaration(next) && !isItemStart(this.tokens[next]!)) return items;
          this.skipNewLines();
        } else if (this.match(',')) {
          if (this.check('NewLine')) {
            this.report("Unexpected new line after ','; separate items either with commas on one line or with new lines");
            this.skipNewLines();
          }
        } else {
          this.report(`Expected a new line or ',' between items but found ${describe(this.peek())}`);
        }
        expectItem = true;
        continue;
      }
      items.push(parseItem());
      expectItem = false;
      if (this.pos === before) this.read();
    }
    return items;
  }

  private object(flags: number): A.ObjectExpr {
    this.enter();
    const start = this.pos;
    this.read();
    const properties = this.elements('}', () => this.objectElement(flags), flags & ALLOW_RESOURCES ? startsNestedResource : undefined);
    this.close('}');
    this.depth--;
    return { kind: 'Object', properties, span: this.spanFrom(start) };
  }

  private objectElement(flags: number): A.ObjectExpr['properties'][number] {
    if (flags & ALLOW_RESOURCES && (this.check('@') || (this.checkKeyword('resource') && this.peekAt(1).kind === 'Identifier'))) {
      const nested = this.declaration('resource');
      return nested.kind === 'Resource' || nested.kind === 'Error' ? nested : { kind: 'Error', message: 'Expected a nested resource', span: nested.span };
    }
    const start = this.pos;
    return this.recover((): A.ObjectProperty | A.SpreadExpr => {
      if (this.check('...')) return this.spread();
      const token = this.peek();
      const key = token.kind === 'Identifier' ? this.identifier('a property name') : STRING_START.has(token.kind) ? this.string() : undefined;
      if (!key) throw this.fail(`Expected a property name but found ${describe(token)}`);
      this.expect(':');
      const value = this.expression(ALLOW_COMPLEX);
      return { kind: 'Property', key, value, span: this.spanFrom(start) };
    }, ['NewLine', '}']);
  }

  private spread(): A.SpreadExpr {
    const start = this.pos;
    this.read();
    const value = this.expression(ALLOW_COMPLEX);
    return { kind: 'Spread', value, span: this.spanFrom(start) };
  }

  private array(): A.ArrayExpr {
    this.enter();
    const start = this.pos;
    this.read();
    const items = this.elements(']', () => this.recover(() => (this.check('...') ? this.spread() : this.expression(ALLOW_COMPLEX)), ['NewLine', ']']));
    this.close(']');
    this.depth--;
    return { kind: 'Array', items, span: this.spanFrom(start) };
  }

  /** `[for x in xs: body]`, `[for (x, i) in xs: body]`; in a resource/module the body is `{...}` or `if (...) {...}`. */
  private forExpression(flags: number, declarationContext: boolean): A.ForExpr {
    this.enter();
    const start = this.pos;
    this.read();
    this.skipNewLines();
    this.expectKeyword('for');
    let item: A.Identifier | null = null;
    let index: A.Identifier | null = null;
    if (this.check('Identifier')) {
      item = this.identifier('a loop variable');
    } else if (this.match('(')) {
      item = this.identifier('a loop item variable');
      this.expect(',', "',' and an index variable (a loop variable block has exactly 2 names)");
      index = this.identifier('a loop index variable');
      this.expect(')', "')' (a loop variable block has exactly 2 names)");
    } else {
      throw this.fail(`Expected a loop variable or '(' after 'for' but found ${describe(this.peek())}`);
    }
    this.expectKeyword('in');
    const iterable = this.expression(ALLOW_COMPLEX);
    this.expect(':');
    let body: A.Expression;
    if (!declarationContext) body = this.expression(flags | ALLOW_COMPLEX);
    else if (this.check('{')) body = this.object(flags);
    else if (this.checkKeyword('if')) body = this.ifCondition(flags);
    else throw this.fail(`Expected '{' or 'if' as the loop body but found ${describe(this.peek())}`);
    this.skipNewLinesInBrackets();
    this.close(']');
    this.depth--;
    return { kind: 'For', item, index, iterable, body, span: this.spanFrom(start) };
  }

  private ifCondition(flags: number): A.IfExpr {
    const start = this.pos;
    this.read();
    if (!this.check('(')) throw this.fail(`Expected '(' after 'if' but found ${describe(this.peek())}`);
    const condition = this.parenthesizedOrLambda(flags & ~ALLOW_RESOURCES);
    if (!this.check('{')) throw this.fail(`Expected '{' after the condition but found ${describe(this.peek())}`);
    const body = this.object(flags);
    return { kind: 'If', condition, body, span: this.spanFrom(start) };
  }

  /** A string, interpolated or not; an interpolation hole holds one expression on one line. */
  private string(): A.StringExpr {
    const start = this.pos;
    const first = this.read();
    const segments = [first.value ?? ''];
    const expressions: A.Expression[] = [];
    if (first.kind === 'StringLeft') {
      while (true) {
        const holeStart = this.pos;
        let expression = this.recover(() => this.expression(0), ['StringMiddle', 'StringRight', 'NewLine']);
        if (!this.check('StringMiddle') && !this.check('StringRight') && !this.check('NewLine') && !this.atEnd()) {
          const message = `Unexpected ${describe(this.peek())} in string interpolation`;
          this.report(message);
          while (!this.atEnd() && !this.check('StringMiddle') && !this.check('StringRight') && !this.check('NewLine')) this.pos++;
          expression = { kind: 'Error', message, span: this.spanFrom(holeStart) };
        }
        expressions.push(expression);
        const piece = this.peek();
        if (piece.kind === 'StringMiddle') {
          this.read();
          segments.push(piece.value ?? '');
          continue;
        }
        // A missing right piece was reported by the lexer (string not terminated).
        if (piece.kind === 'StringRight') this.read();
        segments.push(piece.value ?? '');
        break;
      }
    }
    return { kind: 'String', segments, expressions, multiline: first.multiline === true, span: this.spanFrom(start) };
  }

  // ----------------------------------------------------------------- types

  /** A type, or `resource 'T@v'` (for params and outputs; the string is optional for outputs). */
  private type(allowBareResource: boolean): A.TypeExpression {
    if (this.checkKeyword('resource') && this.peekAt(1).kind !== '<') {
      const start = this.pos;
      this.read();
      const resourceType = allowBareResource && !STRING_START.has(this.peek().kind) ? null : this.requiredString('a resource type string');
      return { kind: 'ResourceTypeRef', resourceType, span: this.spanFrom(start) };
    }
    return this.typeExpression();
  }

  private unionSeparatorAhead(): boolean {
    return this.check('|') || (this.check('NewLine') && this.peekAt(1).kind === '|');
  }

  private typeExpression(): A.TypeExpression {
    this.enter();
    const start = this.pos;
    const leadingPipe = this.unionSeparatorAhead();
    if (leadingPipe) {
      this.skipNewLines();
      this.read();
    }
    const first = this.unaryType();
    if (!leadingPipe && !this.unionSeparatorAhead()) {
      this.depth--;
      return first;
    }
    const members = [first];
    while (this.unionSeparatorAhead()) {
      this.skipNewLines();
      this.read();
      if (this.check('NewLine') || this.atEnd()) throw this.fail(`Expected a type after '|' but found ${describe(this.peek())}`);
      members.push(this.unaryType());
    }
    this.depth--;
    return { kind: 'UnionType', members, span: this.spanFrom(start) };
  }

  private unaryType(): A.TypeExpression {
    const start = this.pos;
    const token = this.peek();
    let current: A.TypeExpression;
    if (UNARY_OPERATORS.has(token.kind)) {
      this.read();
      const operand = this.memberType();
      current = { kind: 'UnaryType', operator: token.kind as A.UnaryOperator, operand, span: this.spanFrom(start) };
    } else {
      current = this.memberType();
    }
    while (true) {
      if (this.match('?')) current = { kind: 'NullableType', inner: current, span: this.spanFrom(start) };
      else if (this.match('!')) current = { kind: 'NonNullableType', inner: current, span: this.spanFrom(start) };
      else return current;
    }
  }

  private memberType(): A.TypeExpression {
    const start = this.pos;
    let current = this.primaryType();
    while (true) {
      if (this.match('[')) {
        if (this.match(']')) {
          current = { kind: 'ArrayType', element: current, span: this.spanFrom(start) };
        } else if (this.match('*')) {
          this.expect(']');
          current = { kind: 'TypeItemsAccess', base: current, span: this.spanFrom(start) };
        } else {
          const index = this.expression(0);
          this.expect(']');
          current = { kind: 'TypeIndexAccess', base: current, index, span: this.spanFrom(start) };
        }
      } else if (this.match('.')) {
        if (this.match('*')) {
          current = { kind: 'TypeAdditionalPropertiesAccess', base: current, span: this.spanFrom(start) };
          continue;
        }
        const name = this.identifier('a type or property name');
        current = this.check('<')
          ? { kind: 'ParameterizedType', base: current, name, args: this.typeArguments(), span: this.spanFrom(start) }
          : { kind: 'TypePropertyAccess', base: current, name, span: this.spanFrom(start) };
      } else {
        return current;
      }
    }
  }

  private primaryType(): A.TypeExpression {
    const token = this.peek();
    const start = this.pos;
    switch (token.kind) {
      case 'Integer':
        return { kind: 'IntegerType', ...this.integer(), span: tokenSpan(token) };
      case 'True':
      case 'False':
        this.read();
        return { kind: 'BooleanType', value: token.kind === 'True', span: tokenSpan(token) };
      case 'Null':
        this.read();
        return { kind: 'NullType', span: tokenSpan(token) };
      case 'StringComplete':
      case 'StringLeft': {
        const value = this.string();
        if (value.expressions.length > 0) this.report('A string used as a type must be a constant (no ${...} interpolation)', token);
        return { kind: 'StringType', value, span: value.span };
      }
      case '{':
        return this.objectType();
      case '[':
        return this.tupleType();
      case '(': {
        this.read();
        const inner = this.typeExpression();
        this.expect(')', "')' (parentheses hold exactly one type)");
        return { kind: 'ParenType', inner, span: this.spanFrom(start) };
      }
      case 'Identifier': {
        const name = this.identifier('a type');
        if (this.check('<')) return { kind: 'ParameterizedType', base: null, name, args: this.typeArguments(), span: this.spanFrom(start) };
        return { kind: 'TypeRef', name: name.name, span: name.span };
      }
      default:
        throw this.fail(`Expected a type but found ${describe(token)}`);
    }
  }

  /** `<'T@v'>`, `<'T@v', 'x'>` */
  private typeArguments(): A.TypeExpression[] {
    this.read();
    const args: A.TypeExpression[] = [];
    this.skipNewLinesInBrackets();
    while (!this.check('>') && !this.atEnd()) {
      const before = this.pos;
      args.push(this.recover(() => this.typeExpression(), ['NewLine', ',', '>']));
      this.skipNewLinesInBrackets();
      if (!this.match(',') || this.pos === before) break;
      this.skipNewLinesInBrackets();
    }
    this.close('>');
    return args;
  }

  private objectType(): A.ObjectType {
    this.enter();
    const start = this.pos;
    this.read();
    const properties = this.elements('}', () => this.objectTypeProperty(), isDecorator);
    this.close('}');
    this.depth--;
    return { kind: 'ObjectType', properties, span: this.spanFrom(start) };
  }

  private objectTypeProperty(): A.ObjectType['properties'][number] {
    const start = this.pos;
    return this.recover((): A.ObjectTypeProperty | A.ObjectTypeAdditionalProperties => {
      const decorators = this.decorators();
      const token = this.peek();
      if (this.match('*')) {
        this.expect(':');
        const value = this.typeExpression();
        return { kind: 'ObjectTypeAdditionalProperties', decorators, value, span: this.spanFrom(start) };
      }
      const key = token.kind === 'Identifier' ? this.identifier('a property name') : STRING_START.has(token.kind) ? this.string() : undefined;
      if (!key) throw this.fail(`Expected a property name or '*' but found ${describe(token)}`);
      this.expect(':');
      const value = this.typeExpression();
      return { kind: 'ObjectTypeProperty', decorators, key, value, span: this.spanFrom(start) };
    }, ['NewLine', '}']);
  }

  private tupleType(): A.TupleType {
    this.enter();
    const start = this.pos;
    this.read();
    const items = this.elements(']', () => {
      const itemStart = this.pos;
      return this.recover((): A.TupleTypeItem => {
        const decorators = this.decorators();
        const value = this.typeExpression();
        return { kind: 'TupleTypeItem', decorators, value, span: this.spanFrom(itemStart) };
      }, ['NewLine', ']']);
    }, isDecorator);
    this.close(']');
    this.depth--;
    return { kind: 'TupleType', items, span: this.spanFrom(start) };
  }
}

const isDecorator = (token: Token): boolean => token.kind === '@';
const startsNestedResource = (token: Token): boolean => token.kind === '@' || (token.kind === 'Identifier' && token.text === 'resource');

function tokenSpan(token: Token): A.Span {
  return { offset: token.offset, line: token.line, column: token.column, endOffset: token.end, endLine: token.endLine, endColumn: token.endColumn };
}

function decoratorParts(expression: A.Expression): { name: string; namespace: string | null; args: A.Expression[] } {
  switch (expression.kind) {
    case 'Call': return { name: expression.name.name, namespace: null, args: expression.args };
    case 'Variable': return { name: expression.name, namespace: null, args: [] };
    case 'InstanceCall':
    case 'PropertyAccess':
      return {
        name: expression.name.name,
        namespace: expression.base.kind === 'Variable' ? expression.base.name : null,
        args: expression.kind === 'InstanceCall' ? expression.args : [],
      };
    default: return { name: '', namespace: null, args: [] };
  }
}
