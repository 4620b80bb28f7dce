/**
 * One unit (a template, its parameters, what it links) -> findings: read the
 * files once, build the graph with the language's front end, run the rules,
 * drop what inline comments suppress. Pure apart from reading the files, so
 * it runs the same in the main thread and in a worker.
 */
import { noteFindings, runRules } from './engine.js';
import { RULES, TEMPLATE_HYGIENE_RULES } from './registry.js';
import { READERS, type ParseProblem } from './frontends.js';
import { readSourceText } from './files.js';
import type { SourceTexts } from './source-texts.js';
import { applySuppressions, findSuppressions } from './suppress.js';
import type { CloudName } from '../azure/clouds.js';
import type { Finding, Level } from './types.js';
import type { LintUnit } from './units.js';

export const PARSE_ERROR = 'parse-error';

/** Rules that read only a template's own facts, so they can run on a module alone. */
export const TEMPLATE_FACT_RULES: ReadonlySet<string> = new Set(TEMPLATE_HYGIENE_RULES.map((rule) => rule.meta.id));

/** What a run applies to every unit: configured rule levels and the cloud templates deploy to. */
export interface LintSettings {
  levels: Record<string, Level>;
  cloud?: CloudName;
}

/** `runTexts`: the run's texts already read (none in a worker: it reads from disk). */
export function lintUnit(unit: LintUnit, { levels, cloud }: LintSettings, runTexts?: SourceTexts): Finding[] {
  if (unit.readError !== undefined) return [parseError({ message: `can't read file: ${unit.readError}`, file: unit.shownAs, line: 1, column: 1 })];
  const reader = READERS[unit.language];
  const texts = new Map<string, string>();
  const read = (path: string, shownAs: string): string => {
    const text = runTexts ? runTexts.source(path) : readSourceText(path);
    texts.set(shownAs, text);
    return text;
  };
  let reading;
  try {
    const text = read(unit.path, unit.shownAs);
    const parametersText = unit.parameters ? read(unit.parameters.path, unit.parameters.shownAs) : undefined;
    // no rule reads dependencies: the linter leaves them out
    reading = reader({ unit, text, parametersText, cloud, dependencies: false, ...(runTexts ? { readFile: (file: string) => runTexts.rawIfPossible(file) } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    return [parseError({ message: `can't read file: ${(error as Error).message}`, file: unit.shownAs, line: 1, column: 1 })];
  }
  // A file that didn't parse gives a partial graph: linting it would report what's merely missing.
  // (So parse errors are never suppressed either: the file wasn't linted.)
  if (reading.errors.length > 0) return reading.errors.map(parseError);
  for (const linked of reading.linkedFiles) texts.set(linked.shownAs, linked.text);

  const levelsHere = unit.factsOnly ? onlyTemplateFactRules(levels) : levels;
  let findings = [...runRules(reading.graph, { levels: levelsHere }), ...noteFindings(reading.graph, levelsHere)];
  for (const file of new Set(findings.map((f) => f.file))) {
    const text = texts.get(file);
    if (text !== undefined) findings = applySuppressions(findings, file, findSuppressions(text, unit.language));
  }
  return findings;
}

function parseError(problem: ParseProblem): Finding {
  return { ruleId: PARSE_ERROR, level: 'error', ...problem };
}

/** A module alone: the cross-resource rules would miss what its parent supplies. Made once per run's levels. */
function onlyTemplateFactRules(levels: Record<string, Level>): Record<string, Level> {
  let restricted = FACT_RULE_LEVELS.get(levels);
  if (!restricted) {
    restricted = { ...levels };
    for (const rule of RULES) if (!TEMPLATE_FACT_RULES.has(rule.meta.id)) restricted[rule.meta.id] = 'off';
    FACT_RULE_LEVELS.set(levels, restricted);
  }
  return restricted;
}

const FACT_RULE_LEVELS = new WeakMap<Record<string, Level>, Record<string, Level>>();
