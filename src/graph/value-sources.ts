/**
 * Where a resource's values were written, by dotted path from the resource
 * root (`properties.networkProfile.serviceCidr`, `sku.name`, `location`).
 * Front ends answer it their own way: the planner and the Bicep front end
 * record each path as they evaluate (PathSources); the ARM front end keeps the
 * resource's JSON node and finds a path's node only when a finding asks, so
 * linting thousands of templates doesn't build a path string per value.
 */
import type { SourceLocation } from './value.js';

export interface ValueSources {
  /** The location of `path`, else of its nearest ancestor path that has one; undefined when none has. */
  locate(path: string): SourceLocation | undefined;
}

/** `a.b` + `c` -> `a.b.c`; undefined stays undefined (a value whose sources aren't recorded). */
export const joinPath = (path: string | undefined, step: string | number): string | undefined =>
  path === undefined ? undefined : path === '' ? String(step) : `${path}.${step}`;

/** Sources recorded path by path. ARM property names are case-insensitive: an exact match wins, then any case. */
export class PathSources extends Map<string, SourceLocation> implements ValueSources {
  locate(path: string): SourceLocation | undefined {
    const steps = path.split('.');
    for (let n = steps.length; n > 0; n--) {
      const found = this.at(steps.slice(0, n).join('.'));
      if (found) return found;
    }
    return undefined;
  }

  private at(path: string): SourceLocation | undefined {
    const exact = this.get(path);
    if (exact) return exact;
    const lower = path.toLowerCase();
    for (const [key, location] of this) if (key.toLowerCase() === lower) return location;
    return undefined;
  }
}
