/** ARM's CIDR functions: parseCidr, cidrSubnet, cidrHost (IPv4 and IPv6). */
import { createRequire } from 'node:module';
import type IpAddr from 'ipaddr.js';
import type { Value } from '../../graph/value.js';
import { FunctionError } from './context.js';
import type { FunctionTable } from './table.js';
import { int, str } from './values.js';

// ipaddr.js is CommonJS: require() skips the export scan an ESM import of it costs at every start.
const ipaddr = createRequire(import.meta.url)('ipaddr.js') as typeof IpAddr;

interface Network {
  v6: boolean;
  bits: number;
  prefix: number;
  /** network address as an integer (host bits cleared) */
  network: bigint;
}

function parseNetwork(text: string): Network {
  let parsed: [IpAddr.IPv4 | IpAddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(text);
  } catch {
    throw new FunctionError(`'${text}' is not a CIDR range`);
  }
  const [address, prefix] = parsed;
  const v6 = address.kind() === 'ipv6';
  const bits = v6 ? 128 : 32;
  const value = address.toByteArray().reduce((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  return { v6, bits, prefix, network: value & ~hostMask };
}

function formatAddress(value: bigint, v6: boolean): string {
  const bytes: number[] = [];
  for (let i = (v6 ? 16 : 4) - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

const size = (n: Network): bigint => 1n << BigInt(n.bits - n.prefix);

function parseCidr(text: string): Value {
  const n = parseNetwork(text);
  const last = n.network + size(n) - 1n;
  const mask = ((1n << BigInt(n.bits)) - 1n) ^ (size(n) - 1n);
  // IPv4 reserves the network and broadcast addresses of ranges wider than /31; IPv6 has no broadcast.
  const reserveEnds = !n.v6 && n.prefix < 31;
  const out: Record<string, Value> = {
    network: formatAddress(n.network, n.v6),
    netmask: formatAddress(mask, n.v6),
    firstUsable: formatAddress(reserveEnds ? n.network + 1n : n.network, n.v6),
    lastUsable: formatAddress(reserveEnds ? last - 1n : last, n.v6),
    cidr: n.prefix,
  };
  if (!n.v6) out.broadcast = formatAddress(last, false);
  return out;
}

function cidrSubnet(text: string, newPrefix: number, index: number): string {
  const n = parseNetwork(text);
  if (newPrefix < n.prefix || newPrefix > n.bits) throw new FunctionError(`new prefix /${newPrefix} doesn't fit in ${text}`);
  const count = 1n << BigInt(newPrefix - n.prefix);
  if (index < 0 || BigInt(index) >= count) throw new FunctionError(`subnet index ${index} is outside 0..${count - 1n}`);
  const start = n.network + BigInt(index) * (1n << BigInt(n.bits - newPrefix));
  return `${formatAddress(start, n.v6)}/${newPrefix}`;
}

function cidrHost(text: string, index: number): string {
  const n = parseNetwork(text);
  const reserveEnds = !n.v6 && n.prefix < 31;
  const usable = size(n) - (reserveEnds ? 2n : 0n);
  if (index < 0 || BigInt(index) >= usable) throw new FunctionError(`host index ${index} is outside ${text}`);
  return formatAddress(n.network + BigInt(index) + (reserveEnds ? 1n : 0n), n.v6);
}

export const CIDR_FUNCTIONS: FunctionTable = {
  parsecidr: { minArgs: 1, maxArgs: 1, call: ([c]) => parseCidr(str(c!)) },
  cidrsubnet: { minArgs: 3, maxArgs: 3, call: ([c, p, i]) => cidrSubnet(str(c!), int(p!), int(i!)) },
  cidrhost: { minArgs: 2, maxArgs: 2, call: ([c, i]) => cidrHost(str(c!), int(i!)) },
};
