/**
 * Reads Azure/bicep's sample baselines (`main.diagnostics.bicep`, next to each
 * `main.bicep` in src/Bicep.Core.Samples/Files/baselines/*) to learn which lines
 * Bicep's own lexer and parser reject, so the corpus check can compare moat's
 * syntax errors with Bicep's line by line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Diagnostic codes raised by Bicep's lexer and parser (Lexer.cs, BaseParser.cs,
 * Parser.cs, ParseDiagnosticsVisitor.cs); every other code is semantic and out
 * of scope for a syntax layer.
 */
const BICEP_SYNTAX_CODES = new Set([
  'BCP001', 'BCP002', 'BCP003', 'BCP004', 'BCP005', 'BCP006', 'BCP007', 'BCP008', 'BCP009', 'BCP010',
  'BCP011', 'BCP012', 'BCP013', 'BCP015', 'BCP016', 'BCP017', 'BCP018', 'BCP019', 'BCP020', 'BCP021',
  'BCP022', 'BCP023', 'BCP024', 'BCP032', 'BCP064', 'BCP068', 'BCP087', 'BCP096', 'BCP097', 'BCP103',
  'BCP117', 'BCP118', 'BCP123', 'BCP133', 'BCP136', 'BCP140', 'BCP162', 'BCP167', 'BCP201', 'BCP202',
  'BCP226', 'BCP236', 'BCP237', 'BCP238', 'BCP243', 'BCP249', 'BCP266', 'BCP279', 'BCP300', 'BCP305',
  'BCP317', 'BCP322', 'BCP325', 'BCP344', 'BCP346', 'BCP347', 'BCP354', 'BCP355', 'BCP356', 'BCP375',
]);

export interface BaselineLines {
  /** Lines (1-based) with at least one Bicep syntax error. */
  syntax: Set<number>;
  /** Lines with any Bicep error, syntax or semantic. */
  anyError: Set<number>;
}

/**
 * The baseline repeats each source line, each followed by `//@[start:end) [CODE (Level)] ...`
 * lines for the diagnostics that start on it. Returns null when there is no baseline.
 */
export function readBaseline(bicepFile: string): BaselineLines | null {
  const baseline = path.join(path.dirname(bicepFile), 'main.diagnostics.bicep');
  if (path.basename(bicepFile) !== 'main.bicep' || !existsSync(baseline)) return null;
  const lines: BaselineLines = { syntax: new Set(), anyError: new Set() };
  let sourceLine = 0;
  for (const line of readFileSync(baseline, 'utf8').split(/\r\n|\r|\n/)) {
    if (!line.startsWith('//@[')) {
      sourceLine++;
      continue;
    }
    const diagnostic = /\[(BCP\d+) \(Error\)\]/.exec(line);
    if (!diagnostic) continue;
    lines.anyError.add(sourceLine);
    if (BICEP_SYNTAX_CODES.has(diagnostic[1]!)) lines.syntax.add(sourceLine);
  }
  return lines;
}

export interface BaselineComparison {
  filesCompared: number;
  /** Files Bicep rejects syntactically: how many moat also rejects. */
  filesBicepRejects: number;
  filesBothReject: number;
  /** Files where moat reports a syntax error and Bicep reports none at all. */
  filesOnlyMoatRejects: string[];
  /** Bicep syntax-error lines where moat also reports an error. */
  bicepSyntaxLines: number;
  linesMatched: number;
  /** moat errors on lines where Bicep reports no error of any kind. */
  moatLinesWithoutBicepError: string[];
}

export function compareWithBaselines(results: { file: string; errorLines: number[] }[]): BaselineComparison {
  const comparison: BaselineComparison = {
    filesCompared: 0, filesBicepRejects: 0, filesBothReject: 0, filesOnlyMoatRejects: [],
    bicepSyntaxLines: 0, linesMatched: 0, moatLinesWithoutBicepError: [],
  };
  for (const { file, errorLines } of results) {
    const baseline = readBaseline(file);
    if (!baseline) continue;
    comparison.filesCompared++;
    const ours = new Set(errorLines);
    if (baseline.syntax.size > 0) {
      comparison.filesBicepRejects++;
      if (ours.size > 0) comparison.filesBothReject++;
    } else if (ours.size > 0 && baseline.anyError.size === 0) {
      comparison.filesOnlyMoatRejects.push(file);
    }
    comparison.bicepSyntaxLines += baseline.syntax.size;
    for (const line of baseline.syntax) if (ours.has(line)) comparison.linesMatched++;
    for (const line of ours) if (!baseline.anyError.has(line)) comparison.moatLinesWithoutBicepError.push(`${file}:${line}`);
  }
  return comparison;
}
