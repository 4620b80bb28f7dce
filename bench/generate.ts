/**
 * `moat generate` speed, for the example with the most planned resources:
 * - cold process time of `moat generate --target both` as a ratio to cold
 *   `moat --version` (target <= 2x): what a user waits for beyond Node's start;
 * - in-process render time of Bicep + ARM + post-deploy.sh from a planned
 *   graph (target <= 20 ms), warm (templates compiled) and the first call.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planTopology } from '../src/plan/index.js';
import { renderMetaFor } from '../src/render/header.js';
import { renderAll } from '../src/render/index.js';
import { loadTopology } from '../src/topology/load.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/main.js');
const PROCESS_RUNS = 7;
const RENDER_RUNS = 50;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`moat ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

function largestExample(): { file: string; resources: number } {
  const examples = readdirSync(path.join(PACKAGE_ROOT, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const file = `examples/${f}`;
      return { file, resources: planTopology(loadTopology(path.join(PACKAGE_ROOT, file))).resources.length };
    });
  return examples.reduce((a, b) => (b.resources > a.resources ? b : a));
}

export async function benchGenerate(): Promise<void> {
  const { file, resources } = largestExample();
  const loaded = loadTopology(path.join(PACKAGE_ROOT, file));
  const graph = planTopology(loaded);
  const meta = renderMetaFor(file, PACKAGE_ROOT);

  let start = performance.now();
  renderAll(loaded.topology!, graph, 'both', meta);
  const firstRender = performance.now() - start;
  const renders: number[] = [];
  for (let i = 0; i < RENDER_RUNS; i++) {
    start = performance.now();
    renderAll(loaded.topology!, graph, 'both', meta);
    renders.push(performance.now() - start);
  }

  const versions: number[] = [];
  const generates: number[] = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    versions.push(timeProcess(['--version']));
    const out = mkdtempSync(path.join(tmpdir(), 'moat-bench-generate-'));
    generates.push(timeProcess(['generate', file, '--out', out, '--target', 'both']));
    rmSync(out, { recursive: true, force: true });
  }
  const ratio = median(generates) / median(versions);
  const renderMedian = median(renders);

  const rows: [string, string, string][] = [
    ['cold moat --version (median)', `${median(versions).toFixed(0)} ms`, ''],
    ['cold moat generate --target both (median)', `${median(generates).toFixed(0)} ms`, ''],
    ['  ratio generate / --version', `${ratio.toFixed(2)}x`, ratio <= 2 ? 'ok (target <= 2x)' : 'over target (<= 2x)'],
    ['in-process render, warm (median)', `${renderMedian.toFixed(2)} ms`, renderMedian <= 20 ? 'ok (target <= 20 ms)' : 'over target (<= 20 ms)'],
    ['in-process render, first call (compiles templates)', `${firstRender.toFixed(2)} ms`, ''],
  ];
  process.stdout.write(`moat generate: ${file} (${resources} planned resources), ${PROCESS_RUNS} process runs, ${RENDER_RUNS} renders\n`);
  for (const [what, value, verdict] of rows) process.stdout.write(`  ${what.padEnd(52)} ${value.padStart(10)}  ${verdict}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchGenerate();
}
