/**
 * ajv's errors as `topology-schema` findings: one sentence each, in the
 * topology's own words, at the line and column of the offending value (or key).
 */
import type { ErrorObject } from 'ajv';
import { closest } from '../lint/did-you-mean.js';
import type { Finding } from '../lint/types.js';
import type { SourceLocation } from '../graph/value.js';
import { FORMAT_EXPECTS } from './formats.js';
import { schemaAt, topologySchema, type SchemaNode } from './schema.js';
import { locateKey, locateValue, type PathSegments, type TopologySource } from './source.js';

export const TOPOLOGY_SCHEMA_RULE = 'topology-schema';

/** `network.subnets[0].addressPrefix`, for messages. */
export function displayPath(segments: PathSegments): string {
  if (segments.length === 0) return 'the topology';
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function topologyFinding(message: string, at: SourceLocation, help?: string): Finding {
  return { ruleId: TOPOLOGY_SCHEMA_RULE, level: 'error', message, file: at.file, line: at.line, column: at.column, ...(help ? { help } : {}) };
}

export function schemaFindings(errors: readonly ErrorObject[], source: TopologySource): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    const finding = describe(error, source);
    if (!finding) continue;
    const condition = conditionOf(error.schemaPath);
    if (condition) finding.message += ` (when ${condition})`;
    const id = `${finding.line}:${finding.column}:${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return `the string ${JSON.stringify(shorten(String(value)))}`;
}

/** A message quotes the offending value, but a finding stays one readable line. */
const MAX_QUOTED = 60;
const shorten = (text: string): string => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}...` : text);

const quote = (value: unknown): string => (typeof value === 'string' ? `'${shorten(value)}'` : shorten(JSON.stringify(value)));

function describe(error: ErrorObject, source: TopologySource): Finding | undefined {
  const segments = pointerSegments(error.instancePath);
  const where = displayPath(segments);
  const fieldHelp = schemaAt(segments)?.description;
  const atValue = locateValue(source, segments);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      // The `then` branch reports the real problem.
      return undefined;
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const suggestion = closest(key, allowed);
      const inside = segments.length === 0 ? ' at the top level' : ` in ${where}`;
      return topologyFinding(
        `unknown key '${key}'${inside}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
        locateKey(source, [...segments, key]),
        `allowed keys here: ${allowed.join(', ')}`,
      );
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return topologyFinding(
        `${where} needs '${missing}'`,
        locateValue(source, [...segments, missing]),
        schemaAt([...segments, missing])?.description,
      );
    }
    case 'type': {
      const types = String(params.type).split(',').map((t) => TYPE_WORDS[t] ?? t);
      return topologyFinding(`${where} must be ${types.join(' or ')}, not ${kindOf(error.data)}`, atValue, fieldHelp);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = closestIgnoringCase(String(error.data), allowed);
      return topologyFinding(
        `${where} must be one of ${allowed.join(', ')}, not ${quote(error.data)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
        atValue,
        fieldHelp,
      );
    }
    case 'const':
      return topologyFinding(`${where} must be ${quote(params.allowedValue)}, not ${quote(error.data)}`, atValue, fieldHelp);
    case 'format': {
      const format = String(params.format);
      return topologyFinding(`${where} ${quote(error.data)} is not ${FORMAT_EXPECTS[format] ?? `in the ${format} format`}`, atValue, fieldHelp);
    }
    case 'pattern':
      return topologyFinding(`${where} ${quote(error.data)} is not valid here (expected the form ${String(params.pattern)})`, atValue, fieldHelp);
    case 'minimum':
    case 'maximum':
      return topologyFinding(`${where} must be ${String(params.comparison)} ${String(params.limit)}, not ${quote(error.data)}`, atValue, fieldHelp);
    case 'minLength':
    case 'maxLength':
      return topologyFinding(
        `${where} ${quote(error.data)} is too ${error.keyword === 'minLength' ? 'short (at least' : 'long (at most'} ${String(params.limit)} characters)`,
        atValue,
        fieldHelp,
      );
    case 'minItems':
      return topologyFinding(`${where} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`, atValue, fieldHelp);
    case 'uniqueItems': {
      const [first, repeat] = [Number(params.i), Number(params.j)].sort((x, y) => x - y);
      return topologyFinding(`${where} repeats an item: [${first}] and [${repeat}] are equal`, locateValue(source, [...segments, String(repeat)]), fieldHelp);
    }
    case 'contains':
      return topologyFinding(`${where} needs an item with ${describeConditions((error.parentSchema as SchemaNode).contains)}`, atValue, fieldHelp);
    default:
      return topologyFinding(`${where} ${error.message ?? 'is invalid'}`, atValue, fieldHelp);
  }
}

function closestIgnoringCase(value: string, allowed: string[]): string | undefined {
  return allowed.find((a) => a.toLowerCase() === value.toLowerCase()) ?? closest(value, allowed);
}

/** `purpose: aks` from `{ properties: { purpose: { const: 'aks' } } }`. */
function describeConditions(schema: SchemaNode | undefined): string {
  const properties = Object.entries(schema?.properties ?? {}).filter(([, s]) => 'const' in s);
  return properties.map(([name, s]) => `${name}: ${String(s.const)}`).join(', ') || 'the required shape';
}

/** For an error inside a `then` branch: the `if` that switched it on, in words. */
function conditionOf(schemaPath: string): string | undefined {
  const steps = pointerSegments(schemaPath.replace(/^#/, ''));
  const thenAt = steps.lastIndexOf('then');
  if (thenAt < 0) return undefined;
  let node: unknown = topologySchema();
  for (const step of steps.slice(0, thenAt)) node = (node as Record<string, unknown> | undefined)?.[step];
  return describeConditions((node as SchemaNode | undefined)?.if as SchemaNode | undefined);
}
