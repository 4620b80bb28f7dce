/**
 * Bicep's compile-time file functions (`loadTextContent`, `loadJsonContent`,
 * `loadFileAsBase64`): `bicep build` inlines the file's content, so moat reads
 * it too, relative to the Bicep file, through the session's reader. They are
 * Bicep-only (ARM has no equivalent), so they live here and not in the shared
 * function library. A file that can't be read, or a JSON path moat doesn't
 * follow, gives an Unknown.
 */
import path from 'node:path';
import { Unknown, isObject, type Value } from '../../graph/value.js';
import type { FunctionArg } from '../functions/index.js';
import { findKey } from '../functions/values.js';

type Reader = (absolutePath: string) => string | undefined;

export const LOAD_FUNCTIONS = new Set(['loadtextcontent', 'loadjsoncontent', 'loadfileasbase64']);

export function loadFunction(name: string, args: FunctionArg[], fromFile: string, read: Reader): Value {
  const [given, jsonPath] = args;
  if (given instanceof Unknown) return given;
  if (typeof given !== 'string') return new Unknown(`${name}() takes a file path`);
  const text = read(path.resolve(path.dirname(fromFile), given));
  if (text === undefined) return new Unknown(`${given} can't be read`);
  switch (name) {
    case 'loadtextcontent':
      return text;
    case 'loadfileasbase64':
      return Buffer.from(text, 'utf8').toString('base64');
    default:
      return jsonContent(text, jsonPath, given);
  }
}

function jsonContent(text: string, jsonPath: FunctionArg | undefined, file: string): Value {
  let value: Value;
  try {
    value = JSON.parse(text) as Value;
  } catch {
    return new Unknown(`${file} is not valid JSON`);
  }
  if (jsonPath === undefined || jsonPath === '$') return value;
  if (typeof jsonPath !== 'string') return new Unknown('the JSON path is not a string');
  // Plain member paths (`$.a.b`, `$.a[0]`); filters and wildcards are left unknown.
  const steps = /^\$((?:\.[A-Za-z_][\w-]*|\[\d+\])*)$/.exec(jsonPath.trim())?.[1];
  if (steps === undefined) return new Unknown(`JSON path ${jsonPath} is not one moat follows`);
  for (const [, key, index] of steps.matchAll(/\.([A-Za-z_][\w-]*)|\[(\d+)\]/g)) {
    if (key !== undefined && isObject(value)) {
      const found = findKey(value, key);
      if (found === undefined) return new Unknown(`${jsonPath} is not in ${file}`);
      value = value[found]!;
    } else if (index !== undefined && Array.isArray(value) && value[Number(index)] !== undefined) {
      value = value[Number(index)]!;
    } else {
      return new Unknown(`${jsonPath} is not in ${file}`);
    }
  }
  return value;
}
