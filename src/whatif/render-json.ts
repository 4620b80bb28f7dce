/** `--format json`: the typed what-if result, with moat's noise split and counts alongside. */
import { VERSION } from '../version.js';
import { isNoiseOnly, type ClassifiedChange } from './noise.js';
import type { WhatIfView } from './view.js';
import { changesRemain, countByType } from './view.js';

export interface JsonContext {
  scope: string;
  deploymentName: string;
  mode: string;
}

export function renderJson(view: WhatIfView, context: JsonContext): string {
  const entry = (c: ClassifiedChange) => ({
    ...c.change,
    noise: c.noise.map((n) => ({ path: n.path, propertyChangeType: n.change.propertyChangeType, why: n.why })),
  });
  const all = [...view.changes, ...view.potentialChanges];
  const document = {
    tool: 'moat',
    version: VERSION,
    ...context,
    status: 'Succeeded',
    changes: view.changes.map(entry),
    potentialChanges: view.potentialChanges.map(entry),
    diagnostics: view.diagnostics,
    summary: {
      changes: countByType(view.changes),
      potentialChanges: countByType(view.potentialChanges),
      noise: {
        propertyChanges: all.reduce((n, c) => n + c.noise.length, 0),
        resources: all.filter((c) => c.noise.length > 0).length,
        noiseOnlyResources: all.filter(isNoiseOnly).length,
      },
      changesRemain: changesRemain(view),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
