/**
 * Bicep lexer, following Azure/bicep's grammar (docs/grammar.md) and its lexer's
 * modal handling of string interpolation. Newlines are tokens (the grammar is
 * line-sensitive); whitespace and comments are dropped; diagnostics pragmas
 * (`#disable-next-line ...`) are kept in a separate list with positions so a
 * later layer can apply suppressions.
 */

export type TokenKind =
  | 'Identifier'
  | 'Integer'
  | 'True'
  | 'False'
  | 'Null'
  /** `'abc'` or `'''abc'''`: a string with no interpolation hole */
  | 'StringComplete'
  /** `'abc${`: up to the first hole */
  | 'StringLeft'
  /** `}abc${`: between two holes */
  | 'StringMiddle'
  /** `}abc'`: after the last hole */
  | 'StringRight'
  | 'NewLine'
  | 'EndOfFile'
  | '@' | '{' | '}' | '(' | ')' | '[' | ']' | ',' | '.' | '?' | ':' | ';' | '='
  | '+' | '-' | '*' | '/' | '%' | '!' | '<' | '>' | '<=' | '>=' | '==' | '!='
  | '=~' | '!~' | '&&' | '||' | '??' | '::' | '=>' | '|' | '...' | '^'
  | 'Unrecognized';

export interface Token {
  kind: TokenKind;
  /** Raw source text of the token. */
  text: string;
  offset: number;
  /** Offset just past the token. */
  end: number;
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units */
  column: number;
  endLine: number;
  endColumn: number;
  /** String tokens: the decoded text of this segment (escapes applied, delimiters removed). */
  value?: string;
  /** String tokens: part of a `'''` multi-line string. */
  multiline?: boolean;
}

export type DirectiveKind = 'disable-next-line' | 'disable-diagnostics' | 'restore-diagnostics';

export interface Directive {
  kind: DirectiveKind;
  /** The diagnostic codes named after the keyword (may be empty for disable/restore-diagnostics). */
  codes: string[];
  offset: number;
  end: number;
  line: number;
  column: number;
}

export interface LexError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export interface LexResult {
  tokens: Token[];
  directives: Directive[];
  errors: LexError[];
}

/** Bicep's limit on names. */
const MAX_IDENTIFIER_LENGTH = 255;

const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-diagnostics', 'restore-diagnostics'];

const CH_LF = 10, CH_CR = 13, CH_SPACE = 32, CH_TAB = 9, CH_QUOTE = 39, CH_DOLLAR = 36;
const CH_BOM = 0xfeff;
const CH_LBRACE = 123, CH_RBRACE = 125, CH_BACKSLASH = 92, CH_SLASH = 47, CH_STAR = 42, CH_HASH = 35;

const isIdentStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isIdentPart = (c: number): boolean => isIdentStart(c) || isDigit(c);
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isNewLine = (c: number): boolean => c === CH_LF || c === CH_CR;

const SINGLE_CHAR_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", $: '$' };

/** What an open `{` inside an interpolation hole belongs to, so `}` can tell "close object" from "close hole". */
type TemplateEntry = { kind: 'brace' } | { kind: 'string'; multiline: boolean; dollars: number };

/**
 * Maps offsets to 1-based line/column. Lookups are mostly in increasing order
 * (tokens are produced left to right), so a moving cursor makes them O(1);
 * an out-of-order lookup falls back to binary search.
 */
export class LineMap {
  private readonly starts: number[];
  private cursor = 0;

  constructor(text: string) {
    // A byte-order mark is not a column.
    this.starts = [text.charCodeAt(0) === CH_BOM ? 1 : 0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CH_CR) {
        if (text.charCodeAt(i + 1) === CH_LF) i++;
        this.starts.push(i + 1);
      } else if (c === CH_LF) {
        this.starts.push(i + 1);
      }
    }
  }

  /** Returns [line, column], both 1-based. */
  locate(offset: number): [number, number] {
    const starts = this.starts;
    if (offset < starts[this.cursor]!) {
      let lo = 0, hi = this.cursor;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
      }
      this.cursor = lo;
    }
    while (this.cursor + 1 < starts.length && starts[this.cursor + 1]! <= offset) this.cursor++;
    return [this.cursor + 1, offset - starts[this.cursor]! + 1];
  }
}

export function lex(text: string): LexResult {
  return new Lexer(text).run();
}

