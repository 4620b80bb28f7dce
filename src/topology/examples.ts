/**
 * The example topologies shipped in examples/, as starters for `moat init`.
 * Kept free of the schema and YAML modules so `moat init --help` stays quick.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { PACKAGE_ROOT, SCHEMAS_DIR } from '../paths.js';

export const EXAMPLES_DIR = path.join(PACKAGE_ROOT, 'examples');
export const DEFAULT_EXAMPLE = 'default';
const SCHEMA_FILE = path.join(SCHEMAS_DIR, 'topology.schema.json');

const MODELINE = /^# yaml-language-server: \$schema=.*$/m;

export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

export function examplePath(name: string): string {
  const names = exampleNames();
  if (!names.includes(name)) {
    throw new InputError(`unknown example '${name}'`, undefined, `choose one of: ${names.join(', ')}`);
  }
  return path.join(EXAMPLES_DIR, `${name}.yaml`);
}

/**
 * The example's text for a file written at `outFile`: its editor modeline points
 * at moat's schema from there, so completion works wherever the file lands.
 */
export function starterTopology(name: string, outFile: string): string {
  const text = readFileSync(examplePath(name), 'utf8');
  const schema = path.relative(path.dirname(path.resolve(outFile)), SCHEMA_FILE).split(path.sep).join('/');
  return text.replace(MODELINE, `# yaml-language-server: $schema=${schema}`);
}
