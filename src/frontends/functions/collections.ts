/** Functions over strings, arrays and objects alike (length, contains, union, ...), plus lambdas. */
import { ResourceLink, Unknown, isObject, type Value, type ValueObject } from '../../graph/value.js';
import { FunctionError, type FunctionArg } from './context.js';
import type { FunctionTable } from './table.js';
import { arr, findKey, findUnknown, int, lambda, obj, str, toText, typeName, valuesEqual } from './values.js';

/** ARM's `range()` limit, which also keeps a hostile template from allocating without end. */
const MAX_RANGE = 10000;

type Sequence = string | Value[];

function sequence(value: FunctionArg, what = 'argument'): Sequence {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  if (value instanceof ResourceLink) return value.toString();
  throw new FunctionError(`${what} must be a string or an array, not ${typeName(value)}`);
}

function concat(args: FunctionArg[]): Value {
  if (args.every((a) => Array.isArray(a) || a === null)) return (args as (Value[] | null)[]).flatMap((a) => a ?? []);
  let out = '';
  for (const a of args) {
    if (Array.isArray(a) || isObject(a)) throw new FunctionError('concat takes all strings or all arrays');
    out += toText(a as Value);
  }
  return out;
}

/** Whether an array holds an item; unknown when an unknown element (or the item) might be it. */
function contains(container: FunctionArg, item: FunctionArg): Value {
  if (Array.isArray(container)) {
    if (container.some((x) => valuesEqual(x, item as Value))) return true;
    return findUnknown(container) ?? findUnknown(item as Value) ?? false;
  }
  if (isObject(container)) return findKey(container, str(item)) !== undefined;
  return str(container).toLowerCase().includes(toText(item as Value).toLowerCase());
}

function indexOf(container: FunctionArg, item: FunctionArg, last: boolean): number {
  if (Array.isArray(container)) {
    const matches = container.map((x, i) => (valuesEqual(x, item as Value) ? i : -1)).filter((i) => i >= 0);
    return matches.length === 0 ? -1 : last ? matches[matches.length - 1]! : matches[0]!;
  }
  const text = str(container).toLowerCase();
  const needle = str(item).toLowerCase();
  return last ? text.lastIndexOf(needle) : text.indexOf(needle);
}

function mergeObjects(target: ValueObject, source: ValueObject): ValueObject {
  const out: ValueObject = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = findKey(out, key);
    if (existing !== undefined && isObject(out[existing]) && isObject(value)) out[existing] = mergeObjects(out[existing] as ValueObject, value);
    else {
      if (existing !== undefined) delete out[existing];
      out[key] = value;
    }
  }
  return out;
}

function union(args: FunctionArg[]): Value {
  if (args.every(Array.isArray)) {
    // Which elements are duplicates can't be told while any is unknown.
    const unknown = findUnknown(args as Value[][]);
    if (unknown) return unknown;
    const out: Value[] = [];
    for (const item of (args as Value[][]).flat()) if (!out.some((x) => valuesEqual(x, item))) out.push(item);
    return out;
  }
  return args.map((a) => obj(a, 'union argument')).reduce(mergeObjects, {});
}

function intersection(args: FunctionArg[]): Value {
  if (args.every(Array.isArray)) {
    const [first, ...rest] = args as Value[][];
    const out: Value[] = [];
    for (const item of first!) if (rest.every((r) => r.some((x) => valuesEqual(x, item))) && !out.some((x) => valuesEqual(x, item))) out.push(item);
    return out;
  }
  const [first, ...rest] = args.map((a) => obj(a, 'intersection argument'));
  const out: ValueObject = {};
  for (const [key, value] of Object.entries(first!)) {
    if (rest.every((r) => { const k = findKey(r, key); return k !== undefined && valuesEqual(r[k]!, value); })) out[key] = value;
  }
  return out;
}

function extreme(args: FunctionArg[], pick: (a: number, b: number) => number): number {
  const numbers = (args.length === 1 && Array.isArray(args[0]) ? args[0] : args).map((n) => int(n, 'min/max argument'));
  if (numbers.length === 0) throw new FunctionError('min/max of an empty array');
  return numbers.reduce(pick);
}

