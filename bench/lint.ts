/**
 * Lint speed (issue targets): over a generated corpus of ~2,000 ARM templates,
 * lint time as a ratio to parse-only time of the same files with the same
 * parsers (<= 2x); one template with 5,000 copy-loop resources (<= 2 s); cold
 * `moat lint one.json` as a ratio to cold `node -e 0` (<= 4x).
 *
 * Parse-only and lint each run in a process of their own (bench/measure.ts).
 * Parse-only is what any linter of these files must do, with lint's own
 * parsers: read each file, build the JSON tree (jsonc-parser's, in lint's own nodes: src/json-tree.ts; offsets for line:col)
 * and parse every string with the ARM expression parser. It builds no graph:
 * evaluation is lint's work, not parsing.
 *
 *   node dist/bench/lint.js [--templates N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'jsonc-parser';
import { parseTemplateString } from '../src/frontends/arm/expression.js';
import { parseJsonTree } from '../src/json-tree.js';
import { readSourceText } from '../src/lint/files.js';
import { lintPaths } from '../src/lint/run.js';
import { copyLoopTemplate, template, writeCorpus } from './lint-corpus.js';
import { alternatePasses, answerPass, bestPartsPass, partsBestMs, passRequested, type Repeats } from './measure.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const CLI = path.resolve(path.dirname(THIS_FILE), '../bin/main.js');
const COLD_RUNS = 15;
/**
 * Fewer than the Bicep bench: each pass over this corpus takes seconds. Three, not two: the
 * warm-up leaves lint's compiler busy through its first pass over the corpus (measured with
 * --trace-opt: 1.1-1.6 s of background compiling in the first pass, 0.08 s in the second), so
 * two runs gave lint one warm sample of each folder per process and parse-only two.
 */
const REPEATS: Repeats = { runs: 3, rounds: 3 };
const WARM_TEMPLATES = 40;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

interface Timing {
  wallMs: number;
  /** CPU time of the whole process (all threads): on a busy machine, the fair measure of one thread's work */
  cpuMs: number;
}

/** The JSON files under `root`: templates and parameters files, every file lint reads there. */
function jsonFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Reads and parses every file with lint's parsers; counts the strings parsed. */
function parseOnly(files: readonly string[]): number {
  let strings = 0;
  const pending: Node[] = [];
  for (const file of files) {
    const root = parseJsonTree(readSourceText(file), [], { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    if (root) pending.push(root);
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.type === 'string') {
        parseTemplateString(node.value as string);
        strings++;
      } else if (node.children) {
        pending.push(...node.children);
      }
    }
  }
  return strings;
}

const PASSES = ['parse', 'lint'] as const;

/** Each pass kind in its own process: args are the corpus and the warm-up corpus. */
const CHILD_PASSES = {
  parse: ([root, warmRoot]: string[]) => bestPartsPass((dir) => parseOnly(jsonFiles(dir)), root!, warmRoot!, REPEATS.runs),
  lint: ([root, warmRoot]: string[]) =>
    bestPartsPass(async (dir) => (await lintPaths([dir], { cwd: dir, config: { levels: {} }, workers: 0 })).findings.length, root!, warmRoot!, REPEATS.runs),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Prints the child's own CPU time at exit: the bench machine may be busy, and wall time then measures the neighbours. */
const CPU_REPORTER =
  'data:text/javascript,import {writeSync} from "node:fs";process.on("exit",()=>{const u=process.cpuUsage();writeSync(2,"\\ncpu-ms "+(u.user+u.system)/1000+"\\n")})';

/** Median wall and CPU time of a fresh node process running `args`. */
function cold(args: string[], cwd: string, runs = COLD_RUNS): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', CPU_REPORTER, ...args], { cwd, encoding: 'utf8' });
    walls.push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.trim()}`);
    cpus.push(Number(/cpu-ms (\S+)/.exec(run.stderr)?.[1]));
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

export async function benchLint(templateCount = 2000): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bench-'));
  const warmRoot = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bench-warm-'));
  const other = mkdtempSync(path.join(os.tmpdir(), 'moat-lint-bench-one-'));
  try {
    const corpus = writeCorpus(root, templateCount);
    writeCorpus(warmRoot, WARM_TEMPLATES, 2);
    console.log(`lint corpus: ${corpus.templates.length} ARM templates (10..500 resources, ~${corpus.resources} in all), ${corpus.parameters.size} parameters files, ${(corpus.bytes / 1e6).toFixed(0)} MB`);

    const { parse, lint } = alternatePasses(THIS_FILE, PASSES, [root, warmRoot], REPEATS.rounds);
    const parseMs = partsBestMs(parse);
    const lintMs = partsBestMs(lint);
    const how = `the sum of each of its ${lint.partMs?.length ?? 1} folders' best of ${REPEATS.runs} x ${REPEATS.rounds} processes`;
    console.log(`  parse only, 1 thread: ${seconds(parseMs)} CPU (${how}; ${parse.count} strings)`);
    console.log(`  lint, 1 thread:       ${seconds(lintMs)} CPU (the same)  ratio ${ratio(lintMs, parseMs)}  target <= 2x: ${verdict(lintMs <= 2 * parseMs)}  (${lint.count} findings)`);
    console.log(`    best whole passes: parse only ${seconds(parse.cpuMs)}, lint ${seconds(lint.cpuMs)}, ratio ${ratio(lint.cpuMs, parse.cpuMs)}`);

    const ms = (t: Timing): string => `${t.wallMs.toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU`;
    writeFileSync(path.join(other, 'copy-loop.json'), copyLoopTemplate());
    const big = cold([CLI, 'lint', 'copy-loop.json'], other, 3);
    console.log(`  moat lint copy-loop.json (5,000 resources from copy loops), cold process, median of 3: ${ms(big)}  target <= 2 s: ${verdict(big.wallMs <= 2000)}`);

    writeFileSync(path.join(other, 'one.json'), template(30, 3));
    const node = cold(['-e', '0'], other);
    const one = cold([CLI, 'lint', 'one.json'], other);
    console.log(`  cold start, median of ${COLD_RUNS}: node -e 0 ${ms(node)}; moat lint one.json ${ms(one)}`);
    console.log(`    ratio ${ratio(one.wallMs, node.wallMs)} wall, ${ratio(one.cpuMs, node.cpuMs)} CPU  target <= 4x: ${verdict(one.wallMs <= 4 * node.wallMs)} (wall), ${verdict(one.cpuMs <= 4 * node.cpuMs)} (CPU)`);
  } finally {
    for (const dir of [root, warmRoot, other]) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === THIS_FILE) {
  const requested = passRequested(process.argv);
  if (requested) {
    await answerPass(requested, CHILD_PASSES);
  } else {
    const at = process.argv.indexOf('--templates');
    await benchLint(at > 0 ? Number(process.argv[at + 1]) : undefined);
  }
}
