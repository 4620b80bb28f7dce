/**
 * Lint speed on Bicep (the Bicep half of bench/lint.ts): over a corpus of
 * generated projects (copies of the goldens' main.bicep, main.bicepparam and
 * modules), lint time as a ratio to parse-only time of the same .bicep and
 * .bicepparam files with the same parser (target <= 2x), one thread.
 *
 * Each pass runs in a process of its own (bench/measure.ts): in one shared
 * process, parse-only after lint measured ~570 ms CPU, alone ~270 ms.
 *
 *   node dist/bench/lint-bicep.js [--copies N]
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBicep } from '../src/frontends/bicep/index.js';
import { lintPaths } from '../src/lint/run.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { alternatePasses, answerPass, bestPass, passRequested, type Repeats } from './measure.js';

const GOLDEN = path.join(PACKAGE_ROOT, 'golden');
const THIS_FILE = fileURLToPath(import.meta.url);
/** passes per process (the best kept) and processes per kind of pass */
const REPEATS: Repeats = { runs: 5, rounds: 3 };

/** `copies` copies of every golden Bicep project under `root`. */
function writeCorpus(root: string, copies: number): void {
  const cases = readdirSync(GOLDEN, { withFileTypes: true }).filter((d) => d.isDirectory() && readdirSync(path.join(GOLDEN, d.name)).includes('main.bicep'));
  for (let i = 0; i < copies; i++) {
    for (const c of cases) {
      const target = path.join(root, `${c.name}-${i}`);
      for (const entry of ['main.bicep', 'main.bicepparam', 'modules']) cpSync(path.join(GOLDEN, c.name, entry), path.join(target, entry), { recursive: true });
    }
  }
}

/** The .bicep/.bicepparam files under `root`: every file lint reads there. */
function bicepFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.bicep(param)?$/.test(entry.name)) files.push(full);
    }
  };
  walk(root);
  return files;
}

function parseOnly(files: string[]): number {
  let statements = 0;
  for (const file of files) statements += parseBicep(readFileSync(file, 'utf8'), file).program.statements.length;
  return statements;
}

const PASSES = ['parse', 'lint'] as const;

/** Each pass kind in its own process (see measure.ts): args are the corpus and the warm-up corpus. */
const CHILD_PASSES = {
  parse: ([root, warmRoot]: string[]) => bestPass((dir) => parseOnly(bicepFiles(dir)), root!, warmRoot!, REPEATS.runs),
  lint: ([root, warmRoot]: string[]) =>
    bestPass(async (dir) => (await lintPaths([dir], { cwd: dir, config: { levels: {} }, workers: 0 })).findings.length, root!, warmRoot!, REPEATS.runs),
};

export async function benchLintBicep(copies = 50): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bicep-bench-'));
  const warmRoot = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bicep-warm-'));
  try {
    writeCorpus(root, copies);
    writeCorpus(warmRoot, 2);
    const files = bicepFiles(root);
    const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
    console.log(`Bicep lint corpus: ${files.length} files (${copies} copies of each golden project), ${(bytes / 1e6).toFixed(1)} MB`);
    const { parse, lint } = alternatePasses(THIS_FILE, PASSES, [root, warmRoot], REPEATS.rounds);
    const best = `best of ${REPEATS.runs} x ${REPEATS.rounds} processes`;
    console.log(`  parse only, 1 thread: ${parse.cpuMs.toFixed(0)} ms CPU (${best})`);
    console.log(`  lint, 1 thread:       ${lint.cpuMs.toFixed(0)} ms CPU (${best})  ratio ${(lint.cpuMs / parse.cpuMs).toFixed(2)}x  target <= 2x: ${lint.cpuMs <= 2 * parse.cpuMs ? 'ok' : 'MISSED'}  (${lint.count} findings)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(warmRoot, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === THIS_FILE) {
  const requested = passRequested(process.argv);
  if (requested) {
    await answerPass(requested, CHILD_PASSES);
  } else {
    const at = process.argv.indexOf('--copies');
    await benchLintBicep(at > 0 ? Number(process.argv[at + 1]) : undefined);
  }
}
