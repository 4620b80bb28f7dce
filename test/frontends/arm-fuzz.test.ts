/**
 * Seeded fuzzing of the ARM front end: truncated and mutated templates, and
 * random expressions, must give a graph and/or parse problems, never an
 * exception or a hang (every loop and nesting is bounded).
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import { FUNCTIONS } from '../../src/frontends/functions/index.js';
import { GraphIndex } from '../../src/graph/index.js';
import type { Graph } from '../../src/graph/types.js';
import { TEMPLATE_HYGIENE_RULES } from '../../src/lint/registry.js';
import { ARM_SNIPPETS, mutated, seededRandom } from '../support/fuzz.js';
import { fixture } from '../support/paths.js';

const SEEDS = [0x5eed, 0xa2f, 0x77];
const MUTATIONS_PER_SEED = 400;
const RANDOM_EXPRESSIONS = 400;


const FUNCTION_NAMES = [...Object.keys(FUNCTIONS), 'parameters', 'variables', 'copyIndex', 'listKeys', 'lambda', 'lambdaVariables', 'moat.snet'];

function randomExpression(next: () => number, depth: number): string {
  const roll = next();
  if (depth > 6 || roll < 0.25) return ["'a'", "'10.0.0.0/16'", '1', '-3', "'prefixes'", "'location'", 'true', "''''"][Math.floor(next() * 8)]!;
  const name = FUNCTION_NAMES[Math.floor(next() * FUNCTION_NAMES.length)]!;
  const args = Array.from({ length: Math.floor(next() * 4) }, () => randomExpression(next, depth + 1));
  const access = next() < 0.2 ? (next() < 0.5 ? '.name' : '[0]') : '';
  return `${name}(${args.join(', ')})${access}`;
}

function exercise(text: string): void {
  const { graph, errors } = readArmTemplate(text, 'fuzz.json');
  for (const e of errors) assert.ok(e.line >= 1 && e.column >= 1 && e.message.length > 0, JSON.stringify(e));
  JSON.stringify(graph.resources);
  checkHygiene(graph);
}

function checkHygiene(graph: Graph): void {
  const index = new GraphIndex(graph);
  for (const rule of TEMPLATE_HYGIENE_RULES) rule.check({ graph, index, report: () => undefined });
}

const SOURCES = ['network.json', 'symbolic.json', 'module-outputs.json'].map((name) => readFileSync(fixture('arm', name), 'utf8'));

test(`${SEEDS.length * MUTATIONS_PER_SEED} truncated or mutated templates never throw`, () => {
  for (const seed of SEEDS) {
    const next = seededRandom(seed);
    for (let i = 0; i < MUTATIONS_PER_SEED; i++) {
      const text = mutated(SOURCES[i % SOURCES.length]!, next, ARM_SNIPPETS);
      try {
        exercise(text);
      } catch (error) {
        assert.unreachable(`seed ${seed} case ${i} threw ${(error as Error).stack}\n--- input ---\n${text}`);
      }
    }
  }
});

test(`${RANDOM_EXPRESSIONS} random expressions never throw`, () => {
  const next = seededRandom(0xe4);
  const base = JSON.parse(SOURCES[1]!.replace(/^\s*\/\/.*$/gm, '')) as { resources: { subnets: { properties: Record<string, string> } } };
  for (let i = 0; i < RANDOM_EXPRESSIONS; i++) {
    const expression = `[${randomExpression(next, 0)}]`;
    base.resources.subnets.properties.fuzz = expression;
    try {
      exercise(JSON.stringify(base));
    } catch (error) {
      assert.unreachable(`expression ${expression} threw ${(error as Error).stack}`);
    }
  }
});

test('the fixtures themselves read without problems', () => {
  for (const text of SOURCES) assert.equal(readArmTemplate(text, 'fixture.json').errors, []);
});

test.run();
