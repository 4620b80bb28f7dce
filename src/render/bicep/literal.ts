/**
 * Bicep literals for parameter values (main.bicepparam): JSON-like values in
 * Bicep's multi-line object/array syntax. Strings and keys go through the one
 * Bicep escape function.
 */
import { bicepKey, bicepString } from '../escape.js';

/** A JSON value as it appears in a parameter file. */
export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

const INDENT = '  ';

/** Renders `value`; nested lines are indented one step deeper than `depth`. */
export function bicepLiteral(value: LiteralValue, depth = 0): string {
  if (typeof value === 'string') return bicepString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  const inner = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${bicepLiteral(item, depth + 1)}\n`).join('')}${close}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${bicepKey(k)}: ${bicepLiteral(v, depth + 1)}\n`).join('')}${close}}`;
}
