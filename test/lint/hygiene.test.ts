/**
 * The template hygiene rules over ARM templates read by the front end: each
 * fires (rule ID, level, line), stays silent, and stays silent on unknown input.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readArmTemplate } from '../../src/frontends/arm/index.js';
import { runRules } from '../../src/lint/engine.js';
import type { Rule } from '../../src/lint/types.js';
import noHardcodedEnvUrls from '../../src/lint/rules/no-hardcoded-env-urls.js';
import noHardcodedLocation from '../../src/lint/rules/no-hardcoded-location.js';
import noUnusedParams from '../../src/lint/rules/no-unused-params.js';
import noUnusedVars from '../../src/lint/rules/no-unused-vars.js';
import outputsShouldNotContainSecrets from '../../src/lint/rules/outputs-should-not-contain-secrets.js';
import secureParameterDefault from '../../src/lint/rules/secure-parameter-default.js';

const FILE = 'azuredeploy.json';
const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const template = (parts: Record<string, unknown>): string => JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...parts }, null, 2);
const storage = (extra: Record<string, unknown> = {}) => ({ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-05-01', name: 'st', location: "[parameters('location')]", ...extra });
const locationParam = { location: { type: 'string', defaultValue: '[resourceGroup().location]' } };
/** A template where everything declared is used, with room for the case's own parts. */
const clean = (parts: { parameters?: object; variables?: object; resources?: object[]; outputs?: object; functions?: object[] } = {}): string =>
  template({ parameters: { ...locationParam, ...parts.parameters }, variables: parts.variables ?? {}, resources: parts.resources ?? [storage()], outputs: parts.outputs ?? {}, ...(parts.functions ? { functions: parts.functions } : {}) });

/** A nested deployment named inner whose template (with `parts`) sees only its own parameters, given `parameters`. */
const innerDeployment = (parts: object, parameters?: object): object => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name: 'inner',
  properties: {
    expressionEvaluationOptions: { scope: 'inner' },
    ...(parameters ? { parameters } : {}),
    template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [], ...parts },
  },
});

/** A finding expected on the line holding `marker` (the nth time it appears), with `says` in its message. */
interface Expected {
  marker: string;
  nth?: number;
  says: string;
}

type Case = [name: string, text: string, expected: Expected[]];

function lineOf(text: string, marker: string, nth = 1): number {
  let seen = 0;
  const index = text.split('\n').findIndex((line) => line.includes(marker) && ++seen === nth);
  if (index < 0) throw new Error(`marker ${marker} not in the template`);
  return index + 1;
}

