/**
 * ARM's multi-line strings: Azure PowerShell and `az deployment` accept a line
 * break inside a JSON string, and real templates use it to lay out long
 * expressions (`"[if(⏎ not(...)),⏎ ...)]"`). JSON doesn't, nor does
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

/**
 * The text with every line break inside a string replaced by its stand-in;
 * undefined when no string holds one, or when the text already holds a
 * stand-in (private-use characters, so the masking can't be undone there).
 */
export function maskStringLineBreaks(text: string): string | undefined {
  if (text.includes(LF_STAND_IN) || text.includes(CR_STAND_IN)) return undefined;
  const length = text.length;
  let masked = '';
  let copied = 0;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      for (i++; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) break;
        else if (c === LINE_FEED || c === CARRIAGE_RETURN) {
          masked += text.slice(copied, i) + (c === LINE_FEED ? LF_STAND_IN : CR_STAND_IN);
          copied = i + 1;
        }
      }
    } else if (ch === SLASH && text.charCodeAt(i + 1) === SLASH) {
      while (i < length && text.charCodeAt(i) !== LINE_FEED && text.charCodeAt(i) !== CARRIAGE_RETURN) i++;
    } else if (ch === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? length : end + 1;
    }
  }
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
