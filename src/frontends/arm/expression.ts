/**
 * The ARM template expression language: a string `[...]` holds an
 * expression of function calls, 'single-quoted' strings ('' escapes a quote),
 * integers, and property (`.name`) and index (`[expr]`) access. A string that
 * starts with `[[` is a literal that starts with `[`.
 */
import { LIMITS } from './limits.js';

export type Expr =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'keyword'; value: boolean | null }
  /** `key`: the name in lower case, as functions are looked up (ARM's names are case-insensitive) */
  | { kind: 'call'; name: string; key: string; args: Expr[] }
  | { kind: 'property'; target: Expr; name: string }
  | { kind: 'index'; target: Expr; index: Expr };

export type TemplateString =
  | { kind: 'literal'; value: string }
  | { kind: 'expression'; expr: Expr }
  | { kind: 'invalid'; message: string };

export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    /** offset inside the expression text */
    readonly offset: number,
  ) {
    super(message);
  }
}

function isExpressionString(text: string): boolean {
  return text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']');
}

/** Classifies a JSON string of a template: literal (with `[[` unescaped) or parsed expression. */
export function parseTemplateString(text: string): TemplateString {
  if (text.startsWith('[[')) return { kind: 'literal', value: text.slice(1) };
  if (!isExpressionString(text)) return { kind: 'literal', value: text };
  if (text.length > LIMITS.expressionLength) {
    return { kind: 'invalid', message: `expression is ${text.length} characters long, over moat's limit of ${LIMITS.expressionLength}` };
  }
  try {
    return { kind: 'expression', expr: parseExpression(text.slice(1, -1)) };
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return { kind: 'invalid', message: `expression: ${error.message} at character ${error.offset + 2}` };
    throw error;
  }
}

type Token =
  | { kind: 'punct'; text: '(' | ')' | '[' | ']' | ',' | '.'; at: number }
  | { kind: 'ident'; text: string; at: number }
  | { kind: 'string'; text: string; at: number }
  | { kind: 'number'; text: string; at: number }
  | { kind: 'end'; text: ''; at: number };

const QUOTE = 39;
const MINUS = 45;
const DOT = 46;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isIdentifierStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
const isIdentifierPart = (c: number): boolean => isIdentifierStart(c) || isDigit(c);
/** JavaScript's `\s`: ASCII spaces by code, the rest by the regular expression. */
const isSpace = (c: number, ch: string): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(ch));

/**
 * By character code, with strings cut out by slices: the tokenizer runs on
 * every expression a template holds, and building strings a character at a
 * time made it most of the cost of reading a template.
 */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const length = source.length;
  let i = 0;
  while (i < length) {
    const c = source.charCodeAt(i);
    const ch = source[i]!;
    if (isSpace(c, ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === '[' || ch === ']' || ch === ',' || ch === '.') {
      tokens.push({ kind: 'punct', text: ch, at: i });
      i++;
    } else if (c === QUOTE) {
      const start = i;
      let text = '';
      let from = ++i;
      for (;;) {
        const quote = source.indexOf("'", i);
        if (quote < 0) throw new ExpressionSyntaxError('unterminated string', start);
        if (source.charCodeAt(quote + 1) === QUOTE) {
          // '' is a quote inside the string: keep one
          text += source.slice(from, quote + 1);
          i = from = quote + 2;
          continue;
        }
        text += source.slice(from, quote);
        i = quote + 1;
        break;
      }
      tokens.push({ kind: 'string', text, at: start });
    } else if (isDigit(c) || (c === MINUS && isDigit(source.charCodeAt(i + 1)))) {
      const start = i;
      if (c === MINUS) i++;
      while (isDigit(source.charCodeAt(i))) i++;
      if (source.charCodeAt(i) === DOT && isDigit(source.charCodeAt(i + 1))) {
        i += 2;
        while (isDigit(source.charCodeAt(i))) i++;
      }
      tokens.push({ kind: 'number', text: source.slice(start, i), at: start });
    } else if (isIdentifierStart(c)) {
      const start = i;
      for (i++; isIdentifierPart(source.charCodeAt(i)); i++);
      tokens.push({ kind: 'ident', text: source.slice(start, i), at: start });
    } else {
      throw new ExpressionSyntaxError(`unexpected character '${ch}'`, i);
    }
  }
  tokens.push({ kind: 'end', text: '', at: length });
  return tokens;
}

