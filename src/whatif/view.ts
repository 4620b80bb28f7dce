/**
 * The result as moat shows it: changes filtered by `--exclude-change-types`
 * and split into signal and known noise. Both output formats and the exit
 * code are computed from this one view.
 */
import { InputError } from '../errors.js';
import { classify, isNoiseOnly, NOISE_RULES, type ClassifiedChange } from './noise.js';
import { CHANGE_TYPES, type ChangeType, type Diagnostic, type WhatIfResult } from './types.js';

export interface WhatIfView {
  changes: ClassifiedChange[];
  potentialChanges: ClassifiedChange[];
  diagnostics: Diagnostic[];
}

export interface ViewOptions {
  exclude: readonly ChangeType[];
  /** No noise table: every property change counts, as in az. */
  showNoise: boolean;
}

export function buildView(result: WhatIfResult, options: ViewOptions): WhatIfView {
  const rules = options.showNoise ? [] : NOISE_RULES;
  const keep = (changes: WhatIfResult['changes']): ClassifiedChange[] =>
    changes.filter((c) => !options.exclude.includes(c.changeType)).map((c) => classify(c, rules));
  return { changes: keep(result.changes), potentialChanges: keep(result.potentialChanges), diagnostics: result.diagnostics };
}

/** `--exclude-change-types Ignore,NoChange` (commas or spaces, any case). */
export function parseChangeTypes(list: string | readonly string[] | undefined): ChangeType[] {
  const words = (Array.isArray(list) ? list : [list ?? '']).flatMap((s: string) => s.split(/[\s,]+/)).filter((s) => s !== '');
  return words.map((word) => {
    const type = CHANGE_TYPES.find((t) => t.toLowerCase() === word.toLowerCase());
    if (!type) {
      throw new InputError(`unknown change type '${word}' in --exclude-change-types`, undefined, `use any of ${CHANGE_TYPES.join(', ')}`);
    }
    return type;
  });
}

const CHANGING: readonly ChangeType[] = ['Create', 'Delete', 'Modify', 'Deploy'];

/**
 * True when the deployment would still change something: a Create, Delete,
 * Modify or Deploy that is shown (not excluded) and is more than known noise.
 */
export function changesRemain(view: WhatIfView): boolean {
  return view.changes.some((c) => CHANGING.includes(c.change.changeType) && !isNoiseOnly(c));
}

/** Resources per change type; a Modify that is only noise is not counted. */
export function countByType(changes: ClassifiedChange[]): Record<ChangeType, number> {
  const counts = Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as Record<ChangeType, number>;
  for (const c of changes) if (!isNoiseOnly(c)) counts[c.change.changeType] += 1;
  return counts;
}
