import { COMPUTE } from '../../graph/aks.js';
import { getPath, isUnknown } from '../../graph/value.js';
import { displayName, equalsIgnoreCase } from '../../graph/views.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'aks-public-load-balancer',
    description: 'The AML AKS compute exposes scoring on a public load balancer (loadBalancerType is not InternalLoadBalancer).',
    defaultLevel: 'warning',
    docs: '#aks-public-load-balancer',
    help: "Set properties.properties.loadBalancerType to 'InternalLoadBalancer' and loadBalancerSubnet to a subnet of the VNet, so the scoring endpoint gets a private IP.",
  },
  check({ index, report }) {
    for (const compute of index.byType(COMPUTE)) {
      if (equalsIgnoreCase(getPath(compute.properties, 'computeType'), 'AKS') !== true) continue;
      const settings = getPath(compute.properties, 'properties');
      const type = getPath(settings, 'loadBalancerType');
      if (isUnknown(settings) || isUnknown(type) || equalsIgnoreCase(type, 'InternalLoadBalancer') === true) continue;
      report({
        message: `AKS compute ${displayName(compute.name)} scores on a public load balancer (loadBalancerType ${typeof type === 'string' ? type : 'not set, so PublicIp'})`,
        resource: compute,
        path: type === undefined ? 'properties.properties' : 'properties.properties.loadBalancerType',
      });
    }
  },
};

export default rule;
