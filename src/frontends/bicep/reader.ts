/**
 * The Bicep front end behind the linter's reader signature: the file, its
 * .bicepparam values, and the local modules it calls (their texts go back
 * so their `#disable-next-line` comments apply to findings in them).
 */
import type { ReaderInput, Reading } from '../../lint/frontends.js';
import { readBicepFile } from './evaluate.js';
import { readBicepParams } from './params.js';

export function readBicep({ unit, text, parametersText, cloud, readFile, dependencies }: ReaderInput): Reading {
  const params =
    unit.parameters && parametersText !== undefined ? readBicepParams(parametersText, unit.parameters.shownAs, { path: unit.parameters.path, ...(cloud ? { cloud } : {}), ...(readFile ? { readFile } : {}) }) : undefined;
  const reading = readBicepFile(text, unit.shownAs, {
    path: unit.path,
    cloud,
    ...(readFile ? { readFile } : {}),
    ...(dependencies === undefined ? {} : { dependencies }),
    // alone, a module is checked for its template facts only: its resources are linted with its caller
    evaluate: !unit.factsOnly,
    ...(params ? { parameters: params.parameters, parametersFile: unit.parameters!.shownAs } : {}),
  });
  return { graph: reading.graph, errors: [...(params?.errors ?? []), ...reading.errors], linkedFiles: reading.modules };
}
