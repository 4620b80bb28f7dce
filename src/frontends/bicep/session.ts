/**
 * State shared by everything read for one entry file: the files parsed so
 * far (each once), the problems found, and the bounds (evaluation steps,
 * definitions nested in definitions) that keep hostile input from hanging.
 * Across readings, only the facts of modules are kept (see FACTS).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { CloudName } from '../../azure/clouds.js';
import { Unknown, equalsIgnoringCase, type SourceLocation } from '../../graph/value.js';
import type { ParseProblem } from '../arm/jsonc.js';
import { LIMITS } from '../arm/limits.js';
import type { Span } from './ast.js';
import { parseBicep } from './index.js';
import type { TemplateFacts } from '../../graph/types.js';
import { bicepFacts } from './facts.js';
import { BicepFile } from './source-file.js';
import { Definitions } from '../definitions.js';
import { NamedResources } from '../named-resources.js';

/** Reads a file's text by absolute path; undefined when it can't be read. */
export type FileReader = (path: string) => string | undefined;

export const readFromDisk: FileReader = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Why a file that can't be read is missing, when a path differing only in
 * case exists: Bicep on Windows or macOS finds `05-AKS-Supporting/main.bicep`
 * in `05-AKS-supporting`, a Linux build doesn't.
 */
export function caseHint(file: string): string {
  const parts = resolve(file).split(sep);
  let dir = parts[0] === '' ? sep : parts[0]!;
  for (const part of parts.slice(1)) {
    if (existsSync(join(dir, part))) {
      dir = join(dir, part);
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return '';
    }
    const other = entries.find((entry) => equalsIgnoringCase(entry, part));
    if (other === undefined) return '';
    return ` ('${other}' differs only in case from '${part}': file names are case-sensitive here)`;
  }
  return '';
}

export class Session {
  readonly problems: ParseProblem[] = [];
  /** files read besides the entry file, with their text (for their suppressions) */
  readonly moduleFiles: { shownAs: string; text: string }[] = [];
  private readonly files = new Map<string, BicepFile | Unknown>();
  private readonly reported = new Set<string>();
  private steps = 0;
  private readonly loaded = new Map<string, string | undefined>();
  /** parameters, variables and outputs, evaluated once each with their nesting bounded */
  readonly definitions = new Definitions();
  /** the resources of unknown name, for a resourceId() or an ID path of the values they are named with */
  readonly named = new NamedResources();
  private exhaustedReported = false;

  constructor(
    readonly cloud: CloudName,
    private readonly readFile: FileReader,
  ) {}

  /** A problem, once however often the expression behind it is evaluated (in loops, modules called twice). */
  report(message: string, at: SourceLocation): void {
    const key = `${at.file}:${at.line}:${at.column}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ message, file: at.file, line: at.line, column: at.column });
  }

  /** Parses a file once per session; its syntax errors become problems. Unknown when it can't be read or parsed. */
  parse(text: string, path: string, shownAs: string): BicepFile | Unknown {
    const cached = this.files.get(path);
    if (cached) return cached;
    const parsed = parse(text, path, shownAs);
    this.problems.push(...parsed.problems);
    return this.remember(path, parsed.file);
  }

  /** A module's or imported file: read through the injected reader, parsed once however often it is used. */
  load(path: string, shownAs: string, at: SourceLocation, what: 'module' | 'import' = 'module'): BicepFile | Unknown {
    const cached = this.files.get(path);
    if (cached) return cached;
    const text = this.readFile(path);
    if (text === undefined) {
      this.report(`${what} file not found: ${shownAs}${caseHint(path)}`, at);
      return this.remember(path, new Unknown(`${shownAs} can't be read`));
    }
    this.moduleFiles.push({ shownAs, text });
    const parsed = parse(text, path, shownAs);
    this.problems.push(...parsed.problems);
    // `moat lint` checks the file's own facts alone next: keep those, not its syntax tree
    rememberFacts(path, shownAs, text, parsed);
    return this.remember(path, parsed.file);
  }

  /** A file that `loadTextContent()` and friends inline, read once. */
  readText(path: string): string | undefined {
    if (!this.loaded.has(path)) this.loaded.set(path, this.readFile(path));
    return this.loaded.get(path);
  }

  private remember(path: string, file: BicepFile | Unknown): BicepFile | Unknown {
    this.files.set(path, file);
    return file;
  }

  /** Counts one evaluation step; false once the budget is spent (reported once, at `span` in `file`). */
  step(file: BicepFile, span: Span): boolean {
    if (++this.steps <= LIMITS.evaluationSteps) return true;
    if (!this.exhaustedReported) {
      this.exhaustedReported = true;
      this.report(`evaluation stopped after ${LIMITS.evaluationSteps} steps (loops or functions too large); the rest is unknown`, file.locate(span));
    }
    return false;
  }
}

interface Parsed {
  file: BicepFile | Unknown;
  problems: ParseProblem[];
}

/** A file's syntax problems and template facts: all that reading it alone for its facts needs. */
export interface FileFacts {
  problems: ParseProblem[];
  /** undefined when the file didn't parse */
  facts: TemplateFacts | undefined;
}

/**
 * Facts of the modules read by callers in this process, by path and name
 * shown: `moat lint` reads a module with its caller and then alone for its
 * facts, and parses it once. Valid while the text is the same; the least
 * recently used go first past the byte budget. Syntax trees are not kept:
 * held from one file's reading to another's, they outlive the young
 * generation and each lint pays for them in full collections.
 */
const FACTS = new Map<string, FileFacts & { text: string }>();
const FACTS_BYTES = 512 * 1024;
let factsBytes = 0;

function rememberFacts(path: string, shownAs: string, text: string, parsed: Parsed): FileFacts {
  const key = `${path}\u0000${shownAs}`;
  const previous = FACTS.get(key);
  if (previous) {
    FACTS.delete(key);
    factsBytes -= previous.text.length;
  }
  const entry = { text, problems: parsed.problems, facts: parsed.file instanceof Unknown ? undefined : bicepFacts(parsed.file) };
  FACTS.set(key, entry);
  factsBytes += text.length;
  for (const [oldest, old] of FACTS) {
    if (factsBytes <= FACTS_BYTES) break;
    FACTS.delete(oldest);
    factsBytes -= old.text.length;
  }
  return entry;
}

/** A file's problems and facts, from a caller's reading of it when the text is still the same. */
export function factsOnce(text: string, path: string, shownAs: string): FileFacts {
  const cached = FACTS.get(`${path}\u0000${shownAs}`);
  if (cached?.text === text) return cached;
  return rememberFacts(path, shownAs, text, parse(text, path, shownAs));
}

function parse(text: string, path: string, shownAs: string): Parsed {
  const at = { file: shownAs, line: 1, column: 1 };
  if (text.length > LIMITS.fileBytes) {
    const problem = { message: `file is ${text.length} bytes, over moat's limit of ${LIMITS.fileBytes} bytes for a template`, ...at };
    return { file: new Unknown(`${shownAs} is too large to read`), problems: [problem] };
  }
  const parsed = parseBicep(text, shownAs);
  const problems = parsed.errors.map((e) => ({ message: e.message, file: e.file, line: e.line, column: e.column }));
  const file = problems.length > 0 ? new Unknown(`${shownAs} has syntax errors`) : new BicepFile(shownAs, path, text, parsed.program, parsed.directives);
  return { file, problems };
}
