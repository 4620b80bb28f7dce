/**
 * CIDR arithmetic for the addressing rules, through ipaddr.js. A range is kept
 * as a pair of bigints so that IPv4 and IPv6 share one code path; only the
 * parsing decides the family.
 */
import { createRequire } from 'node:module';
import type IpAddr from 'ipaddr.js';
import { memoized } from '../memo.js';

// ipaddr.js is CommonJS: require() skips the export scan an ESM import of it costs at every start.
const ipaddr = createRequire(import.meta.url)('ipaddr.js') as typeof IpAddr;

export type Family = 'ipv4' | 'ipv6';

export interface Cidr {
  family: Family;
  /** the address as written (may have host bits set) */
  address: bigint;
  prefix: number;
  /** first address of the range (the network address) */
  start: bigint;
  /** last address of the range */
  end: bigint;
  /** the text it was parsed from */
  text: string;
}

const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };

function toBigInt(bytes: number[]): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function parseAddressParts(text: string): { family: Family; value: bigint } | undefined {
  // ipaddr.isValid also accepts '10.1' and hex/octal parts; Azure wants dotted quads.
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return { family: 'ipv4', value: toBigInt(ipaddr.IPv4.parse(text).toByteArray()) };
  if (text.includes(':') && ipaddr.IPv6.isValid(text)) return { family: 'ipv6', value: toBigInt(ipaddr.IPv6.parse(text).toByteArray()) };
  return undefined;
}

export interface Address {
  family: Family;
  value: bigint;
  text: string;
}

/** Parses a single IP address; `undefined` when it isn't one. Memoized: several views and rules read the same addresses. */
export const parseAddress = memoized((text: string): Address | undefined => {
  const parsed = parseAddressParts(text.trim());
  return parsed && { ...parsed, text: text.trim() };
});

/**
 * Parses `a.b.c.d/n`, host bits allowed (see `isNetworkAddress`); `undefined`
 * when the address or the prefix length is malformed or out of range.
 * Memoized: several views and rules read the same prefixes, and templates repeat them.
 */
export const parseCidr = memoized(readCidr);

function readCidr(text: string): Cidr | undefined {
  const trimmed = text.trim();
  const match = /^([^/]+)\/(\d{1,3})$/.exec(trimmed);
  if (!match) return undefined;
  const parsed = parseAddressParts(match[1]!);
  if (!parsed) return undefined;
  const prefix = Number(match[2]);
  const bits = BITS[parsed.family];
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const start = (parsed.value >> hostBits) << hostBits;
  const end = start + (1n << hostBits) - 1n;
  return { family: parsed.family, address: parsed.value, prefix, start, end, text: trimmed };
}

/** True when no host bits are set (`10.0.0.0/16`, not `10.0.0.1/16`). */
export function isNetworkAddress(cidr: Cidr): boolean {
  return cidr.address === cidr.start;
}

function formatAddress(family: Family, value: bigint): string {
  const bytes: number[] = [];
  for (let i = BITS[family] / 8 - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

/** The network address of the range, as text (`10.0.0.0`). */
export function networkAddress(cidr: Cidr): string {
  return formatAddress(cidr.family, cidr.start);
}

/** The range with host bits cleared, as CIDR text (`10.10.4.0/24`). */
export function normalize(cidr: Cidr): string {
  return `${networkAddress(cidr)}/${cidr.prefix}`;
}

/** The n-th address of the range (0 is the network address); `undefined` past its end. */
export function nthAddress(cidr: Cidr, n: number): string | undefined {
  const value = cidr.start + BigInt(n);
  return value <= cidr.end ? formatAddress(cidr.family, value) : undefined;
}

/** The first address after the network address (`10.0.0.1`), which Kubernetes gives its API service. */
export function firstUsable(cidr: Cidr): string | undefined {
  return nthAddress(cidr, 1);
}

/** Number of addresses in the range. */
export function size(cidr: Cidr): bigint {
  return cidr.end - cidr.start + 1n;
}

type Range = Pick<Cidr, 'family' | 'start' | 'end'>;

/** Whether `inner` (a range or an address) lies wholly inside `outer`. */
export function contains(outer: Range, inner: Range | Address): boolean {
  if (outer.family !== inner.family) return false;
  const [start, end] = 'value' in inner ? [inner.value, inner.value] : [inner.start, inner.end];
  return outer.start <= start && end <= outer.end;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}

/** Whether an address is the network address or the first address of a range. */
export function isNetworkOrFirst(range: Range, address: Address): boolean {
  return address.family === range.family && (address.value === range.start || address.value === range.start + 1n);
}

/**
 * Every overlapping pair among `items`, by a sort and sweep (O(n log n + pairs)),
 * so a VNet with many subnets isn't compared pair by pair.
 */
export function overlappingPairs<T>(items: readonly T[], rangeOf: (item: T) => Range): [T, T][] {
  const sorted = [...items].sort((x, y) => {
    const a = rangeOf(x);
    const b = rangeOf(y);
    if (a.family !== b.family) return a.family < b.family ? -1 : 1;
    return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
  });
  const pairs: [T, T][] = [];
  const open: T[] = [];
  for (const item of sorted) {
    const range = rangeOf(item);
    // drop open ranges that end before this one starts; the rest overlap it
    for (let i = open.length - 1; i >= 0; i--) if (!overlaps(rangeOf(open[i]!), range)) open.splice(i, 1);
    for (const other of open) pairs.push([other, item]);
    open.push(item);
  }
  return pairs;
}

/** Ranges AKS reserves for itself (design.md §1). */
export const AKS_RESERVED_RANGES: readonly Cidr[] = ['169.254.0.0/16', '172.30.0.0/16', '172.31.0.0/16', '192.0.2.0/24'].map(
  (text) => parseCidr(text)!,
);