export const COLLECTION_FUNCTIONS: FunctionTable = {
  concat: { minArgs: 1, call: concat },
  contains: { minArgs: 2, maxArgs: 2, call: ([c, i]) => contains(c!, i!) },
  empty: {
    minArgs: 1,
    maxArgs: 1,
    call: ([v]) => v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0),
  },
  first: { minArgs: 1, maxArgs: 1, call: ([v]) => { const s = sequence(v!); return typeof s === 'string' ? s.slice(0, 1) : s[0] ?? null; } },
  last: { minArgs: 1, maxArgs: 1, call: ([v]) => { const s = sequence(v!); return typeof s === 'string' ? s.slice(-1) : s[s.length - 1] ?? null; } },
  length: {
    minArgs: 1,
    maxArgs: 1,
    call: ([v]) => (isObject(v) ? Object.keys(v).length : sequence(v!).length),
  },
  skip: { minArgs: 2, maxArgs: 2, call: ([v, n]) => sequence(v!).slice(Math.max(0, int(n!))) },
  take: { minArgs: 2, maxArgs: 2, call: ([v, n]) => sequence(v!).slice(0, Math.max(0, int(n!))) },
  flatten: { minArgs: 1, maxArgs: 1, call: ([v]) => arr(v!).flatMap((item) => arr(item, 'each item of flatten()')) },
  indexof: { minArgs: 2, maxArgs: 2, unknowns: 'deep', call: ([c, i]) => indexOf(c!, i!, false) },
  lastindexof: { minArgs: 2, maxArgs: 2, unknowns: 'deep', call: ([c, i]) => indexOf(c!, i!, true) },
  union: { minArgs: 1, call: union },
  intersection: { minArgs: 2, unknowns: 'deep', call: intersection },
  // Building an array or object keeps unknown elements as elements.
  createarray: { minArgs: 0, unknowns: 'self', call: (args) => args as Value[] },
  array: { minArgs: 1, maxArgs: 1, call: ([v]) => (Array.isArray(v) ? v : [v as Value]) },
  createobject: {
    minArgs: 0,
    unknowns: 'self',
    call: (args) => {
      if (args.length % 2 !== 0) throw new FunctionError('createObject takes key/value pairs');
      const out: ValueObject = {};
      for (let i = 0; i < args.length; i += 2) {
        const key = args[i]!;
        if (key instanceof Unknown) return key;
        out[str(key, 'createObject key')] = args[i + 1] as Value;
      }
      return out;
    },
  },
  objectkeys: { minArgs: 1, maxArgs: 1, call: ([o]) => Object.keys(obj(o!)) },
  items: {
    minArgs: 1,
    maxArgs: 1,
    call: ([o]) =>
      Object.entries(obj(o!))
        .sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
        .map(([key, value]) => ({ key, value })),
  },
  shallowmerge: { minArgs: 1, maxArgs: 1, call: ([a]) => Object.assign({}, ...arr(a!).map((o) => obj(o, 'shallowMerge item'))) as ValueObject },
  // Bicep's `a[^i]` and `a[?^i]`: the i-th element from the end (1 is the last)
  indexfromend: { minArgs: 2, maxArgs: 2, call: ([a, i]) => fromEnd(arr(a!), int(i!), false) },
  tryindexfromend: { minArgs: 2, maxArgs: 2, call: ([a, i]) => fromEnd(arr(a!), int(i!), true) },
  tryget: {
    minArgs: 2,
    call: ([o, ...keys]) => {
      let current: Value = o as Value;
      for (const key of keys) {
        if (current instanceof Unknown) return current;
        if (Array.isArray(current) && typeof key === 'number') current = current[key] ?? null;
        else if (isObject(current)) { const k = findKey(current, str(key)); current = k === undefined ? null : current[k]!; }
        else return null;
      }
      return current;
    },
  },
  range: {
    minArgs: 2,
    maxArgs: 2,
    call: ([s, n]) => {
      const start = int(s!);
      const count = int(n!);
      if (count < 0 || count > MAX_RANGE) throw new FunctionError(`range count ${count} is outside 0..${MAX_RANGE}`);
      return Array.from({ length: count }, (_, i) => start + i);
    },
  },
  min: { minArgs: 1, call: (args) => extreme(args, (a, b) => Math.min(a, b)) },
  max: { minArgs: 1, call: (args) => extreme(args, (a, b) => Math.max(a, b)) },
  null: { minArgs: 0, maxArgs: 0, call: () => null },
  coalesce: {
    minArgs: 1,
    unknowns: 'self',
    call: (args) => {
      for (const a of args) {
        if (a instanceof Unknown) return a;
        if (a !== null) return a as Value;
      }
      return null;
    },
  },
  filter: { minArgs: 2, maxArgs: 2, call: ([a, f]) => { const fn = lambda(f!, [1, 2]); return filterKnown(arr(a!), (x, i) => fn.call([x, i])); } },
  map: { minArgs: 2, maxArgs: 2, call: ([a, f]) => { const fn = lambda(f!, [1, 2]); return arr(a!).map((x, i) => fn.call([x, i])); } },
  reduce: {
    minArgs: 3,
    maxArgs: 3,
    call: ([a, init, f]) => {
      const fn = lambda(f!, [2, 3]);
      let acc = init as Value;
      arr(a!).forEach((x, i) => { acc = acc instanceof Unknown ? acc : fn.call([acc, x, i]); });
      return acc;
    },
  },
  sort: {
    minArgs: 2,
    maxArgs: 2,
    call: ([a, f]) => {
      const less = lambda(f!, [2]);
      let unknown: Unknown | undefined;
      const isLess = (x: Value, y: Value): boolean => {
        const verdict = unknown ? false : less.call([x, y]);
        if (verdict instanceof Unknown) unknown = verdict;
        return verdict === true;
      };
      const sorted = [...arr(a!)].sort((x, y) => (isLess(x, y) ? -1 : isLess(y, x) ? 1 : 0));
      return unknown ?? sorted;
    },
  },
  toobject: {
    minArgs: 2,
    maxArgs: 3,
    call: ([a, k, v]) => {
      const keyOf = lambda(k!, [1]);
      const valueOf = v === undefined ? undefined : lambda(v, [1]);
      const out: ValueObject = {};
      for (const item of arr(a!)) {
        const key = keyOf.call([item]);
        if (key instanceof Unknown) return key;
        out[str(key, 'toObject key')] = valueOf ? valueOf.call([item]) : item;
      }
      return out;
    },
  },
  mapvalues: {
    minArgs: 2,
    maxArgs: 2,
    call: ([o, f]) => {
      const fn = lambda(f!, [1]);
      return Object.fromEntries(Object.entries(obj(o!)).map(([key, value]) => [key, fn.call([value])])) as ValueObject;
    },
  },
  groupby: {
    minArgs: 2,
    maxArgs: 2,
    call: ([a, f]) => {
      const fn = lambda(f!, [1]);
      const out: Record<string, Value[]> = {};
      for (const item of arr(a!)) {
        const key = fn.call([item]);
        if (key instanceof Unknown) return key;
        (out[str(key, 'groupBy key')] ??= []).push(item);
      }
      return out;
    },
  },
};

function filterKnown(items: Value[], test: (item: Value, index: number) => Value): Value {
  const out: Value[] = [];
  for (let i = 0; i < items.length; i++) {
    const verdict = test(items[i]!, i);
    if (verdict instanceof Unknown) return verdict;
    if (verdict === true) out.push(items[i]!);
  }
  return out;
}

function fromEnd(items: readonly Value[], index: number, orNull: boolean): Value {
  if (index >= 1 && index <= items.length) return items[items.length - index]!;
  if (orNull) return null;
  throw new FunctionError(`index ${index} from the end is outside an array of ${items.length}`);
}
