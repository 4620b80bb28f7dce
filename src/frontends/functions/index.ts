/**
 * The template function library, shared by the ARM and Bicep evaluators. It
 * works on graph values only: an argument that is Unknown gives an Unknown
 * result, and a bad argument gives an Unknown that says why, never a throw.
 */
import { Unknown, UnknownResourceId, withoutResource, type Value } from '../../graph/value.js';
import { CIDR_FUNCTIONS } from './cidr.js';
import { COLLECTION_FUNCTIONS } from './collections.js';
import { FunctionError, childIdBelow, type FunctionArg, type FunctionContext } from './context.js';
import { HASH_FUNCTIONS } from './hashing.js';
import { LOGIC_FUNCTIONS } from './logic.js';
import { RESOURCE_FUNCTIONS } from './resources.js';
import { STRING_FUNCTIONS } from './strings.js';
import type { FunctionSpec, FunctionTable } from './table.js';
import { findUnknown } from './values.js';

export { DeploymentScopePart, FunctionError, Lambda, childIdBelow, type DeploymentContext, type FunctionArg, type FunctionContext } from './context.js';
export type { FunctionSpec, FunctionTable } from './table.js';

export const FUNCTIONS: Readonly<FunctionTable> = {
  ...STRING_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...LOGIC_FUNCTIONS,
  ...RESOURCE_FUNCTIONS,
  ...HASH_FUNCTIONS,
  ...CIDR_FUNCTIONS,
};

/** `list*` functions (listKeys, listSecrets, ...) read secrets or state at deployment. */
export const isListFunction = (name: string): boolean => /^list/i.test(name) && FUNCTIONS[name.toLowerCase()] === undefined;

function firstUnknown(spec: FunctionSpec, args: FunctionArg[]): Unknown | undefined {
  // indexed: for...of here allocated an iterator for every function call
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a instanceof Unknown) return a;
    if (spec.unknowns === 'deep' && (Array.isArray(a) || (typeof a === 'object' && a !== null))) {
      const inner = findUnknown(a as Value);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * `concat(vnetId, '/subnets/aks')`, `format('{0}/subnets/{1}', vnetId, 'aks')`
 * (compiled Bicep) where `vnetId` is an unknown ID that names a resource: the
 * ID of that child of it. The rest of the text is the function's result with
 * '' in the ID's place.
 */
function childOfUnknownId(key: string, spec: FunctionSpec, parent: UnknownResourceId, args: FunctionArg[], context: FunctionContext): Unknown | undefined {
  const at = key === 'concat' ? 0 : key === 'format' && typeof args[0] === 'string' && args[0].startsWith('{0}') ? 1 : -1;
  if (at < 0 || args[at] !== parent || args.some((a, i) => i !== at && a instanceof Unknown)) return undefined;
  let rest: Value;
  try {
    rest = spec.call(args.map((a, i) => (i === at ? '' : a)), context);
  } catch (error) {
    if (error instanceof FunctionError) return undefined;
    throw error;
  }
  return typeof rest === 'string' ? childIdBelow(parent, rest, context.childOf) : undefined;
}

/** `key`: the name in lower case, when the caller has it already. */
export function callFunction(name: string, args: FunctionArg[], context: FunctionContext, key = name.toLowerCase()): Value {
  const spec = FUNCTIONS[key];
  if (!spec) {
    return new Unknown(isListFunction(name) ? `${name}() reads the resource at deployment` : `function ${name}() is not supported`);
  }
  if (args.length < spec.minArgs || args.length > (spec.maxArgs ?? Infinity)) {
    const range = spec.maxArgs === undefined ? `at least ${spec.minArgs}` : spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : `${spec.minArgs} to ${spec.maxArgs}`;
    return new Unknown(`${name}() takes ${range} argument(s), got ${args.length}`);
  }
  if (spec.unknowns !== 'self') {
    const unknown = firstUnknown(spec, args);
    if (unknown) return (unknown instanceof UnknownResourceId && childOfUnknownId(key, spec, unknown, args, context)) || withoutResource(unknown);
  }
  try {
    return spec.call(args, context);
  } catch (error) {
    if (error instanceof FunctionError) return new Unknown(`${name}(): ${error.message}`);
    throw error;
  }
}
