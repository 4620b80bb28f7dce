/**
 * Bicep's compile-time file functions (`loadTextContent`, `loadJsonContent`,
 * `loadYamlContent`, `loadFileAsBase64`): `bicep build` inlines the file's content, so moat reads
 * it too, relative to the Bicep file, through the session's reader. They are
 * Bicep-only (ARM has no equivalent), so they live here and not in the shared
 * function library. A file that can't be read, or a JSON path moat doesn't
 * follow, gives an Unknown.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Yaml from 'yaml';
import { Unknown, isObject, type Value } from '../../graph/value.js';
import type { FunctionArg } from '../functions/index.js';
import { findKey } from '../functions/values.js';

type Reader = (absolutePath: string) => string | undefined;

export const LOAD_FUNCTIONS = new Set(['loadtextcontent', 'loadjsoncontent', 'loadyamlcontent', 'loadfileasbase64']);

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
    case 'loadyamlcontent':
      return atPath(yamlValue(text), jsonPath, given);
    default:
      return atPath(jsonValue(text), jsonPath, given);
  }
}

function jsonValue(text: string): Value | undefined {
  try {
    return JSON.parse(text) as Value;
  } catch {
    return undefined;
  }
}

/** The YAML library is loaded only for a template that reads YAML. */
function yamlValue(text: string): Value | undefined {
  const yaml = createRequire(import.meta.url)('yaml') as typeof Yaml;
  const document = yaml.parseDocument(text);
  return document.errors.length > 0 ? undefined : (document.toJS() as Value);
}

/** The value at a JSON path (`$.a.b`, `$.a[0]`) of a file's content; undefined content didn't parse. */
function atPath(content: Value | undefined, jsonPath: FunctionArg | undefined, file: string): Value {
  if (content === undefined) return new Unknown(`${file} can't be parsed`);
  let value = content;
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
