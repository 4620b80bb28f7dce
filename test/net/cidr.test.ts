import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { contains, firstUsable, isNetworkAddress, isNetworkOrFirst, networkAddress, normalize, nthAddress, overlappingPairs, overlaps, parseAddress, parseCidr, size } from '../../src/net/cidr.js';

const cidr = (text: string) => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`test CIDR ${text} does not parse`);
  return parsed;
};

const PARSE: [string, string, string | undefined][] = [
  ['network prefix', '10.10.0.0/16', '10.10.0.0/16'],
  ['host bits kept apart', '10.10.4.7/24', '10.10.4.0/24'],
  ['surrounding space', ' 10.0.0.0/8 ', '10.0.0.0/8'],
  ['/32', '10.0.0.5/32', '10.0.0.5/32'],
  ['/0', '0.0.0.0/0', '0.0.0.0/0'],
  ['IPv6', '2001:db8::/32', '2001:db8::/32'],
  ['prefix too long', '10.0.0.0/33', undefined],
  ['octet too large', '10.256.0.0/16', undefined],
  ['short form', '10.1/16', undefined],
  ['no prefix', '10.0.0.0', undefined],
  ['text', 'vnet', undefined],
  ['IPv6 prefix too long', '2001:db8::/129', undefined],
];
for (const [name, text, expected] of PARSE) {
  test(`parseCidr: ${name}`, () => {
    const parsed = parseCidr(text);
    assert.is(parsed && normalize(parsed), expected);
  });
}

const RELATIONS: [string, string, string, { contains: boolean; overlaps: boolean }][] = [
  ['subnet in VNet', '10.10.0.0/16', '10.10.4.0/24', { contains: true, overlaps: true }],
  ['same range', '10.10.0.0/16', '10.10.0.0/16', { contains: true, overlaps: true }],
  ['larger inner', '10.10.0.0/22', '10.10.0.0/16', { contains: false, overlaps: true }],
  ['adjacent', '10.10.0.0/24', '10.10.1.0/24', { contains: false, overlaps: false }],
  ['host bits: the range of its network', '10.9.0.0/15', '10.8.0.0/16', { contains: true, overlaps: true }],
  ['disjoint', '10.0.0.0/16', '172.17.0.0/16', { contains: false, overlaps: false }],
  ['IPv4 vs IPv6', '0.0.0.0/0', '::/0', { contains: false, overlaps: false }],
];
for (const [name, outer, inner, expected] of RELATIONS) {
  test(`contains/overlaps: ${name}`, () => {
    assert.is(contains(cidr(outer), cidr(inner)), expected.contains);
    assert.is(overlaps(cidr(outer), cidr(inner)), expected.overlaps);
    assert.is(overlaps(cidr(inner), cidr(outer)), expected.overlaps);
  });
}

test('addresses of a range', () => {
  const range = cidr('10.0.0.0/16');
  assert.is(networkAddress(range), '10.0.0.0');
  assert.is(firstUsable(range), '10.0.0.1');
  assert.is(nthAddress(range, 10), '10.0.0.10');
  assert.is(nthAddress(cidr('10.0.0.0/30'), 4), undefined);
  assert.is(size(range), 65536n);
  assert.is(size(cidr('2001:db8::/64')), 2n ** 64n);
  assert.ok(isNetworkAddress(range));
  assert.not.ok(isNetworkAddress(cidr('172.17.0.1/16')));
  assert.ok(contains(range, parseAddress('10.0.255.255')!));
  assert.not.ok(contains(range, parseAddress('10.1.0.0')!));
  assert.ok(isNetworkOrFirst(range, parseAddress('10.0.0.1')!));
  assert.not.ok(isNetworkOrFirst(range, parseAddress('10.0.0.10')!));
  assert.is(parseAddress('10.0.0'), undefined);
});

test('overlappingPairs finds exactly the pairs a pairwise check finds', () => {
  const arbitraryCidr = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 16, max: 28 })).map(([a, b, p]) => cidr(`10.${a}.${b}.0/${p}`));
  fc.assert(
    fc.property(fc.array(arbitraryCidr, { maxLength: 25 }), (ranges) => {
      const swept = overlappingPairs(ranges, (r) => r).map(([a, b]) => [ranges.indexOf(a), ranges.indexOf(b)].sort().join());
      const pairwise: string[] = [];
      ranges.forEach((a, i) => ranges.forEach((b, j) => { if (i < j && overlaps(a, b)) pairwise.push([i, j].join()); }));
      assert.equal(new Set(swept).size, pairwise.length);
      assert.equal([...new Set(swept)].sort(), pairwise.sort());
    }),
    { numRuns: 200, seed: 7 },
  );
});

test.run();
