import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import ignore from 'ignore';
import { findFiles, type PathFilter } from '../../src/lint/files.js';
import { InputError } from '../../src/errors.js';
import { writeTree, type Tree } from './tree.js';

const TREE: Tree = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.gitignore': 'build/\n*.generated.json\n',
  'main.json': '{}',
  'main.parameters.json': '{}',
  'app.bicep': '',
  'app.bicepparam': '',
  'notes.md': '',
  'node_modules/pkg/template.json': '{}',
  'build/out.json': '{}',
  'infra/net.generated.json': '{}',
  'infra/net.json': '{}',
  'infra/.gitignore': 'local/\n',
  'infra/local/scratch.json': '{}',
  'infra/deep/aks.jsonc': '{}',
  'vendor/lib.json': '{}',
  'keep/.gitignore': '!*.generated.json\n',
  'keep/kept.generated.json': '{}',
};

const root = writeTree(TREE);
const relative = (files: { path: string }[]): string[] => files.map((f) => path.relative(root, f.path).split(path.sep).join('/'));
const configIgnore = (patterns: string[]): PathFilter => ({ base: root, matcher: ignore().add(patterns) });

const CASES: [string, string[], PathFilter | undefined, string[]][] = [
  [
    'a folder: templates and parameter sources, without node_modules, .git and what .gitignore files ignore',
    ['.'],
    undefined,
    ['app.bicep', 'app.bicepparam', 'infra/deep/aks.jsonc', 'infra/net.json', 'keep/kept.generated.json', 'main.json', 'main.parameters.json', 'vendor/lib.json'],
  ],
  ['a subfolder still honours the .gitignore above it', ['infra'], undefined, ['infra/deep/aks.jsonc', 'infra/net.json']],
  ['a deeper .gitignore undoes a pattern above it', ['keep'], undefined, ['keep/kept.generated.json']],
  ['config ignores apply to walked files', ['.'], configIgnore(['vendor/', '*.bicep*', 'keep']), ['infra/deep/aks.jsonc', 'infra/net.json', 'main.json', 'main.parameters.json']],
  ['a named file is taken even if .gitignore ignores it', ['build/out.json'], undefined, ['build/out.json']],
  ['config ignores apply to named files too', ['vendor/lib.json', 'main.json'], configIgnore(['vendor/']), ['main.json']],
  ['a file named twice, or also found by walking, appears once', ['main.json', '.', 'main.json'], configIgnore(['*.bicep*', 'vendor', 'infra', 'keep']), ['main.json', 'main.parameters.json']],
];

for (const [name, paths, filter, expected] of CASES) {
  test(name, () => {
    assert.equal(relative(findFiles(paths, { cwd: root, configIgnore: filter })), expected);
  });
}

test('a named file counts as named; a walked one does not', () => {
  const found = findFiles(['main.json', 'infra'], { cwd: root });
  assert.equal(
    found.map((f) => [path.basename(f.path), f.explicit, f.kind]),
    [
      ['aks.jsonc', false, 'json'],
      ['net.json', false, 'json'],
      ['main.json', true, 'json'],
    ],
  );
});

test('a path that does not exist is bad input naming it', () => {
  try {
    findFiles(['nope/main.json'], { cwd: root });
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.instance(error, InputError);
    assert.match((error as InputError).describe(), /^nope\/main\.json: no such file or folder/);
  }
});

test.run();
