/**
 * The front end per template language, behind one signature, so `moat lint`
 * and `moat graph` read a file the same way. A language without a reader is
 * reported as not yet supported; wiring one is one line here.
 */
import type { Graph } from '../graph/types.js';
import { readArmParametersFile, readArmTemplate } from '../frontends/arm/index.js';
import type { Language, LintUnit } from './units.js';

export interface ParseProblem {
  message: string;
  file: string;
  line: number;
  column: number;
}

export interface ReaderInput {
  unit: LintUnit;
  text: string;
  /** text of unit.parameters, when it has one */
  parametersText?: string;
}

export interface Reading {
  graph: Graph;
  /** anything that kept the file from being read whole: parse-error findings */
  errors: ParseProblem[];
}

export type TemplateReader = (input: ReaderInput) => Reading;

function readArm({ unit, text, parametersText }: ReaderInput): Reading {
  if (!unit.parameters || parametersText === undefined) return readArmTemplate(text, unit.shownAs);
  const parameters = readArmParametersFile(parametersText, unit.parameters.shownAs);
  const reading = readArmTemplate(text, unit.shownAs, { parameters: parameters.parameters, parametersFile: unit.parameters.shownAs });
  return { graph: reading.graph, errors: [...parameters.errors, ...reading.errors] };
}

export const READERS: Record<Language, TemplateReader | undefined> = {
  arm: readArm,
  // Bicep: until src/frontends/bicep has a graph reader, .bicep files get a not-yet-supported note.
  bicep: undefined,
};
