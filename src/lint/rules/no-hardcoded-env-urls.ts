/**
 * A string literal with a host name that differs between Azure clouds
 * (management.azure.com, core.windows.net, ...): the template breaks in a
 * sovereign cloud. The host lists are Bicep's defaults for its rule of the
 * same name; schema URLs are excluded.
 */
import type { Rule } from '../types.js';

const DISALLOWED_HOSTS = [
  'gallery.azure.com',
  'management.core.windows.net',
  'management.azure.com',
  'database.windows.net',
  'core.windows.net',
  'login.microsoftonline.com',
  'graph.windows.net',
  'trafficmanager.net',
  'datalake.azure.net',
  'azuredatalakestore.net',
  'azuredatalakeanalytics.net',
  'vault.azure.net',
  'api.loganalytics.io',
  'asazure.windows.net',
  'region.asazure.windows.net',
  'batch.core.windows.net',
];
const EXCLUDED_HOSTS = ['schema.management.azure.com'];

/** The host as a whole DNS label sequence: `blob.core.windows.net` has core.windows.net, `xcore.windows.net` doesn't. */
const hostPattern = (host: string): RegExp => new RegExp(`(?:^|[^a-z0-9-])${host.replace(/\./g, '\\.')}(?![a-z0-9-]|\\.[a-z0-9])`, 'i');
const DISALLOWED = DISALLOWED_HOSTS.map((host) => ({ host, pattern: hostPattern(host) }));
const EXCLUDED = EXCLUDED_HOSTS.map(hostPattern);
/** No text shorter than the shortest host can hold one: most literals (names, versions, SKUs) are shorter. */
const SHORTEST_HOST = Math.min(...DISALLOWED_HOSTS.map((host) => host.length));

/** Every host's last label: `.net`, `.com` or `.io`. */
const TOP_LEVEL_LABELS = [...new Set(DISALLOWED_HOSTS.map((host) => host.slice(host.lastIndexOf('.') + 1)))];

const lowerCode = (text: string, i: number): number => text.charCodeAt(i) | 0x20;
const isLabelCharacter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45;

/**
 * Whether one of the hosts' last labels ends a DNS name somewhere in the text
 * (`.net` not followed by a letter, digit or hyphen): a test most literals
 * fail at their first dot or none (`Microsoft.Network/...` fails at `w`),
 * cheaper than any search for the hosts themselves.
 */
function endsSomeHost(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    for (const label of TOP_LEVEL_LABELS) {
      let i = 0;
      while (i < label.length && lowerCode(text, dot + 1 + i) === label.charCodeAt(i)) i++;
      if (i === label.length && !isLabelCharacter(text.charCodeAt(dot + 1 + i))) return true;
    }
  }
  return false;
}

function hardcodedHost(text: string): string | undefined {
  if (text.length < SHORTEST_HOST || !endsSomeHost(text)) return undefined;
  if (EXCLUDED.some((pattern) => pattern.test(text))) return undefined;
  return DISALLOWED.find(({ pattern }) => pattern.test(text))?.host;
}

const rule: Rule = {
  meta: {
    id: 'no-hardcoded-env-urls',
    description: 'A string hard-codes a host name that differs between Azure clouds.',
    defaultLevel: 'warning',
    docs: '#no-hardcoded-env-urls',
    help: 'Build the URL from environment() (e.g. environment().resourceManager, environment().suffixes.storage) or read it from the deployed resource (properties.primaryEndpoints).',
  },
  check({ graph, report }) {
    for (const template of graph.templates) {
      const { values } = template.literals;
      for (let i = 0; i < values.length; i++) {
        const host = hardcodedHost(values[i]!);
        if (host) report({ message: `'${values[i]}' hard-codes ${host}; use environment() instead`, at: template.literals.locate(i) });
      }
    }
  },
};

export default rule;
