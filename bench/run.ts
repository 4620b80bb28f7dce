/**
 * `npm run bench`: every speed figure the issues name, and the fuzz run at
 * bench scale, in one run. Each bench prints its own figures next to its
 * target; none of them is a test.
 */
import { benchFuzz } from './fuzz.js';
import { benchGenerate } from './generate.js';
import { benchLint } from './lint.js';
import { benchLintBicep } from './lint-bicep.js';

const BENCHES: [string, () => Promise<void>][] = [
  ['generate', () => benchGenerate()],
  ['lint (ARM)', () => benchLint()],
  ['lint (Bicep)', () => benchLintBicep()],
  ['ARM fuzz', async () => benchFuzz()],
];

for (const [name, run] of BENCHES) {
  console.log(`\n== ${name}`);
  await run();
}