class Lexer {
  private pos = 0;
  private readonly tokens: Token[] = [];
  private readonly directives: Directive[] = [];
  private readonly errors: LexError[] = [];
  private readonly templates: TemplateEntry[] = [];
  private readonly lines: LineMap;

  constructor(private readonly text: string) {
    this.lines = new LineMap(text);
    if (text.charCodeAt(0) === CH_BOM) this.pos = 1;
  }

  run(): LexResult {
    const text = this.text;
    while (true) {
      this.skipTrivia();
      if (this.pos >= text.length) break;
      const start = this.pos;
      const kind = this.scanToken();
      if (kind !== null) this.push(kind, start);
    }
    this.push('EndOfFile', this.pos);
    return { tokens: this.tokens, directives: this.directives, errors: this.errors };
  }

  private push(kind: TokenKind, start: number, value?: string, multiline?: boolean): void {
    const [line, column] = this.lines.locate(start);
    const [endLine, endColumn] = this.lines.locate(this.pos);
    const token: Token = { kind, text: this.text.slice(start, this.pos), offset: start, end: this.pos, line, column, endLine, endColumn };
    if (value !== undefined) {
      token.value = value;
      if (multiline) token.multiline = true;
    }
    this.tokens.push(token);
  }

  private error(message: string, offset: number): void {
    const [line, column] = this.lines.locate(offset);
    this.errors.push({ message, offset, line, column });
  }

