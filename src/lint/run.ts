/**
 * `moat lint` without the command line: paths -> files -> units -> findings.
 * Large sets go to worker threads; the result is the same, sorted, either way.
 */
import { compareFindings } from './engine.js';
import { findFiles } from './files.js';
import { lintUnit, PARSE_ERROR, type LintSettings } from './lint-unit.js';
import type { CloudName } from '../azure/clouds.js';
import type { LintConfig } from './config.js';
import type { Finding } from './types.js';
import { planUnits } from './units.js';
import { SourceTexts } from './source-texts.js';
import { workerCountFor } from './worker-count.js';

export interface LintOptions {
  /** paths in findings are relative to this; relative inputs resolve against it */
  cwd: string;
  config: LintConfig;
  /** overrides the config's cloud */
  cloud?: CloudName;
  /** worker threads to use; by default none for small sets, one per core for large ones */
  workers?: number;
  /** called after each unit with the count done and the total */
  onProgress?: (done: number, total: number) => void;
}

export interface LintResult {
  findings: Finding[];
  /** files read: templates and their parameters files */
  files: number;
  /** some input couldn't be read or parsed (exit 2) */
  unparsable: boolean;
}

export async function lintPaths(paths: readonly string[], options: LintOptions): Promise<LintResult> {
  const found = findFiles(paths, { cwd: options.cwd, configIgnore: options.config.ignore });
  const texts = new SourceTexts();
  const units = planUnits(found, options.cwd, texts);
  const cloud = options.cloud ?? options.config.cloud;
  const settings: LintSettings = cloud ? { levels: options.config.levels, cloud } : { levels: options.config.levels };
  const progress = options.onProgress ? (done: number): void => options.onProgress!(done, units.length) : undefined;

  let perUnit: Finding[][];
  const workers = workerCountFor(units.length, options.workers);
  if (workers > 0) {
    // Loaded only for large sets: a pre-commit run of a few files shouldn't pay for the pool.
    const { lintInWorkers } = await import('./workers.js');
    texts.clear();
    perUnit = await lintInWorkers(units, settings, workers, progress);
  } else {
    perUnit = units.map((unit, i) => {
      const findings = lintUnit(unit, settings, texts);
      progress?.(i + 1);
      return findings;
    });
  }
  const findings = withoutRepeats(perUnit.flat().sort(compareFindings));
  return {
    findings,
    files: units.length + units.filter((u) => u.parameters).length,
    unparsable: findings.some((f) => f.ruleId === PARSE_ERROR),
  };
}

/** A module linked by two parents is linted with each: report its findings once. */
function withoutRepeats(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => {
    const previous = sorted[i - 1];
    return !previous || compareFindings(previous, f) !== 0 || previous.message !== f.message;
  });
}
