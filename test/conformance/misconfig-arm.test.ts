/**
 * Conformance (the lint issue): every misconfiguration of design.md §1 has a
 * hand-written ARM template in test/fixtures/misconfig/arm/ in which the right
 * rule fires at the right line. The line is marked in the fixture with a
 * trailing `// expect: <rule-id>` comment, so the expectation moves with the
 * text; a fixture's markers must be exactly the lines its rule fires at.
 * Clean twins (the fixture with the mistake fixed in place) keep the rule silent,
 * so do unknown twins (the deciding value only known at deployment),
 * and so does a `// moat-disable-next-line` comment above the marked line.
 *
 * The fixtures go through `moat lint` in process (lintPaths over the folder),
 * so parameters files, linked templates (modules/), JSONC comments and nested
 * deployments are read as users' are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmParametersFile, readArmTemplate, type ArmReadOptions } from '../../src/frontends/arm/index.js';
import { runRules } from '../../src/lint/engine.js';
import { lintPaths } from '../../src/lint/run.js';
import { applySuppressions, findSuppressions } from '../../src/lint/suppress.js';
import type { Finding, FindingLevel } from '../../src/lint/types.js';
import { fixture } from '../support/paths.js';
import { DOMAIN_RULES } from './domain-rules.js';

const DIR = fixture('misconfig', 'arm');
const MARKER = /\/\/\s*expect:\s*(.+)$/;

/** Rule IDs marked on each line (`// expect: a, b`), as [ruleId, line] pairs. */
function markers(text: string): [ruleId: string, line: number][] {
  return text.split('\n').flatMap((line, i) => {
    const marked = MARKER.exec(line)?.[1];
    return marked ? marked.split(',').map((id) => [id.trim(), i + 1] as [string, number]) : [];
  });
}

const textOf = (file: string): string => readFileSync(`${DIR}/${file}`, 'utf8');

/** [fixture, rule, level]: the rule fires at the fixture's `// expect: rule` lines, at that level. */
const CASES: [fixture: string, ruleId: string, level: FindingLevel][] = [
  ['subnet-outside-vnet.json', 'subnet-outside-vnet', 'error'],
  ['subnet-overlap.json', 'subnet-overlap', 'error'],
  ['subnet-overlap-copy.json', 'subnet-overlap', 'error'],
  ['invalid-cidr.json', 'invalid-cidr', 'error'],
  ['aks-service-cidr-overlap.json', 'aks-service-cidr-overlap', 'error'],
  ['aks-service-cidr-overlap-vnet.json', 'aks-service-cidr-overlap', 'error'],
  ['aks-service-cidr-overlap-linked.json', 'aks-service-cidr-overlap', 'error'],
  ['aks-dns-service-ip-outside-service-cidr.json', 'aks-dns-service-ip-outside-service-cidr', 'error'],
  ['aks-dns-service-ip-reserved.json', 'aks-dns-service-ip-reserved', 'error'],
  ['aks-dns-service-ip-reserved-network.json', 'aks-dns-service-ip-reserved', 'error'],
  ['aks-docker-bridge-overlap.json', 'aks-docker-bridge-overlap', 'error'],
  ['aks-docker-bridge-unsupported.json', 'aks-docker-bridge-unsupported', 'error'],
  ['aks-reserved-range.json', 'aks-reserved-range', 'error'],
  ['aks-reserved-range-vnet.json', 'aks-reserved-range', 'error'],
  ['aks-subnet-capacity.json', 'aks-subnet-capacity', 'error'],
  ['aks-subnet-capacity-agentpools.json', 'aks-subnet-capacity', 'error'],
  ['aks-network-plugin.json', 'aks-network-plugin', 'warning'],
  ['aks-region-mismatch.json', 'aks-region-mismatch', 'error'],
  ['aks-private-cluster-public-fqdn.json', 'aks-private-cluster-public-fqdn', 'error'],
  ['aci-private-workspace.json', 'aci-private-workspace', 'error'],
  ['aci-private-workspace-network-profile.json', 'aci-private-workspace', 'error'],
  ['aks-network-contributor-missing.json', 'aks-network-contributor-missing', 'error'],
  ['aks-network-contributor-missing-other-rg.json', 'aks-network-contributor-missing', 'error'],
  ['workspace-dependency-not-private.json', 'workspace-dependency-not-private', 'error'],
  ['workspace-dependency-not-private-registry.json', 'workspace-dependency-not-private', 'error'],
  ['private-dns-zone-mismatch.json', 'private-dns-zone-mismatch', 'error'],
  ['private-dns-zone-mismatch-environment.json', 'private-dns-zone-mismatch', 'error'],
  ['private-endpoint-dns-missing.json', 'private-endpoint-dns-missing', 'warning'],
  ['private-endpoint-dns-missing-link.json', 'private-endpoint-dns-missing', 'warning'],
  ['private-endpoint-dns-missing-notebooks.json', 'private-endpoint-dns-missing', 'warning'],
  ['acr-sku-private-endpoint.json', 'acr-sku-private-endpoint', 'error'],
  ['workspace-vnet-quickstart.json', 'acr-sku-private-endpoint', 'error'],
  ['public-network-access.json', 'public-network-access', 'warning'],
  ['aks-public-load-balancer.json', 'aks-public-load-balancer', 'warning'],
  ['aks-api-server-public.json', 'aks-api-server-public', 'info'],
  ['nsg-outbound-blocks-acr.json', 'nsg-outbound-blocks-acr', 'error'],
  ['nsg-scoring-inbound-open.json', 'nsg-scoring-inbound-open', 'warning'],
];

