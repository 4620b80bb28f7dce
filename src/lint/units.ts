/**
 * Found files -> lint units: one per template, with the parameters file that
 * belongs to it. Reads each JSON file's text once to tell an ARM template from
 * other JSON, mostly by `$schema` alone so that only odd files are parsed here.
 * A template that another file in the set links as a module is linted as part
 * of its parent (cross-resource rules need the whole deployment); alone, only
 * its template facts are checked.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bracketNesting, parseJsoncValue } from '../jsonc-text.js';
import { isArmTemplate } from '../frontends/arm/index.js';
import { bicepDeploysAnything, bicepLocalReferences, bicepparamTarget } from '../frontends/bicep/references.js';
import type { FoundFile } from './files.js';
import type { SourceTexts } from './source-texts.js';

export type Language = 'arm' | 'bicep';

export interface SourceFile {
  /** absolute path */
  path: string;
  /** as findings name it: relative to the working folder */
  shownAs: string;
}

export interface LintUnit extends SourceFile {
  language: Language;
  parameters?: SourceFile;
  /** linked as a module by another file in the set: check template facts only */
  factsOnly: boolean;
  /** why the file couldn't be read, if it couldn't */
  readError?: string;
  /** false: planning found no `"relativePath"` in the template, so it links no template (and its text needn't be searched again) */
  mayLink?: boolean;
}

