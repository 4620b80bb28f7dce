/**
 * A child resource finds the parent its declaration names even when both names
 * are unknown (a parameter without a value): a private endpoint's DNS zone
 * group, a VNet's subnets. Two such parents never share their children.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import { readBicepFile } from '../../src/frontends/bicep/evaluate.js';
import { runRules } from '../../src/lint/engine.js';

/** A private endpoint named from `suffix` (no value), to `groupId`'s service, with a zone group for `zone` declared in `style`. */
function endpoint(symbol: string, groupId: string, zone: string, style: 'parent' | 'name' | 'nested'): string {
  const group = (lead: string, name: string): string =>
    `${lead}resource ${symbol}Group 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-05-01' = {\n${lead}  ${name}\n${lead}  properties: { privateDnsZoneConfigs: [ { name: 'z', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', '${zone}') } } ] }\n${lead}}\n`;
  const body = `  name: 'pe-${symbol}-\${suffix}'\n  location: 'westus'\n  properties: {\n    subnet: { id: subnetId }\n    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: target${symbol}, groupIds: [ '${groupId}' ] } } ]\n  }\n`;
  const declared = `resource ${symbol} 'Microsoft.Network/privateEndpoints@2023-05-01' = {\n${body}`;
  if (style === 'nested') return `${declared}${group('  ', "name: 'default'").replace("'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-05-01'", "'privateDnsZoneGroups'")}}\n`;
  return `${declared}}\n${group('', style === 'parent' ? `parent: ${symbol}\n  name: 'default'` : `name: '\${${symbol}.name}/default'`)}`;
}

const HEADER = "param suffix string\nparam subnetId string\nparam targetkv string\nparam targetst string\n";

const BICEP_CASES: [name: string, text: string, expected: string[]][] = [
  ['parent: a vault zone group with the wrong zone', HEADER + endpoint('kv', 'vault', 'privatelink.vault.azure.net', 'parent'), ['private-dns-zone-mismatch']],
  ["the child's name spells out its parent ('${pe.name}/default')", HEADER + endpoint('kv', 'vault', 'privatelink.vault.azure.net', 'name'), ['private-dns-zone-mismatch']],
  ['nested in its parent', HEADER + endpoint('kv', 'vault', 'privatelink.vault.azure.net', 'nested'), ['private-dns-zone-mismatch']],
  ['two endpoints of unknown names keep their own zone groups', HEADER + endpoint('kv', 'vault', 'privatelink.vaultcore.azure.net', 'parent') + endpoint('st', 'blob', 'privatelink.blob.core.windows.net', 'name'), []],
];

for (const [name, text, expected] of BICEP_CASES) {
  test(`unknown names, Bicep: ${name}`, () => {
    const { graph, errors } = readBicepFile(text, 'main.bicep', { path: '/project/main.bicep' });
    assert.equal(errors, []);
    assert.equal(runRules(graph).filter((f) => !f.ruleId.startsWith('no-')).map((f) => f.ruleId), expected);
  });
}

/** An ARM VNet named from a parameter without a value, its subnets nested in `resources`. */
const armVnet = (prefixes: string[]): string =>
  JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { name: { type: 'string' } },
    resources: [
      {
        type: 'Microsoft.Network/virtualNetworks',
        apiVersion: '2024-05-01',
        name: "[parameters('name')]",
        location: 'westus',
        properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } },
        resources: prefixes.map((prefix, i) => ({ type: 'subnets', apiVersion: '2024-05-01', name: `s${i}`, dependsOn: [], properties: { addressPrefix: prefix } })),
      },
    ],
  });

const ARM_CASES: [name: string, text: string, expected: string[]][] = [
  ['subnets nested in a VNet of unknown name overlap', armVnet(['10.0.0.0/24', '10.0.0.0/25']), ['subnet-overlap']],
  ['subnets nested in a VNet of unknown name, apart', armVnet(['10.0.0.0/24', '10.0.1.0/24']), []],
];

for (const [name, text, expected] of ARM_CASES) {
  test(`unknown names, ARM: ${name}`, () => {
    const { graph, errors } = readArmTemplate(text, 'azuredeploy.json');
    assert.equal(errors, []);
    assert.equal(runRules(graph).filter((f) => !f.ruleId.startsWith('no-')).map((f) => f.ruleId), expected);
  });
}

test.run();
