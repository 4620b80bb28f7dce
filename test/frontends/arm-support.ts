/** Builds small ARM templates for the front-end tests and reads them back. */
import { readArmTemplate, type ArmReadOptions, type ArmReadResult } from '../../src/frontends/arm/index.js';
import { Unknown, type Value } from '../../src/graph/value.js';

export const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
export const FILE = 'template.json';

export function template(parts: Record<string, unknown>): Record<string, unknown> {
  return { $schema: SCHEMA, contentVersion: '1.0.0.0', ...parts };
}

export function read(body: Record<string, unknown> | string, options?: ArmReadOptions): ArmReadResult {
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  return readArmTemplate(text, FILE, options);
}

/** The graph's values as JSON: Unknown -> { $unknown }, links -> { $link }. */
export const plain = (value: Value | undefined): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Marks an expected Unknown in a table (any reason). */
export const UNKNOWN = Symbol('unknown');

export function matches(actual: Value | undefined, expected: unknown): boolean {
  if (expected === UNKNOWN) return actual instanceof Unknown;
  return JSON.stringify(plain(actual)) === JSON.stringify(expected);
}

/** 1-based line of the first line containing `marker` in a text. */
export function lineOf(text: string, marker: string, nth = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  const index = lines.findIndex((line) => line.includes(marker) && ++seen === nth);
  if (index < 0) throw new Error(`marker ${marker} not found`);
  return index + 1;
}
