import { ResourceLink, Unknown, isObject, type Value } from '../../src/graph/value.js';

/** Paths where both values are known and differ (links compare as their ID text); appended to `out`. */
export function knownDifferences(a: Value | undefined, b: Value | undefined, at: string, out: string[]): void {
  if (a instanceof Unknown || b instanceof Unknown || a === undefined || b === undefined) return;
  const text = (v: Value): Value => (v instanceof ResourceLink ? v.toString() : v);
  a = text(a);
  b = text(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${at}: ${a.length} items vs ${b.length}`);
    else a.forEach((item, i) => knownDifferences(item, b[i] as Value, `${at}.${i}`, out));
  } else if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(key in a) || !(key in b)) out.push(`${at}.${key}: only on one side`);
      else knownDifferences(a[key], b[key], `${at}.${key}`, out);
    }
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
}
