/**
 * Inline suppressions: `// moat-disable-next-line RULE-ID [RULE-ID...]` in
 * JSONC and `#disable-next-line RULE-ID...` in Bicep silence those rules on the
 * line after the comment (Bicep's `#disable-diagnostics` ... `#restore-diagnostics`
 * silence the lines between). Text after `--` is a reason, not a rule ID.
 * (A `metadata.moat.suppress` array on an ARM resource is the front end's and
 * the engine's business: it arrives as GraphResource.suppress.)
 */
import { SyntaxKind } from 'jsonc-parser';
import { createScanner } from '../jsonc.js';
import { maskStringLineBreaks } from '../jsonc-text.js';
import { bicepSuppressions } from '../frontends/bicep/suppress.js';
import type { Finding } from './types.js';

/** Suppressed rule IDs by the 1-based line they apply to. */
export type Suppressions = Map<number, Set<string>>;

const JSONC_DIRECTIVE = 'moat-disable-next-line';

export function findSuppressions(text: string, language: 'arm' | 'bicep'): Suppressions {
  return language === 'arm' ? jsoncSuppressions(text) : bicepSuppressions(text);
}

function jsoncSuppressions(text: string): Suppressions {
  const found: Suppressions = new Map();
  // Most templates have none: don't tokenise the whole file to learn that.
  if (!text.includes(JSONC_DIRECTIVE)) return found;
  // A multi-line string read as two would turn the file's strings and comments inside out.
  const scanner = createScanner(maskStringLineBreaks(text) ?? text, false);
  // Lines counted in the text itself: the masked text has fewer line breaks.
  let line = 1;
  let counted = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token !== SyntaxKind.LineCommentTrivia && token !== SyntaxKind.BlockCommentTrivia) continue;
    const start = scanner.getTokenOffset();
    const raw = text.slice(start, start + scanner.getTokenLength());
    const body = token === SyntaxKind.LineCommentTrivia ? raw.slice(2) : raw.slice(2, -2);
    const trimmed = body.trim();
    if (!trimmed.startsWith(JSONC_DIRECTIVE)) continue;
    line += countNewlines(text, counted, start);
    counted = start;
    // A block comment may span lines: "next line" is the one after it ends.
    const endLine = line + countNewlines(raw, 0, raw.length);
    add(found, endLine + 1, ruleIdsIn(trimmed.slice(JSONC_DIRECTIVE.length)));
  }
  return found;
}

function ruleIdsIn(text: string): string[] {
  const reasonAt = text.indexOf('--');
  const ids = reasonAt >= 0 ? text.slice(0, reasonAt) : text;
  return ids.split(/[\s,]+/).filter((id) => id !== '');
}

function add(found: Suppressions, line: number, ids: string[]): void {
  if (ids.length === 0) return;
  const set = found.get(line) ?? new Set<string>();
  for (const id of ids) set.add(id);
  found.set(line, set);
}

/** Line feeds in text[from, to). */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** The findings in `file` that no suppression there silences; other files' findings pass through. */
export function applySuppressions(findings: readonly Finding[], file: string, suppressions: Suppressions): Finding[] {
  if (suppressions.size === 0) return [...findings];
  return findings.filter(
    (f) => f.file !== file || !suppressions.get(f.line)?.has(f.ruleId),
  );
}