const TABLES: [Rule, Case[]][] = [
  [
    secureParameterDefault,
    [
      ['fires: literal default', clean({ parameters: { adminPassword: { type: 'secureString', defaultValue: 'P@ssw0rd' } }, resources: [storage({ properties: { p: "[parameters('adminPassword')]" } })] }), [{ marker: '"adminPassword": {', says: 'adminPassword' }]],
      ['fires: secureObject default', clean({ parameters: { secrets: { type: 'secureObject', defaultValue: { k: 'v' } } }, resources: [storage({ properties: { p: "[parameters('secrets')]" } })] }), [{ marker: '"secrets": {', says: 'hard-coded default' }]],
      ['silent: empty default', clean({ parameters: { pw: { type: 'secureString', defaultValue: '' } }, resources: [storage({ properties: { p: "[parameters('pw')]" } })] }), []],
      ['silent: newGuid()', clean({ parameters: { pw: { type: 'secureString', defaultValue: '[newGuid()]' } }, resources: [storage({ properties: { p: "[parameters('pw')]" } })] }), []],
      ['silent: no default', clean({ parameters: { pw: { type: 'secureString' } }, resources: [storage({ properties: { p: "[parameters('pw')]" } })] }), []],
      ['silent: not secure', clean({ parameters: { sku: { type: 'string', defaultValue: 'Standard_LRS' } }, resources: [storage({ properties: { p: "[parameters('sku')]" } })] }), []],
      ['unknown: computed default', clean({ parameters: { other: { type: 'string' }, pw: { type: 'secureString', defaultValue: "[parameters('other')]" } }, resources: [storage({ properties: { p: "[parameters('pw')]" } })] }), []],
    ],
  ],
  [
    noHardcodedLocation,
    [
      ['fires: literal', clean({ resources: [storage({ location: 'westus' })] }), [{ marker: '"location": "westus"', says: "'westus' is hard-coded" }]],
      ['fires: variable holding a literal, at the variable (where Bicep reports it)', clean({ variables: { loc: 'eastus' }, resources: [storage({ location: "[variables('loc')]" })] }), [{ marker: '"loc": "eastus"', says: 'hard-coded in variable loc' }]],
      ['fires once for a variable two resources use', clean({ variables: { Loc: 'eastus' }, resources: [storage({ location: "[variables('loc')]" }), storage({ name: 'st2', location: "[variables('LOC')]" })] }), [{ marker: '"Loc": "eastus"', says: 'variable Loc' }]],
      ['silent: parameter', clean(), []],
      ["silent: 'global'", clean({ resources: [storage({ location: 'global' })] }), []],
      [
        "silent: a template spec's template (deployed later, elsewhere, not by this template)",
        clean({
          resources: [
            storage(),
            { type: 'Microsoft.Resources/templateSpecs/versions', apiVersion: '2022-02-01', name: 'spec/1.0', location: "[parameters('location')]", properties: { template: { resources: [storage({ location: 'westus' })] } } },
          ],
        }),
        [],
      ],
      ['silent: expression', clean({ resources: [storage({ location: '[resourceGroup().location]' })] }), []],
      ['unknown: parameter without a value', clean({ parameters: { where: { type: 'string' } }, resources: [storage({ location: "[parameters('where')]" })] }), []],
    ],
  ],
  [
    noUnusedParams,
    [
      ['fires', clean({ parameters: { unused: { type: 'string' } } }), [{ marker: '"unused": {', says: 'parameter unused' }]],
      ['silent: used in a resource', clean(), []],
      [
        'silent: passed to a nested deployment; fires in its inner template',
        clean({
          parameters: { zone: { type: 'string', defaultValue: 'z' } },
          resources: [innerDeployment({ parameters: { zone: { type: 'string' } } }, { zone: { value: "[parameters('zone')]" } }), storage()],
        }),
        [{ marker: '"zone": {', nth: 3, says: 'parameter zone' }],
      ],
      ['unknown: computed parameter name', clean({ parameters: { a: { type: 'string' } }, resources: [storage({ properties: { p: "[parameters(concat('a', ''))]" } })] }), []],
    ],
  ],
  [
    noUnusedVars,
    [
      ['fires', clean({ variables: { unused: 'x' } }), [{ marker: '"unused": "x"', says: 'variable unused' }]],
      ['fires: copy variable', clean({ variables: { copy: [{ name: 'list', count: 2, input: "[copyIndex('list')]" }] } }), [{ marker: '"name": "list"', says: 'variable list' }]],
      ['silent: used', clean({ variables: { sku: 'Standard_LRS' }, resources: [storage({ sku: { name: "[variables('sku')]" } })] }), []],
      ['silent: used by another variable', clean({ variables: { a: 'x', b: "[variables('a')]" }, resources: [storage({ properties: { p: "[variables('b')]" } })] }), []],
      ['silent: used in a property name (Bicep compiles `${key}: value` to one)', clean({ variables: { key: 'team' }, resources: [storage({ tags: { "[format('{0}', variables('key'))]": 'ml' } })] }), []],
      ['unknown: computed variable name', clean({ variables: { a: 'x' }, resources: [storage({ properties: { p: "[variables(concat('a', ''))]" } })] }), []],
    ],
  ],
  [
    outputsShouldNotContainSecrets,
    [
      ['fires: secure parameter', clean({ parameters: { pw: { type: 'secureString' } }, outputs: { out: { type: 'string', value: "[concat('x', parameters('pw'))]" } } }), [{ marker: '"out": {', says: 'secure parameter pw' }]],
      ['fires: list* function', clean({ outputs: { keys: { type: 'object', value: "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-05-01')]" } } }), [{ marker: '"keys": {', says: 'listKeys()' }]],
      ['fires: password by name', clean({ outputs: { adminPassword: { type: 'string', value: 'x' } } }), [{ marker: '"adminPassword": {', says: 'password' }]],
      ['silent: an ID', clean({ outputs: { id: { type: 'string', value: "[resourceId('Microsoft.Storage/storageAccounts', 'st')]" } } }), []],
      ['silent: a secure output', clean({ parameters: { pw: { type: 'secureString' } }, outputs: { out: { type: 'secureString', value: "[parameters('pw')]" } } }), []],
      ['silent: a secureString output named like a password', clean({ outputs: { adminPassword: { type: 'secureString', value: 'x' } } }), []],
      ['silent: a secureObject output with listKeys', clean({ outputs: { keys: { type: 'secureObject', value: "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-05-01')]" } } }), []],
      ['unknown: a value only known at deployment', clean({ outputs: { ep: { type: 'string', value: "[reference('st').primaryEndpoints.blob]" } } }), []],
    ],
  ],
  [
    noHardcodedEnvUrls,
    [
      ['fires: management URL', clean({ variables: { url: 'https://management.azure.com/' }, resources: [storage({ properties: { p: "[variables('url')]" } })] }), [{ marker: '"url":', says: 'management.azure.com' }]],
      ['fires: host inside concat', clean({ resources: [storage({ properties: { p: "[concat('https://', 'login.microsoftonline.com')]" } })] }), [{ marker: 'login.microsoftonline.com', says: 'login.microsoftonline.com' }]],
      ['fires: a subdomain of core.windows.net', clean({ resources: [storage({ properties: { zone: 'privatelink.blob.core.windows.net' } })] }), [{ marker: 'privatelink.blob', says: 'core.windows.net' }]],
      ['fires: inside an expression that names a property', clean({ resources: [storage({ tags: { "[concat('zone-', 'privatelink.blob.core.windows.net')]": 'x' } })] }), [{ marker: 'privatelink.blob', says: 'core.windows.net' }]],
      [
        'fires: in an inner-scope nested template',
        clean({
          resources: [innerDeployment({ outputs: { u: { type: 'string', value: 'https://inner.vault.azure.net' } } }), storage()],
        }),
        [{ marker: 'https://inner.vault', says: 'vault.azure.net' }],
      ],
      [
        'fires: in a user function',
        clean({ functions: [{ namespace: 'ns', members: { url: { parameters: [], output: { type: 'string', value: "[concat('https://', 'graph.windows.net')]" } } } }] }),
        [{ marker: 'graph.windows.net', says: 'graph.windows.net' }],
      ],
      ['silent: the schema URL', clean(), []],
      ['fires: a host in capitals', clean({ resources: [storage({ properties: { p: 'HTTPS://MANAGEMENT.AZURE.COM' } })] }), [{ marker: 'MANAGEMENT.AZURE', says: 'management.azure.com' }]],
      ['fires: a host before a line break', clean({ resources: [storage({ properties: { p: 'https://x.vault.azure.net\r\nnext' } })] }), [{ marker: 'x.vault', says: 'vault.azure.net' }]],
      ['fires: a host after other dotted names', clean({ resources: [storage({ properties: { p: 'see Microsoft.Network or api.loganalytics.io/v1' } })] }), [{ marker: 'api.loganalytics', says: 'api.loganalytics.io' }]],
      ['silent: a host inside a longer name', clean({ resources: [storage({ properties: { p: 'https://x.core.windows.net.cn', q: 'core.windows.net-x.example' } })] }), []],
      ['silent: in descriptions and other metadata (ARM reads none of it; Bicep skips descriptions)', clean({ parameters: { ...locationParam, issuer: { type: 'string', defaultValue: '', metadata: { description: 'e.g. https://login.microsoftonline.com/tenant/v2.0' } } }, resources: [storage({ metadata: { docs: 'https://x.blob.core.windows.net' }, properties: { p: "[parameters('issuer')]" } })] }), []],
      ['silent: environment()', clean({ resources: [storage({ properties: { zone: "[concat('privatelink.blob.', environment().suffixes.storage)]" } })] }), []],
      ['silent: a host that only looks alike', clean({ resources: [storage({ properties: { p: 'https://notcore.windows.network' } })] }), []],
      ['unknown: URL from a parameter', clean({ parameters: { url: { type: 'string' } }, resources: [storage({ properties: { p: "[parameters('url')]" } })] }), []],
    ],
  ],
];

for (const [rule, cases] of TABLES) {
  for (const [name, text, expected] of cases) {
    test(`${rule.meta.id}: ${name}`, () => {
      const { graph, errors } = readArmTemplate(text, FILE);
      assert.equal(errors, []);
      const findings = runRules(graph, { rules: [rule] });
      assert.equal(
        findings.map((f) => [f.ruleId, f.level, f.file, f.line]),
        expected.map((e) => [rule.meta.id, rule.meta.defaultLevel, FILE, lineOf(text, e.marker, e.nth)]),
        findings.map((f) => `${f.line}: ${f.message}`).join('\n'),
      );
      findings.forEach((f, i) => assert.ok(f.message.includes(expected[i]!.says), `"${f.message}" should say "${expected[i]!.says}"`));
    });
  }
}

test('the clean template is clean for every hygiene rule', () => {
  const { graph } = readArmTemplate(clean(), FILE);
  assert.equal(runRules(graph, { rules: TABLES.map(([rule]) => rule) }), []);
});

test.run();
