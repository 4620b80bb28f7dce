/**
 * Every rule on Bicep input: a hand-written clean environment
 * (test/fixtures/bicep-eval/env: main.bicep and two modules) patched one line
 * at a time. Each rule has a case where it fires (at the patched line, in the
 * file that holds the value, which may be a module), one where it stays silent
 * and one where the value it reads is known only at deployment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readBicepFile } from '../../src/frontends/bicep/evaluate.js';
import { runRules } from '../../src/lint/engine.js';
import { RULES, isCheckedRule } from '../../src/lint/registry.js';
import { fixture } from '../support/paths.js';

const ENV = fixture('bicep-eval', 'env');
const FILES = { main: 'main.bicep', network: 'modules/network.bicep', link: 'modules/private-link.bicep' } as const;
type FileName = keyof typeof FILES;
const ORIGINAL = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readFileSync(path.join(ENV, f), 'utf8')])) as Record<FileName, string>;

/** Replace `from` (which must occur once) by `to` in a file. */
type Patch = [file: FileName, from: string, to: string];
/** Each finding's file, a text on its line (in the patched file) and how many lines below that it is; undefined: no finding. */
type At = [file: FileName, lineWith: string, below?: number];
type Expect = At[] | undefined;
type RuleCase = [rule: string, name: string, patches: Patch[], expect: Expect];

const KNOWN_LOCATION: Patch = ['main', 'param location string = resourceGroup().location', "param location string = 'eastus2'"];
const DENY_INTERNET = `      {
        name: 'deny-internet'
        properties: {
          priority: 4000
          direction: 'Outbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '*'
          sourcePortRange: '*'
          destinationAddressPrefix: 'Internet'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource vnet`;
const ACI = `
resource aci 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'aci-scoring'
  location: location
  properties: {
    subnetIds: [
      {
        id: network.outputs.aksSubnetId
      }
    ]
  }
}
`;

