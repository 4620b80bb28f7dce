/**
 * Lint speed on Bicep (the Bicep half of bench/lint.ts): over a corpus of
 * generated projects (copies of the goldens' main.bicep, main.bicepparam and
 * modules), lint time as a ratio to parse-only time of the same .bicep and
 * .bicepparam files with the same parser (target <= 2x), one thread.
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

const GOLDEN = path.join(PACKAGE_ROOT, 'golden');
const RUNS = 5;

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

async function measure<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  const start = cpuMs();
  const result = await run();
  return [result, cpuMs() - start];
}

/** `copies` copies of every golden Bicep project under `root`; returns the .bicep/.bicepparam files written. */
function writeCorpus(root: string, copies: number): string[] {
  const cases = readdirSync(GOLDEN, { withFileTypes: true }).filter((d) => d.isDirectory() && readdirSync(path.join(GOLDEN, d.name)).includes('main.bicep'));
  for (let i = 0; i < copies; i++) {
    for (const c of cases) {
      const target = path.join(root, `${c.name}-${i}`);
      for (const entry of ['main.bicep', 'main.bicepparam', 'modules']) cpSync(path.join(GOLDEN, c.name, entry), path.join(target, entry), { recursive: true });
    }
  }
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

export async function benchLintBicep(copies = 50): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bicep-bench-'));
  const warmRoot = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bicep-warm-'));
  try {
    const files = writeCorpus(root, copies);
    const warmFiles = writeCorpus(warmRoot, 2);
    const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
    console.log(`Bicep lint corpus: ${files.length} files (${copies} copies of each golden project), ${(bytes / 1e6).toFixed(1)} MB`);
    const config = { levels: {} };
    // A small pass of each first, on other files, so that neither measured pass pays for JIT warm-up alone.
    await lintPaths([warmRoot], { cwd: warmRoot, config, workers: 0 });
    parseOnly(warmFiles);
    // Alternating runs, the best of each: a busy machine and GC timing make single runs vary by 2x.
    let parse = Infinity;
    let lint = Infinity;
    let result: Awaited<ReturnType<typeof lintPaths>> | undefined;
    for (let run = 0; run < RUNS; run++) {
      const [, parsed] = await measure(() => parseOnly(files));
      const [linted, linting] = await measure(() => lintPaths([root], { cwd: root, config, workers: 0 }));
      parse = Math.min(parse, parsed);
      lint = Math.min(lint, linting);
      result = linted;
    }
    console.log(`  parse only, 1 thread: ${parse.toFixed(0)} ms CPU (best of ${RUNS})`);
    console.log(`  lint, 1 thread:       ${lint.toFixed(0)} ms CPU (best of ${RUNS})  ratio ${(lint / parse).toFixed(2)}x  target <= 2x: ${lint <= 2 * parse ? 'ok' : 'MISSED'}  (${result!.findings.length} findings)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(warmRoot, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--copies');
  await benchLintBicep(at > 0 ? Number(process.argv[at + 1]) : undefined);
}
