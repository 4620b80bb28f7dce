/**
 * Corpus check for moat's Bicep parser:
 *
 *   npm run corpus -- [--expect-errors] [--no-tree-sitter] PATH...
 *
 * Parses every .bicep file under each PATH (files or folders), prints counts,
 * every syntax error as file:line:col message, and throughput in MB/s for
 * moat's parser and for tree-sitter-bicep (web-tree-sitter) on the same files.
 * With --expect-errors every file must produce at least one error (for invalid
 * samples); the files that parse cleanly are listed instead. A file that has
 * an Azure/bicep baseline next to it (main.diagnostics.bicep) is expected to
 * fail only when Bicep's own parser rejects it, and the errors are compared
 * with Bicep's line by line.
 * Exit code 1 when the target (no errors, or errors where expected) is missed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseBicep } from '../src/frontends/bicep/index.js';
import { lintPaths } from '../src/lint/run.js';
import { compareWithBaselines, readBaseline } from './bicep-baselines.js';

const RUNS = 3;

interface Source {
  file: string;
  text: string;
}

function collect(target: string, into: string[]): void {
  const stat = statSync(target);
  if (stat.isFile()) {
    if (target.endsWith('.bicep')) into.push(target);
    return;
  }
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) collect(full, into);
    else if (entry.isFile() && entry.name.endsWith('.bicep')) into.push(full);
  }
}

/** Best of RUNS passes over all sources, in MB/s (MB = 10^6 bytes of UTF-8). */
function throughput(sources: Source[], bytes: number, parseOne: (source: Source) => void): number {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    for (const source of sources) parseOne(source);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    best = Math.min(best, seconds);
  }
  return bytes / 1e6 / best;
}

async function treeSitter(sources: Source[], bytes: number): Promise<{ mbPerSecond: number; filesWithErrors: number }> {
  const { Parser, Language } = await import('web-tree-sitter');
  const require = createRequire(import.meta.url);
  const wasm = path.join(path.dirname(require.resolve('tree-sitter-bicep/package.json')), 'tree-sitter-bicep.wasm');
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(wasm));
  let filesWithErrors = 0;
  for (const source of sources) {
    const tree = parser.parse(source.text);
    if (!tree || tree.rootNode.hasError) filesWithErrors++;
    tree?.delete();
  }
  const mbPerSecond = throughput(sources, bytes, (source) => parser.parse(source.text)?.delete());
  parser.delete();
  return { mbPerSecond, filesWithErrors };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const expectErrors = args.includes('--expect-errors');
  const withTreeSitter = !args.includes('--no-tree-sitter');
  const withLint = !args.includes('--no-lint');
  const targets = args.filter((arg) => !arg.startsWith('--'));
  if (targets.length === 0) {
    console.error('usage: npm run corpus -- [--expect-errors] [--no-tree-sitter] [--no-lint] PATH...');
    return 2;
  }
  const files: string[] = [];
  for (const target of targets) collect(target, files);
  files.sort();
  const sources = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const bytes = sources.reduce((sum, source) => sum + Buffer.byteLength(source.text), 0);

  let filesWithErrors = 0;
  let errorCount = 0;
  const missedInvalid: string[] = [];
  const results: { file: string; errorLines: number[] }[] = [];
  for (const source of sources) {
    const { errors } = parseBicep(source.text, source.file);
    results.push({ file: source.file, errorLines: errors.map((error) => error.line) });
    errorCount += errors.length;
    if (errors.length > 0) filesWithErrors++;
    if (!expectErrors) for (const error of errors) console.log(`${error.file}:${error.line}:${error.column} ${error.message}`);
    else if (errors.length === 0) {
      const baseline = readBaseline(source.file);
      if (baseline && baseline.syntax.size === 0) console.log(`${source.file}: no syntax error reported (Bicep's baseline has only semantic errors)`);
      else missedInvalid.push(source.file);
    }
  }
  for (const file of missedInvalid) console.log(`${file}: no syntax error reported`);

  const ours = throughput(sources, bytes, (source) => parseBicep(source.text, source.file));
  console.log(`files: ${sources.length} (${(bytes / 1e6).toFixed(2)} MB)`);
  console.log(`moat: ${filesWithErrors} files with syntax errors (${errorCount} errors), ${ours.toFixed(1)} MB/s`);
  if (withTreeSitter) {
    const ts = await treeSitter(sources, bytes);
    console.log(`tree-sitter-bicep: ${ts.filesWithErrors} files with ERROR/MISSING nodes, ${ts.mbPerSecond.toFixed(1)} MB/s`);
  }
  const comparison = compareWithBaselines(results);
  if (comparison.filesCompared > 0) {
    for (const where of comparison.moatLinesWithoutBicepError) console.log(`${where}: moat reports an error, Bicep none on this line`);
    console.log(
      `vs Bicep baselines (${comparison.filesCompared} files): Bicep rejects ${comparison.filesBicepRejects} files syntactically, moat rejects ${comparison.filesBothReject} of them; ` +
        `${comparison.linesMatched}/${comparison.bicepSyntaxLines} of Bicep's syntax-error lines also have a moat error; ` +
        `${comparison.moatLinesWithoutBicepError.length} moat error lines where Bicep has none; ${comparison.filesOnlyMoatRejects.length} files only moat rejects`,
    );
  }
  const lintFailed = withLint && !expectErrors ? await lintCorpus(targets) : false;
  const missed = (expectErrors ? missedInvalid.length > 0 : filesWithErrors > 0) || lintFailed;
  if (missed) console.log(expectErrors ? `target missed: ${missedInvalid.length} files without errors` : 'target missed: syntax errors reported');
  return missed ? 1 : 0;
}

/**
 * `moat lint` over the same paths, as a user runs it: counts by level and rule. A parse error
 * or moat failing (a rule that threw) misses the target.
 */
async function lintCorpus(targets: string[]): Promise<boolean> {
  const started = performance.now();
  let result;
  try {
    result = await lintPaths(targets, { cwd: process.cwd(), config: { levels: {} } });
  } catch (error) {
    console.log(`moat lint failed: ${error instanceof Error ? error.message : String(error)}`);
    return true;
  }
  const { findings, files } = result;
  const seconds = (performance.now() - started) / 1000;
  const byRule = new Map<string, number>();
  for (const finding of findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  const failures = findings.filter((f) => f.ruleId === 'parse-error');
  for (const failure of failures) console.log(`${failure.file}:${failure.line}:${failure.column} ${failure.ruleId} ${failure.message}`);
  const levels = ['error', 'warning', 'info'].map((level) => `${findings.filter((f) => f.level === level).length} ${level}`).join(', ');
  console.log(`moat lint: ${files} files in ${seconds.toFixed(1)} s, ${findings.length} findings (${levels}), ${failures.length} failures`);
  console.log(`  by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
  return failures.length > 0;
}

process.exitCode = await main();