const API_ZONE_CONFIG = `{ "name": "api", "properties": { "privateDnsZoneId": "[resourceId(parameters('dnsResourceGroup'), 'Microsoft.Network/privateDnsZones', 'privatelink.api.azureml.ms')]" } }`;
const NOTEBOOKS_ZONE_CONFIG = API_ZONE_CONFIG.replace('"api"', '"notebooks"').replace('privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net');

/**
 * [fixture, rule, replacements]: the fixture with each `from` replaced by `to`
 * (every occurrence) is the same template done right; the rule stays silent.
 */
const CLEAN_TWINS: [fixture: string, ruleId: string, fixes: [from: string, to: string][]][] = [
  ['subnet-overlap-copy.json', 'subnet-overlap', [['10.20.1.128/25', '10.20.2.128/25']]],
  ['aks-service-cidr-overlap.json', 'aks-service-cidr-overlap', [['"defaultValue": "10.10.0.0/16"', '"defaultValue": "10.0.0.0/16"'], ['10.10.0.10', '10.0.0.10']]],
  ['aks-dns-service-ip-reserved.json', 'aks-dns-service-ip-reserved', [['10.0.0.1"', '10.0.0.10"']]],
  ['aks-docker-bridge-unsupported.json', 'aks-docker-bridge-unsupported', [['"2024-09-01"', '"2023-03-01"']]],
  ['aks-subnet-capacity.json', 'aks-subnet-capacity', [['10.30.0.0/24', '10.30.0.0/22']]],
  ['aks-subnet-capacity-agentpools.json', 'aks-subnet-capacity', [['"defaultValue": 20', '"defaultValue": 10']]],
  ['aks-network-contributor-missing-other-rg.json', 'aks-network-contributor-missing', [['"resourceGroup": "[resourceGroup().name]"', `"resourceGroup": "[parameters('networkResourceGroup')]"`]]],
  ['private-dns-zone-mismatch.json', 'private-dns-zone-mismatch', [['"privatelink.vault.azure.net"', '"privatelink.vaultcore.azure.net"']]],
  ['acr-sku-private-endpoint.json', 'acr-sku-private-endpoint', [['"defaultValue": "Standard"', '"defaultValue": "Premium"']]],
  ['private-endpoint-dns-missing-notebooks.json', 'private-endpoint-dns-missing', [[API_ZONE_CONFIG, `${API_ZONE_CONFIG},\n${NOTEBOOKS_ZONE_CONFIG}`]]],
  ['workspace-vnet-quickstart.json', 'acr-sku-private-endpoint', [['"defaultValue": "Basic"', '"defaultValue": "Premium"']]],
  ['workspace-vnet-quickstart.json', 'acr-sku-private-endpoint', [['"defaultValue": "AutoApproval"', '"defaultValue": "none"']]],
  ['nsg-outbound-blocks-acr.json', 'nsg-outbound-blocks-acr', [['"AzureMachineLearning"', '"AzureMachineLearning", "AzureContainerRegistry"']]],
  // the deny guards a subnet the cluster doesn't use
  ['nsg-outbound-blocks-acr.json', 'nsg-outbound-blocks-acr', [[`"subnetId": "[variables('aksSubnetId')]"`, `"subnetId": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-contoso', 'snet-other')]"`]]],
  ['aks-region-mismatch.json', 'aks-region-mismatch', [['"westeurope"', '"eastus2"']]],
  ['private-dns-zone-mismatch-environment.json', 'private-dns-zone-mismatch', [["format('privatelink{0}', environment().suffixes.keyvaultDns)", "format('privatelink.vaultcore{0}', replace(environment().suffixes.keyvaultDns, '.vault.', '.'))"]]],
  ['workspace-dependency-not-private-registry.json', 'workspace-dependency-not-private', [['{ "name": "pe-mlw-contoso"', '{ "name": "pe-crcontoso", "target": "registry", "group": "registry" },\n      { "name": "pe-mlw-contoso"']]],
  // the open NSG guards a subnet that has nothing to do with scoring
  ['nsg-scoring-inbound-open.json', 'nsg-scoring-inbound-open', [['"defaultValue": "snet-scoring"', '"defaultValue": "snet-aks"']]],
];

