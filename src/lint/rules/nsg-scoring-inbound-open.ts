import { nsgViews, portsCover } from '../../graph/nsg.js';
import { isUnknown } from '../../graph/value.js';
import { displayName, equalsIgnoreCase } from '../../graph/views.js';
import type { Rule } from '../types.js';

/** Ports an AML AKS scoring endpoint listens on (HTTP, HTTPS). */
const SCORING_PORTS = [80, 443];
const ANYONE = new Set(['*', 'internet', '0.0.0.0/0', 'any']);

const rule: Rule = {
  meta: {
    id: 'nsg-scoring-inbound-open',
    description: 'An inbound NSG rule allows the whole Internet to the scoring ports (80/443).',
    defaultLevel: 'warning',
    docs: '#nsg-scoring-inbound-open',
    help: 'Allow only the callers that need the scoring endpoint (their address ranges or a service tag) instead of * / Internet.',
  },
  check({ index, report }) {
    for (const nsg of nsgViews(index)) {
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
