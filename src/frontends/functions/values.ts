/** Coercions and comparisons shared by the function tables. */
import { ResourceLink, Unknown, findKey, isObject, type Value, type ValueObject } from '../../graph/value.js';
import { FunctionError, Lambda, type FunctionArg } from './context.js';

export { findKey };

/** The first Unknown anywhere inside a value, if any. */
export function findUnknown(value: Value): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnknown(item);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const item of Object.values(value)) {
      const found = findUnknown(item);
      if (found) return found;
    }
  }
  return undefined;
}

export function typeName(value: FunctionArg): string {
  if (value === null) return 'null';
  if (value instanceof Lambda) return 'lambda';
  if (value instanceof ResourceLink || typeof value === 'string') return 'string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Unknown) return 'unknown';
  return 'object';
}

/** A string argument; a resource link counts as its ID string. */
export function str(value: FunctionArg, what = 'argument'): string {
  if (typeof value === 'string') return value;
  if (value instanceof ResourceLink) return value.toString();
  throw new FunctionError(`${what} must be a string, not ${typeName(value)}`);
}

export function int(value: FunctionArg, what = 'argument'): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  throw new FunctionError(`${what} must be an integer, not ${typeName(value)}`);
}

export function bool(value: FunctionArg, what = 'argument'): boolean {
  if (typeof value === 'boolean') return value;
  throw new FunctionError(`${what} must be a boolean, not ${typeName(value)}`);
}

export function arr(value: FunctionArg, what = 'argument'): Value[] {
  if (Array.isArray(value)) return value;
  throw new FunctionError(`${what} must be an array, not ${typeName(value)}`);
}

export function obj(value: FunctionArg, what = 'argument'): ValueObject {
  if (isObject(value) && !(value instanceof Lambda)) return value;
  throw new FunctionError(`${what} must be an object, not ${typeName(value)}`);
}

export function lambda(value: FunctionArg, parameters: number[], what = 'argument'): Lambda {
  if (value instanceof Lambda && parameters.includes(value.parameterCount)) return value;
  throw new FunctionError(`${what} must be a lambda with ${parameters.join(' or ')} parameter(s)`);
}

/** The text of a value inside a string (`string()`, `format()`): JSON for arrays and objects, as ARM does. */
export function toText(value: Value): string {
  if (typeof value === 'string') return value;
  if (value instanceof ResourceLink) return value.toString();
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (value === null) return '';
  return JSON.stringify(toPlainJson(value));
}

function toPlainJson(value: Value): unknown {
  if (value instanceof ResourceLink) return value.toString();
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainJson(v)]));
  return value;
}

/** Deep equality as ARM's `equals`: strings ordinal, object keys case-insensitive. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a instanceof ResourceLink) a = a.toString();
  if (b instanceof ResourceLink) b = b.toString();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => valuesEqual(item, b[i]!));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const aKeys = Object.keys(a);
    if (aKeys.length !== Object.keys(b).length) return false;
    return aKeys.every((key) => {
      const other = findKey(b, key);
      return other !== undefined && valuesEqual(a[key]!, b[other]!);
    });
  }
  return a === b;
}