/** A value ARM knows only at deployment: the front end reads it as unknown. */
const RUNTIME = "[reference('runtime-value').value]";

/** [fixture, rule, replacements]: the deciding value made unknown; the rule can't tell and stays silent. */
const UNKNOWN_TWINS: [fixture: string, ruleId: string, fixes: [from: string, to: string][]][] = [
  ['aks-service-cidr-overlap.json', 'aks-service-cidr-overlap', [["[parameters('serviceCidr')]", RUNTIME]]],
  ['aks-dns-service-ip-reserved.json', 'aks-dns-service-ip-reserved', [['"10.0.0.1"', `"${RUNTIME}"`]]],
  ['aks-docker-bridge-unsupported.json', 'aks-docker-bridge-unsupported', [['"172.17.0.1/16"', `"${RUNTIME}"`]]],
  ['aks-subnet-capacity.json', 'aks-subnet-capacity', [["[parameters('nodeCount')]", RUNTIME]]],
  ['aks-network-plugin.json', 'aks-network-plugin', [["[parameters('networkPlugin')]", RUNTIME]]],
  ['nsg-scoring-inbound-open.json', 'nsg-scoring-inbound-open', [["[parameters('scoringSubnet')]", RUNTIME]]],
  ['nsg-scoring-inbound-open.json', 'nsg-scoring-inbound-open', [["\"id\": \"[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-snet-scoring')]\" }", `"id": "${RUNTIME}" }`]]],
  ['aks-region-mismatch.json', 'aks-region-mismatch', [['"computeLocation": "[parameters(\'location\')]"', `"computeLocation": "${RUNTIME}"`]]],
  ['aks-network-contributor-missing-other-rg.json', 'aks-network-contributor-missing', [['"resourceGroup": "[resourceGroup().name]"', `"resourceGroup": "${RUNTIME}"`]]],
  ['subnet-overlap.json', 'subnet-overlap', [['"10.10.3.0/24"', `"${RUNTIME}"`]]],
  ['private-dns-zone-mismatch.json', 'private-dns-zone-mismatch', [['"privatelink.vault.azure.net"', `"${RUNTIME}"`]]],
  ['acr-sku-private-endpoint.json', 'acr-sku-private-endpoint', [["[parameters('registrySku')]", RUNTIME]]],
  ['workspace-dependency-not-private.json', 'workspace-dependency-not-private', [["[variables('endpoints')[copyIndex()].target]", RUNTIME]]],
  ['nsg-outbound-blocks-acr.json', 'nsg-outbound-blocks-acr', [['"priority": 4000', `"priority": "${RUNTIME}"`]]],
  ['nsg-outbound-blocks-acr.json', 'nsg-outbound-blocks-acr', [[`"subnetId": "[variables('aksSubnetId')]"`, `"subnetId": "${RUNTIME}"`]]],
  ['nsg-outbound-blocks-acr.json', 'nsg-outbound-blocks-acr', [["[format('{0}/allow-{1}', variables('nsgName'), replace(variables('allowedTags')[copyIndex()], '.', '-'))]", RUNTIME]]],
];

