/**
 * `.bicepparam` files: `using './main.bicep'` names the template, and each
 * `param x = value` gives a parameter value (expressions and `var`s allowed,
 * evaluated like the template's own; `readEnvironmentVariable()` and
 * `getSecret()` are unknown). `extends './base.bicepparam'` takes the values
 * of a shared file first; the file's own values win.
 */
import path from 'node:path';
import type { CloudName } from '../../azure/clouds.js';
import { Unknown, type Value } from '../../graph/value.js';
import type { ParseProblem } from '../arm/jsonc.js';
import type { ExtendsDecl } from './ast.js';
import { BicepScope, NOTHING_PROVIDED } from './evaluator.js';
import { Session, caseHint, readFromDisk, type FileReader } from './session.js';
import { literalText, type BicepFile } from './source-file.js';

export interface BicepParameters {
  /** the `using` target as written ('./main.bicep'); undefined for `using none` or none */
  using?: string;
  parameters: Record<string, Value>;
  errors: ParseProblem[];
}

export interface BicepParamsOptions {
  cloud?: CloudName;
  /** the file's absolute path, which `extends` paths are relative to (default: `file` resolved) */
  path?: string;
  /** reads an extended file by absolute path (default: from disk); undefined when it can't */
  readFile?: FileReader;
}

/** Files extending files, one inside the next: more is a cycle or not worth following. */
const MAX_EXTENDS_DEPTH = 8;

export function readBicepParams(text: string, file: string, options: BicepParamsOptions = {}, extending: readonly string[] = []): BicepParameters {
  const absolute = options.path ?? path.resolve(file);
  const session = new Session(options.cloud ?? 'AzureCloud', () => undefined);
  const source = session.parse(text, absolute, file);
  if (source instanceof Unknown) return { parameters: {}, errors: session.problems };
  const extended = source.program.statements.find((s): s is ExtendsDecl => s.kind === 'Extends');
  const base = extended ? extendedParameters(extended, source, session, { ...options, path: absolute }, [...extending, absolute]) : {};
  const scope = new BicepScope(session, source, { level: 'resourceGroup', cloud: session.cloud }, { scope: { level: 'resourceGroup' }, chain: '', condition: true, depth: 0 }, NOTHING_PROVIDED, []);
  const parameters: Record<string, Value> = { ...base };
  let using: string | undefined;
  try {
    for (const name of source.params.keys()) parameters[name] = scope.parameter(name);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    session.report(`the parameter values nest too deeply to evaluate (${error.message})`, { file, line: 1, column: 1 });
  }
  for (const statement of source.program.statements) if (statement.kind === 'Using') using = literalText(statement.path) ?? using;
  const result: BicepParameters = { parameters, errors: session.problems };
  if (using !== undefined) result.using = using;
  return result;
}

/** The values of the file an `extends` names; its problems are reported at the statement or in that file. */
function extendedParameters(decl: ExtendsDecl, source: BicepFile, session: Session, options: BicepParamsOptions & { path: string }, extending: readonly string[]): Record<string, Value> {
  const at = source.locate(decl.span);
  const target = literalText(decl.path);
  if (target === undefined) {
    session.report('extends needs a literal path', at);
    return {};
  }
  const absolute = path.resolve(path.dirname(options.path), target);
  const shownAs = path.join(path.dirname(source.file), target);
  if (extending.includes(absolute) || extending.length > MAX_EXTENDS_DEPTH) {
    session.report(`extends ${target} goes round in a cycle or deeper than ${MAX_EXTENDS_DEPTH} files`, at);
    return {};
  }
  const text = (options.readFile ?? readFromDisk)(absolute);
  if (text === undefined) {
    session.report(`extended parameters file not found: ${shownAs}${caseHint(absolute)}`, at);
    return {};
  }
  const read = readBicepParams(text, shownAs, { ...options, path: absolute }, extending);
  for (const problem of read.errors) session.report(problem.message, problem);
  return read.parameters;
}
