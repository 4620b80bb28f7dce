/**
 * Deterministic names: `guid()` and `uniqueString()`, both over their
 * arguments joined with '-'. `guid` is src/azure/guid.ts. `uniqueString` is
 * ARM's: a 64-bit MurmurHash variant (two 32-bit lanes, ARM's constants, seed
 * 0) over the UTF-8 bytes, written as 13 base-32 characters from the top bits.
 */
import { armGuid } from '../../azure/guid.js';
import { DEPLOYMENT_RESOURCE_GROUP, DEPLOYMENT_SUBSCRIPTION } from '../../graph/resource-id.js';
import type { FunctionTable } from './table.js';
import { str } from './values.js';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x561ccd1b;
const C4 = 0x0bcaa747;
const C5 = 0x85ebca6b;
const C6 = 0xc2b2ae35;

const rotateLeft = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;
const add = (a: number, b: number): number => (a + b) >>> 0;

/** Little-endian word of up to 4 bytes. */
function word(data: Uint8Array, at: number, count: number): number {
  let w = 0;
  for (let b = 0; b < count; b++) w |= data[at + b]! << (8 * b);
  return w >>> 0;
}

const mixLane1 = (k: number): number => Math.imul(rotateLeft(Math.imul(k, C1) >>> 0, 15), C2) >>> 0;
const mixLane2 = (k: number): number => Math.imul(rotateLeft(Math.imul(k, C2) >>> 0, 17), C1) >>> 0;

function finalMix(h: number): number {
  h = (h ^ (h >>> 16)) >>> 0;
  h = Math.imul(h, C5) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  h = Math.imul(h, C6) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function murmurHash64(data: Uint8Array): bigint {
  let h1 = 0;
  let h2 = 0;
  let i = 0;
  for (; i + 8 <= data.length; i += 8) {
    h1 = (h1 ^ mixLane1(word(data, i, 4))) >>> 0;
    h1 = add(Math.imul(add(rotateLeft(h1, 19), h2), 5) >>> 0, C3);
    h2 = (h2 ^ mixLane2(word(data, i + 4, 4))) >>> 0;
    h2 = add(Math.imul(add(rotateLeft(h2, 13), h1), 5) >>> 0, C4);
  }
  const tail = data.length - i;
  if (tail > 0) h1 = (h1 ^ mixLane1(word(data, i, Math.min(tail, 4)))) >>> 0;
  if (tail > 4) h2 = (h2 ^ mixLane2(word(data, i + 4, tail - 4))) >>> 0;
  h1 = (h1 ^ data.length) >>> 0;
  h2 = (h2 ^ data.length) >>> 0;
  h1 = add(h1, h2);
  h2 = add(h2, h1);
  h1 = finalMix(h1);
  h2 = finalMix(h2);
  h1 = add(h1, h2);
  h2 = add(h2, h1);
  return (BigInt(h2) << 32n) | BigInt(h1);
}

function uniqueString(text: string): string {
  let bits = murmurHash64(Buffer.from(text, 'utf8'));
  let out = '';
  for (let i = 0; i < 13; i++) {
    out += BASE32[Number(bits >> 59n)];
    bits = (bits << 5n) & 0xffffffffffffffffn;
  }
  return out;
}

/**
 * Over the deployment's own subscription or resource group (`resourceGroup().id`)
 * the real string is known only at deployment. The result stays a stable,
 * visibly symbolic name, so that a resource named with it and the IDs that
 * refer to it still meet in one key.
 */
function uniqueStringOf(text: string): string {
  const hash = uniqueString(text);
  return text.includes(DEPLOYMENT_SUBSCRIPTION) || text.includes(DEPLOYMENT_RESOURCE_GROUP) ? `{uniqueString-${hash}}` : hash;
}

export const HASH_FUNCTIONS: FunctionTable = {
  guid: { minArgs: 1, call: (args) => armGuid(...args.map((a) => str(a, 'guid argument'))) },
  uniquestring: { minArgs: 1, call: (args) => uniqueStringOf(args.map((a) => str(a, 'uniqueString argument')).join('-')) },
};
