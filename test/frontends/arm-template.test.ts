/**
 * The ARM walker: copy loops, conditions, child resources, nested deployments
 * (inner and outer scope), symbolic names, parameters, bounds; and the
 * line:col of values.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isArmTemplate, readArmParametersFile, readArmTemplate, type ArmReadOptions } from '../../src/frontends/arm/index.js';
import { Unknown, getPath, type Value } from '../../src/graph/value.js';
import type { GraphResource } from '../../src/graph/types.js';
import { armGuid } from '../../src/azure/guid.js';
import { FILE, SCHEMA, UNKNOWN, lineOf, matches, plain, read, template } from './arm-support.js';

const API = '2024-05-01';
const vnet = (name: string, extra: Record<string, unknown> = {}) => ({ type: 'Microsoft.Network/virtualNetworks', apiVersion: API, name, location: 'westus', ...extra });
const deployment = (name: string, inner: Record<string, unknown>, extra: Record<string, unknown> = {}, properties: Record<string, unknown> = {}) => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name,
  ...extra,
  properties: { mode: 'Incremental', template: template(inner), ...properties },
});
const innerScope = { expressionEvaluationOptions: { scope: 'inner' } };

interface ExpectedResource {
  /** `type/name` with the full type and name */
  id: string;
  condition?: unknown;
  scope?: unknown;
  deployment?: string;
  existing?: boolean;
  /** value paths from the resource root -> expected plain value (or UNKNOWN) */
  values?: Record<string, unknown>;
  /** `type/name` of resources it depends on */
  dependsOn?: string[];
  suppress?: string[];
}

interface Expected {
  resources: ExpectedResource[];
  /** substrings of the expected problems, in order */
  errors?: string[];
}

const label = (r: GraphResource): string => `${r.type}/${typeof r.name === 'string' ? r.name : '?'}`;

