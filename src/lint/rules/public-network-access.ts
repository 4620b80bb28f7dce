import { WORKSPACE } from '../../graph/aks.js';
import { hasPrivateEndpoint } from '../../graph/private-link.js';
import { getPath } from '../../graph/value.js';
import { displayName, equalsIgnoreCase } from '../../graph/views.js';
import type { Rule } from '../types.js';

const TYPES = [WORKSPACE, 'Microsoft.Storage/storageAccounts', 'Microsoft.KeyVault/vaults', 'Microsoft.ContainerRegistry/registries'];

const rule: Rule = {
  meta: {
    id: 'public-network-access',
    description: 'A workspace, storage account, key vault or registry with a private endpoint still allows public network access.',
    defaultLevel: 'warning',
    docs: '#public-network-access',
    help: "Set publicNetworkAccess to 'Disabled' (and, on a v1 workspace, allowPublicAccessWhenBehindVnet to false) so that the private endpoint is the only way in.",
  },
  check({ index, report }) {
    for (const type of TYPES) {
      for (const resource of index.byType(type)) {
        if (resource.existing) continue;
        const enabled = equalsIgnoreCase(getPath(resource.properties, 'publicNetworkAccess'), 'Enabled') === true;
        const behindVnet = type === WORKSPACE && getPath(resource.properties, 'allowPublicAccessWhenBehindVnet') === true;
        if (!(enabled || behindVnet) || hasPrivateEndpoint(index, resource) !== true) continue;
        report({
          message: `${displayName(resource.name)} has a private endpoint but ${enabled ? 'publicNetworkAccess is Enabled' : 'allowPublicAccessWhenBehindVnet is true'}`,
          resource,
          path: enabled ? 'properties.publicNetworkAccess' : 'properties.allowPublicAccessWhenBehindVnet',
        });
      }
    }
  },
};

export default rule;
