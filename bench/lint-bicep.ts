/**
 * Lint speed on Bicep (the Bicep half of bench/lint.ts): over a corpus of
 * generated projects (copies of the goldens' main.bicep, main.bicepparam and
 * modules), lint time as a ratio to parse-only time of the same .bicep and
 * .bicepparam files with the same parser (target <= 2x), one thread.
 *
 * Each pass runs in a process of its own: in one shared process, whichever
 * pass ran first left the other a heap and compiled code that made it up to
 * 2x slower (parse-only after lint measured ~570 ms CPU, alone ~270 ms).
 *
 *   node dist/bench/lint-bicep.js [--copies N]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBicep } from '../src/frontends/bicep/index.js';
import { lintPaths } from '../src/lint/run.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const GOLDEN = path.join(PACKAGE_ROOT, 'golden');
const THIS_FILE = fileURLToPath(import.meta.url);
/** measured passes in each process, the best kept: a busy machine and GC timing make single passes vary by 1.5x */
const RUNS = 5;
/** processes per kind of pass, alternating */
const ROUNDS = 2;

type Pass = 'parse' | 'lint';

interface PassResult {
  /** best CPU time of a pass, ms */
  cpuMs: number;
  findings: number;
}

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

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

/** One kind of pass in this process: a warm-up pass over other files (JIT), then the best of RUNS over `root`. */
async function runPass(pass: Pass, root: string, warmRoot: string): Promise<PassResult> {
  const config = { levels: {} };
  const run = async (dir: string): Promise<number> => {
    if (pass === 'parse') {
      parseOnly(bicepFiles(dir));
      return 0;
    }
    return (await lintPaths([dir], { cwd: dir, config, workers: 0 })).findings.length;
  };
  await run(warmRoot);
  let best = Infinity;
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = cpuMs();
    findings = await run(root);
    best = Math.min(best, cpuMs() - start);
  }
  return { cpuMs: best, findings };
}

function runPassAlone(pass: Pass, root: string, warmRoot: string): PassResult {
  const child = spawnSync(process.execPath, [THIS_FILE, '--pass', pass, root, warmRoot], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench ${pass} pass exited ${child.status}: ${child.stderr}`);
  return JSON.parse(child.stdout) as PassResult;
}

export async function benchLintBicep(copies = 50): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bicep-bench-'));
  const warmRoot = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bicep-warm-'));
  try {
    writeCorpus(root, copies);
    writeCorpus(warmRoot, 2);
    const files = bicepFiles(root);
    const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
    console.log(`Bicep lint corpus: ${files.length} files (${copies} copies of each golden project), ${(bytes / 1e6).toFixed(1)} MB`);
    let parse = Infinity;
    let lint = Infinity;
    let findings = 0;
    for (let round = 0; round < ROUNDS; round++) {
      parse = Math.min(parse, runPassAlone('parse', root, warmRoot).cpuMs);
      const linted = runPassAlone('lint', root, warmRoot);
      lint = Math.min(lint, linted.cpuMs);
      findings = linted.findings;
    }
    const best = `best of ${RUNS} x ${ROUNDS} processes`;
    console.log(`  parse only, 1 thread: ${parse.toFixed(0)} ms CPU (${best})`);
    console.log(`  lint, 1 thread:       ${lint.toFixed(0)} ms CPU (${best})  ratio ${(lint / parse).toFixed(2)}x  target <= 2x: ${lint <= 2 * parse ? 'ok' : 'MISSED'}  (${findings} findings)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(warmRoot, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === THIS_FILE) {
  const passAt = process.argv.indexOf('--pass');
  if (passAt > 0) {
    const [pass, root, warmRoot] = process.argv.slice(passAt + 1) as [Pass, string, string];
    process.stdout.write(JSON.stringify(await runPass(pass, root, warmRoot)));
  } else {
    const at = process.argv.indexOf('--copies');
    await benchLintBicep(at > 0 ? Number(process.argv[at + 1]) : undefined);
  }
}
