/**
 * Fair timing of two kinds of pass over the same files (parse-only and lint):
 * each kind runs in a process of its own, warmed up on other files, best of
 * several passes, the processes alternating. In one shared process, whichever
 * pass ran first left the other a heap and compiled code that made it up to
 * 2x slower, so the ratio measured the order, not the work.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface PassResult {
  /** best CPU time of one pass, ms */
  cpuMs: number;
  /** what the pass counted (findings, strings parsed): shows the passes did their work */
  count: number;
  /** with bestPartsPass: the best CPU time of each part of the target, ms */
  partMs?: number[];
}

/** Passes in one process, the best kept: a busy machine and GC timing make single passes vary by 1.5x. */
export interface Repeats {
  runs: number;
  /** processes per kind of pass, alternating */
  rounds: number;
}

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

type Pass = (target: string) => number | Promise<number>;

/** In the child: one warm-up pass over `warmTarget` (JIT), then the best CPU time of `runs` passes over `target`. */
export async function bestPass(pass: Pass, target: string, warmTarget: string, runs: number): Promise<PassResult> {
  const { cpuMs, count } = await bestOfParts(pass, [target], warmTarget, runs);
  return { cpuMs, count };
}

/**
 * As bestPass, with each part of the target (its subdirectories) timed on its
 * own: `partMs` holds each part's best. The machines this runs on slow down
 * for seconds at a time, so a whole pass of several seconds was rarely
 * spared, and the longer kind of pass (lint) the more rarely: the best whole
 * pass measured the machine's neighbours as much as the work.
 */
export async function bestPartsPass(pass: Pass, target: string, warmTarget: string, runs: number): Promise<PassResult> {
  const parts = readdirSync(target, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(target, entry.name))
    .sort();
  return bestOfParts(pass, parts, warmTarget, runs);
}

/** A warm-up pass, then `runs` passes over the parts in order: the best whole pass (its parts summed) and each part's best. */
async function bestOfParts(pass: Pass, parts: readonly string[], warmTarget: string, runs: number): Promise<Required<PassResult>> {
  await pass(warmTarget);
  const partMs = parts.map(() => Infinity);
  let best = Infinity;
  let count = 0;
  for (let i = 0; i < runs; i++) {
    let whole = 0;
    count = 0;
    for (let p = 0; p < parts.length; p++) {
      const start = cpuMs();
      count += await pass(parts[p]!);
      const used = cpuMs() - start;
      partMs[p] = Math.min(partMs[p]!, used);
      whole += used;
    }
    best = Math.min(best, whole);
  }
  return { cpuMs: best, count, partMs };
}

/** The sum of each part's best time over all processes: the work of a whole pass, each part timed where the machine was quietest. */
export const partsBestMs = (result: PassResult): number => (result.partMs ?? [result.cpuMs]).reduce((sum, ms) => sum + ms, 0);

const PASS_FLAG = '--pass';

/** The pass a child process was started for (`script --pass NAME ARGS...`), if this is one. */
export function passRequested(argv: readonly string[]): { name: string; args: string[] } | undefined {
  const at = argv.indexOf(PASS_FLAG);
  return at > 0 ? { name: argv[at + 1]!, args: argv.slice(at + 2) } : undefined;
}

/** The child's side: runs the named pass and prints its result for the parent. */
export async function answerPass(requested: { name: string; args: string[] }, passes: Record<string, (args: string[]) => Promise<PassResult>>): Promise<void> {
  const run = passes[requested.name];
  if (!run) throw new Error(`no bench pass named ${requested.name}`);
  process.stdout.write(JSON.stringify(await run(requested.args)));
}

/**
 * The parent's side: each named pass in `rounds` fresh processes of `script`,
 * alternating, the best result of each kind kept (its count from the last
 * process), and each part's best when the passes time parts.
 */
export function alternatePasses<Name extends string>(script: string, names: readonly Name[], args: readonly string[], rounds: number): Record<Name, PassResult> {
  const best = {} as Record<Name, PassResult>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const child = spawnSync(process.execPath, [script, PASS_FLAG, name, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(`bench pass ${name} exited ${child.status}: ${child.stderr}`);
      const result = JSON.parse(child.stdout) as PassResult;
      const known = best[name];
      best[name] = { cpuMs: Math.min(known?.cpuMs ?? Infinity, result.cpuMs), count: result.count };
      if (result.partMs) best[name].partMs = result.partMs.map((ms, i) => Math.min(known?.partMs?.[i] ?? Infinity, ms));
    }
  }
  return best;
}
