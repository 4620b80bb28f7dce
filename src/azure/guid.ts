/**
 * ARM's `guid(...)` (and Bicep's): a name-based UUID, version 5, over a fixed
 * namespace, of the arguments joined with '-'. moat computes role assignment
 * names with it so the graph, the Bicep and the ARM output agree byte for byte
 * with what `guid()` gives in a template over the same strings.
 */
import { createHash } from 'node:crypto';

const ARM_GUID_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830';

const NAMESPACE_BYTES = Buffer.from(ARM_GUID_NAMESPACE.replace(/-/g, ''), 'hex');

export function armGuid(...parts: string[]): string {
  const digest = createHash('sha1').update(NAMESPACE_BYTES).update(Buffer.from(parts.join('-'), 'utf8')).digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