  /** Whitespace, comments and diagnostics pragmas; never newlines (they are tokens). */
  private skipTrivia(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === CH_SPACE || c === CH_TAB) {
        this.pos++;
      } else if (c === CH_SLASH && text.charCodeAt(this.pos + 1) === CH_SLASH) {
        this.pos += 2;
        while (this.pos < text.length && !isNewLine(text.charCodeAt(this.pos))) this.pos++;
      } else if (c === CH_SLASH && text.charCodeAt(this.pos + 1) === CH_STAR) {
        const close = text.indexOf('*/', this.pos + 2);
        if (close < 0) {
          this.error('Multi-line comment is not terminated (missing "*/")', this.pos);
          this.pos = text.length;
        } else {
          this.pos = close + 2;
        }
      } else if (c === CH_HASH && this.templates.length === 0 && this.atLineStart()) {
        if (!this.scanDirective()) return;
      } else {
        return;
      }
    }
  }

  /** Only whitespace between the start of the line and the current position. */
  private atLineStart(): boolean {
    for (let i = this.pos - 1; i >= 0; i--) {
      const c = this.text.charCodeAt(i);
      if (isNewLine(c)) return true;
      if (c !== CH_SPACE && c !== CH_TAB && c !== CH_BOM) return false;
    }
    return true;
  }

  private scanDirective(): boolean {
    const text = this.text;
    const kind = DIRECTIVE_KINDS.find((k) => {
      const after = text.charCodeAt(this.pos + 1 + k.length);
      return text.startsWith(k, this.pos + 1) && (Number.isNaN(after) || after === CH_SPACE || after === CH_TAB || isNewLine(after));
    });
    if (!kind) return false;
    const start = this.pos;
    let lineEnd = start;
    while (lineEnd < text.length && !isNewLine(text.charCodeAt(lineEnd))) lineEnd++;
    let body = text.slice(start + 1 + kind.length, lineEnd);
    // A trailing `// comment` on the pragma line is a comment, not a code.
    const comment = body.indexOf('//');
    if (comment >= 0) body = body.slice(0, comment);
    const codes = body.split(/[ \t]+/).filter((code) => code.length > 0);
    const [line, column] = this.lines.locate(start);
    this.directives.push({ kind, codes, offset: start, end: lineEnd, line, column });
    if (kind === 'disable-next-line' && codes.length === 0) {
      this.error(`#${kind} needs at least one diagnostic code`, start);
    }
    this.pos = lineEnd;
    return true;
  }

  /** Returns the kind of the token just scanned, or null when a string scanner already pushed its token. */
  private scanToken(): TokenKind | null {
    const text = this.text;
    const start = this.pos;
    const c = text.charCodeAt(this.pos++);
    const next = text.charCodeAt(this.pos);
    switch (c) {
      case CH_LBRACE:
        if (this.templates.length > 0) this.templates.push({ kind: 'brace' });
        return '{';
      case CH_RBRACE: {
        const top = this.templates[this.templates.length - 1];
        if (top?.kind === 'brace') this.templates.pop();
        else if (top?.kind === 'string') {
          this.scanStringContinuation(start, top);
          return null;
        }
        return '}';
      }
      case 40: return '(';
      case 41: return ')';
      case 91: return '[';
      case 93: return ']';
      case 64: return '@';
      case 44: return ',';
      case 59: return ';';
      case 43: return '+';
      case 45: return '-';
      case 37: return '%';
      case CH_STAR: return '*';
      case CH_SLASH: return '/';
      case 94: return '^';
      case 46:
        if (next === 46 && text.charCodeAt(this.pos + 1) === 46) { this.pos += 2; return '...'; }
        return '.';
      case 63:
        if (next === 63) { this.pos++; return '??'; }
        return '?';
      case 58:
        if (next === 58) { this.pos++; return '::'; }
        return ':';
      case 33:
        if (next === 61) { this.pos++; return '!='; }
        if (next === 126) { this.pos++; return '!~'; }
        return '!';
      case 60:
        if (next === 61) { this.pos++; return '<='; }
        return '<';
      case 62:
        if (next === 61) { this.pos++; return '>='; }
        return '>';
      case 61:
        if (next === 61) { this.pos++; return '=='; }
        if (next === 126) { this.pos++; return '=~'; }
        if (next === 62) { this.pos++; return '=>'; }
        return '=';
      case 38:
        if (next === 38) { this.pos++; return '&&'; }
        this.error("Unrecognized token '&' (logical and is '&&')", start);
        return 'Unrecognized';
      case 124:
        if (next === 124) { this.pos++; return '||'; }
        return '|';
      case CH_DOLLAR:
        return this.scanDollar(start);
      case CH_QUOTE:
        if (next === CH_QUOTE && text.charCodeAt(this.pos + 1) === CH_QUOTE) {
          this.pos += 2;
          this.scanMultilineString(start, true, 0);
        } else {
          this.scanStringSegment(start, true);
        }
        return null;
      case CH_LF:
      case CH_CR:
        if (this.templates.length > 0) {
          this.error('String is not terminated before the end of the line', start);
          this.templates.length = 0;
        }
        while (this.pos < text.length && isNewLine(text.charCodeAt(this.pos))) this.pos++;
        return 'NewLine';
      default:
        if (isDigit(c)) {
          while (this.pos < text.length && isDigit(text.charCodeAt(this.pos))) this.pos++;
          return 'Integer';
        }
        if (isIdentStart(c)) {
          while (this.pos < text.length && isIdentPart(text.charCodeAt(this.pos))) this.pos++;
          if (this.pos - start > MAX_IDENTIFIER_LENGTH) this.error(`Identifier is longer than ${MAX_IDENTIFIER_LENGTH} characters`, start);
          const word = text.slice(start, this.pos);
          return word === 'true' ? 'True' : word === 'false' ? 'False' : word === 'null' ? 'Null' : 'Identifier';
        }
        if (c === 34) this.error('Strings are quoted with single quotes (\') in Bicep, not double quotes', start);
        else this.error(`Unrecognized character '${String.fromCharCode(c)}'`, start);
        return 'Unrecognized';
    }
  }

  /** `$'''...${x}...'''`: a multi-line string with interpolation (the number of `$` is the hole marker). */
  private scanDollar(start: number): TokenKind | null {
    const text = this.text;
    let dollars = 1;
    while (text.charCodeAt(this.pos) === CH_DOLLAR) { this.pos++; dollars++; }
    if (text.startsWith("'''", this.pos)) {
      this.pos += 3;
      this.scanMultilineString(start, true, dollars);
      return null;
    }
    this.error("Unrecognized character '$'", start);
    return 'Unrecognized';
  }

  private scanStringContinuation(start: number, entry: { multiline: boolean; dollars: number }): void {
    if (entry.multiline) this.scanMultilineString(start, false, entry.dollars);
    else this.scanStringSegment(start, false);
  }

  /**
   * A piece of a single-line string, from its opening `'` or `}` to the closing
   * `'` or the next `${`. Escapes are decoded into the token's value.
   */
  private scanStringSegment(start: number, isFirst: boolean): void {
    const text = this.text;
    let value = '';
    let chunkStart = this.pos;
    while (true) {
      if (this.pos >= text.length || isNewLine(text.charCodeAt(this.pos))) {
        this.error('String is not terminated before the end of the line', start);
        value += text.slice(chunkStart, this.pos);
        this.finishString(start, isFirst, true, value, false);
        return;
      }
      const c = text.charCodeAt(this.pos);
      if (c === CH_QUOTE) {
        value += text.slice(chunkStart, this.pos);
        this.pos++;
        this.finishString(start, isFirst, true, value, false);
        return;
      }
      if (c === CH_DOLLAR && text.charCodeAt(this.pos + 1) === CH_LBRACE) {
        value += text.slice(chunkStart, this.pos);
        this.pos += 2;
        this.finishString(start, isFirst, false, value, false);
        if (isFirst) this.templates.push({ kind: 'string', multiline: false, dollars: 0 });
        return;
      }
      if (c === CH_BACKSLASH) {
        value += text.slice(chunkStart, this.pos);
        value += this.scanEscape();
        chunkStart = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  /** At a backslash inside a single-line string: decodes one escape, reports a bad one. */
  private scanEscape(): string {
    const text = this.text;
    const start = this.pos;
    const escaped = text[this.pos + 1];
    if (escaped === undefined || isNewLine(escaped.charCodeAt(0))) {
      this.pos++;
      return '';
    }
    if (escaped === 'u') {
      let p = this.pos + 2;
      if (text.charCodeAt(p) === CH_LBRACE) {
        p++;
        const hexStart = p;
        while (isHexDigit(text.charCodeAt(p))) p++;
        const hex = text.slice(hexStart, p);
        if (hex.length > 0 && text.charCodeAt(p) === CH_RBRACE) {
          const codePoint = parseInt(hex, 16);
          if (codePoint <= 0x10ffff) {
            this.pos = p + 1;
            return String.fromCodePoint(codePoint);
          }
        }
      }
      this.error('Invalid unicode escape: use \\u{hex} with a code point up to 10FFFF', start);
      this.pos += 2;
      return '';
    }
    const single = SINGLE_CHAR_ESCAPES[escaped];
    this.pos += 2;
    if (single === undefined) {
      this.error(`Unrecognized escape sequence '\\${escaped}' (valid: \\\\ \\' \\n \\r \\t \\$ \\u{...})`, start);
      return '';
    }
    return single;
  }

  /**
   * A piece of a `'''` string, from its opening (`'''`, `$'''`) or `}` to the
   * closing `'''` or the next hole (as many `$` as opened the string, then `{`).
   * No escapes; a leading newline right after the opening is not part of the value.
   */
  private scanMultilineString(start: number, isFirst: boolean, dollars: number): void {
    const text = this.text;
    const contentStart = this.pos;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === CH_DOLLAR && dollars > 0) {
        const run = this.pos;
        while (text.charCodeAt(this.pos) === CH_DOLLAR) this.pos++;
        if (this.pos - run >= dollars && text.charCodeAt(this.pos) === CH_LBRACE) {
          const value = text.slice(contentStart, this.pos - dollars);
          this.pos++;
          this.finishString(start, isFirst, false, isFirst ? stripLeadingNewLine(value) : value, true);
          if (isFirst) this.templates.push({ kind: 'string', multiline: true, dollars });
          return;
        }
      } else if (c === CH_QUOTE) {
        const run = this.pos;
        while (text.charCodeAt(this.pos) === CH_QUOTE) this.pos++;
        if (this.pos - run >= 3) {
          const value = text.slice(contentStart, this.pos - 3);
          this.finishString(start, isFirst, true, isFirst ? stripLeadingNewLine(value) : value, true);
          return;
        }
      } else {
        this.pos++;
      }
    }
    this.error("Multi-line string is not terminated (missing ''')", start);
    const value = text.slice(contentStart);
    this.finishString(start, isFirst, true, isFirst ? stripLeadingNewLine(value) : value, true);
  }

  private finishString(start: number, isFirst: boolean, closes: boolean, value: string, multiline: boolean): void {
    if (!isFirst && closes) this.templates.pop();
    const kind: TokenKind = isFirst ? (closes ? 'StringComplete' : 'StringLeft') : closes ? 'StringRight' : 'StringMiddle';
    this.push(kind, start, value, multiline);
  }
}

function stripLeadingNewLine(value: string): string {
  if (value.startsWith('\r\n')) return value.slice(2);
  if (value.startsWith('\n') || value.startsWith('\r')) return value.slice(1);
  return value;
}
