/**
 * The string literals of a template that could hold a host name or URL: those
 * with a dot (rules such as no-hardcoded-env-urls read them). The values, and
 * where each one is, found only when asked. A template has a literal in nearly
 * every string, most without a dot (names, SKUs, versions, directions), and
 * few are ever reported: keeping and scanning them all, and a location object
 * for each, were a large part of lint's work.
 */
import type { SourceLocation } from './value.js';

export interface TemplateLiterals extends Iterable<{ value: string; source: SourceLocation }> {
  readonly values: readonly string[];
  /** where values[index] was written */
  locate(index: number): SourceLocation;
}

/** Literals found at sites of a front end's own kind (a JSON node, a Bicep span), located through it. */
export class LiteralList<Site> implements TemplateLiterals {
  readonly values: string[] = [];
  private readonly sites: Site[] = [];

  constructor(private readonly locateSite: (site: Site) => SourceLocation) {}

  /** Keeps the literal if it has a dot. */
  add(value: string, site: Site): void {
    if (value.indexOf('.') < 0) return;
    this.values.push(value);
    this.sites.push(site);
  }

  locate(index: number): SourceLocation {
    return this.locateSite(this.sites[index]!);
  }

  /** Each literal with its location. */
  *[Symbol.iterator](): IterableIterator<{ value: string; source: SourceLocation }> {
    for (let i = 0; i < this.values.length; i++) yield { value: this.values[i]!, source: this.locate(i) };
  }
}

/** For a template that has no literals of its own (an inner-scope nested template: its file's root holds them). */
export const NO_LITERALS: TemplateLiterals = new LiteralList<never>(() => {
  throw new Error('no literal to locate');
});