const SCHEMA_PROPERTY = /"\$schema"\s*:\s*"([^"]*)"/;
const RELATIVE_PATH = /"relativePath"\s*:\s*"([^"[][^"]*)"/g;
const PARAMETERS_SUFFIX = /\.parameters\.json$/i;

export type JsonRole = 'template' | 'parameters' | 'other';

/** What a JSON file is, from its text. */
export function jsonRole(text: string): JsonRole {
  const schema = leadingSchema(text);
  if (schema !== undefined) return schemaRole(schema);
  // No $schema: a template is still a template by its shape; anything else without resources isn't.
  if (!text.includes('"resources"')) return 'other';
  try {
    return isArmTemplate(parseJsoncValue(text, [], { allowTrailingComma: true })) ? 'template' : 'other';
  } catch (error) {
    // nested too deep to parse: linted as a template, its parse error says so
    if (error instanceof RangeError) return 'template';
    throw error;
  }
}

/**
 * The file's `$schema`, when the first `$schema` property in the text is the
 * top-level one, as in nearly every template; undefined otherwise. A policy
 * definition that embeds a deployment template holds a `$schema` only in there.
 */
function leadingSchema(text: string): string | undefined {
  const match = SCHEMA_PROPERTY.exec(text);
  if (!match) return undefined;
  const at = bracketNesting(text, match.index);
  return at.outside && at.depth === 1 ? match[1] : undefined;
}

function schemaRole(schema: string): JsonRole {
  const lower = schema.toLowerCase();
  if (lower.includes('deploymenttemplate.json')) return 'template';
  if (lower.includes('deploymentparameters.json')) return 'parameters';
  return 'other';
}

/** `x.parameters.json` belongs to `x.json`. */
export function templateForParameters(file: string): string | undefined {
  return PARAMETERS_SUFFIX.test(file) ? file.replace(PARAMETERS_SUFFIX, '.json') : undefined;
}

export function parametersForTemplate(file: string): string {
  return file.replace(/\.jsonc?$/i, '.parameters.json');
}

/** Literal `templateLink.relativePath` values, resolved against the linking file's folder. */
export function linkedTemplates(text: string, file: string): string[] {
  if (!text.includes(RELATIVE_PATH_KEY)) return [];
  return [...text.matchAll(RELATIVE_PATH)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

const RELATIVE_PATH_KEY = '"relativePath"';

/** A file as findings name it: relative to the working folder (the file itself when it is that folder). */
export const shownFrom = (cwd: string, file: string): string => path.relative(cwd, file) || file;

/** `texts`: where the run keeps the texts read here, for the units to read again without the disk. */
export function planUnits(files: readonly FoundFile[], cwd: string, texts: SourceTexts): LintUnit[] {
  const shown = (file: string): SourceFile => ({ path: file, shownAs: shownFrom(cwd, file) });
  const units = new Map<string, LintUnit>();
  const parameters = new Map<string, SourceFile>();
  const linked = new Set<string>();
  const found = new Set(files.map((f) => f.path));

  const addTemplate = (file: string): void => {
    let text: string;
    try {
      text = texts.keep(file);
    } catch (error) {
      units.set(file, { ...shown(file), language: 'arm', factsOnly: false, readError: (error as Error).message });
      return;
    }
    if (jsonRole(text) !== 'template') {
      texts.forget(file);
      return;
    }
    const mayLink = text.includes(RELATIVE_PATH_KEY);
    units.set(file, { ...shown(file), language: 'arm', factsOnly: false, mayLink });
    if (mayLink) for (const target of linkedTemplates(text, file)) linked.add(target);
  };

  // A .bicep module called by another file in the set is linted with its caller; so is a file
  // imported from that deploys nothing (its types, functions and variables are all there is to it).
  const addBicep = (file: string): void => {
    units.set(file, { ...shown(file), language: 'bicep', factsOnly: false });
    const { modules, imports } = bicepLocalReferences(readIfPossible(file, texts) ?? '', file);
    for (const target of modules) linked.add(target);
    for (const target of imports) if (found.has(target) && !bicepDeploysAnything(readIfPossible(target, texts) ?? '')) linked.add(target);
  };

  for (const file of files) {
    if (file.kind === 'bicep') {
      addBicep(file.path);
    } else if (file.kind === 'bicepparam') {
      const target = bicepparamTarget(readIfPossible(file.path, texts) ?? '', file.path);
      if (target === undefined) continue;
      parameters.set(target, shown(file.path));
      if (file.explicit && !found.has(target) && existsSync(target)) addBicep(target);
    } else if (file.kind === 'json') {
      const template = templateForParameters(file.path);
      if (template === undefined) {
        addTemplate(file.path);
        continue;
      }
      parameters.set(template, shown(file.path));
      // Named alone (a pre-commit hook passing the one changed file): lint the template it belongs to.
      if (file.explicit && !found.has(template) && existsSync(template)) addTemplate(template);
    }
  }

  const explicit = new Set(files.filter((f) => f.explicit).map((f) => f.path));
  for (const unit of units.values()) {
    if (unit.language === 'bicep') {
      const params = parameters.get(unit.path) ?? siblingBicepparam(unit.path, explicit.has(unit.path), shown);
      if (params) unit.parameters = params;
      unit.factsOnly = linked.has(unit.path);
    }
    if (unit.language !== 'arm') continue;
    const params = parameters.get(unit.path) ?? siblingParameters(unit.path, explicit.has(unit.path), shown);
    if (params) unit.parameters = params;
    unit.factsOnly = linked.has(unit.path);
  }
  return [...units.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A template named on the command line still gets its parameters file from beside it. */
function siblingParameters(template: string, explicit: boolean, shown: (file: string) => SourceFile): SourceFile | undefined {
  if (!explicit) return undefined;
  const candidate = parametersForTemplate(template);
  return candidate !== template && existsSync(candidate) ? shown(candidate) : undefined;
}

/** `main.bicepparam` beside a `main.bicep` named on the command line. */
function siblingBicepparam(template: string, explicit: boolean, shown: (file: string) => SourceFile): SourceFile | undefined {
  if (!explicit) return undefined;
  const candidate = template.replace(/\.bicep$/i, '.bicepparam');
  return candidate !== template && existsSync(candidate) ? shown(candidate) : undefined;
}

function readIfPossible(file: string, texts: SourceTexts): string | undefined {
  try {
    return texts.keep(file);
  } catch {
    return undefined;
  }
}
