/** Worker-thread entry of the lint pool (workers.ts): lints one unit per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintUnit } from './lint-unit.js';
import type { WorkerData, WorkerReply, WorkerRequest } from './workers.js';

const settings = workerData as WorkerData;
const port = parentPort!;

port.on('message', ({ index, unit }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index, findings: lintUnit(unit, settings) };
  } catch (error) {
    reply = { index, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
