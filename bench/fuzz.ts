/**
 * Robustness at bench scale (issue "Lint existing templates": many more
 * mutated templates than the suite's 1,200): seeded truncations and mutations
 * of the bench corpus's templates and the ARM fixtures, each read by the ARM
 * front end and, when it parses, linted by every rule. Each must give findings
 * or parse problems, never an exception; the slowest case shows no input
 * comes near a hang. An exception stops the bench with the seed and case that
 * replay it.
 *
 *   node dist/bench/fuzz.js [--cases N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArmTemplate } from '../src/frontends/arm/index.js';
import { graphToJson } from '../src/graph/to-json.js';
import { noteFindings, runRules } from '../src/lint/engine.js';
import { ARM_SNIPPETS, mutated, seededRandom } from '../test/support/fuzz.js';
import { fixture } from '../test/support/paths.js';
import { template } from './lint-corpus.js';

const SEED = 0xf022;
const CASES = 20_000;

function sources(): string[] {
  const fixtures = ['network.json', 'symbolic.json', 'module-outputs.json'].map((name) => readFileSync(fixture('arm', name), 'utf8'));
  // the corpus's blocks at a few sizes: each template holds every kind of resource the rules read
  const generated = [10, 20, 40].map((size, i) => template(size, i));
  return [...fixtures, ...generated];
}

export function benchFuzz(cases = CASES): void {
  const inputs = sources();
  const next = seededRandom(SEED);
  let parseErrors = 0;
  let findings = 0;
  let slowest = { ms: 0, case: -1 };
  const start = performance.now();
  for (let i = 0; i < cases; i++) {
    const text = mutated(inputs[i % inputs.length]!, next, ARM_SNIPPETS);
    const caseStart = performance.now();
    try {
      const { graph, errors } = readArmTemplate(text, 'fuzz.json', { dependencies: false });
      if (errors.length > 0) {
        parseErrors++;
      } else {
        findings += runRules(graph).length + noteFindings(graph).length;
        JSON.stringify(graphToJson(graph));
      }
    } catch (error) {
      throw new Error(`fuzz case ${i} of seed ${SEED} threw: ${(error as Error).stack}\n--- input ---\n${text}`, { cause: error });
    }
    const ms = performance.now() - caseStart;
    if (ms > slowest.ms) slowest = { ms, case: i };
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`fuzz: ${cases} seeded truncations and mutations of ${inputs.length} ARM templates (seed ${SEED.toString(16)}) in ${seconds.toFixed(1)} s`);
  console.log(`  no exception; ${parseErrors} gave parse problems, ${cases - parseErrors} were linted (${findings} findings)`);
  console.log(`  slowest case: ${slowest.ms.toFixed(1)} ms (case ${slowest.case})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--cases');
  benchFuzz(at > 0 ? Number(process.argv[at + 1]) : undefined);
}
