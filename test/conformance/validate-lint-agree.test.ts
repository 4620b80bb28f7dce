/**
 * One rule, one place (design.md §2): a misconfigured topology and the ARM
 * template rendered from its plan give the same domain findings, so `moat
 * validate` on the topology and `moat lint` on the template agree. Each case
 * breaks one thing of design.md §1 in the planner tests' base topology; the
 * rule must fire on the plan (or the case tests nothing) and the findings of
 * the template's graph, read back by the ARM front end, must be the same.
 *
 * Some facts only the topology carries, because the deployment doesn't create
 * what they describe: a model also deployed to ACI (AML creates the container
 * group at run time), the settings of an attached existing cluster, the
 * address space and subnets of an existing VNet. Those rules fire on the plan
 * only; the second table pins that down.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmParametersFile, readArmTemplate } from '../../src/frontends/arm/index.js';
import type { Graph } from '../../src/graph/types.js';
import { runRules } from '../../src/lint/engine.js';
import { ARM_PARAMETERS_FILE, ARM_TEMPLATE_FILE, renderArm } from '../../src/render/arm/index.js';
import { plan, type Overrides } from '../plan/support.js';
import { DOMAIN_RULES } from './domain-rules.js';

const SUBNETS = (aks: string, privateEndpoints: string): Overrides => ({
  network: { subnets: [{ purpose: 'aks', addressPrefix: aks }, { purpose: 'privateEndpoints', addressPrefix: privateEndpoints }] },
});
const ATTACHED = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-attached';

/** [what is wrong, topology overrides, a rule that must fire] */
const AGREE: [name: string, overrides: Overrides, ruleId: string][] = [
  ['service range over the VNet', { aks: { serviceCidr: '10.10.0.0/16', dnsServiceIP: '10.10.0.10' } }, 'aks-service-cidr-overlap'],
  ['DNS service IP outside the service range', { aks: { dnsServiceIP: '10.1.0.10' } }, 'aks-dns-service-ip-outside-service-cidr'],
  ['DNS service IP the first address', { aks: { dnsServiceIP: '10.0.0.1' } }, 'aks-dns-service-ip-reserved'],
  ['docker bridge over a subnet', { aks: { dockerBridgeCidr: '10.10.4.1/24' } }, 'aks-docker-bridge-overlap'],
  ['service range AKS reserves', { aks: { serviceCidr: '172.30.0.0/16', dnsServiceIP: '172.30.0.10' } }, 'aks-reserved-range'],
  ['AKS subnet too small', SUBNETS('10.10.0.0/26', '10.10.4.0/24'), 'aks-subnet-capacity'],
  ['kubenet', { aks: { provisioning: 'cluster', networkPlugin: 'kubenet' } }, 'aks-network-plugin'],
  ['cluster in another region than the private workspace', { aks: { location: 'westus2' } }, 'aks-region-mismatch'],
  ['private cluster with a public FQDN', { aks: { provisioning: 'cluster', privateCluster: true, publicFqdn: true } }, 'aks-private-cluster-public-fqdn'],
  ['Standard registry with a private endpoint', { workspace: { containerRegistry: { sku: 'Standard' } } }, 'acr-sku-private-endpoint'],
  ['storage without a private endpoint', { workspace: { storage: { privateEndpoint: [] } } }, 'workspace-dependency-not-private'],
  ['public scoring load balancer', { aks: { loadBalancer: 'public' } }, 'aks-public-load-balancer'],
  ['public network access on the workspace', { workspace: { publicNetworkAccess: true } }, 'public-network-access'],
  ['public API server', { aks: { provisioning: 'cluster' } }, 'aks-api-server-public'],
  ['scoring open to the Internet', { network: { nsg: { scoringInbound: [{ name: 'anyone', sourceAddressPrefix: 'Internet', ports: [443] }] } } }, 'nsg-scoring-inbound-open'],
  ['subnet outside the VNet', SUBNETS('10.10.0.0/22', '10.20.4.0/24'), 'subnet-outside-vnet'],
  ['overlapping subnets', SUBNETS('10.10.0.0/22', '10.10.3.0/24'), 'subnet-overlap'],
  ['subnet prefix with host bits', SUBNETS('10.10.1.0/22', '10.10.4.0/24'), 'invalid-cidr'],
];

/** [what is wrong, topology overrides, the rule that fires on the plan only] */
const TOPOLOGY_ONLY: [name: string, overrides: Overrides, ruleId: string][] = [
  ['ACI next to a private workspace', { inference: { aci: true } }, 'aci-private-workspace'],
  ['existing VNet whose address space the service range overlaps', { network: { vnet: { existing: true, name: 'vnet-hub', resourceGroup: 'rg-net', addressPrefixes: ['10.10.0.0/16'] } }, aks: { serviceCidr: '10.10.128.0/20', dnsServiceIP: '10.10.128.10' } }, 'aks-service-cidr-overlap'],
  ['attached cluster whose service range overlaps the VNet', { aks: { provisioning: 'existing', resourceId: ATTACHED, principalId: '11111111-1111-1111-1111-111111111111', serviceCidr: '10.10.0.0/16', dnsServiceIP: '10.10.0.10' } }, 'aks-service-cidr-overlap'],
];

/** The domain findings without lines (they point into different files). */
function domainFindings(graph: Graph): string[] {
  return runRules(graph)
    .filter((f) => DOMAIN_RULES.includes(f.ruleId))
    .map((f) => `${f.level} ${f.ruleId} ${f.resource ?? ''}: ${f.message}`)
    .sort();
}

/** The plan rendered as ARM and read back, as `moat lint` reads a template and its parameters file. */
function throughArm(planned: Graph): Graph {
  const files = renderArm(planned, { version: '0.0.0', topologyFile: 'topology.yaml' });
  const parameters = readArmParametersFile(files.get(ARM_PARAMETERS_FILE)!, ARM_PARAMETERS_FILE);
  const { graph, errors } = readArmTemplate(files.get(ARM_TEMPLATE_FILE)!, ARM_TEMPLATE_FILE, { parameters: parameters.parameters });
  assert.equal([...parameters.errors, ...errors], []);
  return graph;
}

const fires = (findings: string[], ruleId: string): boolean => findings.some((f) => f.split(' ')[1] === ruleId);

for (const [name, overrides, ruleId] of AGREE) {
  test(`validate and lint agree: ${name}`, () => {
    const planned = plan(overrides);
    const expected = domainFindings(planned);
    assert.ok(fires(expected, ruleId), `${ruleId} fires on the plan: ${expected.join('; ')}`);
    assert.equal(domainFindings(throughArm(planned)), expected);
  });
}

for (const [name, overrides, ruleId] of TOPOLOGY_ONLY) {
  test(`only the topology carries it: ${name}`, () => {
    const planned = plan(overrides);
    assert.ok(fires(domainFindings(planned), ruleId), `${ruleId} fires on the plan`);
    assert.not.ok(fires(domainFindings(throughArm(planned)), ruleId), `${ruleId} can't fire on the template`);
  });
}

test.run();
