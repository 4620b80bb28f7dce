/**
 * A topology's text as a YAML document that remembers where every value came
 * from. JSON goes through the same YAML parser (JSON is YAML 1.2), after a
 * strict JSON syntax check so a `.json` file gets JSON's error messages.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ParseError } from 'jsonc-parser';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node, YAMLError } from 'yaml';
import { InputError } from '../errors.js';
import type { SourceLocation } from '../graph/value.js';

// Both parsers are CommonJS: require() skips the export scan an ESM import costs at every start.
// jsonc-parser checks .json topologies only, so it is required then: reading YAML doesn't load it.
const require = createRequire(import.meta.url);
const yaml = require('yaml') as typeof Yaml;
const { isAlias, isMap, isScalar, isSeq, parseDocument, visit } = yaml;

/** Anchors may be reused, but not so often that a small file expands into gigabytes. */
const MAX_ALIAS_COUNT = 100;

export interface TopologySource {
  file: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** the document as plain data */
  data: unknown;
}

export function parseSource(text: string, file: string): TopologySource {
  if (path.extname(file).toLowerCase() === '.json') checkJsonSyntax(text, file);
  const lineCounter = new yaml.LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  const at = (offset: number): SourceLocation => positionAt(lineCounter, file, offset);
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw yamlError(problem, at(problem.pos[0]));
  if (document.contents === null) {
    throw new InputError('the file holds no topology (only comments or blank lines)', { file }, 'run `moat init` to write a starter topology');
  }
  checkNodes(document, at);
  return { file, document, lineCounter, data: toPlainData(document, file) };
}

function toPlainData(document: Document.Parsed, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The parser stops alias expansion that would explode ("billion laughs").
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`YAML: ${message}`, { file }, 'write the values out instead of nesting aliases of aliases');
  }
}

/** 1-based line and column of a character offset, for text that never became a YAML document. */
export function locationOfOffset(text: string, file: string, offset: number): SourceLocation {
  const before = text.slice(0, offset);
  return { file, line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function positionAt(lineCounter: LineCounter, file: string, offset: number): SourceLocation {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col };
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear once in a mapping; remove or merge the repeated one',
  MULTIPLE_DOCS: 'a topology is one YAML document; remove the `---` separator',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'check the indentation of this line against its parent',
  MISSING_CHAR: 'a quote or bracket is not closed',
  TAG_RESOLVE_FAILED: 'moat knows no custom YAML tags; write the plain value',
};

function yamlError(error: YAMLError, at: SourceLocation): InputError {
  // The parser files an unclosed bracket under BAD_INDENT; say what the user can fix.
  if (/end with an? [\]}]/.test(error.message)) return new InputError(`YAML: ${error.message}`, at, 'a [ or { is not closed');
  // Its recursion limit surfaces as the engine's stack message.
  if (/call stack/i.test(error.message)) return new InputError('YAML: nested too deeply', at, 'a topology nests a few levels; is this the right file?');
  return new InputError(`YAML: ${error.message}`, at, YAML_HINTS[error.code] ?? 'fix the YAML syntax at this position');
}

/** Collection keys and unresolved aliases, each at its own position. */
function checkNodes(document: Document.Parsed, at: (offset: number) => SourceLocation): void {
  visit(document, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key && !isScalar(key)) {
        throw new InputError('a mapping key must be a plain word, not a list or mapping', at(key.range?.[0] ?? 0), 'write the key as text, like `name:`');
      }
    },
    Alias(_, alias) {
      if (!alias.resolve(document)) {
        throw new InputError(`alias *${alias.source} refers to no anchor before it`, at(alias.range?.[0] ?? 0), `define &${alias.source} earlier in the file`);
      }
    },
  });
}

function checkJsonSyntax(text: string, file: string): void {
  const { parse: parseJson, printParseErrorCode } = require('jsonc-parser') as typeof import('jsonc-parser');
  const errors: ParseError[] = [];
  parseJson(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return;
  const code = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  throw new InputError(`JSON: ${code}`, locationOfOffset(text, file, first.offset), 'fix the JSON syntax here; JSON allows no comments or trailing commas');
}

/** A value's own node, and where to point when it (or a step before it) is absent. */
interface Lookup {
  /** the node at the full path, when present */
  node?: Node;
  /** the key node of the last step, when that step is a mapping key */
  key?: Node;
  /** position of the deepest present step (its key, or the item itself in a list) */
  nearest: number | undefined;
}

function lookup(document: Document.Parsed, segments: readonly string[]): Lookup {
  let current: unknown = document.contents;
  let nearest: number | undefined;
  let key: Node | undefined;
  for (const segment of segments) {
    if (isAlias(current)) current = current.resolve(document);
    key = undefined;
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return { nearest };
      key = pair.key as Node;
      nearest = key.range?.[0];
      current = pair.value;
    } else if (isSeq(current)) {
      const item = /^\d+$/.test(segment) ? current.items[Number(segment)] : undefined;
      if (!item) return { nearest };
      current = item;
      nearest = (item as Node).range?.[0];
    } else {
      return { nearest };
    }
  }
  if (isAlias(current)) current = current.resolve(document);
  const node = current as Node | null;
  // `key:` with nothing after it is an empty scalar: point at the key instead of the gap.
  const empty = !node || (isScalar(node) && node.source === '' && node.value === null);
  return { node: empty ? undefined : node, key, nearest };
}

export type PathSegments = readonly string[];

export const splitPath = (dotted: string): PathSegments => (dotted === '' ? [] : dotted.split('.'));

/**
 * Where a value is: its own position when present, else the key of the nearest
 * present ancestor (a defaulted value points at its parent key), else 1:1.
 */
export function locateValue(source: TopologySource, segments: PathSegments): SourceLocation {
  const found = lookup(source.document, segments);
  const offset = found.node?.range?.[0] ?? found.nearest;
  return offset === undefined ? { file: source.file, line: 1, column: 1 } : positionAt(source.lineCounter, source.file, offset);
}

/** Where a mapping key is (for unknown keys), else where its value would be. */
export function locateKey(source: TopologySource, segments: PathSegments): SourceLocation {
  const found = lookup(source.document, segments);
  const offset = found.key?.range?.[0];
  return offset === undefined ? locateValue(source, segments) : positionAt(source.lineCounter, source.file, offset);
}
