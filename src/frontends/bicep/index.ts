/**
 * moat's Bicep parser (syntax layer): text -> syntax tree + syntax errors +
 * diagnostics pragmas. It never throws; a later layer turns the tree into a
 * resource graph and applies `#disable-next-line` suppressions.
 */
import type { Program } from './ast.js';
import { lex, type Directive } from './lexer.js';
import { parseTokens, type SourceKind } from './parser.js';

export type * from './ast.js';
export type { Directive, DirectiveKind } from './lexer.js';

export interface BicepSyntaxError {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  offset: number;
  message: string;
}

export interface BicepParseResult {
  program: Program;
  /** Sorted by position; at most one per line (the first), since later ones on a line are mostly consequences. */
  errors: BicepSyntaxError[];
  directives: Directive[];
}

export function parseBicep(text: string, file: string): BicepParseResult {
  const sourceKind: SourceKind = file.endsWith('.bicepparam') ? 'bicepparam' : 'bicep';
  const lexed = lex(text);
  const parsed = parseTokens(lexed.tokens, file, sourceKind);
  const all = [...lexed.errors, ...parsed.errors].sort((a, b) => a.offset - b.offset);
  const errors: BicepSyntaxError[] = [];
  for (const error of all) {
    if (errors.length > 0 && errors[errors.length - 1]!.line === error.line) continue;
    errors.push({ file, line: error.line, column: error.column, offset: error.offset, message: error.message });
  }
  return { program: parsed.program, errors, directives: lexed.directives };
}
