/**
 * Only NSGs known to guard the scoring endpoint count: those associated with a
 * cluster's node subnet or the internal load balancer's subnet. An NSG on
 * another subnet (a jump box's, a private endpoint subnet's) may serve 443 to
 * the Internet on purpose; an NSG whose association can't be known stays silent.
 */
import { scoringSubnetKeys } from '../../graph/aks.js';
import { nsgViews, portsCover, subnetsOfNsg } from '../../graph/nsg.js';
import { isUnknown } from '../../graph/value.js';
import { displayName, equalsIgnoreCase } from '../../graph/views.js';
import type { Rule } from '../types.js';

/** Ports an AML AKS scoring endpoint listens on (HTTP, HTTPS). */
const SCORING_PORTS = [80, 443];
const ANYONE = new Set(['*', 'internet', '0.0.0.0/0', 'any']);

const rule: Rule = {
  meta: {
    id: 'nsg-scoring-inbound-open',
    description: "An inbound rule of the NSG on the AKS subnet (or the scoring load balancer's subnet) allows the whole Internet to the scoring ports (80/443).",
    defaultLevel: 'warning',
    docs: '#nsg-scoring-inbound-open',
    help: 'Allow only the callers that need the scoring endpoint (their address ranges or a service tag) instead of * / Internet.',
  },
  check({ index, report }) {
    const scoringSubnets = scoringSubnetKeys(index);
    for (const nsg of nsgViews(index)) {
      if (!subnetsOfNsg(index, nsg.nsg.key).some((subnet) => scoringSubnets.has(subnet))) continue;
      for (const r of nsg.rules) {
        if (equalsIgnoreCase(r.direction, 'Inbound') !== true || equalsIgnoreCase(r.access, 'Allow') !== true) continue;
        // scoring is HTTP over TCP: a UDP-only or ICMP rule doesn't open it
        if (isUnknown(r.sources) || isUnknown(r.ports) || typeof r.protocol !== 'string' || !['*', 'tcp'].includes(r.protocol.toLowerCase())) continue;
        const source = r.sources.find((s) => ANYONE.has(s.toLowerCase()));
        const ports = SCORING_PORTS.filter((p) => portsCover(r.ports as string[], p));
        if (!source || ports.length === 0) continue;
        report({
          message: `inbound rule ${displayName(r.name)} of NSG ${displayName(nsg.nsg.name)} allows ${source} to scoring port ${ports.join('/')}`,
          resource: r.resource,
          path: r.path,
        });
      }
    }
  },
};

export default rule;
