/**
 * Writes templates.generated.ts: every template and partial precompiled, so
 * `moat generate` loads only the Handlebars runtime and compiles nothing
 * (test/render/templates-generated.test.ts keeps it current: UPDATE_GOLDEN=1
 * npm test rewrites it).
 */
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS } from './helpers.js';
import type { TemplateSources } from './sources.js';

const entries = (specs: Record<string, string>): string =>
  Object.entries(specs)
    // precompile gives the spec's JavaScript source (its declared type says otherwise)
    .map(([name, text]) => `    ${JSON.stringify(name)}: ${Handlebars.precompile(text, COMPILE_OPTIONS) as unknown as string},\n`)
    .join('');

export function precompiledModule(sources: TemplateSources): string {
  return (
    '// @ts-nocheck\n' +
    '// Generated from templates/ by src/render/bicep/precompile.ts: do not edit. Refresh with UPDATE_GOLDEN=1 npm test.\n' +
    'export const PRECOMPILED = {\n' +
    `  templates: {\n${entries(sources.templates)}  },\n` +
    `  partials: {\n${entries(sources.partials)}  },\n` +
    '};\n'
  );
}
