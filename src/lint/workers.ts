/**
 * Lints units on a pool of worker threads. Each worker takes the next unit as
 * soon as it is free, so a few huge templates don't leave the others idle.
 * Results come back by unit index; the caller sorts, so the output equals the
 * single-threaded run's.
 */
import { Worker } from 'node:worker_threads';
import type { LintSettings } from './lint-unit.js';
import type { Finding } from './types.js';
import type { LintUnit } from './units.js';

export interface WorkerRequest {
  index: number;
  unit: LintUnit;
}

export type WorkerReply = { index: number; findings: Finding[] } | { index: number; error: string };

export type WorkerData = LintSettings;

export async function lintInWorkers(
  units: readonly LintUnit[],
  settings: LintSettings,
  count: number,
  onDone?: (done: number) => void,
): Promise<Finding[][]> {
  const results: Finding[][] = new Array(units.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker): void => {
        if (next < units.length) {
          const request: WorkerRequest = { index: next, unit: units[next]! };
          next++;
          worker.postMessage(request);
        }
      };
      const data: WorkerData = settings;
      for (let i = 0; i < Math.min(count, units.length); i++) {
        const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: data });
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if ('error' in reply) {
            reject(new Error(reply.error));
            return;
          }
          results[reply.index] = reply.findings;
          done++;
          onDone?.(done);
          if (done === units.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && done < units.length) reject(new Error(`lint worker stopped with exit code ${code}`));
        });
        feed(worker);
      }
      if (units.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
