/**
 * JSONC reading for ARM templates and parameter files: one parse per file,
 * comments and trailing commas allowed, 1-based line:col for every node.
 */
import type { Node, ParseError } from 'jsonc-parser';
import { printParseErrorCode } from '../../jsonc.js';
import { parseJsonTree } from '../../json-tree.js';
import { bracketNesting, parseAllowingLineBreaks } from '../../jsonc-text.js';
import { equalsIgnoringCase, type SourceLocation } from '../../graph/value.js';
import { LIMITS } from './limits.js';

export interface ParseProblem {
  message: string;
  file: string;
  line: number;
  column: number;
}

export class JsonDocument {
  /** made on the first location asked for: most values are never located */
  private lineStarts: Int32Array | undefined;

  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  locate(offset: number): SourceLocation {
    const lineStarts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { file: this.file, line: low + 1, column: offset - lineStarts[low]! + 1 };
  }

  problem(message: string, offset: number): ParseProblem {
    return { message, ...this.locate(offset) };
  }
}

/**
 * Where each line starts, in one pass: room for a line every 32 characters,
 * doubled when a file has more. Off the JavaScript heap, so collections
 * don't copy it.
 */
function lineStartsOf(text: string): Int32Array {
  let starts = new Int32Array(16 + (text.length >> 5));
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (lines === starts.length) {
      const grown = new Int32Array(lines * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[lines++] = i + 1;
  }
  return starts.subarray(0, lines);
}

const describeError = (code: ParseError['error']): string =>
  printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

const JSONC_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };

/** Parses JSONC (and ARM's multi-line strings); `root` is undefined when the text is too big, too deep, or has no value at all. */
export function parseJsonc(text: string, file: string): { doc: JsonDocument; root: Node | undefined; problems: ParseProblem[] } {
  const doc = new JsonDocument(text, file);
  if (text.length > LIMITS.fileBytes) {
    return { doc, root: undefined, problems: [doc.problem(`file is ${text.length} bytes, over ARM's limit of ${LIMITS.fileBytes} bytes for a template`, 0)] };
  }
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseAllowingLineBreaks(text, (source, found, restore) => parseJsonTree(source, found, JSONC_OPTIONS, restore), errors);
  } catch (error) {
    // Deep nesting overflows the parser's recursion; a depth check before every parse cost more than this catch.
    if (!(error instanceof RangeError)) throw error;
    return { doc, root: undefined, problems: [doc.problem(`JSON nested ${bracketNesting(text).deepest} levels deep, deeper than moat can read`, 0)] };
  }
  const problems = errors.map((e) => doc.problem(`JSON syntax: ${describeError(e.error)}`, e.offset));
  return { doc, root, problems };
}

/** How deep arrays and objects nest in a node (0 for a scalar), found without recursion. */
export function nestingOf(root: Node): number {
  let deepest = 0;
  const pending: [Node, number][] = [[root, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (node.type === 'array' || node.type === 'object') {
      deepest = Math.max(deepest, depth + 1);
      for (const item of node.children ?? []) pending.push([node.type === 'object' ? item.children?.[1] ?? item : item, depth + 1]);
    }
  }
  return deepest;
}

type Entry = [name: string, value: Node, key: Node];

/** Properties of an object node as [name, value node, key node]. */
export function entries(node: Node | undefined): Entry[] {
  const list: Entry[] = [];
  if (node?.type !== 'object') return list;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value && typeof key.value === 'string') list.push([key.value, value, key]);
  }
  return list;
}

/**
 * A property's value node, by case-insensitive name (ARM is case-insensitive;
 * the exact name wins). Read from the property nodes in place: most lookups
 * are of fields a resource doesn't have, and only names of the same length
 * are compared again, without lower-casing (a new string each time).
 */
export function child(node: Node | undefined, name: string): Node | undefined {
  if (node?.type !== 'object' || !node.children) return undefined;
  const properties = node.children;
  let sameLength = false;
  for (let i = 0; i < properties.length; i++) {
    const pair = properties[i]!.children;
    const key = pair?.[0]?.value;
    if (key === name) return pair![1];
    if (typeof key === 'string' && key.length === name.length) sameLength = true;
  }
  if (!sameLength) return undefined;
  for (let i = 0; i < properties.length; i++) {
    const pair = properties[i]!.children;
    const key = pair?.[0]?.value;
    if (typeof key === 'string' && equalsIgnoringCase(key, name)) return pair![1];
  }
  return undefined;
}

/** A literal string property (not evaluated). */
export function literalString(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}
