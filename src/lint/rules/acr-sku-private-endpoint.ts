import { hasPrivateEndpoint } from '../../graph/private-link.js';
import { displayName, valueAt } from '../../graph/views.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'acr-sku-private-endpoint',
    description: 'A container registry with a private endpoint is not on the Premium SKU.',
    defaultLevel: 'error',
    docs: '#acr-sku-private-endpoint',
    help: 'Private endpoints need a Premium registry: set sku.name to Premium.',
  },
  check({ index, report }) {
    for (const registry of index.byType('Microsoft.ContainerRegistry/registries')) {
      const sku = valueAt(registry, 'sku.name');
      if (typeof sku !== 'string' || sku.toLowerCase() === 'premium' || hasPrivateEndpoint(index, registry) !== true) continue;
      report({
        message: `container registry ${displayName(registry.name)} has a private endpoint but SKU ${sku}; private endpoints need Premium`,
        resource: registry,
        path: 'sku.name',
      });
    }
  },
};

export default rule;
