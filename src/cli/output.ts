/** What every command needs to print findings: the format choice and colour policy. */
import type { Finding } from '../lint/types.js';
import { formatJson } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { formatText } from '../format/text.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type FindingsFormat = (typeof FORMATS)[number];

/** Colours only on a TTY and never with NO_COLOR (design.md §4). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

export async function renderFindings(findings: readonly Finding[], format: FindingsFormat, files: number): Promise<string> {
  switch (format) {
    case 'text':
      return formatText(findings, { color: useColor(process.stdout) });
    case 'json':
      return formatJson(findings, { files });
    case 'sarif': {
      const { RULES } = await import('../lint/registry.js');
      return formatSarif(findings, { rules: RULES.map((r) => r.meta), baseDir: process.cwd() });
    }
  }
}

/** Exit code for findings: 1 when any error, else 0 (warnings allowed unless capped). */
export function findingsExitCode(findings: readonly Finding[], maxWarnings?: number): number {
  if (findings.some((f) => f.level === 'error')) return 1;
  if (maxWarnings !== undefined && findings.filter((f) => f.level === 'warning').length > maxWarnings) return 1;
  return 0;
}
