/**
 * Topology file -> effective Topology, with the findings of its schema and the
 * source position of every value. Input that can't be read or parsed throws
 * `InputError` (exit 2); a well-formed file that breaks the schema comes back
 * with `topology-schema` findings instead.
 */
import { InputError } from '../errors.js';
import type { SourceLocation } from '../graph/value.js';
import type { Finding } from '../lint/types.js';
import { applyDerivedDefaults } from './defaults.js';
import { readTopologyText } from './read.js';
import { referenceFindings } from './references.js';
import { validateAgainstSchema } from './schema.js';
import { schemaFindings } from './schema-findings.js';
import { locateValue, parseSource, splitPath } from './source.js';
import type { Topology, TopologyInput } from './types.js';

export interface LoadedTopology {
  /** the path as given */
  file: string;
  /** the effective topology; undefined when the file breaks the schema */
  topology: Topology | undefined;
  /** `topology-schema` findings, sorted by position */
  findings: Finding[];
  /**
   * Where a dotted path (`aks.serviceCidr`, `network.subnets.1.addressPrefix`) is
   * in the file: the value itself, else the key of its nearest present ancestor
   * (a defaulted value points at its parent key), else 1:1 (also for '', the whole document).
   */
  locate(path: string): SourceLocation;
}

export function loadTopology(file: string): LoadedTopology {
  return parseTopology(readTopologyText(file), file);
}

export function parseTopology(text: string, file: string): LoadedTopology {
  if (text.trim() === '') {
    throw new InputError('the file is empty', { file }, 'run `moat init` to write a starter topology');
  }
  const source = parseOrExplain(text, file);
  const locate = (path: string): SourceLocation =>
    path === '' ? { file, line: 1, column: 1 } : locateValue(source, splitPath(path));
  const errors = validateAgainstSchema(source.data);
  if (errors.length > 0) {
    return { file, topology: undefined, findings: schemaFindings(errors, source), locate };
  }
  const topology = applyDerivedDefaults(source.data as TopologyInput);
  return { file, topology, findings: referenceFindings(topology, source), locate };
}

function parseOrExplain(text: string, file: string): ReturnType<typeof parseSource> {
  try {
    return parseSource(text, file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The parser's own limits (nesting depth, alias expansion) surface as plain errors.
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`can't parse the file: ${message}`, { file }, 'is this a YAML or JSON topology?');
  }
}
