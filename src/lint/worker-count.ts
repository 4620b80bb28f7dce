/** How many worker threads a lint run uses (0: lint in the main thread). */
import { availableParallelism } from 'node:os';

/** Below this many units, starting workers (each loads moat afresh) costs more than it saves. */
export const WORKER_THRESHOLD = 200;
/** Units per worker worth its start-up cost. */
const UNITS_PER_WORKER = 100;

export function workerCountFor(units: number, requested?: number): number {
  if (requested !== undefined) return requested;
  if (units <= WORKER_THRESHOLD) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, Math.ceil(units / UNITS_PER_WORKER));
}
