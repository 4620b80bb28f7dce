/**
 * Reads the JSON body of a finished what-if into moat's types. The body is
 * read raw rather than through the SDK's deserialiser, because that one
 * turns scalar `before`/`after` values of property changes into dictionaries
 * (a string "10.0.0.0/16" becomes {"0":"1","1":"0",...}, a number becomes {}).
 */
import {
  CHANGE_TYPES,
  PROPERTY_CHANGE_TYPES,
  type ChangeType,
  type Diagnostic,
  type Json,
  type JsonObject,
  type PropertyChange,
  type PropertyChangeType,
  type ResourceChange,
  type WhatIfResult,
} from './types.js';

/** ARM's error shape: `{ code, message, target?, details?: [...] }`. */
export interface ArmErrorDetail {
  code: string;
  message: string;
  target?: string;
  details: ArmErrorDetail[];
}

export type WhatIfBody = { kind: 'succeeded'; result: WhatIfResult } | { kind: 'failed'; error: ArmErrorDetail };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function parseArmError(v: unknown): ArmErrorDetail | undefined {
  if (!isObject(v)) return undefined;
  const code = str(v.code);
  const message = str(v.message);
  if (code === undefined && message === undefined) return undefined;
  const details = Array.isArray(v.details) ? v.details.map(parseArmError).filter((d): d is ArmErrorDetail => !!d) : [];
  return { code: code ?? 'UnknownError', message: message ?? '', ...(str(v.target) ? { target: str(v.target) } : {}), details };
}

/**
 * A 200 can still be a failure: ARM answers `{ status: "Failed", error }`,
 * and the SDK hands that back as a success.
 */
export function parseWhatIfBody(body: unknown): WhatIfBody {
  if (!isObject(body)) {
    return { kind: 'failed', error: { code: 'InvalidResponse', message: 'ARM answered the what-if without a JSON object', details: [] } };
  }
  const error = parseArmError(body.error);
  if (error || str(body.status)?.toLowerCase() === 'failed') {
    return { kind: 'failed', error: error ?? { code: 'WhatIfFailed', message: 'ARM reported status Failed without an error', details: [] } };
  }
  const props = isObject(body.properties) ? body.properties : body;
  return {
    kind: 'succeeded',
    result: {
      changes: arrayOf(props.changes, parseResourceChange),
      potentialChanges: arrayOf(props.potentialChanges, parseResourceChange),
      diagnostics: arrayOf(props.diagnostics, parseDiagnostic),
    },
  };
}

function arrayOf<T>(v: Json | undefined, parse: (x: Json) => T | undefined): T[] {
  return Array.isArray(v) ? v.map(parse).filter((x): x is T => x !== undefined) : [];
}

function parseResourceChange(v: Json): ResourceChange | undefined {
  if (!isObject(v) || typeof v.resourceId !== 'string') return undefined;
  const known = CHANGE_TYPES.find((t) => t.toLowerCase() === str(v.changeType)?.toLowerCase());
  const changeType: ChangeType = known ?? 'Unsupported';
  const unsupportedReason = known ? str(v.unsupportedReason) : `ARM answered change type '${String(v.changeType)}', which moat does not know`;
  return {
    resourceId: v.resourceId,
    changeType,
    ...(unsupportedReason !== undefined ? { unsupportedReason } : {}),
    ...(isObject(v.before) ? { before: v.before } : {}),
    ...(isObject(v.after) ? { after: v.after } : {}),
    ...(Array.isArray(v.delta) ? { delta: arrayOf(v.delta, parsePropertyChange) } : {}),
  };
}

function parsePropertyChange(v: Json): PropertyChange | undefined {
  if (!isObject(v) || typeof v.path !== 'string') return undefined;
  const type = PROPERTY_CHANGE_TYPES.find((t) => t.toLowerCase() === str(v.propertyChangeType)?.toLowerCase());
  if (!type) return undefined;
  const change: PropertyChange = { path: v.path, propertyChangeType: type as PropertyChangeType };
  if ('before' in v) change.before = v.before;
  if ('after' in v) change.after = v.after;
  if (Array.isArray(v.children)) change.children = arrayOf(v.children, parsePropertyChange);
  return change;
}

function parseDiagnostic(v: Json): Diagnostic | undefined {
  if (!isObject(v)) return undefined;
  const level = (['Error', 'Warning', 'Info'] as const).find((l) => l.toLowerCase() === str(v.level)?.toLowerCase()) ?? 'Info';
  return { level, code: str(v.code) ?? '', message: str(v.message) ?? '', target: str(v.target) ?? '' };
}
