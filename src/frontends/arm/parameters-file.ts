/** ARM parameter files (`*.parameters.json`): values by parameter name. */
import { getNodeValue } from '../../jsonc.js';
import { Unknown, type Value } from '../../graph/value.js';
import { jsonToValue } from '../functions/json.js';
import { child, entries, nestingOf, parseJsonc, type ParseProblem } from './jsonc.js';
import { LIMITS } from './limits.js';

export interface ArmParametersFile {
  parameters: Record<string, Value>;
  errors: ParseProblem[];
}

export function readArmParametersFile(text: string, file: string): ArmParametersFile {
  const { doc, root, problems } = parseJsonc(text, file);
  const parameters: Record<string, Value> = {};
  if (!root || problems.length > 0) return { parameters, errors: problems };
  const section = child(root, 'parameters');
  if (section?.type !== 'object') {
    return { parameters, errors: [doc.problem('a parameters file needs a "parameters" object', root.offset)] };
  }
  for (const [name, node] of entries(section)) {
    const value = child(node, 'value');
    if (value && nestingOf(value) > LIMITS.jsonDepth) problems.push(doc.problem(`the value of parameter ${name} nests more than ${LIMITS.jsonDepth} levels deep`, value.offset));
    else if (value) parameters[name] = jsonToValue(getNodeValue(value));
    else if (child(node, 'reference')) parameters[name] = new Unknown(`parameter ${name} comes from a Key Vault reference`);
    else problems.push(doc.problem(`parameter ${name} needs a "value" (or a Key Vault "reference")`, node.offset));
  }
  return { parameters, errors: problems };
}
