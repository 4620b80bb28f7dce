/** Findings in the JSON shape of design.md §5. */
import type { Finding } from '../lint/types.js';
import { VERSION } from '../version.js';
import { countLevels } from './summary.js';

export interface JsonOptions {
  /** how many files were read */
  files: number;
}

export function formatJson(findings: readonly Finding[], options: JsonOptions): string {
  const counts = countLevels(findings);
  const report = {
    tool: 'moat',
    version: VERSION,
    findings: findings.map((f) => {
      const entry: Record<string, unknown> = {
        ruleId: f.ruleId,
        level: f.level,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
      };
      if (f.resource !== undefined) entry.resource = f.resource;
      if (f.help !== undefined) entry.help = f.help;
      return entry;
    }),
    summary: { files: options.files, error: counts.error, warning: counts.warning, info: counts.info },
  };
  return JSON.stringify(report, null, 2) + '\n';
}
