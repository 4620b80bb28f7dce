/**
 * Seeded property test: random valid topologies, with user text full of
 * quotes, `${`, backslashes, line breaks, control and non-ASCII characters,
 * generate; every .bicep parses with tree-sitter-bicep, the ARM JSON parses,
 * and every user string comes back byte for byte from the Bicep parameter
 * file's literals and from the ARM JSON.
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runRules } from '../../src/lint/engine.js';
import { planTopology } from '../../src/plan/index.js';
import { renderAll } from '../../src/render/index.js';
import { parseTopology } from '../../src/topology/load.js';
import type { TopologyInput } from '../../src/topology/types.js';
import { decodeBicepString, syntaxProblems } from './bicep-syntax.js';

const SEED = 20261126;
const RUNS = 60;

/** Pieces that break naive escaping, mixed with arbitrary printable and non-ASCII text. */
const tricky = fc.constantFrom("'", '"', '${', '${x}', '\\', '\\\\', '\n', '\r\n', '\t', '\u0007', '\u2028', '[', ']', '[[', '$', 'é', '東京', '🚀', '`', ' ');
const userText = (maxPieces: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: maxPieces }).map((parts) => parts.join(''));

const azureName = (first: string): fc.Arbitrary<string> =>
  fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,14}[a-z0-9_]$/).map((rest) => `${first}${rest}`);
// a few shared names, so that several parts often land in one other group (which then depends on the root both ways)
const resourceGroup = fc.option(fc.oneof(fc.constantFrom('rg-a', 'rg-b'), fc.stringMatching(/^[-\w.()]{0,20}[-\w()]$/)), { nil: undefined });

const topology: fc.Arbitrary<TopologyInput> = fc
  .record({
    name: fc.stringMatching(/^[a-z][a-z0-9]{3,10}$/),
    tags: fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), userText(6).filter((k) => k.length > 0)), userText(8), { maxKeys: 5, noNullPrototype: true }),
    vnetExisting: fc.boolean(),
    vnetName: azureName('v'),
    vnetGroup: resourceGroup,
    aksSubnetName: azureName('s'),
    withScoringSubnet: fc.boolean(),
    scoringInbound: fc.array(fc.record({ name: azureName('r'), sourceAddressPrefix: fc.constantFrom('203.0.113.0/24', '198.51.100.7', 'AzureFrontDoor.Backend') }), { maxLength: 3 }),
    outbound: fc.constantFrom('open' as const, 'restricted' as const),
    zones: fc.constantFrom('create' as const, 'existing' as const, 'none' as const),
    dnsGroup: resourceGroup,
    workspaceGroup: resourceGroup,
    provisioning: fc.constantFrom('workspace' as const, 'cluster' as const, 'existing' as const),
    computeName: fc.stringMatching(/^[a-z][a-z0-9-]{1,15}$/),
    principal: fc.boolean(),
    loadBalancer: fc.constantFrom('internal' as const, 'public' as const),
  })
  .map((t): TopologyInput => {
    const subnets: TopologyInput['network']['subnets'] = [
      { name: t.aksSubnetName, purpose: 'aks', addressPrefix: '10.10.0.0/22' },
      { purpose: 'privateEndpoints', addressPrefix: '10.10.4.0/24' },
      ...(t.withScoringSubnet ? [{ purpose: 'scoringLoadBalancer' as const, addressPrefix: '10.10.5.0/28' }] : []),
    ];
    return {
      version: 1,
      name: t.name,
      location: 'eastus2',
      tags: t.tags,
      network: {
        vnet: { name: t.vnetName, existing: t.vnetExisting, addressPrefixes: ['10.10.0.0/16'], ...(t.vnetGroup ? { resourceGroup: t.vnetGroup } : {}) },
        subnets,
        nsg: { scoringInbound: t.scoringInbound, outbound: t.outbound },
        // with custom DNS (zones: none) no zone is deployed, so a DNS group would not appear in the output
        privateDns: { zones: t.zones, ...(t.zones !== 'none' && t.dnsGroup ? { resourceGroup: t.dnsGroup } : {}) },
      },
      ...(t.workspaceGroup ? { workspace: { resourceGroup: t.workspaceGroup } } : {}),
      aks: {
        provisioning: t.provisioning,
        computeName: t.computeName,
        loadBalancer: t.loadBalancer,
        ...(t.provisioning === 'existing'
          ? {
              resourceId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-x',
              ...(t.principal ? { principalId: '11111111-2222-3333-4444-555555555555' } : {}),
            }
          : {}),
      },
    };
  });