const CASES: [name: string, input: Record<string, unknown>, expected: Expected, options?: ArmReadOptions][] = [
  [
    'resource copy loop',
    template({ resources: [vnet("[concat('vnet', copyIndex(1))]", { copy: { name: 'nets', count: 3 }, properties: { i: "[copyIndex('nets')]" } })] }),
    {
      resources: [1, 2, 3].map((n) => ({ id: `Microsoft.Network/virtualNetworks/vnet${n}`, values: { 'properties.i': n - 1 } })),
    },
  ],
  ['copy count 0', template({ resources: [vnet('[concat(\'v\', copyIndex())]', { copy: { name: 'n', count: 0 } })] }), { resources: [] }],
  [
    'copy count unknown: one stand-in, unknown name and condition',
    template({ parameters: { n: { type: 'int' } }, resources: [vnet("[concat('v', copyIndex())]", { copy: { name: 'n', count: "[parameters('n')]" } })] }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/?', condition: UNKNOWN }] },
  ],
  [
    'copy count over ARM limit',
    template({ resources: [vnet("[concat('v', copyIndex())]", { copy: { name: 'big', count: 801 } })] }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/?', condition: UNKNOWN }], errors: ["copy loop big has count 801, over ARM's limit of 800"] },
  ],
  [
    'property copy',
    template({
      resources: [
        vnet('vnet', {
          properties: {
            copy: [{ name: 'subnets', count: 2, input: { name: "[concat('snet', copyIndex('subnets'))]", properties: { addressPrefix: "[cidrSubnet('10.0.0.0/16', 24, copyIndex('subnets'))]" } } }],
          },
        }),
      ],
    }),
    {
      resources: [
        {
          id: 'Microsoft.Network/virtualNetworks/vnet',
          values: { 'properties.subnets.1.name': 'snet1', 'properties.subnets.1.properties.addressPrefix': '10.0.1.0/24' },
        },
      ],
    },
  ],
  [
    'variable copy',
    template({
      variables: { copy: [{ name: 'prefixes', count: 2, input: "[concat('10.', copyIndex('prefixes'), '.0.0/16')]" }] },
      resources: [vnet('vnet', { properties: { addressSpace: { addressPrefixes: "[variables('prefixes')]" } } })],
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', values: { 'properties.addressSpace.addressPrefixes': ['10.0.0.0/16', '10.1.0.0/16'] } }] },
  ],
  [
    'conditions: true omitted, false kept, unknown kept',
    template({
      parameters: { deploy: { type: 'bool', defaultValue: true }, open: { type: 'bool' } },
      resources: [vnet('a', { condition: "[parameters('deploy')]" }), vnet('b', { condition: false }), vnet('c', { condition: "[parameters('open')]" })],
    }),
    {
      resources: [
        { id: 'Microsoft.Network/virtualNetworks/a', condition: undefined },
        { id: 'Microsoft.Network/virtualNetworks/b', condition: false },
        { id: 'Microsoft.Network/virtualNetworks/c', condition: UNKNOWN },
      ],
    },
  ],
  [
    'child resources: full type and name, depend on the parent',
    template({
      resources: [vnet('vnet', { resources: [{ type: 'subnets', apiVersion: API, name: 'snet-aks', properties: { addressPrefix: '10.0.0.0/24' } }] })],
    }),
    {
      resources: [
        { id: 'Microsoft.Network/virtualNetworks/vnet' },
        { id: 'Microsoft.Network/virtualNetworks/subnets/vnet/snet-aks', values: { 'properties.addressPrefix': '10.0.0.0/24' }, dependsOn: ['Microsoft.Network/virtualNetworks/vnet'] },
      ],
    },
  ],
  [
    'nested deployment, inner scope: own parameters, target resource group',
    template({
      variables: { zone: 'privatelink.blob.core.windows.net' },
      resources: [
        deployment(
          'dns',
          {
            parameters: { zoneName: { type: 'string' } },
            resources: [{ type: 'Microsoft.Network/privateDnsZones', apiVersion: '2020-06-01', name: "[parameters('zoneName')]", location: 'global', properties: { rg: '[resourceGroup().name]', dep: '[deployment().name]' } }],
          },
          { resourceGroup: 'rg-dns' },
          { ...innerScope, parameters: { zoneName: { value: "[variables('zone')]" } } },
        ),
      ],
    }),
    {
      resources: [
        {
          id: 'Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net',
          scope: { level: 'resourceGroup', resourceGroup: 'rg-dns' },
          deployment: 'dns',
          values: { 'properties.rg': 'rg-dns', 'properties.dep': 'dns' },
        },
      ],
    },
  ],
  [
    "nested deployment, outer scope: the parent's variables and resource group",
    template({
      variables: { name: 'vnet-outer' },
      resources: [deployment('net', { resources: [vnet("[variables('name')]", { properties: { rg: '[resourceGroup().name]' } })] }, { resourceGroup: 'rg-net', subscriptionId: 'sub-1' })],
    }),
    {
      resources: [
        {
          id: 'Microsoft.Network/virtualNetworks/vnet-outer',
          scope: { level: 'resourceGroup', subscription: 'sub-1', resourceGroup: 'rg-net' },
          deployment: 'net',
          values: { 'properties.rg': UNKNOWN },
        },
      ],
    },
  ],
  [
    "nested deployment to the deployment's own resource group and subscription, named by resourceGroup() and subscription()",
    template({
      resources: [deployment('rbac', { resources: [vnet('vnet-own')] }, { resourceGroup: '[resourceGroup().name]', subscriptionId: '[subscription().subscriptionId]' })],
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet-own', scope: { level: 'resourceGroup' }, deployment: 'rbac' }] },
  ],
  [
    'a template read where a linking deployment targets: its resources and resourceId() there',
    template({ resources: [vnet('vnet-linked', { properties: { self: "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-linked')]" } })] }),
    {
      resources: [
        {
          id: 'Microsoft.Network/virtualNetworks/vnet-linked',
          scope: { level: 'resourceGroup', resourceGroup: 'rg-net' },
          values: { 'properties.self': { $link: '/subscriptions/{subscriptionId}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-linked' } },
        },
      ],
    },
    { scope: { resourceGroup: 'rg-net' } },
  ],
  [
    'nested deployments in nested deployments, with conditions',
    template({
      resources: [deployment('outer', { resources: [deployment('inner', { resources: [vnet('deep')] }, {}, innerScope)] }, { condition: false }, innerScope)],
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/deep', deployment: 'outer/inner', condition: false }] },
  ],
  [
    'languageVersion 2.0: symbolic names, existing, dependsOn by symbol',
    template({
      languageVersion: '2.0',
      resources: {
        net: { ...vnet('vnet'), existing: true },
        pip: { type: 'Microsoft.Network/publicIPAddresses', apiVersion: API, name: 'pip', dependsOn: ['net'] },
      },
    }),
    {
      resources: [
        { id: 'Microsoft.Network/virtualNetworks/vnet', existing: true },
        { id: 'Microsoft.Network/publicIPAddresses/pip', existing: false, dependsOn: ['Microsoft.Network/virtualNetworks/vnet'] },
      ],
    },
  ],
  [
    'languageVersion 2.0: an existing resource in another resource group',
    template({
      languageVersion: '2.0',
      parameters: { vnetGroup: { type: 'string', defaultValue: 'rg-net' } },
      resources: { net: { ...vnet('vnet'), existing: true, resourceGroup: "[parameters('vnetGroup')]" } },
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', existing: true, scope: { level: 'resourceGroup', resourceGroup: 'rg-net' } }] },
  ],
  [
    'property names written as expressions are evaluated',
    template({
      resources: [
        vnet('vnet', {
          identity: { type: 'UserAssigned', userAssignedIdentities: { "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id')]": {} } },
          properties: { "[concat('a', 'b')]": 1, "[parameters('nope')]": 2 },
        }),
      ],
    }),
    {
      resources: [
        {
          id: 'Microsoft.Network/virtualNetworks/vnet',
          values: {
            'identity.userAssignedIdentities': { '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id': {} },
            'properties.ab': 1,
            "properties.[parameters('nope')]": 2,
          },
        },
      ],
    },
  ],
  [
    'dependsOn by resource ID, by name, and through links in properties',
    template({
      resources: [
        vnet('vnet'),
        { type: 'Microsoft.Network/networkSecurityGroups', apiVersion: API, name: 'nsg', dependsOn: ['vnet'] },
        { type: 'Microsoft.Network/publicIPAddresses', apiVersion: API, name: 'pip', dependsOn: ["[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg')]"], properties: { v: "[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]" } },
      ],
    }),
    {
      resources: [
        { id: 'Microsoft.Network/virtualNetworks/vnet' },
        { id: 'Microsoft.Network/networkSecurityGroups/nsg', dependsOn: ['Microsoft.Network/virtualNetworks/vnet'] },
        { id: 'Microsoft.Network/publicIPAddresses/pip', dependsOn: ['Microsoft.Network/networkSecurityGroups/nsg', 'Microsoft.Network/virtualNetworks/vnet'] },
      ],
    },
  ],
  [
    'parameters: file values win over defaults; no value is unknown',
    template({
      parameters: { a: { type: 'string', defaultValue: 'default' }, b: { type: 'string', defaultValue: 'default' }, c: { type: 'string' } },
      resources: [vnet('vnet', { properties: { a: "[parameters('a')]", b: "[parameters('b')]", c: "[parameters('c')]" } })],
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', values: { 'properties.a': 'from-file', 'properties.b': 'default', 'properties.c': { $unknown: 'parameter c has no value' } } }] },
    { parameters: { A: 'from-file' } },
  ],
  [
    'runtime values are unknown, links stay links',
    template({
      resources: [
        vnet('vnet', {
          properties: {
            ref: "[reference('other').x]",
            keys: "[listKeys('st', '2023-01-01')]",
            link: "[resourceId('Microsoft.Network/virtualNetworks', 'other')]",
            text: "[concat('id=', resourceId('Microsoft.Network/virtualNetworks', 'other'))]",
          },
        }),
      ],
    }),
    {
      resources: [
        {
          id: 'Microsoft.Network/virtualNetworks/vnet',
          values: {
            'properties.ref': UNKNOWN,
            'properties.keys': UNKNOWN,
            'properties.link': { $link: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/other' },
            'properties.text': 'id=/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/other',
          },
        },
      ],
    },
  ],
  [
    'metadata.moat.suppress and an extension scope',
    template({
      resources: [
        vnet('vnet', { metadata: { moat: { suppress: ['subnet-overlap'] } } }),
        {
          type: 'Microsoft.Authorization/roleAssignments',
          apiVersion: '2022-04-01',
          name: "[guid('ra')]",
          scope: "[format('Microsoft.Network/virtualNetworks/{0}', 'vnet')]",
          properties: { roleDefinitionId: "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')]" },
        },
      ],
    }),
    {
      resources: [
        { id: 'Microsoft.Network/virtualNetworks/vnet', suppress: ['subnet-overlap'] },
        {
          id: `Microsoft.Authorization/roleAssignments/${armGuid('ra')}`,
          values: { 'properties.scope': { $link: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet' } },
        },
      ],
    },
  ],
  [
    "an extension scope stays with its resource when properties are shared (a variable's value, an expression evaluated once)",
    template({
      variables: { props: { principalId: 'p1' } },
      resources: [
        vnet('vnet'),
        ...[
          ['a', "[variables('props')]", true],
          ['b', "[variables('props')]", false],
          ['c', "[createObject('principalId', 'p2')]", true],
          ['d', "[createObject('principalId', 'p2')]", false],
        ].map(([name, properties, scoped]) => ({
          type: 'Microsoft.Authorization/roleAssignments',
          apiVersion: '2022-04-01',
          name: `[guid('${name}')]`,
          ...(scoped ? { scope: "[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]" } : {}),
          properties,
        })),
      ],
      outputs: { props: { type: 'object', value: "[variables('props')]" } },
    }),
    {
      resources: [
        { id: 'Microsoft.Network/virtualNetworks/vnet' },
        ...[
          ['a', true],
          ['b', false],
          ['c', true],
          ['d', false],
        ].map(([name, scoped]) => ({
          id: `Microsoft.Authorization/roleAssignments/${armGuid(name as string)}`,
          values: { 'properties.scope': scoped ? { $link: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet' } : undefined },
        })),
      ],
    },
  ],
  [
    'subscription-level template',
    {
      $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.Resources/resourceGroups', apiVersion: '2022-09-01', name: 'rg', location: 'westus', properties: { id: "[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')]" } }],
    },
    { resources: [{ id: 'Microsoft.Resources/resourceGroups/rg', scope: { level: 'subscription' }, values: { 'properties.id': { $link: '/subscriptions/{subscriptionId}/providers/Microsoft.Resources/resourceGroups/rg' } } }] },
  ],
  [
    'user-defined functions',
    template({
      functions: [{ namespace: 'contoso', members: { name: { parameters: [{ name: 'base', type: 'string' }], output: { type: 'string', value: "[concat('vnet-', parameters('base'))]" } } } }],
      resources: [vnet("[contoso.name('a')]")],
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet-a' }] },
  ],
  [
    'self-referencing variables are unknown, not a hang',
    template({ variables: { a: "[variables('b')]", b: "[variables('a')]" }, resources: [vnet('vnet', { properties: { a: "[variables('a')]" } })] }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', values: { 'properties.a': UNKNOWN } }] },
  ],
  [
    'a bad expression is a problem and an unknown value',
    template({ resources: [vnet('vnet', { properties: { a: "[concat('a']" } })] }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', values: { 'properties.a': UNKNOWN } }], errors: ["expected ')'"] },
  ],
  [
    'nested deployments deeper than the bound',
    template({ resources: [Array.from({ length: 12 }).reduce<Record<string, unknown>>((inner, _, i) => deployment(`d${i}`, { resources: [inner] }), vnet('deep'))] }),
    { resources: [], errors: ['nested deployments go deeper than 10 levels'] },
  ],
  [
    'a long chain of variables is bounded',
    template({
      variables: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`v${i}`, i === 99 ? 'end' : `[variables('v${i + 1}')]`])),
      resources: [vnet('vnet', { properties: { a: "[variables('v0')]", b: "[variables('v90')]" } })],
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', values: { 'properties.a': UNKNOWN, 'properties.b': 'end' } }], errors: ['more than 64 levels deep'] },
  ],
  [
    'properties given as one unknown expression: every path through them is unknown',
    template({ parameters: { props: { type: 'object' } }, resources: [vnet('vnet', { properties: "[parameters('props')]" })] }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', values: { 'properties.addressSpace.addressPrefixes': UNKNOWN, properties: { $unknown: 'parameter props has no value' } } }] },
  ],
  [
    'values that double through variables are bounded',
    template({
      variables: Object.fromEntries(
        Array.from({ length: 40 }, (_, i) => [`v${i}`, i === 0 ? 'ab' : `[createArray(variables('v${i - 1}'), variables('v${i - 1}'))]`]),
      ),
      resources: [vnet('vnet', { properties: { a: "[string(variables('v39'))]", b: "[length(variables('v3'))]" } })],
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', values: { 'properties.a': UNKNOWN, 'properties.b': 2 } }], errors: ["is larger than moat's limit of 100000 elements"] },
  ],
  [
    'strings that double through variables are bounded',
    template({
      variables: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`s${i}`, i === 0 ? 'ab' : `[concat(variables('s${i - 1}'), variables('s${i - 1}'))]`])),
      resources: [vnet('vnet', { properties: { a: "[length(variables('s39'))]" } })],
    }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/vnet', values: { 'properties.a': UNKNOWN } }], errors: ["is larger than moat's limit of 100000 elements"] },
  ],
  ['a resource without a type', template({ resources: [{ name: 'x' }] }), { resources: [], errors: ['a resource needs a type'] }],
  [
    'a nested deployment run twice deploys its resources once: the last run; what depends on them still does',
    template({
      resources: [
        ...['init', 'again'].map((run) => deployment(`net-${run}`, { resources: [vnet('vnet-same', { properties: { run } }), { type: 'Microsoft.Network/virtualNetworks/subnets', apiVersion: API, name: 'vnet-same/snet', properties: { addressPrefix: '10.0.0.0/24' } }] })),
        { type: 'Microsoft.Network/networkSecurityGroups', apiVersion: API, name: 'nsg', dependsOn: ['vnet-same'] },
      ],
    }),
    {
      resources: [
        { id: 'Microsoft.Network/virtualNetworks/vnet-same', deployment: 'net-again', values: { 'properties.run': 'again' } },
        { id: 'Microsoft.Network/virtualNetworks/subnets/vnet-same/snet', deployment: 'net-again' },
        { id: 'Microsoft.Network/networkSecurityGroups/nsg', dependsOn: ['Microsoft.Network/virtualNetworks/vnet-same'] },
      ],
    },
  ],
  [
    'resources whose names are unknown may differ: they stay apart',
    template({ parameters: { a: { type: 'string' }, b: { type: 'string' } }, resources: [vnet("[parameters('a')]"), vnet("[parameters('b')]")] }),
    { resources: [{ id: 'Microsoft.Network/virtualNetworks/?' }, { id: 'Microsoft.Network/virtualNetworks/?' }] },
  ],
];

for (const [name, input, expected, options] of CASES) {
  test(`walker: ${name}`, () => {
    const { graph, errors } = read(input, options);
    assert.equal(errors.length, (expected.errors ?? []).length, JSON.stringify(errors));
    errors.forEach((e, i) => assert.ok(e.message.includes(expected.errors![i]!), e.message));
    assert.equal(graph.resources.map(label), expected.resources.map((r) => r.id.replace(/\/$/, '/?')));
    const labels = new Map(graph.resources.map((r) => [r.key, label(r)]));
    expected.resources.forEach((want, i) => {
      const got = graph.resources[i]!;
      if ('condition' in want) assert.ok(want.condition === undefined ? got.condition === undefined : matches(got.condition, want.condition), `condition ${String(got.condition)}`);
      if (want.scope) assert.equal(plain(got.scope as unknown as Value), want.scope);
      if (want.deployment) assert.is(got.deployment, want.deployment);
      if (want.existing !== undefined) assert.is(got.existing, want.existing);
      if (want.suppress) assert.equal(got.suppress, want.suppress);
      if (want.dependsOn) assert.equal(got.dependsOn.map((k) => labels.get(k)), want.dependsOn);
      for (const [path, value] of Object.entries(want.values ?? {})) {
        const actual = path.startsWith('properties.') ? getPath(got.properties, path.slice('properties.'.length)) : getPath(got as unknown as Value, path);
        assert.ok(matches(actual, value), `${path}: ${JSON.stringify(plain(actual))}`);
      }
    });
  });
}

const POSITIONED = `{
  // comments and trailing commas are fine
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "cidr": "10.0.0.0/16", },
  "resources": [
    {
      "type": "Microsoft.ContainerService/managedClusters",
      "apiVersion": "2024-05-01",
      "name": "aks",
      "location": "westus",
      "sku": { "name": "Base" },
      "properties": {
        "networkProfile": {
          "serviceCidr": "[variables('cidr')]",
          "dnsServiceIP": "10.0.0.10"
        },
        "agentPoolProfiles": [
          { "name": "system", "count": 3 },
        ]
      }
    }
  ]
}`;

const POSITIONS: [path: string, marker: string, column: number][] = [
  ['name', '"name": "aks"', 15],
  ['location', '"location"', 19],
  ['sku.name', '"Base"', 24],
  ['properties.networkProfile', '"networkProfile"', 27],
  ['properties.networkProfile.serviceCidr', '"serviceCidr"', 26],
  ['properties.networkProfile.dnsServiceIP', '"dnsServiceIP"', 27],
  ['properties.agentPoolProfiles.0.count', '"count": 3', 40],
];

const POSITIONED_LOOPS = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "profile": { "type": "object", "defaultValue": { "serviceCidr": "10.0.0.0/16" } } },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-05-01",
      "name": "vnet",
      "properties": {
        "networkProfile": "[parameters('profile')]",
        "copy": [
          { "name": "subnets", "count": 2, "input": { "name": "[concat('s', copyIndex('subnets'))]" } }
        ]
      }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "name": "ra",
      "scope": "[format('Microsoft.Network/virtualNetworks/{0}', 'vnet')]",
      "properties": { "principalId": "p" }
    }
  ]
}`;

/** [resource, path, the text the location points at (its first occurrence; undefined: no location)] */
const POSITIONS_LOOPS: [resource: number, path: string, marker: string | undefined][] = [
  [0, 'properties.subnets.1.name', '"[concat'],
  [0, 'properties.subnets.1', '{ "name": "[concat'],
  [0, 'properties.subnets', '{ "name": "subnets"'],
  [0, 'properties.networkProfile.serviceCidr', `"[parameters('profile')]"`],
  [0, 'PROPERTIES.NetworkProfile', `"[parameters('profile')]"`],
  [0, 'properties.nothing.here', '{\n        "networkProfile"'],
  [0, 'apiVersion', undefined],
  [1, 'properties.scope', `"[format(`],
  [1, 'properties.principalId', '"p"'],
];

/** 1-based line:col of the first occurrence of `marker`. */
function positionOf(text: string, marker: string): { line: number; column: number } {
  const offset = text.indexOf(marker);
  if (offset < 0) throw new Error(`no ${marker} in the template`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

for (const [index, path, marker] of POSITIONS_LOOPS) {
  test(`line:col of ${path} (copy loops, expressions, extension scope)`, () => {
    const { graph, errors } = readArmTemplate(POSITIONED_LOOPS, FILE);
    assert.equal(errors, []);
    const expected = marker === undefined ? undefined : { file: FILE, ...positionOf(POSITIONED_LOOPS, marker) };
    assert.equal(graph.resources[index]!.valueSources.locate(path), expected);
  });
}

for (const [path, marker, column] of POSITIONS) {
  test(`line:col of ${path}`, () => {
    const { graph, errors } = readArmTemplate(POSITIONED, FILE);
    assert.equal(errors, []);
    assert.equal(graph.resources[0]!.valueSources.locate(path), { file: FILE, line: lineOf(POSITIONED, marker), column });
  });
}

test('line:col of the resource itself', () => {
  assert.equal(readArmTemplate(POSITIONED, FILE).graph.resources[0]!.source, { file: FILE, line: 7, column: 5 });
});

const PROBLEMS: [name: string, text: string, expected: { message: string; line: number; column: number }][] = [
  ['missing comma', '{\n  "resources": []\n  "contentVersion": "1.0.0.0"\n}', { message: 'JSON syntax: comma expected', line: 3, column: 3 }],
  ['truncated', '{\n  "resources": [', { message: 'JSON syntax: close bracket expected', line: 2, column: 17 }],
  ['not an object', '[1, 2]', { message: 'an ARM template is a JSON object', line: 1, column: 1 }],
  ['over 4 MB', `{"x": "${'a'.repeat(4 * 1024 * 1024)}"}`, { message: "over ARM's limit of 4194304 bytes", line: 1, column: 1 }],
  ['nested deeper than the parser can follow', `{"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, { message: 'JSON nested 100001 levels deep, deeper than moat can read', line: 1, column: 1 }],
];

for (const [name, text, expected] of PROBLEMS) {
  test(`problem: ${name}`, () => {
    const { graph, errors } = readArmTemplate(text, FILE);
    assert.is(graph.resources.length, 0);
    assert.ok(errors.length >= 1, 'a problem is reported');
    assert.ok(errors[0]!.message.includes(expected.message), errors[0]!.message);
    assert.equal([errors[0]!.file, errors[0]!.line, errors[0]!.column], [FILE, expected.line, expected.column]);
  });
}

test('an invalid expression is reported once at each string that holds it, in every file: the parse is shared, the report is not', () => {
  const resource = (name: string) => ({ type: 'Microsoft.Network/virtualNetworks', apiVersion: API, name, location: "[concat('west']", properties: { x: "[concat('west']" } });
  const text = JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [resource('a'), resource('b')] }, null, 1);
  const lines = (errors: { line: number }[]) => errors.map((e) => e.line).sort((a, b) => a - b);
  const expected = [...text.split('\n').entries()].filter(([, line]) => line.includes("[concat('west']")).map(([i]) => i + 1);
  for (const file of ['first.json', 'second.json']) {
    const { errors } = readArmTemplate(text, file);
    assert.equal(lines(errors), expected, file);
    assert.ok(errors.every((e) => e.file === file && e.message.startsWith('expression:')), errors.map((e) => e.message).join('\n'));
  }
});

test('a value nested deeper than the limit is unknown there, with a problem at its line:col', () => {
  const text = `{"resources": [{"type": "Microsoft.Network/virtualNetworks", "name": "v", "properties": {"x": ${'['.repeat(300)}${']'.repeat(300)}, "y": 1}}],\n"contentVersion": "1.0.0.0"}`;
  const { graph, errors } = readArmTemplate(text, FILE);
  assert.equal(errors, [{ message: 'values nested more than 256 levels deep; the deeper ones are unknown', file: FILE, line: 1, column: 94 + 256 }]);
  assert.is(getPath(graph.resources[0]!.properties, 'y'), 1);
  assert.ok(matches(getPath(graph.resources[0]!.properties, `x${'.0'.repeat(255)}`), UNKNOWN));
});

test('resource fields are found in any case, the exact name first', () => {
  const text = JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources: [{ TYPE: 'Microsoft.Storage/storageAccounts', type: 'Microsoft.Network/virtualNetworks', NAME: "[concat('vnet', copyIndex())]", Properties: { a: 1 }, properties2: {}, Copy: { name: 'c', count: 2 } }],
  });
  const { graph, errors } = readArmTemplate(text, FILE);
  assert.equal(errors, []);
  assert.equal(graph.resources.map((r) => [r.type, r.name, getPath(r.properties, 'a')]), [
    ['Microsoft.Network/virtualNetworks', 'vnet0', 1],
    ['Microsoft.Network/virtualNetworks', 'vnet1', 1],
  ]);
});

test('dependencies only when asked (moat lint leaves them out: no rule reads them)', () => {
  const text = JSON.stringify(
    template({
      resources: [
        // a child resource depends on its parent
        vnet('vnet', { resources: [{ type: 'subnets', apiVersion: API, name: 'snet' }] }),
        { type: 'Microsoft.Network/networkSecurityGroups', apiVersion: API, name: 'nsg', dependsOn: ['vnet'], properties: { v: "[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]" } },
        { type: 'Microsoft.Network/publicIPAddresses', apiVersion: API, name: 'pip', properties: { v: "[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]" } },
      ],
    }),
  );
  const dependencies = (options: ArmReadOptions): number[] => readArmTemplate(text, FILE, options).graph.resources.map((r) => r.dependsOn.length);
  assert.equal(dependencies({}), [0, 1, 1, 1]);
  assert.equal(dependencies({ dependencies: false }), [0, 0, 0, 0]);
});

const RECOGNISED: [name: string, json: unknown, expected: boolean][] = [
  ['resource group schema', { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#' }, true],
  ['subscription schema', { $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#' }, true],
  ['parameters schema', { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#' }, false],
  ['shape without schema', { contentVersion: '1.0.0.0', resources: [] }, true],
  ['resources alone', { resources: [] }, false],
  ['an array', [], false],
  ['null', null, false],
];

for (const [name, json, expected] of RECOGNISED) test(`isArmTemplate: ${name}`, () => assert.is(isArmTemplate(json), expected));

const PARAMETER_FILES: [name: string, text: string, expected: Record<string, unknown>, hasErrors: boolean][] = [
  ['values', '{ "parameters": { "a": { "value": 1 }, "b": { "value": { "c": [true] } } } }', { a: 1, b: { c: [true] } }, false],
  ['Key Vault reference', '{ "parameters": { "pw": { "reference": { "keyVault": { "id": "x" }, "secretName": "s" } } } }', { pw: { $unknown: 'parameter pw comes from a Key Vault reference' } }, false],
  ['no value', '{ "parameters": { "a": {} } }', {}, true],
  ['no parameters object', '{ "x": 1 }', {}, true],
  ['syntax error', '{ "parameters": ', {}, true],
  ['a value nested too deep', `{ "parameters": { "a": { "value": ${'['.repeat(3000)}${']'.repeat(3000)} }, "b": { "value": 1 } } }`, { b: 1 }, true],
];

for (const [name, text, expected, hasErrors] of PARAMETER_FILES) {
  test(`parameters file: ${name}`, () => {
    const { parameters, errors } = readArmParametersFile(text, 'p.json');
    assert.equal(plain(parameters as Value), expected);
    assert.is(errors.length > 0, hasErrors);
  });
}

test('evaluation is bounded: 800 resources of 800-element property loops stop with a clear problem', () => {
  const loop = { copy: [{ name: 'p', count: 800, input: { a: "[copyIndex('p')]" } }] };
  const { errors } = read(template({ resources: [vnet("[concat('v', copyIndex())]", { copy: { name: 'r', count: 800 }, properties: loop })] }));
  assert.equal(errors.map((e) => e.message), ['evaluation stopped after 1000000 steps (copy loops or functions too large); the rest is unknown']);
});

test('the graph is bounded: more than 10,000 resources stop with a clear problem', () => {
  const loops = Array.from({ length: 13 }, (_, i) => vnet(`[concat('v${i}-', copyIndex())]`, { copy: { name: `l${i}`, count: 800 } }));
  const { graph, errors } = read(template({ resources: loops }));
  assert.is(graph.resources.length, 10000);
  assert.equal(errors.map((e) => e.message), ['more than 10000 resources; the rest are not read']);
});

test('linked templates: each templateLink deployment with where it deploys and the parameters it passes inline', () => {
  const linked = (name: string, relativePath: unknown, extra: Record<string, unknown> = {}, properties: Record<string, unknown> = {}) => ({
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name,
    ...extra,
    properties: { mode: 'Incremental', templateLink: { relativePath }, ...properties },
  });
  const { linked: links, errors } = read(
    template({
      parameters: { networkGroup: { type: 'string', defaultValue: 'rg-net' } },
      resources: [
        linked('net', 'modules/network.json', { resourceGroup: "[parameters('networkGroup')]" }, { parameters: { vnetName: { value: "[concat('vnet-', parameters('networkGroup'))]" } } }),
        linked('own', "[concat('modules/', 'rbac.json')]", {}, { parametersLink: { uri: 'https://example.invalid/rbac.parameters.json' } }),
        linked('not-a-path', 42),
      ],
    }),
  );
  assert.equal(errors, []);
  assert.equal(plain(links as unknown as Value), [
    { relativePath: 'modules/network.json', scope: { level: 'resourceGroup', resourceGroup: 'rg-net' }, parameters: { vnetname: 'vnet-rg-net' } },
    { relativePath: 'modules/rbac.json', scope: { level: 'resourceGroup' } },
  ]);
});

/** An inner-scope deployment of a VNet whose name shows the value of its parameter `p`. */
const showsP = (declaration: Record<string, unknown>, properties: Record<string, unknown>, definitions: Record<string, unknown> = {}): Record<string, unknown> =>
  template({
    parameters: { outside: { type: 'object' } },
    resources: [deployment('d', { parameters: { p: declaration }, definitions, resources: [vnet("[if(equals(parameters('p'), null()), 'null', 'given')]")] }, {}, { ...innerScope, ...properties })],
  });

const LEFT_OUT: [name: string, input: Record<string, unknown>, expected: string | typeof UNKNOWN][] = [
  ['a nullable parameter an inner-scope deployment leaves out is null', showsP({ type: 'string', nullable: true }, { parameters: {} }), 'null'],
  ['the same, given', showsP({ type: 'string', nullable: true }, { parameters: { p: { value: 'x' } } }), 'given'],
  ['a deployment without parameters at all', showsP({ type: 'string', nullable: true }, {}), 'null'],
  ['nullable through the definition its $ref names', showsP({ $ref: '#/definitions/maybe' }, { parameters: {} }, { maybe: { type: 'array', nullable: true } }), 'null'],
  // what can't be told stays unknown
  ['a parameter that is not nullable', showsP({ type: 'string' }, { parameters: {} }), UNKNOWN],
  ['parameters as one expression may hold it', showsP({ type: 'string', nullable: true }, { parameters: "[parameters('outside')]" }), UNKNOWN],
  ['a parametersLink may hold it', showsP({ type: 'string', nullable: true }, { parametersLink: { uri: 'https://example.invalid/p.json' } }), UNKNOWN],
];

for (const [name, input, expected] of LEFT_OUT) {
  test(`parameters left out: ${name}`, () => {
    const { graph, errors } = read(input);
    assert.equal(errors, []);
    assert.ok(matches(graph.resources[0]!.name, expected), String(graph.resources[0]!.name));
  });
}

/** A template whose storage account's `p` reads `expression`; `net` deploys a VNet and outputs its ID and its name. */
const readsOutput = (expression: string, extra: Record<string, unknown>[] = [], netExtra: Record<string, unknown> = {}): Record<string, unknown> =>
  template({
    resources: [
      deployment(
        'net',
        {
          parameters: { vnetName: { type: 'string' } },
          resources: [vnet("[parameters('vnetName')]")],
          outputs: {
            id: { type: 'string', value: "[resourceId('Microsoft.Network/virtualNetworks', parameters('vnetName'))]" },
            name: { type: 'string', value: "[parameters('vnetName')]" },
          },
        },
        netExtra,
        { ...innerScope, parameters: { vnetName: { value: 'vnet-mod' } } },
      ),
      ...extra,
      { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-05-01', name: 'st', location: 'westus', properties: { p: expression } },
    ],
  });
const storageValue = (input: Record<string, unknown>): Value | undefined => {
  const { graph } = read(input);
  return graph.resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts')!.properties.p;
};
const VNET_MOD = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet-mod';

const MODULE_OUTPUTS: [name: string, input: Record<string, unknown>, expected: unknown][] = [
  ["a module's output, as Bicep compiles `mod.outputs.id`", readsOutput("[reference(resourceId('Microsoft.Resources/deployments', 'net'), '2022-09-01').outputs.id.value]"), { $link: VNET_MOD }],
  ['by the deployment name alone', readsOutput("[reference('net').outputs.name.value]"), 'vnet-mod'],
  [
    "deployed to another resource group of the deployment's own subscription, as Bicep writes it",
    readsOutput("[reference(extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, 'rg-x'), 'Microsoft.Resources/deployments', 'net'), '2022-09-01').outputs.name.value]"),
    'vnet-mod',
  ],
  ["with 'Full': under properties", readsOutput("[reference(resourceId('Microsoft.Resources/deployments', 'net'), '2022-09-01', 'Full').properties.outputs.name.value]"), 'vnet-mod'],
  // what can't be told stays unknown
  ['a deployment in a copy loop', readsOutput("[reference('net').outputs.name.value]", [], { copy: { name: 'c', count: 1 } }), UNKNOWN],
  ['two deployments of one name', readsOutput("[reference('net').outputs.name.value]", [deployment('net', { resources: [] }, {}, innerScope)]), UNKNOWN],
  ['another resource', readsOutput("[reference(resourceId('Microsoft.Network/virtualNetworks', 'vnet-mod')).addressSpace]"), UNKNOWN],
  [
    'outputs that read themselves',
    template({
      resources: [
        deployment('loop', { parameters: { back: { type: 'string' } }, resources: [], outputs: { o: { type: 'string', value: "[parameters('back')]" } } }, {}, { ...innerScope, parameters: { back: { value: "[reference('loop').outputs.o.value]" } } }),
        { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-05-01', name: 'st', location: 'westus', properties: { p: "[reference('loop').outputs.o.value]" } },
      ],
    }),
    UNKNOWN,
  ],
];

for (const [name, input, expected] of MODULE_OUTPUTS) {
  test(`reference() of a nested deployment: ${name}`, () => {
    const actual = storageValue(input);
    assert.ok(matches(actual, expected), JSON.stringify(plain(actual)));
  });
}

test('reference() of a nested deployment: by its symbolic name (languageVersion 2.0)', () => {
  const input = readsOutput('');
  const [net, st] = input.resources as Record<string, unknown>[];
  const symbolic = { ...input, languageVersion: '2.0', resources: { netModule: net, st: { ...st, properties: { p: "[reference('netModule').outputs.name.value]" } } } };
  assert.is(storageValue(symbolic), 'vnet-mod');
});

test("parameters left out: the template's own nullable parameter without a value is unknown (the deployer may give one)", () => {
  const { graph } = read(template({ parameters: { p: { type: 'string', nullable: true } }, resources: [vnet("[if(equals(parameters('p'), null()), 'null', 'given')]")] }));
  assert.instance(graph.resources[0]!.name, Unknown);
});

test('template facts: unknown-valued parameter file entries flow into the graph', () => {
  const body = template({ parameters: { pw: { type: 'secureString' } }, resources: [vnet('vnet', { properties: { pw: "[parameters('pw')]" } })] });
  const { parameters } = readArmParametersFile('{ "parameters": { "pw": { "reference": {} } } }', 'p.json');
  const { graph } = read(body, { parameters });
  assert.ok(matches(getPath(graph.resources[0]!.properties, 'pw'), UNKNOWN));
});

test('template facts: literals with a dot, written or inside expressions, each where it is written (the rest cannot hold a host name)', () => {
  const body = template({
    variables: { url: 'https://management.azure.com/', name: 'plain' },
    resources: [vnet('vnet', { properties: { zone: "[concat('privatelink.', 'blob', variables('url'))]", sku: 'Standard_LRS', escaped: '[[x.y]' } })],
  });
  const text = JSON.stringify(body, null, 2);
  const facts = read(text).graph.templates[0]!;
  const where = (marker: string): number => lineOf(text, marker);
  assert.equal(
    [...facts.literals].map((l) => [l.value, l.source.line]),
    [
      [SCHEMA, where('$schema')],
      ['1.0.0.0', where('contentVersion')],
      ['https://management.azure.com/', where('"url"')],
      ['Microsoft.Network/virtualNetworks', where('"type"')],
      ['privatelink.', where('"zone"')],
      ['[x.y]', where('"escaped"')],
    ],
  );
});

test.run();
