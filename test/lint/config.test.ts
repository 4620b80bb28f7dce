import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { InputError } from '../../src/errors.js';
import { findConfigFile, parseConfig, resolveConfig } from '../../src/lint/config.js';
import { writeTree } from './tree.js';

const RULE_IDS = ['subnet-overlap', 'aks-subnet-capacity', 'no-unused-params'];

const GOOD: [string, string, object][] = [
  ['an empty file is no configuration', '', {}],
  ['levels and ignores', 'rules:\n  subnet-overlap: warning\n  no-unused-params: off\nignore:\n  - generated/\n', {
    rules: { 'subnet-overlap': 'warning', 'no-unused-params': 'off' },
    ignore: ['generated/'],
  }],
];

for (const [name, text, expected] of GOOD) {
  test(`config: ${name}`, () => {
    assert.equal(parseConfig(text, '.moat.yaml', RULE_IDS), expected);
  });
}

const BAD: [string, string, string][] = [
  ['YAML syntax', 'rules: [\n', '.moat.yaml:2:1: invalid YAML'],
  ['an unknown top-level key, at the key, with a hint', 'rules: {}\nignores: [a]\n', '.moat.yaml:2:1: config: unknown key "ignores" (hint: did you mean "ignore"?)'],
  ['a level that is not one', 'rules:\n  subnet-overlap: loud\n', '.moat.yaml:2:19: rules.subnet-overlap: must be equal to one of the allowed values'],
  ['ignore that is not a list', 'ignore: generated/\n', '.moat.yaml:1:9: ignore: must be array'],
  ['an unknown rule, with did-you-mean', 'rules:\n  subnet-overlaps: off\n', '.moat.yaml:2:3: unknown rule "subnet-overlaps" (hint: did you mean "subnet-overlap"?)'],
  ['an unknown rule far from any', 'rules:\n  whatever-this-is: off\n', '.moat.yaml:2:3: unknown rule "whatever-this-is" (hint: known: subnet-overlap'],
];

for (const [name, text, expected] of BAD) {
  test(`bad config: ${name}`, () => {
    try {
      parseConfig(text, '.moat.yaml', RULE_IDS);
      assert.unreachable('should have thrown');
    } catch (error) {
      assert.instance(error, InputError);
      const described = (error as InputError).describe();
      assert.ok(described.startsWith(expected), described);
    }
  });
}

const root = writeTree({
  'repo/.git/HEAD': '',
  'repo/.moat.yaml': 'rules:\n  subnet-overlap: info\nignore: [gen/]\n',
  'repo/infra/main.json': '{}',
  'repo/sub/.git/HEAD': '',
  'repo/sub/x/main.json': '{}',
  'other/.moat.yaml': 'rules: {}\n',
});

const FIND: [string, string, string | undefined][] = [
  ['in the folder itself', 'repo', 'repo/.moat.yaml'],
  ['above, up to the git root', 'repo/infra', 'repo/.moat.yaml'],
  ['not beyond a nested git root', 'repo/sub/x', undefined],
];

for (const [name, cwd, expected] of FIND) {
  test(`config lookup: ${name}`, () => {
    const found = findConfigFile(path.join(root, cwd));
    assert.is(found && path.relative(root, found).split(path.sep).join('/'), expected);
  });
}

test('resolveConfig: levels, and ignores relative to the config folder', () => {
  const config = resolveConfig(path.join(root, 'repo/infra'), undefined, RULE_IDS);
  assert.equal(config.levels, { 'subnet-overlap': 'info' });
  assert.is(config.ignore?.base, path.join(root, 'repo'));
  assert.ok(config.ignore?.matcher.ignores('gen/a.json'));
});

test('resolveConfig: --config wins, and a missing one is bad input', () => {
  assert.equal(resolveConfig(path.join(root, 'repo'), '../other/.moat.yaml', RULE_IDS).levels, {});
  assert.throws(() => resolveConfig(root, 'missing.yaml', RULE_IDS), (e: unknown) => e instanceof InputError && /config file not found: missing\.yaml/.test(e.message));
  assert.throws(() => resolveConfig(root, 'repo', RULE_IDS), (e: unknown) => e instanceof InputError && /^repo: can't read the config/.test(e.describe()));
});

test.run();
