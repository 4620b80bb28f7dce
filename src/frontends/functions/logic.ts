/** Logical, comparison and numeric functions. */
import { Unknown, type Value } from '../../graph/value.js';
import { FunctionError, type FunctionArg } from './context.js';
import type { FunctionTable } from './table.js';
import { bool, int, str, typeName, valuesEqual } from './values.js';

/** Orders two ints or two strings (ordinal), as ARM's less/greater do. */
function compare(a: FunctionArg, b: FunctionArg): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new FunctionError(`can't compare ${typeName(a)} with ${typeName(b)}`);
}

function toBool(v: FunctionArg): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const text = str(v).toLowerCase();
  if (text === 'true' || text === 'false') return text === 'true';
  throw new FunctionError(`'${text}' is not a boolean`);
}

function toInt(v: FunctionArg): number {
  if (typeof v === 'number') return Math.trunc(v);
  const text = str(v).trim();
  if (!/^[+-]?\d+$/.test(text)) throw new FunctionError(`'${text}' is not an integer`);
  return Number(text);
}

function divide(a: number, b: number, op: (x: number, y: number) => number): number {
  if (b === 0) throw new FunctionError('division by zero');
  return op(a, b);
}

export const LOGIC_FUNCTIONS: FunctionTable = {
  and: { minArgs: 2, call: (args) => args.every((a) => bool(a)) },
  or: { minArgs: 2, call: (args) => args.some((a) => bool(a)) },
  not: { minArgs: 1, maxArgs: 1, call: ([a]) => !bool(a!) },
  bool: { minArgs: 1, maxArgs: 1, call: ([a]) => toBool(a!) },
  true: { minArgs: 0, maxArgs: 0, call: () => true },
  false: { minArgs: 0, maxArgs: 0, call: () => false },
  if: {
    minArgs: 3,
    maxArgs: 3,
    unknowns: 'self',
    call: ([c, a, b]) => (c instanceof Unknown ? c : bool(c!, 'if condition') ? (a as Value) : (b as Value)),
  },
  equals: { minArgs: 2, maxArgs: 2, unknowns: 'deep', call: ([a, b]) => valuesEqual(a as Value, b as Value) },
  less: { minArgs: 2, maxArgs: 2, call: ([a, b]) => compare(a!, b!) < 0 },
  lessorequals: { minArgs: 2, maxArgs: 2, call: ([a, b]) => compare(a!, b!) <= 0 },
  greater: { minArgs: 2, maxArgs: 2, call: ([a, b]) => compare(a!, b!) > 0 },
  greaterorequals: { minArgs: 2, maxArgs: 2, call: ([a, b]) => compare(a!, b!) >= 0 },
  add: { minArgs: 2, maxArgs: 2, call: ([a, b]) => int(a!) + int(b!) },
  sub: { minArgs: 2, maxArgs: 2, call: ([a, b]) => int(a!) - int(b!) },
  mul: { minArgs: 2, maxArgs: 2, call: ([a, b]) => int(a!) * int(b!) },
  div: { minArgs: 2, maxArgs: 2, call: ([a, b]) => divide(int(a!), int(b!), (x, y) => Math.trunc(x / y)) },
  mod: { minArgs: 2, maxArgs: 2, call: ([a, b]) => divide(int(a!), int(b!), (x, y) => x % y) },
  int: { minArgs: 1, maxArgs: 1, call: ([a]) => toInt(a!) },
  float: {
    minArgs: 1,
    maxArgs: 1,
    call: ([a]) => {
      const n = typeof a === 'number' ? a : Number(str(a!));
      if (!Number.isFinite(n)) throw new FunctionError(`'${String(a)}' is not a number`);
      return n;
    },
  },
};
