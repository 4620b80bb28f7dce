/**
 * Deterministic names: `guid()` and `uniqueString()`, both over their
 * arguments joined with '-'. `guid` is ARM's exactly (src/azure/guid.ts).
 * `uniqueString` gives 13 base-32 characters like ARM's, but from SHA-256
 * rather than ARM's private hash, so its text differs from what Azure would
 * pick. What the graph needs is that equal inputs give equal names, so that
 * IDs built from them still meet.
 */
import { createHash } from 'node:crypto';
import { armGuid } from '../../azure/guid.js';
import type { FunctionTable } from './table.js';
import { str } from './values.js';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export function uniqueString(text: string): string {
  let bits = createHash('sha256').update(text, 'utf8').digest().readBigUInt64BE(0);
  let out = '';
  for (let i = 0; i < 13; i++) {
    out += BASE32[Number(bits >> 59n)];
    bits = (bits << 5n) & 0xffffffffffffffffn;
  }
  return out;
}

export const HASH_FUNCTIONS: FunctionTable = {
  guid: { minArgs: 1, call: (args) => armGuid(...args.map((a) => str(a, 'guid argument'))) },
  uniquestring: { minArgs: 1, call: (args) => uniqueString(args.map((a) => str(a, 'uniqueString argument')).join('-')) },
};
