/** Findings as a compiler prints them: `file:line:col level rule-id message`. */
import type { Finding, FindingLevel } from '../lint/types.js';
import { countLevels } from './summary.js';

export interface TextOptions {
  color: boolean;
}

const LEVEL_COLORS: Record<FindingLevel, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export function formatText(findings: readonly Finding[], options: TextOptions = { color: false }): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${RESET}` : text);
  const lines = findings.map(
    (f) => `${f.file}:${f.line}:${f.column} ${paint(LEVEL_COLORS[f.level], f.level)} ${paint(DIM, f.ruleId)} ${oneLine(f.message)}`,
  );
  const counts = countLevels(findings);
  const total = findings.length;
  lines.push(
    total === 0
      ? 'no findings'
      : `${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info)`,
  );
  return lines.join('\n') + '\n';
}

/** A finding is one line; a message with a newline (from user text) must not break that. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, '\\n');
}
