/** The noise table: what it takes for noise, what it must leave alone. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { classify, isNoiseOnly, NOISE_RULES, resourceTypeOf } from '../../src/whatif/noise.js';
import type { PropertyChange } from '../../src/whatif/types.js';

const test = suite('whatif noise');

const RG = '/subscriptions/00000000-0000-0000-0000-00000000cafe/resourceGroups/rg-ml';
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/vnet-contoso`;
const SUBNET = `${VNET}/subnets/snet-aks`;
const STORAGE = `${RG}/providers/Microsoft.Storage/storageAccounts/stcontoso`;

const del = (path: string, before: PropertyChange['before'] = 'x'): PropertyChange => ({ path, propertyChangeType: 'Delete', before });
const mod = (path: string, before: PropertyChange['before'], after: PropertyChange['after']): PropertyChange => ({ path, propertyChangeType: 'Modify', before, after });
const arr = (path: string, children: PropertyChange[]): PropertyChange => ({ path, propertyChangeType: 'Array', children });
const nested = (path: string, children: PropertyChange[]): PropertyChange => ({ path, propertyChangeType: 'Modify', children });

const cases: [string, string, PropertyChange[], string[], string[]][] = [
  ['provisioningState anywhere is read-only', STORAGE, [del('properties.provisioningState'), del('properties.encryption.provisioningState')], ['properties.provisioningState', 'properties.encryption.provisioningState'], []],
  ['etag and resourceGuid', VNET, [del('etag'), del('properties.resourceGuid')], ['etag', 'properties.resourceGuid'], []],
  ['a provider default left out of the template', VNET, [arr('properties.subnets', [nested('0', [del('properties.privateEndpointNetworkPolicies', 'Disabled')])])], ['properties.subnets.0.properties.privateEndpointNetworkPolicies'], []],
  ['the same default set to another value is a real change', VNET, [arr('properties.subnets', [nested('0', [mod('properties.privateEndpointNetworkPolicies', 'Disabled', 'Enabled')])])], [], ['properties.subnets']],
  ['a real change next to noise stays, its noisy sibling goes', VNET, [arr('properties.subnets', [nested('0', [del('id'), mod('properties.addressPrefix', '10.0.0.0/24', '10.0.1.0/24')])])], ['properties.subnets.0.id'], ['properties.subnets']],
  ['child resource types have their own rules', SUBNET, [del('properties.privateEndpointNetworkPolicies', 'Disabled')], ['properties.privateEndpointNetworkPolicies'], []],
  ['a rule of another type does not apply', STORAGE, [del('properties.enableDdosProtection', false)], [], ['properties.enableDdosProtection']],
  ['address prefixes are never noise', VNET, [arr('properties.addressSpace.addressPrefixes', [{ path: '1', propertyChangeType: 'Create', after: '10.20.0.0/16' }])], [], ['properties.addressSpace.addressPrefixes']],
  ['matching ignores case', STORAGE, [del('Properties.ProvisioningState')], ['Properties.ProvisioningState'], []],
];

for (const [name, resourceId, delta, noise, signal] of cases) {
  test(name, () => {
    const c = classify({ resourceId, changeType: 'Modify', delta });
    assert.equal(c.noise.map((n) => n.path), noise);
    assert.equal(c.signal.map((s) => s.path), signal);
    assert.is(isNoiseOnly(c), signal.length === 0 && noise.length > 0);
  });
}

const types: [string, string][] = [
  [VNET, 'Microsoft.Network/virtualNetworks'],
  [SUBNET, 'Microsoft.Network/virtualNetworks/subnets'],
  [`${RG}`, 'Microsoft.Resources/resourceGroups'],
];
for (const [id, type] of types) {
  test(`resource type of ${id.slice(-30)}`, () => assert.is(resourceTypeOf(id), type));
}

test('every rule has a reason and a well-formed path', () => {
  for (const rule of NOISE_RULES) {
    assert.ok(rule.why.length > 0, rule.path);
    assert.match(rule.path, /^(\*\*|\*|[A-Za-z][A-Za-z0-9]*)(\.(\*\*|\*|[A-Za-z][A-Za-z0-9]*))*$/, rule.path);
  }
});

test.run();
