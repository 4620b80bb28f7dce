/**
 * Rules never throw, whatever shape a value has: each run replaces values of
 * the clean baseline (anywhere, at any depth) with arbitrary values, unknowns
 * and links, and runs every registered rule.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { runRules } from '../../src/lint/engine.js';
import { isObject, ResourceLink, Unknown, type Value } from '../../src/graph/value.js';
import { baseline, build, T, type Spec } from './scenario.js';

/** Every dotted path to a value in an entry's properties. */
function pathsOf(value: Value, prefix: string): string[] {
  const here = prefix === '' ? [] : [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, prefix === '' ? `${i}` : `${prefix}.${i}`))];
  if (isObject(value)) return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, prefix === '' ? k : `${prefix}.${k}`))];
  return here;
}

const spec = baseline();
const TARGETS: [string, string][] = Object.entries(spec).flatMap(([key, entry]) => pathsOf(entry.properties, '').map((p): [string, string] => [key, p]));

const leaf: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom<Value>('10.10.0.0/16', '10.10.4.7/24', '0.0.0.0/0', '::/0', '*', 'Internet', 'kubenet', 'Enabled', 'Deny', 'Outbound', '', 'not a cidr', '4000'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 70000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(new Unknown('fuzz')),
  fc.constantFrom(...Object.values(T)).map((type) => new ResourceLink({ level: 'resourceGroup', type, name: type.split('/').length > 2 ? 'a/b' : 'a' })),
);
const value: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('name', 'properties', 'id', 'addressPrefix', 'priority'), tie('v'), { maxKeys: 3 })),
})).v;

function replace(s: Spec, key: string, path: string, replacement: Value): void {
  const steps = path.split('.');
  let holder: Value = s[key]!.properties;
  for (const step of steps.slice(0, -1)) holder = (Array.isArray(holder) ? holder[Number(step)] : (holder as Record<string, Value>)[step])!;
  const last = steps[steps.length - 1]!;
  if (Array.isArray(holder)) holder[Number(last)] = replacement;
  else (holder as Record<string, Value>)[last] = replacement;
}

test('no rule throws on values of any shape', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...TARGETS), value), { minLength: 1, maxLength: 4 }), (changes) => {
      const s = baseline();
      for (const [[key, path], replacement] of changes) {
        try {
          replace(s, key, path, replacement);
        } catch {
          // an earlier change removed the path's parent: nothing to replace
        }
      }
      assert.ok(Array.isArray(runRules(build(s))));
    }),
    { numRuns: 200, seed: 42 },
  );
});

test.run();
