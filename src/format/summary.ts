import type { Finding, FindingLevel } from '../lint/types.js';

export type LevelCounts = Record<FindingLevel, number>;

export function countLevels(findings: readonly Finding[]): LevelCounts {
  const counts: LevelCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}
