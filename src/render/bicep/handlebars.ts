/**
 * The one Handlebars instance, with every helper (helpers.ts) and partial
 * registered. Templates come precompiled (templates.generated.ts) when that
 * file matches templates/, so a run loads only the Handlebars runtime;
 * otherwise, as while a template is being edited, they compile from source.
 */
import { createRequire } from 'node:module';
import type HandlebarsModule from 'handlebars';
import { HELPERS, COMPILE_OPTIONS } from './helpers.js';
import { readTemplateSources } from './sources.js';
import { PRECOMPILED } from './templates.generated.js';

type Handlebars = typeof HandlebarsModule;
type Spec = TemplateSpecification;
export type Template = (model: object) => string;
export type TemplateSet = (name: string) => Template;

const require = createRequire(import.meta.url);

function withHelpers(handlebars: Handlebars): Handlebars {
  const instance = handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) instance.registerHelper(name, helper);
  return instance;
}

/** The templates from precompiled specs, or compiled from templates/ (`source`, or `auto` when the specs are stale). */
export function loadTemplates(mode: 'auto' | 'source' = 'auto'): TemplateSet {
  const sources = readTemplateSources();
  const compiled = new Map<string, Template>();
  if (mode === 'auto' && sources.hash === PRECOMPILED.hash) {
    const instance = withHelpers(require('handlebars/runtime') as Handlebars);
    const specs = PRECOMPILED as unknown as { templates: Record<string, Spec>; partials: Record<string, Spec> };
    for (const [name, spec] of Object.entries(specs.partials)) instance.registerPartial(name, instance.template(spec));
    return (name) => {
      const spec = specs.templates[name];
      if (!spec) throw new Error(`moat internal error: no template ${name}`);
      let render = compiled.get(name);
      if (!render) compiled.set(name, (render = instance.template(spec)));
      return render;
    };
  }
  const instance = withHelpers(require('handlebars') as Handlebars);
  for (const [name, text] of Object.entries(sources.partials)) instance.registerPartial(name, text);
  return (name) => {
    const text = sources.templates[name];
    if (text === undefined) throw new Error(`moat internal error: no template ${name}`);
    let render = compiled.get(name);
    if (!render) compiled.set(name, (render = instance.compile(text, COMPILE_OPTIONS)));
    return render;
  };
}

let templates: TemplateSet | undefined;

/** A template by its path under templates/ (`modules/network.bicep.hbs`); loaded on first use. */
export function template(name: string): Template {
  templates ??= loadTemplates();
  return templates(name);
}