class Parser {
  private position = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private next(): Token {
    return this.tokens[this.position++]!;
  }

  private expect(text: string): Token {
    const token = this.next();
    if (token.text !== text || (token.kind !== 'punct' && token.kind !== 'end')) {
      throw new ExpressionSyntaxError(`expected '${text}' but found ${token.kind === 'end' ? 'the end' : `'${token.text}'`}`, token.at);
    }
    return token;
  }

  parseAll(): Expr {
    const expr = this.parseExpr();
    const rest = this.peek();
    if (rest.kind !== 'end') throw new ExpressionSyntaxError(`unexpected '${rest.text}' after the expression`, rest.at);
    return expr;
  }

  private parseExpr(): Expr {
    if (++this.depth > LIMITS.expressionDepth) {
      throw new ExpressionSyntaxError(`nested deeper than ${LIMITS.expressionDepth} levels`, this.peek().at);
    }
    let expr = this.parsePrimary();
    let links = 0;
    for (;;) {
      const token = this.peek();
      if (token.kind === 'punct' && (token.text === '.' || token.text === '[') && this.depth + ++links > LIMITS.expressionDepth) {
        throw new ExpressionSyntaxError(`nested deeper than ${LIMITS.expressionDepth} levels`, token.at);
      }
      if (token.kind === 'punct' && token.text === '.') {
        this.next();
        const name = this.next();
        if (name.kind !== 'ident') throw new ExpressionSyntaxError('expected a property name after .', name.at);
        expr = { kind: 'property', target: expr, name: name.text };
      } else if (token.kind === 'punct' && token.text === '[') {
        this.next();
        const index = this.parseExpr();
        this.expect(']');
        expr = { kind: 'index', target: expr, index };
      } else {
        break;
      }
    }
    this.depth--;
    return expr;
  }

  private parsePrimary(): Expr {
    const token = this.next();
    if (token.kind === 'string') return { kind: 'string', value: token.text };
    if (token.kind === 'number') return { kind: 'number', value: Number(token.text) };
    if (token.kind !== 'ident') {
      throw new ExpressionSyntaxError(token.kind === 'end' ? 'expression ends too early' : `unexpected '${token.text}'`, token.at);
    }
    let name = token.text;
    // `namespace.function(...)`: a user-defined function
    const afterDot = this.tokens[this.position + 1];
    if (this.peek().text === '.' && afterDot?.kind === 'ident' && this.tokens[this.position + 2]?.text === '(') {
      this.next();
      name += '.' + this.next().text;
    }
    if (this.peek().kind === 'punct' && this.peek().text === '(') {
      this.next();
      const args: Expr[] = [];
      if (this.peek().text !== ')' || this.peek().kind !== 'punct') {
        args.push(this.parseExpr());
        while (this.peek().kind === 'punct' && this.peek().text === ',') {
          this.next();
          args.push(this.parseExpr());
        }
      }
      this.expect(')');
      return { kind: 'call', name, key: name.toLowerCase(), args };
    }
    const lower = name.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'keyword', value: lower === 'true' };
    if (lower === 'null') return { kind: 'keyword', value: null };
    throw new ExpressionSyntaxError(`'${name}' must be called as a function`, token.at);
  }
}

function parseExpression(source: string): Expr {
  return new Parser(tokenize(source)).parseAll();
}

export type Call = Extract<Expr, { kind: 'call' }>;

/** Every function call in an expression, depth first, each passed to `visit` (for references and list* detection). */
export function forEachCall(expr: Expr, visit: (call: Call) => void): void {
  switch (expr.kind) {
    case 'call':
      visit(expr);
      for (const arg of expr.args) forEachCall(arg, visit);
      break;
    case 'property':
      forEachCall(expr.target, visit);
      break;
    case 'index':
      forEachCall(expr.target, visit);
      forEachCall(expr.index, visit);
      break;
    default:
      break;
  }
}
