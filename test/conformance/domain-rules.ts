/** The rules that check design.md §1 (the domain and its CIDR input), as opposed to template hygiene and parse/schema input. */
import { RULES, TEMPLATE_HYGIENE_RULES, isCheckedRule } from '../../src/lint/registry.js';

const HYGIENE = new Set(TEMPLATE_HYGIENE_RULES.map((rule) => rule.meta.id));

export const DOMAIN_RULES: readonly string[] = RULES.filter((r) => isCheckedRule(r) && !HYGIENE.has(r.meta.id)).map((r) => r.meta.id);
