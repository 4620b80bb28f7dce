/**
 * The front end per template language, behind one signature, so `moat lint`
 * and `moat graph` read a file the same way.
 */
import type { CloudName } from '../azure/clouds.js';
import type { Graph } from '../graph/types.js';
import { readArmParametersFile, readArmTemplate, type ArmReadOptions } from '../frontends/arm/index.js';
import { readBicep } from '../frontends/bicep/reader.js';
import { withLinkedTemplates, type LinkedFile } from './linked.js';
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
  /** the cloud the user said the templates deploy to; without it, `environment()` is the public cloud's and zone names of any cloud pass */
  cloud?: CloudName;
  /** reads a file the template links by absolute path (default: from disk); undefined when it can't */
  readFile?: (path: string) => string | undefined;
  /** false: leave out the resources' dependencies (the linter: no rule reads them) */
  dependencies?: boolean;
}

export interface Reading {
  graph: Graph;
  /** anything that kept the file from being read whole: parse-error findings */
  errors: ParseProblem[];
  /** other files the graph was read from (linked templates), for their suppressions */
  linkedFiles: LinkedFile[];
}

export type TemplateReader = (input: ReaderInput) => Reading;

function readArm({ unit, text, parametersText, cloud, dependencies }: ReaderInput): Reading {
  const parameters = unit.parameters && parametersText !== undefined ? readArmParametersFile(parametersText, unit.parameters.shownAs) : undefined;
  const common: ArmReadOptions = { cloud, ...(dependencies === undefined ? {} : { dependencies }) };
  const options = parameters ? { ...common, parameters: parameters.parameters, parametersFile: unit.parameters!.shownAs } : common;
  const reading = readArmTemplate(text, unit.shownAs, options);
  const errors = [...(parameters?.errors ?? []), ...reading.errors];
  const linkedFiles: LinkedFile[] = [];
  // Broken input gives no findings but its parse errors: don't read further for a graph no rule will see.
  if (errors.length > 0) return { graph: reading.graph, errors, linkedFiles };
  const graph = unit.mayLink === false ? reading.graph : withLinkedTemplates(reading.graph, unit.path, unit.shownAs, text, (linked) => linkedFiles.push(linked), reading.linked, common);
  return { graph, errors, linkedFiles };
}

export const READERS: Record<Language, TemplateReader> = {
  arm: readArm,
  bicep: readBicep,
};
