/**
 * Reads a topology file as text, refusing what can't be one (missing, a
 * directory, huge, binary, empty) with one line that says what to do.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { locationOfOffset } from './source.js';

/** A hand-written topology is a few kilobytes; anything this big is the wrong file. */
export const MAX_TOPOLOGY_BYTES = 5 * 1024 * 1024;

const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

export function readTopologyText(file: string): string {
  const bytes = readBytes(file);
  if (bytes.length === 0) {
    throw new InputError('the file is empty', { file }, 'run `moat init` to write a starter topology');
  }
  if (UTF16_BOMS.some((bom) => bytes.subarray(0, 2).equals(bom))) {
    throw new InputError('the file is UTF-16 encoded', { file, line: 1, column: 1 }, 'save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const text = bytes.subarray(0, nul).toString('utf8');
    throw new InputError('binary file (NUL byte), not YAML or JSON', locationOfOffset(text, file, text.length), 'pass the topology file (YAML or JSON)');
  }
  return decodeUtf8(bytes, file).replace(/^\uFEFF/, '');
}

function readBytes(file: string): Buffer {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) {
      throw new InputError('is a directory, not a topology file', { file }, 'pass the topology file itself, e.g. topology.yaml');
    }
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, file);
  }
  if (size > MAX_TOPOLOGY_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new InputError(`the file is ${mb} MB; a topology is at most ${MAX_TOPOLOGY_BYTES / 1024 / 1024} MB`, { file }, 'is this the right file?');
  }
  try {
    return readFileSync(file);
  } catch (error) {
    throw fileError(error, file);
  }
}

function fileError(error: unknown, file: string): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError('no such file', { file }, 'check the path; `moat init` writes a starter topology.yaml');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('permission denied', { file }, 'check the file\'s permissions');
  if (code === 'EISDIR') return new InputError('is a directory, not a topology file', { file }, 'pass the topology file itself, e.g. topology.yaml');
  return new InputError(`can't read the file (${code ?? (error instanceof Error ? error.message : String(error))})`, { file });
}

function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The lenient decoding marks the first bad sequence with U+FFFD; point there.
    const lenient = bytes.toString('utf8');
    const bad = lenient.indexOf('\uFFFD');
    const at = locationOfOffset(lenient, file, Math.max(bad, 0));
    throw new InputError('binary file (invalid UTF-8), not YAML or JSON', at, 'pass the topology file, saved as UTF-8');
  }
}
