/**
 * A resource whose private endpoint is meant to be the only way in, but which
 * still accepts public traffic.
 *
 * `publicNetworkAccess` left out is not "can't tell": storage accounts, key
 * vaults and registries then accept public traffic (the REST APIs' default is
 * Enabled), unless their firewall denies by default
 * (`networkAcls.defaultAction: Deny`; a registry's `networkRuleSet`), which
 * leaves only the allowed networks and trusted services. A workspace is
 * different: AML keeps a workspace with a private endpoint closed to the
 * public unless public access is asked for (`publicNetworkAccess: Enabled` or
 * `allowPublicAccessWhenBehindVnet: true`), so left out is not reported there.
 */
import { WORKSPACE } from '../../graph/aks.js';
import { hasPrivateEndpoint } from '../../graph/private-link.js';
import type { GraphResource } from '../../graph/types.js';
import { getPath, isUnknown } from '../../graph/value.js';
import { displayName, equalsIgnoreCase } from '../../graph/views.js';
import type { Rule } from '../types.js';

/** The types checked, with where each keeps its firewall's default action when public access is on by default. */
const FIREWALL_DEFAULT_ACTION: Record<string, string | undefined> = {
  [WORKSPACE]: undefined,
  'Microsoft.Storage/storageAccounts': 'networkAcls.defaultAction',
  'Microsoft.KeyVault/vaults': 'networkAcls.defaultAction',
  'Microsoft.ContainerRegistry/registries': 'networkRuleSet.defaultAction',
};

interface OpenAccess {
  why: string;
  path: string;
}

/** Why the resource is known to accept public traffic, or undefined (closed, or can't tell). */
function openAccess(resource: GraphResource, type: string, firewallPath: string | undefined): OpenAccess | undefined {
  const access = getPath(resource.properties, 'publicNetworkAccess');
  if (equalsIgnoreCase(access, 'Enabled') === true) return { why: 'publicNetworkAccess is Enabled', path: 'properties.publicNetworkAccess' };
  if (type === WORKSPACE && getPath(resource.properties, 'allowPublicAccessWhenBehindVnet') === true) {
    return { why: 'allowPublicAccessWhenBehindVnet is true', path: 'properties.allowPublicAccessWhenBehindVnet' };
  }
  if ((access !== undefined && access !== null) || firewallPath === undefined) return undefined;
  const defaultAction = getPath(resource.properties, firewallPath);
  if (isUnknown(defaultAction)) return undefined;
  if (defaultAction === undefined || defaultAction === null) return { why: 'publicNetworkAccess is not set, so Azure enables it, and no firewall denies by default', path: 'properties' };
  if (equalsIgnoreCase(defaultAction, 'Allow') !== true) return undefined;
  return { why: `publicNetworkAccess is not set, so Azure enables it, and ${firewallPath} is Allow`, path: `properties.${firewallPath}` };
}

const rule: Rule = {
  meta: {
    id: 'public-network-access',
    description: 'A workspace, storage account, key vault or registry with a private endpoint still allows public network access (explicitly, or by leaving publicNetworkAccess to its Enabled default).',
    defaultLevel: 'warning',
    docs: '#public-network-access',
    help: "Set publicNetworkAccess to 'Disabled' (and, on a v1 workspace, allowPublicAccessWhenBehindVnet to false) so that the private endpoint is the only way in.",
  },
  check({ index, report }) {
    for (const [type, firewallPath] of Object.entries(FIREWALL_DEFAULT_ACTION)) {
      for (const resource of index.byType(type)) {
        if (resource.existing) continue;
        const open = openAccess(resource, type, firewallPath);
        if (!open || hasPrivateEndpoint(index, resource) !== true) continue;
        report({ message: `${displayName(resource.name)} has a private endpoint but ${open.why}`, resource, path: open.path });
      }
    }
  },
};

export default rule;
