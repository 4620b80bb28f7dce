/** The rules that check design.md §1 (the domain and its CIDR input), as opposed to template hygiene and parse/schema input. */
import { RULES } from '../../src/lint/registry.js';

const NOT_DOMAIN = new Set([
  'topology-schema',
  'parse-error',
  'secure-parameter-default',
  'no-hardcoded-location',
  'no-unused-params',
  'no-unused-vars',
  'outputs-should-not-contain-secrets',
  'no-hardcoded-env-urls',
]);

export const DOMAIN_RULES: readonly string[] = RULES.map((r) => r.meta.id).filter((id) => !NOT_DOMAIN.has(id));
