/**
 * JSONC reading for ARM templates and parameter files: one parse per file,
 * comments and trailing commas allowed, 1-based line:col for every node.
 */
import type { Node, ParseError } from 'jsonc-parser';
import { createScanner, parseTree, printParseErrorCode } from '../../jsonc.js';
import type { SourceLocation } from '../../graph/value.js';
import { LIMITS } from './limits.js';

export interface ParseProblem {
  message: string;
  file: string;
  line: number;
  column: number;
}

export class JsonDocument {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  locate(offset: number): SourceLocation {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { file: this.file, line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }

  problem(message: string, offset: number): ParseProblem {
    return { message, ...this.locate(offset) };
  }
}

const describeError = (code: ParseError['error']): string =>
  printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** The deepest bracket nesting, found by the scanner without recursion (parseTree recurses). */
function nestingDepth(text: string): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  let max = 0;
  for (let token = scanner.scan(); token !== 17 /* EOF */; token = scanner.scan()) {
    if (token === 1 || token === 3) max = Math.max(max, ++depth);
    else if (token === 2 || token === 4) depth--;
  }
  return max;
}

/** Parses JSONC; `root` is undefined when the text is too big, too deep, or has no value at all. */
export function parseJsonc(text: string, file: string): { doc: JsonDocument; root: Node | undefined; problems: ParseProblem[] } {
  const doc = new JsonDocument(text, file);
  if (text.length > LIMITS.fileBytes) {
    return { doc, root: undefined, problems: [doc.problem(`file is ${text.length} bytes, over ARM's limit of ${LIMITS.fileBytes} bytes for a template`, 0)] };
  }
  const depth = nestingDepth(text);
  if (depth > LIMITS.jsonDepth) {
    return { doc, root: undefined, problems: [doc.problem(`JSON nested ${depth} levels deep, over moat's limit of ${LIMITS.jsonDepth}`, 0)] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const problems = errors.map((e) => doc.problem(`JSON syntax: ${describeError(e.error)}`, e.offset));
  return { doc, root, problems };
}

type Entry = [name: string, value: Node, key: Node];
/** Copy loops read the same nodes many times; each object's entries are listed once. */
const entryCache = new WeakMap<Node, Entry[]>();

/** Properties of an object node as [name, value node, key node]. */
export function entries(node: Node | undefined): Entry[] {
  if (node?.type !== 'object') return [];
  let out = entryCache.get(node);
  if (!out) {
    out = [];
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (key && value && typeof key.value === 'string') out.push([key.value, value, key]);
    }
    entryCache.set(node, out);
  }
  return out;
}

/** A property's value node, by case-insensitive name (ARM is case-insensitive; the exact name wins). */
export function child(node: Node | undefined, name: string): Node | undefined {
  const all = entries(node);
  const exact = all.find(([key]) => key === name);
  if (exact) return exact[1];
  const lower = name.toLowerCase();
  return all.find(([key]) => key.toLowerCase() === lower)?.[1];
}

/** A literal string property (not evaluated). */
export function literalString(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}