/** Every single-quoted Bicep literal in a text, decoded. */
function bicepLiterals(text: string): string[] {
  return [...text.matchAll(/'(?:[^'\\\n]|\\.)*'/g)].map((m) => decodeBicepString(m[0]));
}

/**
 * The `param tags = { ... }` object of main.bicepparam, decoded (one `key: value`
 * per line, as moat writes it); without tags the parameter keeps its default, {}.
 */
function bicepparamTags(text: string): Record<string, string> {
  const block = /^param tags = \{\n([\s\S]*?)\n\}$/m.exec(text);
  if (!block) return {};
  const entries = block[1]!.split('\n').map((line): [string, string] => {
    const entry = /^ {2}([A-Za-z_][A-Za-z0-9_]*|'(?:[^'\\]|\\.)*'): ('(?:[^'\\]|\\.)*')$/.exec(line);
    assert.ok(entry, `a tags line is one key and one value: ${line}`);
    return [entry[1]!.startsWith("'") ? decodeBicepString(entry[1]!) : entry[1]!, decodeBicepString(entry[2]!)];
  });
  return Object.fromEntries(entries);
}

/** What ARM reads a JSON string as: `[[...]` is the escape for a literal `[...]`. */
const armUnescape = (s: string): string => (s.startsWith('[[') && s.endsWith(']') ? s.slice(1) : s);

/** Every string (keys too) of a JSON document, as ARM reads it. */
function armStrings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(armUnescape(value));
  else if (Array.isArray(value)) value.forEach((v) => armStrings(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(armUnescape(k));
      armStrings(v, into);
    }
  }
  return into;
}

/** Every `tags` object in an ARM document, as ARM reads its keys and values. */
function armTags(value: unknown, into: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => armTags(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'tags' && v && typeof v === 'object') {
        into.push(Object.fromEntries(Object.entries(v).map(([tk, tv]) => [armUnescape(tk), typeof tv === 'string' ? armUnescape(tv) : tv])));
      } else armTags(v, into);
    }
  }
  return into;
}

/** Names and prefixes the user wrote (tags are compared as whole objects). */
function userStrings(input: TopologyInput): string[] {
  return [
    input.network.vnet.name!,
    ...input.network.subnets.flatMap((s) => (s.name ? [s.name] : [])),
    ...(input.network.nsg?.scoringInbound ?? []).flatMap((r) => [r.name, r.sourceAddressPrefix]),
    ...[input.network.vnet.resourceGroup, input.network.privateDns?.resourceGroup, input.workspace?.resourceGroup].filter((g): g is string => g !== undefined),
    input.aks!.computeName!,
  ];
}

test('random valid topologies generate parseable Bicep and ARM that carry every user string', async () => {
  await fc.assert(
    fc.asyncProperty(topology, async (input) => {
      const loaded = parseTopology(JSON.stringify(input), 'random.json');
      assert.ok(loaded.topology, `schema findings: ${loaded.findings.map((f) => f.message).join('; ')}`);
      const graph = planTopology(loaded);
      const errors = runRules(graph).filter((f) => f.level === 'error');
      assert.equal(errors.map((f) => `${f.ruleId}: ${f.message}`), []);
      const files = renderAll(loaded.topology, graph, 'both', { version: '0.0.0', topologyFile: 'random.json' });

      for (const [file, text] of files) {
        if (file.endsWith('.bicep')) assert.equal(await syntaxProblems(text), [], file);
      }
      const bicepparam = files.get('main.bicepparam')!;
      assert.equal(bicepparamTags(bicepparam), input.tags ?? {});
      const bicepStrings = new Set(bicepLiterals(bicepparam));
      const armDocuments = [JSON.parse(files.get('azuredeploy.json')!), JSON.parse(files.get('azuredeploy.parameters.json')!)];
      const tagObjects = armTags(armDocuments);
      if (Object.keys(input.tags ?? {}).length > 0) assert.ok(tagObjects.length > 0, 'the ARM resources carry tags');
      for (const tags of tagObjects) assert.equal(tags, input.tags);
      // ARM may embed a name in a derived one (the NSG rule allow-scoring-<name>)
      const arm = [...armStrings(armDocuments)];
      for (const text of userStrings(input)) {
        assert.ok(bicepStrings.has(text), `main.bicepparam carries ${JSON.stringify(text)}`);
        assert.ok(arm.some((s) => s.includes(text)), `the ARM output carries ${JSON.stringify(text)}`);
      }
    }),
    { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
  );
});

test.run();