/** The fixture's parameters file, read as `moat lint` pairs it (x.json with x.parameters.json). */
function parametersOf(file: string): ArmReadOptions {
  const parametersFile = file.replace(/\.json$/, '.parameters.json');
  if (!existsSync(`${DIR}/${parametersFile}`)) return {};
  const { parameters, errors } = readArmParametersFile(textOf(parametersFile), parametersFile);
  assert.equal(errors, []);
  return { parameters, parametersFile };
}

let linted: Promise<Finding[]> | undefined;
/** `moat lint` over the whole fixture folder, once. */
function lintFolder(): Promise<Finding[]> {
  linted ??= lintPaths([DIR], { cwd: DIR, config: { levels: {} } }).then((result) => {
    assert.is(result.unparsable, false, 'every fixture parses');
    return result.findings;
  });
  return linted;
}

for (const [file, ruleId, level] of CASES) {
  test(`${file}: ${ruleId} fires at the marked lines`, async () => {
    const expected = markers(textOf(file)).filter(([id]) => id === ruleId).map(([, line]) => `${level} at line ${line}`);
    assert.ok(expected.length > 0, `${file} marks a line with // expect: ${ruleId}`);
    const findings = (await lintFolder()).filter((f) => f.file === file && f.ruleId === ruleId);
    // one line may give several findings (a range overlapping two subnets)
    const actual = [...new Set(findings.map((f) => `${f.level} at line ${f.line}`))];
    assert.equal(actual, expected, findings.map((f) => `${f.line}: ${f.message}`).join('\n'));
  });
}

const SILENT_TWINS = [...CLEAN_TWINS.map((t) => ['done right', ...t] as const), ...UNKNOWN_TWINS.map((t) => ['unknown', ...t] as const)];

SILENT_TWINS.forEach(([kind, file, ruleId, fixes], i) => {
  const twin = SILENT_TWINS.slice(0, i).filter(([otherKind, other]) => otherKind === kind && other === file).length + 1;
  test(`${file} ${kind}${twin > 1 ? ` (twin ${twin})` : ''}: ${ruleId} stays silent`, () => {
    let text = textOf(file);
    for (const [from, to] of fixes) {
      assert.ok(text.includes(from), `${file} contains ${from}`);
      text = text.split(from).join(to);
    }
    const { graph, errors } = readArmTemplate(text, file, parametersOf(file));
    assert.equal(errors, []);
    assert.equal(runRules(graph).filter((f) => f.ruleId === ruleId).map((f) => `${f.line}: ${f.message}`), []);
  });
});

/** The fixture with `// moat-disable-next-line <rule>` above each line marked for the rule. */
function withSuppressions(text: string, ruleId: string): string {
  const marked = new Set(markers(text).filter(([id]) => id === ruleId).map(([, line]) => line));
  return text
    .split('\n')
    .flatMap((line, i) => (marked.has(i + 1) ? [`${/^\s*/.exec(line)![0]}// moat-disable-next-line ${ruleId}`, line] : [line]))
    .join('\n');
}

for (const [file, ruleId] of CASES) {
  test(`${file}: a moat-disable-next-line comment above the marked lines silences ${ruleId}`, () => {
    const text = withSuppressions(textOf(file), ruleId);
    const { graph, errors } = readArmTemplate(text, file, parametersOf(file));
    assert.equal(errors, []);
    const left = applySuppressions(runRules(graph), file, findSuppressions(text, 'arm')).filter((f) => f.ruleId === ruleId);
    assert.equal(left.map((f) => `${f.line}: ${f.message}`), []);
  });
}

test('every marker in a fixture is a rule its table row checks', () => {
  const checked = new Set(CASES.map(([file, ruleId]) => `${file} ${ruleId}`));
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.parameters.json'));
  const stray = files.flatMap((file) => markers(textOf(file)).map(([id]) => `${file} ${id}`)).filter((m) => !checked.has(m));
  assert.equal([...new Set(stray)], []);
  assert.equal(files.sort(), [...new Set(CASES.map(([file]) => file))].sort(), 'every fixture is in the table');
});

test('every domain rule of design.md §1 has a fixture', () => {
  const covered = new Set(CASES.map(([, ruleId]) => ruleId));
  assert.equal(DOMAIN_RULES.filter((id) => !covered.has(id)), []);
});

test.run();
