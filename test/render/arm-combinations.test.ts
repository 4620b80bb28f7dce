import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import type { Graph } from '../../src/graph/types.js';
import { ARM_TEMPLATE_FILE, renderArm } from '../../src/render/arm/index.js';
import { combine, plan, type Overrides } from '../plan/support.js';

// Each dimension's options; the test walks a deterministic sample of their product.
const CLUSTER_ID = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-x';
const DIMENSIONS: Overrides[][] = [
  [
    { network: { vnet: {} } },
    { network: { vnet: { resourceGroup: 'rg-net' } } },
    { network: { vnet: { existing: true, name: 'vnet-x' } } },
    { network: { vnet: { existing: true, name: 'vnet-x', resourceGroup: 'rg-net' } } },
  ],
  [
    { network: { privateDns: { zones: 'create' } } },
    { network: { privateDns: { zones: 'create', resourceGroup: 'rg-dns' } } },
    { network: { privateDns: { zones: 'existing', resourceGroup: 'rg-dns' } } },
    { network: { privateDns: { zones: 'none' } } },
  ],
  [
    {},
    { workspace: { resourceGroup: 'rg-ml' } },
    // the VNet's group too (with a declared cluster, that group is needed before and after the root)
    { workspace: { resourceGroup: 'rg-net' } },
    { workspace: { existing: true, name: 'mlw-x', resourceGroup: 'rg-ml' } },
    { workspace: { storage: { existing: true, name: 'stx', resourceGroup: 'rg-st' } } },
  ],
  [
    {},
    { aks: { provisioning: 'cluster', privateCluster: true } },
    { aks: { provisioning: 'existing', resourceId: CLUSTER_ID } },
    { aks: { provisioning: 'existing', resourceId: CLUSTER_ID, principalId: '11111111-2222-3333-4444-555555555555' } },
    { aks: { loadBalancer: 'public', location: 'westus2' }, workspace: { privateEndpoint: false } },
  ],
  [{}, { network: { nsg: { outbound: 'restricted', scoringInbound: [{ name: 'corp', sourceAddressPrefix: '10.1.0.0/16', ports: [443] }] } } }],
];

function* sample(stride: number): Generator<[string, Overrides]> {
  const sizes = DIMENSIONS.map((d) => d.length);
  const total = sizes.reduce((a, b) => a * b, 1);
  for (let n = 0; n < total; n += stride) {
    let rest = n;
    const picks = sizes.map((size) => {
      const pick = rest % size;
      rest = Math.floor(rest / size);
      return pick;
    });
    yield [picks.join('.'), combine(picks.map((pick, i) => DIMENSIONS[i]![pick]!))];
  }
}

const deployedKeys = (graph: Graph): string[] =>
  graph.resources
    .filter((r) => !r.existing && r.type !== 'Microsoft.Resources/deployments')
    .map((r) => r.key)
    .sort();

test('sampled topology combinations: rendered, read back by the ARM front end to the same deployed resources', () => {
  let count = 0;
  for (const [name, overrides] of sample(7)) {
    const graph = plan(overrides);
    const text = renderArm(graph, { version: '0.1.0', topologyFile: 'topology.yaml' }).get(ARM_TEMPLATE_FILE)!;
    const read = readArmTemplate(text, 'azuredeploy.json');
    assert.equal(read.errors, [], name);
    assert.equal(deployedKeys(read.graph), deployedKeys(graph), name);
    count++;
  }
  assert.ok(count >= 50, `only ${count} combinations`);
});

test.run();
