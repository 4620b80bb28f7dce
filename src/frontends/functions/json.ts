/** Plain JSON <-> graph values. */
import type { Value } from '../../graph/value.js';
import { FunctionError } from './context.js';

/** Any parsed JSON is already a Value; this only narrows the type. */
export function jsonToValue(json: unknown): Value {
  if (json === undefined) return null;
  return json as Value;
}

export function fromJson(text: string): Value {
  try {
    return jsonToValue(JSON.parse(text));
  } catch {
    throw new FunctionError(`'${text.slice(0, 40)}' is not valid JSON`);
  }
}
