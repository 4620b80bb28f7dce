import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exampleNames, examplePath } from '../../src/topology/examples.js';
import { loadTopology, parseTopology } from '../../src/topology/load.js';
import { printTopology } from '../../src/topology/print.js';

for (const name of exampleNames()) {
  test(`print: the effective topology of ${name} loads back to itself`, () => {
    const topology = loadTopology(examplePath(name)).topology!;
    const printed = printTopology(topology);
    const again = parseTopology(printed, 'printed.yaml');
    assert.equal(again.findings, []);
    assert.equal(again.topology, topology);
    assert.is(printTopology(again.topology!), printed);
  });
}

test('print: keys in the schema order, plain lists on one line', () => {
  const printed = printTopology(loadTopology(examplePath('default')).topology!);
  const topKeys = printed.split('\n').filter((line) => /^[a-z]+:/.test(line)).map((line) => line.split(':')[0]);
  assert.equal(topKeys, ['version', 'name', 'location', 'cloud', 'tags', 'network', 'workspace', 'aks', 'inference']);
  assert.match(printed, /^ {4}addressPrefixes: \[10\.10\.0\.0\/16\]$/m);
  assert.match(printed, /^# effective topology/);
});

test.run();
