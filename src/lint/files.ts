/**
 * Which files `moat lint` reads: walks folders (skipping node_modules, .git and
 * what .gitignore ignores), keeps templates and parameter sources, and drops
 * other JSON. Explicitly named files are taken as given, except for the
 * config's `ignore` globs, so a pre-commit hook passing staged files still
 * honours `.moat.yaml`.
 */
import { readdirSync, statSync, readFileSync, existsSync, type Stats } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';
import { InputError } from '../errors.js';

const GITIGNORE = '.gitignore';

/** Folders never worth walking into: dependencies and VCS internals. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export type FileKind = 'bicep' | 'bicepparam' | 'json';

export interface FoundFile {
  /** absolute path */
  path: string;
  kind: FileKind;
  /** named on the command line (not found by walking) */
  explicit: boolean;
}

/** A matcher for .gitignore patterns; the library loads only when some file has patterns (not for one named file). */
export function gitignoreMatcher(patterns: string | readonly string[]): Ignore {
  const ignore = createRequire(import.meta.url)('ignore') as typeof import('ignore');
  return ignore().add(patterns);
}

/** Path ignores with gitignore semantics, relative to `base`. */
export interface PathFilter {
  base: string;
  matcher: Ignore;
}

export interface FindOptions {
  cwd: string;
  /** the config's `ignore` globs */
  configIgnore?: PathFilter;
}

export function kindOf(file: string): FileKind | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.bicep')) return 'bicep';
  if (lower.endsWith('.bicepparam')) return 'bicepparam';
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return 'json';
  return undefined;
}

/** Every candidate file under the given paths, sorted, each once. */
export function findFiles(paths: readonly string[], options: FindOptions): FoundFile[] {
  const found = new Map<string, FoundFile>();
  const gitignores = new GitignoreCache();
  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given);
    const stats = statOrThrow(absolute, given);
    if (stats.isDirectory()) {
      walk(absolute, gitignores.filtersFor(absolute), options, found, gitignores);
    } else if (!ignoredBy(options.configIgnore, absolute, false)) {
      // A named file is linted whatever its extension: the user asked for it.
      found.set(absolute, { path: absolute, kind: kindOf(absolute) ?? 'json', explicit: true });
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function statOrThrow(absolute: string, given: string): Stats {
  try {
    return statSync(absolute);
  } catch {
    throw new InputError(`no such file or folder: ${given}`, { file: given }, 'check the path; moat lint takes files and folders');
  }
}

function walk(dir: string, gitFilters: PathFilter[], options: FindOptions, found: Map<string, FoundFile>, gitignores: GitignoreCache): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`can't read folder: ${(error as Error).message}`, { file: path.relative(options.cwd, dir) || '.' });
  }
  // the listing says whether the folder has a .gitignore: no need to ask the file system again
  const own = entries.some((entry) => entry.name === GITIGNORE) ? gitignores.load(dir) : gitignores.noneIn(dir);
  const active = own ? [...gitFilters, own] : gitFilters;
  const skip = (full: string, isDir: boolean): boolean => ignoredByGit(active, full, isDir) || ignoredBy(options.configIgnore, full, isDir);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name) || skip(full, true)) continue;
      walk(full, active, options, found, gitignores);
    } else if (entry.isFile()) {
      const kind = kindOf(entry.name);
      if (kind && !skip(full, false) && !found.has(full)) found.set(full, { path: full, kind, explicit: false });
    }
  }
}

/** `file` relative to the filter's folder, as the matcher wants it; undefined when the filter doesn't cover it. */
function relativeTo(filter: PathFilter, file: string, isDir: boolean): string | undefined {
  const relative = path.relative(filter.base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const posix = relative.split(path.sep).join('/');
  return isDir ? `${posix}/` : posix;
}

function ignoredBy(filter: PathFilter | undefined, file: string, isDir: boolean): boolean {
  const relative = filter && relativeTo(filter, file, isDir);
  return relative !== undefined && filter!.matcher.ignores(relative);
}

/** As git decides: the deepest .gitignore with a matching pattern wins, so `!keep.json` below undoes `*.json` above. */
function ignoredByGit(filters: readonly PathFilter[], file: string, isDir: boolean): boolean {
  for (let i = filters.length - 1; i >= 0; i--) {
    const relative = relativeTo(filters[i]!, file, isDir);
    if (relative === undefined) continue;
    const verdict = filters[i]!.matcher.test(relative);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/**
 * .gitignore files, read once each. A walk that starts below the repository
 * root still needs the .gitignore files between the root and its start.
 */
class GitignoreCache {
  private readonly loaded = new Map<string, PathFilter | undefined>();

  load(dir: string): PathFilter | undefined {
    if (this.loaded.has(dir)) return this.loaded.get(dir);
    const file = path.join(dir, GITIGNORE);
    let filter: PathFilter | undefined;
    if (existsSync(file)) filter = { base: dir, matcher: gitignoreMatcher(readFileSync(file, 'utf8')) };
    this.loaded.set(dir, filter);
    return filter;
  }

  /** A folder whose listing has no .gitignore. */
  noneIn(dir: string): undefined {
    this.loaded.set(dir, undefined);
    return undefined;
  }

  /** Filters of the folders above `dir` up to its git root (none outside a repository). */
  filtersFor(dir: string): PathFilter[] {
    const root = findGitRoot(dir);
    if (!root) return [];
    const filters: PathFilter[] = [];
    for (let current = path.dirname(dir); current.length >= root.length; current = path.dirname(current)) {
      const filter = this.load(current);
      if (filter) filters.unshift(filter);
      if (current === root) break;
    }
    return filters;
  }
}

/**
 * A source file's text without its byte-order mark: editors on Windows save
 * templates with one, ARM accepts it, and columns don't count it.
 */
export function readSourceText(file: string): string {
  return withoutByteOrderMark(readFileSync(file, 'utf8'));
}

/** A text without its byte-order mark, as readSourceText gives it. */
export const withoutByteOrderMark = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The folder holding `.git` at or above `dir`, if any. */
export function findGitRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}
