/**
 * JSONC text below the parser: a character scanner that knows strings and
 * comments, and ARM's multi-line strings. Azure PowerShell and `az deployment`
 * accept a line break inside a JSON string, and real templates use it to lay
 * out long expressions (`"[if(⏎ not(...)),⏎ ...)]"`). JSON doesn't, nor does
 * jsonc-parser, which ends the string at the break and then misreads the rest
 * of the file. Masking replaces each such break with a stand-in character of
 * the same length, so the parser sees one string and every offset (so every
 * line:col) stays where it was; the values get their breaks back.
 */
import { ParseErrorCode, type ParseError, type ParseOptions } from 'jsonc-parser';
import { parse } from './jsonc.js';

const LF_STAND_IN = '\uE00A';
const CR_STAND_IN = '\uE00D';

const QUOTE = 34;
const BACKSLASH = 92;
const SLASH = 47;
const STAR = 42;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

export interface JsoncVisitor {
  /** a character outside strings and comments */
  code?(ch: number, at: number): void;
  /** a line break inside a string */
  stringBreak?(ch: number, at: number): void;
}

/**
 * Reads text[0, end) as JSONC, strings (with their escapes) and comments
 * skipped, a string running to its closing quote across line breaks as ARM
 * reads it. False when `end` falls inside a string or a comment.
 */
export function scanJsonc(text: string, visitor: JsoncVisitor, end = text.length): boolean {
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      for (i++; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) break;
        else if (c === LINE_FEED || c === CARRIAGE_RETURN) visitor.stringBreak?.(c, i);
      }
      if (i >= end) return false;
    } else if (ch === SLASH && text.charCodeAt(i + 1) === SLASH) {
      while (i < end && text.charCodeAt(i) !== LINE_FEED && text.charCodeAt(i) !== CARRIAGE_RETURN) i++;
      if (i >= end) return false;
    } else if (ch === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0 || close + 2 > end) return false;
      i = close + 1;
    } else {
      visitor.code?.(ch, i);
    }
  }
  return true;
}

/**
 * Bracket nesting of text[0, end), strings and comments skipped: the depth at
 * `end`, the deepest reached, and whether `end` is outside strings and comments.
 */
export function bracketNesting(text: string, end = text.length): { depth: number; deepest: number; outside: boolean } {
  let depth = 0;
  let deepest = 0;
  const outside = scanJsonc(
    text,
    {
      code: (ch) => {
        if (ch === 123 /* { */ || ch === 91 /* [ */) deepest = Math.max(deepest, ++depth);
        else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
      },
    },
    end,
  );
  return { depth, deepest, outside };
}

/**
 * The text with every line break inside a string replaced by its stand-in;
 * undefined when no string holds one, or when the text already holds a
 * stand-in (private-use characters, so the masking can't be undone there).
 */
export function maskStringLineBreaks(text: string): string | undefined {
  if (text.includes(LF_STAND_IN) || text.includes(CR_STAND_IN)) return undefined;
  let masked = '';
  let copied = 0;
  scanJsonc(text, {
    stringBreak: (ch, at) => {
      masked += text.slice(copied, at) + (ch === LINE_FEED ? LF_STAND_IN : CR_STAND_IN);
      copied = at + 1;
    },
  });
  return copied === 0 ? undefined : masked + text.slice(copied);
}

/** A string read from masked text, with its line breaks back. */
export function restoreLineBreaks(value: string): string {
  if (!value.includes(LF_STAND_IN) && !value.includes(CR_STAND_IN)) return value;
  return value.replaceAll(LF_STAND_IN, '\n').replaceAll(CR_STAND_IN, '\r');
}

/**
 * Parses `text` with `parseText`; where that reports a string ending at a line
 * break, parses the masked text again and keeps whichever reading has fewer
 * errors (a string really left open reads no better masked). `restore`, when
 * the masked reading is kept, is what gives its strings their breaks back.
 */
export function parseAllowingLineBreaks<T>(text: string, parseText: (text: string, errors: ParseError[], restore?: (value: string) => string) => T, errors: ParseError[]): T {
  const found: ParseError[] = [];
  const plain = parseText(text, found);
  const masked = found.some((e) => e.error === ParseErrorCode.UnexpectedEndOfString) ? maskStringLineBreaks(text) : undefined;
  if (masked !== undefined) {
    const maskedErrors: ParseError[] = [];
    const reading = parseText(masked, maskedErrors, restoreLineBreaks);
    if (maskedErrors.length < found.length) {
      errors.push(...maskedErrors);
      return reading;
    }
  }
  errors.push(...found);
  return plain;
}

/** jsonc-parser's plain `parse`, with ARM's multi-line strings. */
export function parseJsoncValue(text: string, errors: ParseError[] = [], options?: ParseOptions): unknown {
  return parseAllowingLineBreaks(text, (source, found, restore) => (restore ? restoreAll(parse(source, found, options), restore) : parse(source, found, options)), errors);
}

/** Every string in a parsed value (keys too) through `restore`, in place where it can be. */
function restoreAll(value: unknown, restore: (value: string) => string): unknown {
  if (typeof value === 'string') return restore(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restoreAll(value[i], restore);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const restored: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) restored[restore(key)] = restoreAll(item, restore);
  return restored;
}
