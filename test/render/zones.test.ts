import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLOUD_NAMES, CLOUDS, type PrivateLinkGroup } from '../../src/azure/clouds.js';
import { zoneNames } from '../../src/render/bicep/zones.js';
import { decodeBicepString } from './bicep-syntax.js';

const GROUPS: PrivateLinkGroup[] = ['blob', 'file', 'vault', 'registry', 'amlworkspace'];

/**
 * Evaluates the few expression forms zone names use, against a cloud's
 * environment() payload: a string literal, `${environment().suffixes.X}`
 * interpolation, and replace() over a suffix.
 */
function evaluate(expression: string, environment: { suffixes: Record<string, string> }): string {
  const suffix = (name: string): string => environment.suffixes[name] ?? assert.unreachable(`no suffix ${name}`);
  const resolved = expression
    .replace(/\$\{replace\(environment\(\)\.suffixes\.(\w+), '([^']*)', '([^']*)'\)\}/g, (_, name: string, from: string, to: string) => suffix(name).replace(from, to))
    .replace(/\$\{environment\(\)\.suffixes\.(\w+)\}/g, (_, name: string) => suffix(name));
  assert.not.match(resolved, '${', `only known forms: ${expression}`);
  return decodeBicepString(resolved);
}

for (const cloud of CLOUD_NAMES) {
  for (const group of GROUPS) {
    test(`${cloud} ${group}: the Bicep zone names evaluate to the cloud's private DNS zones`, () => {
      const environment = CLOUDS[cloud].environment as { suffixes: Record<string, string> };
      assert.equal(
        zoneNames(group, cloud).map((z) => evaluate(z.expression, environment)),
        [...CLOUDS[cloud].privateDnsZones[group]],
      );
    });
  }
}

test.run();
