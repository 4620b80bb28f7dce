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

/**
 * A host's last label (`.net`, `.com`, `.io`) ending a DNS name somewhere in
 * the text: one search that rules out most literals (`Microsoft.Network/...`
 * fails at `w`) before the per-host patterns run.
 */
const LAST_LABEL = new RegExp(`\\.(?:${[...new Set(DISALLOWED_HOSTS.map((host) => host.slice(host.lastIndexOf('.') + 1)))].join('|')})(?![a-z0-9-])`, 'i');

function hardcodedHost(text: string): string | undefined {
  if (text.length < SHORTEST_HOST || !LAST_LABEL.test(text)) return undefined;
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
