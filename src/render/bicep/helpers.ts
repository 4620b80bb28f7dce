/**
 * The template helpers, named for the output they produce, and the options
 * every template is compiled with: noEscape (the output isn't HTML: escaping
 * is the helpers' job, per output language), strict (a missing model field is
 * an error, not an empty string) and knownHelpersOnly.
 */
import type { HelperDelegate } from 'handlebars';
import { bicepString, shellString } from '../escape.js';
import { bicepLiteral, type LiteralValue } from './literal.js';

function expectString(helper: string, value: unknown): string {
  if (typeof value !== 'string') throw new Error(`moat internal error: template helper ${helper} got ${typeof value}, not a string`);
  return value;
}

/** `str` a Bicep string literal, `literal` a parameter value (objects and arrays multi-line), `sh` a shell word. */
export const HELPERS: Record<string, HelperDelegate> = {
  str: (value: unknown) => bicepString(expectString('str', value)),
  literal: (value: unknown) => bicepLiteral(value as LiteralValue),
  sh: (value: unknown) => shellString(expectString('sh', value)),
};

export const COMPILE_OPTIONS: CompileOptions = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((name) => [name, true])),
};
