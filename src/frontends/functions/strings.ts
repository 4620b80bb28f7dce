/** String functions (encoding, casing, search, formatting). */
import { Unknown, type Value } from '../../graph/value.js';
import { FunctionError } from './context.js';
import type { FunctionTable } from './table.js';
import { arr, int, str, toText } from './values.js';
import { fromJson } from './json.js';

const DATA_URI_PREFIX = 'data:text/plain;charset=utf8;base64,';

function decodeBase64(text: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new FunctionError(`'${text.slice(0, 40)}' is not base64`);
  return Buffer.from(text, 'base64').toString('utf8');
}

/** .NET composite formatting, `{0}` and `{{`/`}}` only; a format specifier can't be reproduced faithfully. */
function compositeFormat(template: string, values: Value[]): Value {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if ((ch === '{' || ch === '}') && template[i + 1] === ch) {
      out += ch;
      i++;
    } else if (ch === '{') {
      const end = template.indexOf('}', i);
      if (end < 0) throw new FunctionError('format string has an unclosed {');
      const item = template.slice(i + 1, end);
      const match = /^\s*(\d+)\s*(?:,(-?\d+))?\s*(:.*)?$/.exec(item);
      if (!match) throw new FunctionError(`bad format item {${item}}`);
      if (match[3] !== undefined) return new Unknown(`format specifier {${item}} is not evaluated`);
      const value = values[Number(match[1])];
      if (value === undefined) throw new FunctionError(`format item {${item}} has no argument`);
      const text = toText(value);
      const width = match[2] === undefined ? 0 : Number(match[2]);
      out += width >= 0 ? text.padStart(width) : text.padEnd(-width);
      i = end;
    } else {
      out += ch;
    }
  }
  return out;
}

export const STRING_FUNCTIONS: FunctionTable = {
  base64: { minArgs: 1, maxArgs: 1, call: ([s]) => Buffer.from(str(s!), 'utf8').toString('base64') },
  base64tostring: { minArgs: 1, maxArgs: 1, call: ([s]) => decodeBase64(str(s!)) },
  base64tojson: { minArgs: 1, maxArgs: 1, call: ([s]) => fromJson(decodeBase64(str(s!))) },
  datauri: { minArgs: 1, maxArgs: 1, unknowns: 'deep', call: ([s]) => DATA_URI_PREFIX + Buffer.from(toText(s as Value), 'utf8').toString('base64') },
  datauritostring: {
    minArgs: 1,
    maxArgs: 1,
    call: ([s]) => {
      const text = str(s!);
      const comma = text.indexOf(',');
      if (!text.startsWith('data:') || comma < 0) throw new FunctionError('not a data URI');
      const payload = text.slice(comma + 1);
      return text.slice(0, comma).endsWith(';base64') ? decodeBase64(payload) : decodeURIComponent(payload);
    },
  },
  startswith: { minArgs: 2, maxArgs: 2, call: ([s, p]) => str(s!).toLowerCase().startsWith(str(p!).toLowerCase()) },
  endswith: { minArgs: 2, maxArgs: 2, call: ([s, p]) => str(s!).toLowerCase().endsWith(str(p!).toLowerCase()) },
  format: { minArgs: 1, unknowns: 'deep', call: ([f, ...rest]) => compositeFormat(str(f!), rest as Value[]) },
  join: { minArgs: 2, maxArgs: 2, unknowns: 'deep', call: ([a, d]) => arr(a!).map((item) => str(item, 'join item')).join(str(d!)) },
  json: { minArgs: 1, maxArgs: 1, call: ([s]) => fromJson(str(s!)) },
  padleft: {
    minArgs: 2,
    maxArgs: 3,
    call: ([v, n, c]) => {
      const pad = c === undefined ? ' ' : str(c);
      if (pad.length !== 1) throw new FunctionError('padLeft padding must be one character');
      const width = int(n!);
      if (width > 16384) throw new FunctionError('padLeft length is over 16384');
      return toText(v as Value).padStart(width, pad);
    },
  },
  replace: { minArgs: 3, maxArgs: 3, call: ([s, a, b]) => (str(a!) === '' ? str(s!) : str(s!).split(str(a!)).join(str(b!))) },
  split: {
    minArgs: 2,
    maxArgs: 2,
    call: ([s, d]) => {
      const delimiters = Array.isArray(d) ? d.map((x) => str(x)) : [str(d!)];
      let parts = [str(s!)];
      for (const delimiter of delimiters) if (delimiter !== '') parts = parts.flatMap((p) => p.split(delimiter));
      return parts;
    },
  },
  string: { minArgs: 1, maxArgs: 1, unknowns: 'deep', call: ([v]) => toText(v as Value) },
  substring: {
    minArgs: 2,
    maxArgs: 3,
    call: ([s, start, length]) => {
      const text = str(s!);
      const from = int(start!);
      const count = length === undefined ? text.length - from : int(length);
      if (from < 0 || count < 0 || from + count > text.length) throw new FunctionError(`substring(${from}, ${count}) is outside a string of length ${text.length}`);
      return text.slice(from, from + count);
    },
  },
  tolower: { minArgs: 1, maxArgs: 1, call: ([s]) => str(s!).toLowerCase() },
  toupper: { minArgs: 1, maxArgs: 1, call: ([s]) => str(s!).toUpperCase() },
  trim: { minArgs: 1, maxArgs: 1, call: ([s]) => str(s!).trim() },
  uri: {
    minArgs: 2,
    maxArgs: 2,
    call: ([base, relative]) => {
      try {
        return new URL(str(relative!), str(base!)).toString();
      } catch {
        throw new FunctionError(`uri('${str(base!)}', ...) is not a valid URI`);
      }
    },
  },
  uricomponent: { minArgs: 1, maxArgs: 1, call: ([s]) => encodeURIComponent(str(s!)) },
  uricomponenttostring: {
    minArgs: 1,
    maxArgs: 1,
    call: ([s]) => {
      try {
        return decodeURIComponent(str(s!));
      } catch {
        throw new FunctionError('not a URI-encoded string');
      }
    },
  },
  newguid: { minArgs: 0, maxArgs: 0, call: () => new Unknown('newGuid() is generated at deployment') },
  utcnow: { minArgs: 0, maxArgs: 1, call: () => new Unknown('utcNow() is the time of deployment') },
  datetimeadd: { minArgs: 2, maxArgs: 3, call: () => new Unknown('dateTimeAdd() is not evaluated') },
  datetimefromepoch: { minArgs: 1, maxArgs: 1, call: ([n]) => new Date(int(n!) * 1000).toISOString().replace('.000Z', 'Z') },
  datetimetoepoch: {
    minArgs: 1,
    maxArgs: 1,
    call: ([s]) => {
      const ms = Date.parse(str(s!));
      if (Number.isNaN(ms)) throw new FunctionError(`'${str(s!)}' is not a date-time`);
      return Math.floor(ms / 1000);
    },
  },
};