const CASES: RuleCase[] = [
  ['subnet-outside-vnet', 'a subnet prefix outside the VNet (module parameter from main)', [['main', "aksPrefix: '10.10.0.0/22'", "aksPrefix: '10.20.0.0/22'"]], [['network', 'addressPrefix: aksPrefix']]],
  ['subnet-outside-vnet', 'the clean environment', [], undefined],
  ['subnet-outside-vnet', 'VNet prefix known only at deployment', [['main', "vnetPrefix: '10.10.0.0/16'", 'vnetPrefix: deployTimeText']], undefined],
  ['subnet-overlap', 'two subnets overlap', [['main', "endpointsPrefix: '10.10.4.0/24'", "endpointsPrefix: '10.10.3.0/24'"]], [['network', 'addressPrefix: endpointsPrefix']]],
  ['subnet-overlap', 'the clean environment', [], undefined],
  ['subnet-overlap', 'a prefix known only at deployment', [['main', "endpointsPrefix: '10.10.4.0/24'", 'endpointsPrefix: deployTimeText']], undefined],
  ['aks-service-cidr-overlap', 'service CIDR overlaps the VNet', [['main', "serviceCidr: '10.0.0.0/16'\n      dnsServiceIP: '10.0.0.10'", "serviceCidr: '10.10.0.0/16'\n      dnsServiceIP: '10.10.0.10'"]], [['main', "serviceCidr: '10.10.0.0/16'"]]],
  ['aks-service-cidr-overlap', 'the clean environment', [], undefined],
  ['aks-service-cidr-overlap', 'service CIDR known only at deployment', [['main', "serviceCidr: '10.0.0.0/16'", 'serviceCidr: deployTimeText']], undefined],
  ['aks-dns-service-ip-outside-service-cidr', 'DNS IP outside the service range', [['main', "dnsServiceIP: '10.0.0.10'", "dnsServiceIP: '10.2.0.10'"]], [['main', "dnsServiceIP: '10.2.0.10'"]]],
  ['aks-dns-service-ip-outside-service-cidr', 'the clean environment', [], undefined],
  ['aks-dns-service-ip-outside-service-cidr', 'DNS IP known only at deployment', [['main', "dnsServiceIP: '10.0.0.10'", 'dnsServiceIP: deployTimeText']], undefined],
  ['aks-dns-service-ip-reserved', "DNS IP is the range's first address", [['main', "dnsServiceIP: '10.0.0.10'", "dnsServiceIP: '10.0.0.1'"]], [['main', "dnsServiceIP: '10.0.0.1'"]]],
  ['aks-dns-service-ip-reserved', 'the clean environment', [], undefined],
  ['aks-dns-service-ip-reserved', 'DNS IP known only at deployment', [['main', "dnsServiceIP: '10.1.0.10'", 'dnsServiceIP: deployTimeText']], undefined],
  ['aks-docker-bridge-overlap', 'docker bridge inside the VNet', [['main', "dockerBridgeCidr: '172.17.0.1/16'", "dockerBridgeCidr: '10.10.0.1/16'"]], [['main', "dockerBridgeCidr: '10.10.0.1/16'"]]],
  ['aks-docker-bridge-overlap', 'the clean environment', [], undefined],
  ['aks-docker-bridge-overlap', 'docker bridge known only at deployment', [['main', "dockerBridgeCidr: '172.17.0.1/16'", 'dockerBridgeCidr: deployTimeText']], undefined],
  ['aks-docker-bridge-unsupported', 'dockerBridgeCidr on a 2024 managedClusters', [['main', "loadBalancerSku: 'standard'", "loadBalancerSku: 'standard'\n      dockerBridgeCidr: '172.18.0.1/16'"]], [['main', "dockerBridgeCidr: '172.18.0.1/16'"]]],
  ['aks-docker-bridge-unsupported', 'the clean environment', [], undefined],
  ['aks-docker-bridge-unsupported', 'value known only at deployment', [['main', "loadBalancerSku: 'standard'", "loadBalancerSku: 'standard'\n      dockerBridgeCidr: deployTimeText"]], undefined],
  ['aks-reserved-range', 'service CIDR in a range AKS reserves', [['main', "serviceCidr: '10.0.0.0/16'\n      dnsServiceIP: '10.0.0.10'", "serviceCidr: '172.30.0.0/16'\n      dnsServiceIP: '172.30.0.10'"]], [['main', "serviceCidr: '172.30.0.0/16'"]]],
  ['aks-reserved-range', 'the clean environment', [], undefined],
  ['aks-reserved-range', 'service CIDR known only at deployment', [['main', "serviceCidr: '10.1.0.0/16'", 'serviceCidr: deployTimeText']], undefined],
  ['aks-subnet-capacity', 'a /26 for 3 nodes of 30 pods', [['main', "aksPrefix: '10.10.0.0/22'", "aksPrefix: '10.10.0.0/26'"]], [['main', 'count: 3'], ['main', 'agentCount: 3']]],
  ['aks-subnet-capacity', 'the clean environment', [], undefined],
  ['aks-subnet-capacity', 'node count known only at deployment', [['main', "aksPrefix: '10.10.0.0/22'", "aksPrefix: '10.10.0.0/26'"], ['main', 'count: 3', 'count: length(deployTimeText)'], ['main', 'agentCount: 3', 'agentCount: length(deployTimeText)']], undefined],
  ['aks-network-plugin', 'kubenet', [['main', "networkPlugin: 'azure'", "networkPlugin: 'kubenet'"]], [['main', "networkPlugin: 'kubenet'"]]],
  ['aks-network-plugin', 'the clean environment', [], undefined],
  ['aks-network-plugin', 'plugin known only at deployment', [['main', "networkPlugin: 'azure'", 'networkPlugin: deployTimeText']], undefined],
  ['aks-region-mismatch', 'cluster in another region than the private workspace', [KNOWN_LOCATION, ['main', "name: 'aks-contoso'\n  location: location", "name: 'aks-contoso'\n  location: 'westus'"]], [['main', "location: 'westus'"]]],
  ['aks-region-mismatch', 'one known region', [KNOWN_LOCATION], undefined],
  ['aks-region-mismatch', "the workspace's region known only at deployment", [['main', "name: 'aks-contoso'\n  location: location", "name: 'aks-contoso'\n  location: 'westus'"]], undefined],
  ['aks-private-cluster-public-fqdn', 'private cluster with a public FQDN', [['main', 'enablePrivateCluster: true', 'enablePrivateCluster: true\n      enablePrivateClusterPublicFQDN: true']], [['main', 'enablePrivateClusterPublicFQDN: true']]],
  ['aks-private-cluster-public-fqdn', 'the clean environment', [], undefined],
  ['aks-private-cluster-public-fqdn', 'FQDN setting known only at deployment', [['main', 'enablePrivateCluster: true', 'enablePrivateCluster: true\n      enablePrivateClusterPublicFQDN: !empty(deployTimeText)']], undefined],
  ['aci-private-workspace', 'a container group in the VNet', [['main', '\noutput computeName', `${ACI}\noutput computeName`]], [['main', 'subnetIds: [']]],
  ['aci-private-workspace', 'the clean environment', [], undefined],
  ['aci-private-workspace', "the workspace's private endpoint target known only at deployment", [['main', '\noutput computeName', `${ACI}\noutput computeName`], ['main', 'targetId: workspace.id', 'targetId: deployTimeText']], undefined],
  ['aks-network-contributor-missing', 'the role is Reader', [['main', '4d97b98b-1d4f-4787-a291-c67834d212e7', 'acdd72a7-3385-48ef-bd42-f606fba81ae7']], [['main', 'identity: {']]],
  ['aks-network-contributor-missing', 'Owner instead, which includes its rights', [['main', '4d97b98b-1d4f-4787-a291-c67834d212e7', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635']], undefined],
  ['aks-network-contributor-missing', 'the VNet in another resource group than the assignment', [['main', "name: 'network'\n  params", "name: 'network'\n  scope: resourceGroup('rg-net')\n  params"]], [['main', 'identity: {']]],
  ['aks-network-contributor-missing', 'the clean environment', [], undefined],
  ['aks-network-contributor-missing', 'role known only at deployment', [['main', "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')", 'deployTimeText']], undefined],
  ['workspace-dependency-not-private', 'the key vault has no private endpoint', [['main', 'targetId: vault.id', 'targetId: storage.id']], [['main', 'keyVault: vault.id']]],
  ['workspace-dependency-not-private', 'the clean environment (endpoints in a module)', [], undefined],
  ['workspace-dependency-not-private', 'endpoint target known only at deployment', [['main', 'targetId: vault.id', 'targetId: deployTimeText']], undefined],
  ['private-dns-zone-mismatch', 'vault endpoint in the vault.azure.net zone', [['main', "'privatelink.vaultcore.azure.net'", "'privatelink.vault.azure.net'"]], [['link', 'privateDnsZoneId: resourceId']]],
  ['private-dns-zone-mismatch', 'the clean environment', [], undefined],
  ['private-dns-zone-mismatch', 'zone name known only at deployment', [['main', "'privatelink.vaultcore.azure.net'", 'deployTimeText']], undefined],
  ['private-endpoint-dns-missing', 'the registry endpoint has no zone', [['main', "zones: [\n          'privatelink.azurecr.io'\n        ]", 'zones: []']], [['link', "resource privateEndpoints 'Microsoft.Network"]]],
  ['private-endpoint-dns-missing', 'the zones are linked to another VNet', [['link', 'id: vnetId', "id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-other')"]], [['link', "resource zones 'Microsoft.Network"]]],
  ['private-endpoint-dns-missing', 'the clean environment', [], undefined],
  ['private-endpoint-dns-missing', 'zones known only at deployment', [['main', "zones: [\n          'privatelink.azurecr.io'\n        ]", 'zones: deployTimeText']], undefined],
  ['acr-sku-private-endpoint', 'a Standard registry with a private endpoint', [['main', "name: 'Premium'", "name: 'Standard'"]], [['main', "name: 'Standard'"]]],
  ['acr-sku-private-endpoint', 'the clean environment', [], undefined],
  ['acr-sku-private-endpoint', 'SKU known only at deployment', [['main', "name: 'Premium'", 'name: deployTimeText']], undefined],
  ['public-network-access', 'registry open to the Internet', [['main', "name: 'Premium'\n  }\n  properties: {\n    publicNetworkAccess: 'Disabled'", "name: 'Premium'\n  }\n  properties: {\n    publicNetworkAccess: 'Enabled'"]], [['main', "publicNetworkAccess: 'Enabled'"]]],
  ['public-network-access', 'the clean environment', [], undefined],
  ['public-network-access', 'setting known only at deployment', [['main', "name: 'Premium'\n  }\n  properties: {\n    publicNetworkAccess: 'Disabled'", "name: 'Premium'\n  }\n  properties: {\n    publicNetworkAccess: deployTimeText"]], undefined],
  ['aks-public-load-balancer', 'scoring on a public load balancer', [['main', "clusterPurpose: 'FastProd'\n        loadBalancerType: 'InternalLoadBalancer'", "clusterPurpose: 'FastProd'\n        loadBalancerType: 'PublicIp'"]], [['main', "loadBalancerType: 'PublicIp'"]]],
  ['aks-public-load-balancer', 'the clean environment', [], undefined],
  ['aks-public-load-balancer', 'type known only at deployment', [['main', "clusterPurpose: 'FastProd'\n        loadBalancerType: 'InternalLoadBalancer'", "clusterPurpose: 'FastProd'\n        loadBalancerType: deployTimeText"]], undefined],
  ['aks-api-server-public', 'public API server', [['main', 'enablePrivateCluster: true', 'enablePrivateCluster: false']], [['main', 'enablePrivateCluster: false']]],
  ['aks-api-server-public', 'the clean environment', [], undefined],
  ['aks-api-server-public', 'setting known only at deployment', [['main', 'enablePrivateCluster: true', 'enablePrivateCluster: !empty(deployTimeText)']], undefined],
  ['nsg-outbound-blocks-acr', 'outbound deny to the Internet', [['network', '    ]\n  }\n}\n\nresource vnet', DENY_INTERNET]], [['network', "name: 'deny-internet'", 1]]],
  ['nsg-outbound-blocks-acr', 'the clean environment', [], undefined],
  ['nsg-outbound-blocks-acr', 'deny destination known only at deployment', [['network', '    ]\n  }\n}\n\nresource vnet', DENY_INTERNET.replace("'Internet'", 'scoringSource')], ['main', "scoringSource: '203.0.113.0/24'", 'scoringSource: deployTimeText']], undefined],
  ['nsg-scoring-inbound-open', 'scoring open to anyone', [['main', "scoringSource: '203.0.113.0/24'", "scoringSource: '*'"]], [['network', "name: 'allow-corp-scoring'", 1]]],
  ['nsg-scoring-inbound-open', 'the clean environment', [], undefined],
  ['nsg-scoring-inbound-open', 'source known only at deployment', [['main', "scoringSource: '203.0.113.0/24'", 'scoringSource: deployTimeText']], undefined],
  ['invalid-cidr', 'host bits set in the VNet prefix', [['main', "vnetPrefix: '10.10.0.0/16'", "vnetPrefix: '10.10.0.1/16'"]], [['network', '        vnetPrefix\n']]],
  ['invalid-cidr', 'the clean environment', [], undefined],
  ['invalid-cidr', 'prefix known only at deployment', [['main', "vnetPrefix: '10.10.0.0/16'", 'vnetPrefix: deployTimeText']], undefined],
  ['secure-parameter-default', 'a secure parameter with a literal default', [['main', 'param deployTimeText string', "param deployTimeText string\n\n@secure()\nparam adminPassword string = 'hunter2'\n\nvar adminUsed = adminPassword\noutput adminUsedLength int = length(adminUsed)"]], [['main', 'param adminPassword']]],
  ['secure-parameter-default', 'an empty default', [['main', 'param deployTimeText string', "param deployTimeText string\n\n@secure()\nparam adminPassword string = ''\n\nvar adminUsed = adminPassword\noutput adminUsedLength int = length(adminUsed)"]], undefined],
  ['secure-parameter-default', 'a default computed at deployment', [['main', 'param deployTimeText string', "param deployTimeText string\n\n@secure()\nparam adminPassword string = newGuid()\n\nvar adminUsed = adminPassword\noutput adminUsedLength int = length(adminUsed)"]], undefined],
  ['no-hardcoded-location', 'a literal location', [['main', "name: 'stcontoso'\n  location: location", "name: 'stcontoso'\n  location: 'westus'"]], [['main', "location: 'westus'"]]],
  ['no-hardcoded-location', "'global' for a DNS zone (the clean environment)", [], undefined],
  ['no-hardcoded-location', 'a location known only at deployment', [['main', "name: 'stcontoso'\n  location: location", "name: 'stcontoso'\n  location: deployTimeText"]], undefined],
  ['no-unused-params', 'a parameter nothing uses', [['main', 'param deployTimeText string', 'param deployTimeText string\nparam unusedPrefix string']], [['main', 'param unusedPrefix']]],
  ['no-unused-params', 'the clean environment', [], undefined],
  ['no-unused-params', 'a parameter used only in a value known at deployment', [['main', 'param deployTimeText string', 'param deployTimeText string\nparam suffix string'], ['main', "name: 'network'", "name: 'network${suffix}'"]], undefined],
  ['no-unused-vars', 'a variable nothing uses', [['main', "var workspaceName = 'mlw-contoso'", "var workspaceName = 'mlw-contoso'\nvar leftover = 'x'"]], [['main', 'var leftover']]],
  ['no-unused-vars', 'the clean environment', [], undefined],
  ['no-unused-vars', 'a variable used only in an interpolated property name', [['main', "var workspaceName = 'mlw-contoso'", "var workspaceName = 'mlw-contoso'\nvar labelKey = 'team'\noutput labels object = { '${labelKey}': 'ml' }"]], undefined],
  ['no-unused-vars', 'a variable used in a value known at deployment', [['main', "var workspaceName = 'mlw-contoso'", "var workspaceName = 'mlw-contoso'\nvar suffix = deployTimeText\noutput withSuffix string = '${workspaceName}-${suffix}'"]], undefined],
  ['outputs-should-not-contain-secrets', 'an output with a storage key', [['main', 'output computeName', 'output storageKey string = storage.listKeys().keys[0].value\noutput computeName']], [['main', 'output storageKey']]],
  ['outputs-should-not-contain-secrets', 'an output named like a password', [['main', 'output computeName', "output adminPassword string = 'x'\noutput computeName"]], [['main', 'output adminPassword']]],
  ['outputs-should-not-contain-secrets', 'a @secure() output named like a password', [['main', 'output computeName', "@secure()\noutput adminPassword string = 'x'\noutput computeName"]], undefined],
  ['outputs-should-not-contain-secrets', 'a @secure() output with a storage key', [['main', 'output computeName', '@secure()\noutput storageKey string = storage.listKeys().keys[0].value\noutput computeName']], undefined],
  ['outputs-should-not-contain-secrets', 'an output known only at deployment', [['main', 'output computeName', 'output note string = deployTimeText\noutput computeName']], undefined],
  ['no-hardcoded-env-urls', 'a literal management URL', [['main', "note: deployTimeText", "note: deployTimeText\n    portal: 'https://management.azure.com/'"]], [['main', "portal: 'https://management.azure.com/'"]]],
  ['no-hardcoded-env-urls', 'the clean environment (zones built from environment())', [], undefined],
  ['no-hardcoded-env-urls', 'a URL known only at deployment', [['main', "note: deployTimeText", "note: deployTimeText\n    portal: '${deployTimeText}/portal'"]], undefined],
];

function patched(patches: Patch[]): Record<FileName, string> {
  const files = { ...ORIGINAL };
  for (const [file, from, to] of patches) {
    const at = files[file].indexOf(from);
    assert.ok(at >= 0 && files[file].indexOf(from, at + 1) < 0, `patch text must occur once in ${file}: ${from}`);
    files[file] = files[file].slice(0, at) + to + files[file].slice(at + from.length);
  }
  return files;
}

const shownAs = (file: FileName): string => path.join('env', FILES[file]);

function lineWith(text: string, marker: string): number {
  const index = text.indexOf(marker);
  assert.ok(index >= 0, `marker not found: ${marker}`);
  return text.slice(0, index).split('\n').length;
}

for (const [ruleId, name, patches, expect] of CASES) {
  test(`${ruleId}: ${name}`, () => {
    const files = patched(patches);
    const byPath = new Map(Object.entries(FILES).map(([key, file]) => [path.join(ENV, file), files[key as FileName]]));
    const reading = readBicepFile(files.main, shownAs('main'), { path: path.join(ENV, FILES.main), readFile: (p) => byPath.get(p) });
    assert.equal(reading.errors, [], 'the patched files read without problems');
    const findings = runRules(reading.graph).filter((f) => f.ruleId === ruleId);
    const described = findings.map((f) => `${f.file}:${f.line} ${f.message}`).join('\n');
    if (!expect) {
      assert.is(findings.length, 0, `expected no finding:\n${described}`);
      return;
    }
    const rule = RULES.find((r) => r.meta.id === ruleId)!;
    const want = expect.map(([file, marker, below = 0]) => `${shownAs(file)}:${lineWith(files[file], marker) + below}`);
    assert.equal([...new Set(findings.map((f) => `${f.file}:${f.line}`))].sort(), want.sort(), described);
    for (const finding of findings) assert.is(finding.level, rule.meta.defaultLevel);
  });
}

test('every rule that reads templates has Bicep cases that fire, stay silent and meet unknown input', () => {
  for (const rule of RULES.filter(isCheckedRule)) {
    const cases = CASES.filter(([id]) => id === rule.meta.id);
    assert.ok(cases.some(([, , , e]) => e !== undefined), `${rule.meta.id} fires somewhere`);
    assert.ok(cases.filter(([, , , e]) => e === undefined).length >= 2, `${rule.meta.id} has silent and unknown cases`);
  }
});

test.run();
