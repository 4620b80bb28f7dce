/** The graph index: resources by type whatever the case they were written in, in graph order; by key; references resolved. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GraphIndex } from '../../src/graph/index.js';
import { graph, idOf, linkTo, resource, unknown } from '../support/graph-builder.js';

const VNET = 'Microsoft.Network/virtualNetworks';
const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';

const names = (resources: readonly { name: unknown }[]): unknown[] => resources.map((r) => r.name);

const BY_TYPE: [name: string, types: string[], asked: string, expected: string[]][] = [
  ['one spelling', [VNET, SUBNET, VNET], VNET, ['r0', 'r2']],
  ['asked in another case', [VNET, VNET], VNET.toUpperCase(), ['r0', 'r1']],
  ['two spellings, interleaved: graph order kept', [VNET, VNET.toLowerCase(), SUBNET, VNET], VNET, ['r0', 'r1', 'r3']],
  ['a type not in the graph', [VNET], SUBNET, []],
  ['an empty graph', [], VNET, []],
];

for (const [name, types, asked, expected] of BY_TYPE) {
  test(`byType: ${name}`, () => {
    const index = new GraphIndex(graph(...types.map((type, i) => resource(type, `r${i}`))));
    assert.equal(names(index.byType(asked)), expected);
  });
}

test('byKey and resolve: a link, an ID string, a resource outside the graph, an unknown', () => {
  const vnet = resource(VNET, 'vnet');
  const index = new GraphIndex(graph(vnet));
  assert.is(index.byKey(vnet.key), vnet);
  assert.is(index.resolve(linkTo(VNET, 'vnet')), vnet);
  assert.is(index.resolve(idOf(VNET, 'vnet')), vnet);
  assert.is(index.resolve(idOf(VNET, 'other')), undefined);
  const why = unknown();
  assert.is(index.resolve(why), why);
  assert.is(index.resolve('not an ID'), undefined);
});

test.run();
