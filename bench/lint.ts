/**
 * Lint speed (issue targets): over a generated corpus of ~2,000 ARM templates,
 * lint time as a ratio to parse-only time of the same files with the same
 * parsers (<= 2x); one template with 5,000 copy-loop resources (<= 2 s); cold
 * `moat lint one.json` as a ratio to cold `node -e 0` (<= 4x).
 *
 *   node dist/bench/lint.js [--templates N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArmParametersFile, readArmTemplate } from '../src/frontends/arm/index.js';
import { lintPaths } from '../src/lint/run.js';
import { workerCountFor } from '../src/lint/worker-count.js';
import { copyLoopTemplate, template, writeCorpus, type Corpus } from './lint-corpus.js';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/cli/main.js');
const COLD_RUNS = 15;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

interface Timing {
  wallMs: number;
  /** CPU time of the whole process (all threads): on a busy machine, the fair measure of one thread's work */
  cpuMs: number;
}

async function measure<T>(run: () => T | Promise<T>): Promise<[T, Timing]> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return [result, { wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 }];
}

const describe = (t: Timing): string => `${seconds(t.wallMs)} wall, ${seconds(t.cpuMs)} CPU`;

/** Read and parse every template with its parameters file: what linting can't do without. */
function parseOnly(corpus: Corpus): number {
  let resources = 0;
  for (const file of corpus.templates) {
    const shown = path.relative(corpus.root, file);
    const parametersFile = corpus.parameters.get(file);
    const options = parametersFile
      ? { parameters: readArmParametersFile(readFileSync(parametersFile, 'utf8'), path.relative(corpus.root, parametersFile)).parameters, parametersFile }
      : {};
    resources += readArmTemplate(readFileSync(file, 'utf8'), shown, options).graph.resources.length;
  }
  return resources;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Prints the child's own CPU time at exit: the bench machine may be busy, and wall time then measures the neighbours. */
const CPU_REPORTER =
  'data:text/javascript,import {writeSync} from "node:fs";process.on("exit",()=>{const u=process.cpuUsage();writeSync(2,"\\ncpu-ms "+(u.user+u.system)/1000+"\\n")})';

/** Median wall and CPU time of a fresh node process running `args`. */
function cold(args: string[], cwd: string): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
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
  try {
    const corpus = writeCorpus(root, templateCount);
    console.log(`lint corpus: ${corpus.templates.length} ARM templates (10..500 resources, ~${corpus.resources} in all), ${corpus.parameters.size} parameters files, ${(corpus.bytes / 1e6).toFixed(0)} MB`);

    const config = { levels: {} };
    // One small pass first so that neither measured pass pays for JIT warm-up alone.
    parseOnly({ ...corpus, templates: corpus.templates.slice(0, 20) });
    const [parsedResources, parse] = await measure(() => parseOnly(corpus));
    const [single, lintSingle] = await measure(() => lintPaths([root], { cwd: root, config, workers: 0 }));
    const workers = workerCountFor(corpus.templates.length);
    const [pooled, lintPooled] = await measure(() => lintPaths([root], { cwd: root, config }));
    const same = JSON.stringify(single.findings) === JSON.stringify(pooled.findings);
    console.log(`  parse only, 1 thread:      ${describe(parse)}  (${parsedResources} resources)`);
    console.log(`  lint, 1 thread:            ${describe(lintSingle)}  ratio ${ratio(lintSingle.cpuMs, parse.cpuMs)} (CPU)  target <= 2x: ${verdict(lintSingle.cpuMs <= 2 * parse.cpuMs)}`);
    console.log(`  lint, ${workers} worker threads:   ${describe(lintPooled)}  ratio ${ratio(lintPooled.wallMs, parse.wallMs)} (wall)  target <= 2x: ${verdict(lintPooled.wallMs <= 2 * parse.wallMs)}`);
    console.log(`  findings: ${single.findings.length} (same with workers: ${same ? 'yes' : 'NO'})`);

    const big = path.join(root, 'copy-loop.json');
    writeFileSync(big, copyLoopTemplate());
    const [bigResult, big5000] = await measure(() => lintPaths([big], { cwd: root, config }));
    const bigResources = readArmTemplate(readFileSync(big, 'utf8'), 'copy-loop.json').graph.resources.length;
    console.log(`  one template, ${bigResources} resources from copy loops: ${describe(big5000)}  target <= 2 s: ${verdict(big5000.wallMs <= 2000)}  (${bigResult.findings.length} findings)`);

    const one = path.join(root, 'one.json');
    writeFileSync(one, template(30, 3));
    const node = cold(['-e', '0'], root);
    const lint = cold([CLI, 'lint', 'one.json'], root);
    const ms = (t: Timing): string => `${t.wallMs.toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU`;
    console.log(`  cold start, median of ${COLD_RUNS}: node -e 0 ${ms(node)}; moat lint one.json ${ms(lint)}`);
    console.log(`    ratio ${ratio(lint.wallMs, node.wallMs)} wall, ${ratio(lint.cpuMs, node.cpuMs)} CPU  target <= 4x: ${verdict(lint.wallMs <= 4 * node.wallMs)} (wall), ${verdict(lint.cpuMs <= 4 * node.cpuMs)} (CPU)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--templates');
  await benchLint(at > 0 ? Number(process.argv[at + 1]) : undefined);
}
