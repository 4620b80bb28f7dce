/**
 * `.moat.yaml`: rule levels and path ignores for `moat lint`. Found in the
 * current folder or above it up to the git root, or named by `--config`.
 * A config that breaks its schema (schemas/lint-config.schema.json) or names a
 * rule moat doesn't have is bad input: exit 2 at its line and column.
 */
import type { CloudName } from '../azure/clouds.js';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Document, Node } from 'yaml';
import { InputError } from '../errors.js';
import { SCHEMAS_DIR } from '../paths.js';
import type { Level } from './types.js';
import { closest } from './did-you-mean.js';
import { findGitRoot, gitignoreMatcher, type PathFilter } from './files.js';

export const CONFIG_FILE_NAME = '.moat.yaml';

export interface LintConfig {
  /** absolute path of the file read, absent when there is none */
  file?: string;
  levels: Record<string, Level>;
  ignore?: PathFilter;
  /** the cloud the templates deploy to (`environment()`, DNS zone names) */
  cloud?: CloudName;
}

interface RawConfig {
  rules?: Record<string, Level>;
  ignore?: string[];
  cloud?: CloudName;
}

/** The config in effect for a run started in `cwd`. */
export function resolveConfig(cwd: string, explicit: string | undefined, ruleIds: readonly string[]): LintConfig {
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new InputError(`config file not found: ${explicit}`, { file: explicit }, 'check the --config path');
    return loadConfig(file, explicit, ruleIds);
  }
  const found = findConfigFile(cwd);
  return found ? loadConfig(found, path.relative(cwd, found), ruleIds) : { levels: {} };
}

/** `.moat.yaml` in `cwd` or the nearest folder above it, stopping at the git root. */
export function findConfigFile(cwd: string): string | undefined {
  const root = findGitRoot(cwd);
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dir === root || path.dirname(dir) === dir) return undefined;
  }
}

/** Reads and checks one config file; `shownAs` is how errors name it. */
export function loadConfig(file: string, shownAs: string, ruleIds: readonly string[]): LintConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`can't read the config: ${(error as Error).message}`, { file: shownAs }, 'name a .moat.yaml file');
  }
  const raw = parseConfig(text, shownAs, ruleIds);
  const config: LintConfig = { file, levels: { ...raw.rules } };
  if (raw.cloud) config.cloud = raw.cloud;
  if (raw.ignore && raw.ignore.length > 0) config.ignore = { base: path.dirname(file), matcher: gitignoreMatcher(raw.ignore) };
  return config;
}

/** Text -> checked config; exported for tests, which have no files to read. */
export function parseConfig(text: string, shownAs: string, ruleIds: readonly string[]): RawConfig {
  const { LineCounter, parseDocument } = lazyRequire('yaml') as typeof import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number | undefined): { file: string; line?: number; column?: number } => {
    if (offset === undefined) return { file: shownAs };
    const pos = lines.linePos(offset);
    return { file: shownAs, line: pos.line, column: pos.col };
  };
  const syntaxError = doc.errors[0];
  if (syntaxError) throw new InputError(`invalid YAML: ${firstLine(syntaxError.message)}`, at(syntaxError.pos[0]), 'fix the YAML syntax');

  const value: unknown = doc.toJS() ?? {};
  const validate = schemaValidator();
  if (!validate(value)) {
    const error = validate.errors![0]!;
    const steps = pointerSteps(error.instancePath);
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    const offset = extra !== undefined ? keyOffset(doc, [...steps, extra]) : valueOffset(doc, steps);
    const where = error.instancePath === '' ? 'config' : error.instancePath.slice(1).replaceAll('/', '.');
    const detail = extra !== undefined ? `unknown key "${extra}"` : error.message ?? 'invalid';
    const hint = extra !== undefined ? hintFor(extra, ['rules', 'ignore', 'cloud']) : 'see schemas/lint-config.schema.json';
    throw new InputError(`${where}: ${detail}`, at(offset), hint);
  }

  const raw = value as RawConfig;
  const known = new Set(ruleIds);
  for (const id of Object.keys(raw.rules ?? {})) {
    if (known.has(id)) continue;
    throw new InputError(`unknown rule "${id}"`, at(keyOffset(doc, ['rules', id])), hintFor(id, ruleIds));
  }
  return raw;
}

function hintFor(name: string, known: readonly string[]): string {
  const suggestion = closest(name, known);
  return suggestion ? `did you mean "${suggestion}"?` : `known: ${known.join(', ')}`;
}

/**
 * YAML and ajv load only when there is a config to read: `moat lint` runs in
 * pre-commit hooks, where start-up time is most of the run.
 */
const lazyRequire = createRequire(import.meta.url);

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params: object }[] | null };
let compiled: Validator | undefined;

/** Compiled on first use: most runs have no config and shouldn't pay for ajv. */
function schemaValidator(): Validator {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS_DIR, 'lint-config.schema.json'), 'utf8')) as object;
    const { Ajv } = lazyRequire('ajv') as typeof import('ajv');
    compiled = new Ajv({ allErrors: false, strict: true }).compile(schema) as Validator;
  }
  return compiled;
}

function pointerSteps(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function valueOffset(doc: Document, steps: string[]): number | undefined {
  const node = doc.getIn(steps, true) as Node | undefined;
  return node?.range?.[0] ?? (doc.contents as Node | null)?.range?.[0];
}

/** Where a key is written, so "unknown key" points at the key, not its value. */
function keyOffset(doc: Document, steps: string[]): number | undefined {
  const { isMap, isPair, isScalar } = lazyRequire('yaml') as typeof import('yaml');
  const parent = steps.length === 1 ? doc.contents : doc.getIn(steps.slice(0, -1), true);
  if (isMap(parent)) {
    for (const item of parent.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === steps[steps.length - 1]) return item.key.range?.[0];
    }
  }
  return valueOffset(doc, steps.slice(0, -1));
}

function firstLine(text: string): string {
  return text.split('\n')[0]!;
}
