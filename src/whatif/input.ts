/**
 * What `moat whatif` sends: an ARM template (read as it is), a `.bicep` file
 * (compiled by the Bicep CLI) or a topology (generated in memory), plus the
 * parameter values. Everything wrong with the input is an InputError here,
 * before any network call.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParseError } from 'jsonc-parser';
import { printParseErrorCode } from '../jsonc.js';
import { parseJsoncValue } from '../jsonc-text.js';
import { InputError } from '../errors.js';
import { compileBicep } from './bicep.js';
import { renderTopologyTemplate } from './topology-input.js';
import type { Json, JsonObject } from './types.js';

export type InputKind = 'template' | 'bicep' | 'topology';
export type TargetScope = 'resourceGroup' | 'subscription';

export interface DeploymentInput {
  kind: InputKind;
  file: string;
  template: JsonObject;
  parameters: Record<string, JsonObject>;
  targetScope: TargetScope;
  /** Values of secureString/secureObject parameters: never printed. */
  secureValues: string[];
  /** A literal `location` parameter value, the subscription-scope default for `--location`. */
  location?: string;
  /** The deployment name az would pick: the file's base name. */
  defaultName: string;
}

const SCHEMA_SCOPES: [RegExp, TargetScope | 'unsupported'][] = [
  [/\/subscriptionDeploymentTemplate\.json/i, 'subscription'],
  [/\/(managementGroup|tenant)DeploymentTemplate\.json/i, 'unsupported'],
  [/\/deploymentTemplate\.json/i, 'resourceGroup'],
];

export async function loadDeploymentInput(file: string, parametersFile?: string): Promise<DeploymentInput> {
  const ext = path.extname(file).toLowerCase();
  let kind: InputKind;
  let template: JsonObject;
  let generatedParameters: Record<string, JsonObject> = {};
  if (ext === '.bicep') {
    kind = 'bicep';
    template = asTemplate(parseJsonText(compileBicep(file), `${file} (compiled by bicep)`), file);
  } else if (ext === '.yaml' || ext === '.yml' || (ext === '.json' && isTopologyJson(file))) {
    kind = 'topology';
    const rendered = await renderTopologyTemplate(file);
    template = rendered.template;
    generatedParameters = rendered.parameters;
  } else {
    kind = 'template';
    template = asTemplate(parseJsonText(readText(file), file), file);
  }
  const targetScope = scopeOf(template, file);
  const parameters = { ...generatedParameters, ...(parametersFile ? readParametersFile(parametersFile) : {}) };
  checkParameters(template, parameters, parametersFile ?? file);
  return {
    kind,
    file,
    template,
    parameters,
    targetScope,
    secureValues: secureValuesOf(template, parameters),
    ...locationOf(template, parameters),
    defaultName: deploymentNameFrom(file),
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? 'error'})`, { file });
  }
}

/** JSON with comments, as ARM accepts; a syntax error points at its line and column. */
export function parseJsonText(text: string, file: string): Json {
  const errors: ParseError[] = [];
  const value = parseJsoncValue(text, errors, { allowTrailingComma: true, disallowComments: false }) as Json;
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    throw new InputError(`invalid JSON: ${printParseErrorCode(first.error)}`, { file, line, column }, 'fix the JSON syntax');
  }
  return value;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r?\n/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function asTemplate(value: Json, file: string): JsonObject {
  if (!isObject(value) || typeof value.$schema !== 'string' || !/DeploymentTemplate\.json/i.test(value.$schema)) {
    throw new InputError(
      'not an ARM template (no deploymentTemplate $schema)',
      { file },
      'pass an ARM template (.json), a .bicep file or a topology (.yaml); a parameters file goes after --parameters',
    );
  }
  return value;
}

function isTopologyJson(file: string): boolean {
  const value = parseJsonText(readText(file), file);
  return isObject(value) && !('$schema' in value && /DeploymentTemplate\.json/i.test(String(value.$schema))) && 'version' in value;
}

function scopeOf(template: JsonObject, file: string): TargetScope {
  const schema = String(template.$schema);
  const scope = SCHEMA_SCOPES.find(([re]) => re.test(schema))?.[1];
  if (scope === undefined || scope === 'unsupported') {
    throw new InputError(
      `moat whatif previews resource-group and subscription deployments; this template's $schema is ${schema}`,
      { file },
      'use az deployment mg/tenant what-if for management-group and tenant templates',
    );
  }
  return scope;
}

/** An ARM parameters file: `{ "parameters": { "name": { "value": ... } } }`. */
function readParametersFile(file: string): Record<string, JsonObject> {
  if (file.toLowerCase().endsWith('.bicepparam')) {
    throw new InputError('.bicepparam files are not read by moat whatif', { file }, 'run `bicep build-params` and pass the .json it writes');
  }
  const value = parseJsonText(readText(file), file);
  const params = isObject(value) ? value.parameters : undefined;
  if (!isObject(params)) {
    throw new InputError('not an ARM parameters file (no "parameters" object)', { file }, 'see https://aka.ms/arm-parameters-file');
  }
  const result: Record<string, JsonObject> = {};
  for (const [name, entry] of Object.entries(params)) {
    if (!isObject(entry) || !('value' in entry || 'reference' in entry)) {
      throw new InputError(`parameter '${name}' needs a "value" or a Key Vault "reference"`, { file });
    }
    result[name] = entry;
  }
  return result;
}

function declaredParameters(template: JsonObject): [string, JsonObject][] {
  return isObject(template.parameters) ? Object.entries(template.parameters).filter((e): e is [string, JsonObject] => isObject(e[1])) : [];
}

function checkParameters(template: JsonObject, parameters: Record<string, JsonObject>, file: string): void {
  const missing = declaredParameters(template)
    .filter(([name, decl]) => !('defaultValue' in decl) && !(name in parameters))
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new InputError(
      `parameter${missing.length > 1 ? 's' : ''} without a value: ${missing.join(', ')}`,
      { file },
      'give them values in a parameters file with --parameters FILE',
    );
  }
}

function secureValuesOf(template: JsonObject, parameters: Record<string, JsonObject>): string[] {
  const values: string[] = [];
  for (const [name, decl] of declaredParameters(template)) {
    if (!/^secure(string|object)$/i.test(String(decl.type))) continue;
    const given = parameters[name];
    collectStrings(given && 'value' in given ? given.value : decl.defaultValue, values);
  }
  return values.filter((v) => v !== '');
}

function collectStrings(value: Json | undefined, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, into));
  else if (isObject(value)) {
    into.push(JSON.stringify(value));
    Object.values(value).forEach((v) => collectStrings(v, into));
  }
}

function locationOf(template: JsonObject, parameters: Record<string, JsonObject>): { location?: string } {
  const given = parameters.location?.value;
  const fallback = declaredParameters(template).find(([name]) => name === 'location')?.[1].defaultValue;
  const literal = [given, fallback].find((v): v is string => typeof v === 'string' && !v.startsWith('['));
  return literal ? { location: literal } : {};
}

/** az's default: the file name without its extension, cut to ARM's 64 allowed characters. */
export function deploymentNameFrom(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const name = base.replace(/[^-\w.()]/g, '-').slice(0, 64);
  return name === '' ? 'moat-whatif' : name;
}
