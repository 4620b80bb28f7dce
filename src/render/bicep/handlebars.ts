/**
 * The one Handlebars instance, with every helper (helpers.ts) and partial
 * registered, running the precompiled templates (templates.generated.ts): a
 * run loads only the Handlebars runtime and reads nothing under templates/.
 * test/render/templates-generated.test.ts fails when that file is stale
 * (UPDATE_GOLDEN=1 npm test rewrites it).
 */
import { createRequire } from 'node:module';
import type HandlebarsModule from 'handlebars';
import { HELPERS } from './helpers.js';
import { PRECOMPILED } from './templates.generated.js';

export type Handlebars = typeof HandlebarsModule;
export type Template = (model: object) => string;
export type TemplateSet = (name: string) => Template;

/** A fresh Handlebars environment (from the full library or the runtime) with moat's helpers. */
export function withHelpers(handlebars: Handlebars): Handlebars {
  const instance = handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) instance.registerHelper(name, helper);
  return instance;
}

/**
 * The runtime as one bundled file: the same runtime `handlebars/runtime` gives,
 * which loads it from a tree of some twenty CommonJS files at twice the cost (~9 ms against ~4.5).
 */
const RUNTIME = 'handlebars/dist/handlebars.runtime.js';

/** The precompiled templates, each turned into a function on first use. */
export function precompiledTemplates(): TemplateSet {
  const instance = withHelpers(createRequire(import.meta.url)(RUNTIME) as Handlebars);
  const specs = PRECOMPILED as unknown as { templates: Record<string, TemplateSpecification>; partials: Record<string, TemplateSpecification> };
  for (const [name, spec] of Object.entries(specs.partials)) instance.registerPartial(name, instance.template(spec));
  const compiled = new Map<string, Template>();
  return (name) => {
    const spec = specs.templates[name];
    if (!spec) throw new Error(`moat internal error: no template ${name}`);
    let render = compiled.get(name);
    if (!render) compiled.set(name, (render = instance.template(spec)));
    return render;
  };
}

let templates: TemplateSet | undefined;

/** A template by its path under templates/ (`modules/network.bicep.hbs`); loaded on first use. */
export function template(name: string): Template {
  templates ??= precompiledTemplates();
  return templates(name);
}
