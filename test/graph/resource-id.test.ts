/** Resource IDs: formatting at every scope level, child types, names with fewer segments, and the parse round trip. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatResourceId, parseResourceId, resourceKey, type ResourceId } from '../../src/graph/resource-id.js';

const CASES: [name: string, id: ResourceId, expected: string][] = [
  ['resource group, own scope', { level: 'resourceGroup', type: 'Microsoft.Network/virtualNetworks', name: 'vnet' }, '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet'],
  ['resource group, named', { level: 'resourceGroup', subscription: 's1', resourceGroup: 'rg', type: 'Microsoft.Network/virtualNetworks', name: 'vnet' }, '/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet'],
  ['child resource', { level: 'resourceGroup', resourceGroup: 'rg', type: 'Microsoft.Network/virtualNetworks/subnets', name: 'vnet/snet' }, '/subscriptions/{subscriptionId}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet'],
  ['grandchild', { level: 'resourceGroup', type: 'A.B/c/d/e', name: 'x/y/z' }, '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/A.B/c/x/d/y/e/z'],
  ['a name with fewer segments than the type', { level: 'tenant', type: 'A.B/c/d/e', name: 'x' }, '/providers/A.B/c/x/d//e/'],
  ['a name with more segments than the type', { level: 'tenant', type: 'A.B/c', name: 'x/y' }, '/providers/A.B/c/x'],
  ['subscription', { level: 'subscription', type: 'Microsoft.Authorization/roleDefinitions', name: 'r' }, '/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/r'],
  ['management group', { level: 'managementGroup', managementGroup: 'mg', type: 'Microsoft.Authorization/policyDefinitions', name: 'p' }, '/providers/Microsoft.Management/managementGroups/mg/providers/Microsoft.Authorization/policyDefinitions/p'],
  ['tenant', { level: 'tenant', type: 'Microsoft.Subscription/aliases', name: 'a' }, '/providers/Microsoft.Subscription/aliases/a'],
  [
    'upper case in every part (the key lower-cases each)',
    { level: 'resourceGroup', subscription: 'SUB-1', resourceGroup: 'RG-Main', type: 'Microsoft.Network/virtualNetworks/subnets', name: 'VNet-A/Snet-B' },
    '/subscriptions/SUB-1/resourceGroups/RG-Main/providers/Microsoft.Network/virtualNetworks/VNet-A/subnets/Snet-B',
  ],
  ['management group in upper case', { level: 'managementGroup', managementGroup: 'MG-Root', type: 'Microsoft.Authorization/policyDefinitions', name: 'P' }, '/providers/Microsoft.Management/managementGroups/MG-Root/providers/Microsoft.Authorization/policyDefinitions/P'],
  ['subscription in upper case', { level: 'subscription', subscription: 'ABC', type: 'Microsoft.Resources/resourceGroups', name: 'RG' }, '/subscriptions/ABC/providers/Microsoft.Resources/resourceGroups/RG'],
];

for (const [name, id, expected] of CASES) {
  test(`format: ${name}`, () => {
    assert.is(formatResourceId(id), expected);
    assert.is(resourceKey(id), expected.toLowerCase());
  });
}

for (const [name, id, expected] of CASES.filter(([, id]) => id.name.split('/').length === id.type.split('/').length - 1)) {
  test(`parse round trip: ${name}`, () => assert.equal(parseResourceId(expected), id));
}

test('parse: not an ID', () => {
  for (const text of ['vnet', '/subscriptions/s1', '/providers/A.B/c', 'subscriptions/s/providers/A.B/c/x']) assert.is(parseResourceId(text), undefined, text);
});

test.run();
