/**
 * The rules on a graph read by the ARM front end: findings point at the lines
 * of the template, and ARM's own shapes (child resources, resourceId(),
 * reference(), extension scopes) reach the rules.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import { runRules } from '../../src/lint/engine.js';

const FILE = 'azuredeploy.json';

/** A template with the network, a cluster and, optionally, the role assignment; `@@` marks the lines findings are expected at. */
function template(opts: { serviceCidr: string; subnetPrefix: string; roleScope?: string; principal?: string }): string {
  const role = opts.roleScope === undefined
    ? ''
    : `,
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "name": "[guid('net')]",
      "scope": "${opts.roleScope}",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')]",
        "principalId": "${opts.principal ?? "[reference(resourceId('Microsoft.ContainerService/managedClusters', 'aks'), '2024-05-01', 'full').identity.principalId]"}"
      }
    }`;
  return `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "serviceCidr": { "type": "string", "defaultValue": "${opts.serviceCidr}" } },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-05-01",
      "name": "vnet",
      "location": "eastus2",
      "properties": { "addressSpace": { "addressPrefixes": ["10.10.0.0/16"] } },
      "resources": [
        {
          "type": "subnets",
          "apiVersion": "2024-05-01",
          "name": "snet-aks",
          "dependsOn": ["vnet"],
          "properties": {
            "addressPrefix": "${opts.subnetPrefix}"
          }
        }
      ]
    },
    {
      "type": "Microsoft.ContainerService/managedClusters",
      "apiVersion": "2024-05-01",
      "name": "aks",
      "location": "eastus2",
      "identity": { "type": "SystemAssigned" },
      "properties": {
        "agentPoolProfiles": [
          { "name": "system", "count": 3, "maxPods": 30, "vnetSubnetID": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet-aks')]" }
        ],
        "networkProfile": {
          "networkPlugin": "azure",
          "serviceCidr": "[parameters('serviceCidr')]",
          "dnsServiceIP": "10.0.0.10"
        },
        "apiServerAccessProfile": { "enablePrivateCluster": true }
      }
    }${role}
  ]
}`;
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
const VNET_SCOPE = "[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]";

const CASES: [string, Parameters<typeof template>[0], [ruleId: string, lineText: string][]][] = [
  ['clean, role on the VNet (extension scope)', { serviceCidr: '10.0.0.0/16', subnetPrefix: '10.10.0.0/22', roleScope: VNET_SCOPE }, []],
  ['clean, role at the resource group', { serviceCidr: '10.0.0.0/16', subnetPrefix: '10.10.0.0/22', roleScope: '[resourceGroup().id]' }, []],
  ['no role assignment', { serviceCidr: '10.0.0.0/16', subnetPrefix: '10.10.0.0/22' }, [['aks-network-contributor-missing', '"identity"']]],
  ['service range overlaps the child subnet', { serviceCidr: '10.10.0.0/16', subnetPrefix: '10.10.0.0/22', roleScope: VNET_SCOPE }, [
    ['aks-dns-service-ip-outside-service-cidr', '"dnsServiceIP"'],
    ['aks-service-cidr-overlap', '"serviceCidr": "['],
  ]],
  ['child subnet too small and with host bits', { serviceCidr: '10.0.0.0/16', subnetPrefix: '10.10.0.7/26', roleScope: VNET_SCOPE }, [
    ['invalid-cidr', '"addressPrefix"'],
    ['aks-subnet-capacity', '"count"'],
  ]],
];

for (const [name, options, expected] of CASES) {
  test(`rules on an ARM template: ${name}`, () => {
    const text = template(options);
    const { graph, errors } = readArmTemplate(text, FILE);
    assert.equal(errors, []);
    const findings = runRules(graph).filter((f) => !['no-unused-params', 'no-hardcoded-location'].includes(f.ruleId));
    assert.equal(
      findings.map((f) => [f.ruleId, f.file, f.line]),
      expected.map(([ruleId, needle]) => [ruleId, FILE, lineOf(text, needle)]).sort((a, b) => (a[2] as number) - (b[2] as number) || String(a[0]).localeCompare(String(b[0]))),
    );
  });
}

test.run();
