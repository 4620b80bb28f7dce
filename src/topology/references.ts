/**
 * Checks across fields that JSON Schema can't express: names one field uses to
 * refer to another, and values that only mean something with another setting.
 * Reported as `topology-schema` findings, like the schema's own.
 */
import type { Finding } from '../lint/types.js';
import { topologyFinding } from './schema-findings.js';
import { locateValue, type TopologySource } from './source.js';
import type { Topology } from './types.js';

export function referenceFindings(topology: Topology, source: TopologySource): Finding[] {
  const findings: Finding[] = [];
  const at = (dotted: string) => locateValue(source, dotted.split('.'));
  const { subnets } = topology.network;

  const aksSubnets = subnets.flatMap((s, i) => (s.purpose === 'aks' ? [i] : []));
  for (const index of aksSubnets.slice(1)) {
    findings.push(
      topologyFinding(
        `network.subnets[${index}] is a second subnet with purpose: aks (the first is [${aksSubnets[0]}])`,
        at(`network.subnets.${index}.purpose`),
        'AKS joins one subnet; give the others another purpose',
      ),
    );
  }

  const firstByName = new Map<string, number>();
  subnets.forEach((subnet, index) => {
    const first = firstByName.get(subnet.name);
    if (first === undefined) {
      firstByName.set(subnet.name, index);
      return;
    }
    findings.push(
      topologyFinding(
        `network.subnets[${index}] has the same name '${subnet.name}' as network.subnets[${first}]`,
        at(`network.subnets.${index}.name`),
        'subnet names default to snet-<purpose>; name one of them explicitly',
      ),
    );
  });

  const { aks } = topology;
  if (!firstByName.has(aks.loadBalancerSubnet)) {
    findings.push(
      topologyFinding(
        `aks.loadBalancerSubnet '${aks.loadBalancerSubnet}' is not a subnet of network.subnets (they are ${[...firstByName.keys()].join(', ')})`,
        at('aks.loadBalancerSubnet'),
      ),
    );
  }

  if (aks.provisioning !== 'existing') {
    for (const key of ['resourceId', 'principalId'] as const) {
      if (typeof aks[key] === 'string') {
        findings.push(
          topologyFinding(`aks.${key} is only used with provisioning: existing (provisioning is ${aks.provisioning})`, at(`aks.${key}`)),
        );
      }
    }
  }
  return findings;
}
