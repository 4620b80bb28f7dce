/**
 * The one Handlebars instance: every helper and partial is registered here,
 * templates compile with noEscape (the output isn't HTML: escaping is the
 * helpers' job, per output language), strict (a missing model field is an
 * error, not an empty string) and knownHelpersOnly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../../paths.js';
import { bicepKey, bicepString, shellString } from '../escape.js';
import { bicepLiteral, type LiteralValue } from './literal.js';

type HelperOptions = Handlebars.HelperOptions;

function expectString(helper: string, value: unknown): string {
  if (typeof value !== 'string') throw new Error(`moat internal error: template helper ${helper} got ${typeof value}, not a string`);
  return value;
}

/**
 * Helpers, named for the output they produce:
 * - `str` a Bicep string literal, `key` a Bicep object key, `literal` any
 *   parameter value (objects and arrays multi-line, indented `depth` steps);
 * - `sh` a shell word.
 */
const HELPERS = {
  str: (value: unknown) => bicepString(expectString('str', value)),
  key: (value: unknown) => bicepKey(expectString('key', value)),
  literal: (value: unknown, options: HelperOptions) => bicepLiteral(value as LiteralValue, Number(options.hash['depth'] ?? 0)),
  sh: (value: unknown) => shellString(expectString('sh', value)),
};

/** Built on first use, so importing the renderer costs no file reads. */
let instance: typeof Handlebars | undefined;

function handlebars(): typeof Handlebars {
  if (instance) return instance;
  instance = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) instance.registerHelper(name, helper);
  const partialsDir = path.join(TEMPLATES_DIR, 'partials');
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    instance.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partialsDir, file), 'utf8'));
  }
  return instance;
}

const COMPILE_OPTIONS: CompileOptions = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((name) => [name, true])),
};

export type Template = (model: object) => string;

const compiled = new Map<string, Template>();

/** A template by its path under templates/ (`modules/network.bicep.hbs`), compiled once. */
export function template(name: string): Template {
  let render = compiled.get(name);
  if (!render) {
    const compiledTemplate = handlebars().compile(readFileSync(path.join(TEMPLATES_DIR, name), 'utf8'), COMPILE_OPTIONS);
    render = (model) => compiledTemplate(model);
    compiled.set(name, render);
  }
  return render;
}
