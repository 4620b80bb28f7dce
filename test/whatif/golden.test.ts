/** The golden-file helper other suites reuse: a mismatch or a missing file fails and names the command. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectGolden, GOLDEN_DIR } from '../support/golden.js';

const test = suite('golden helper');

const cases: [string, string, string, RegExp][] = [
  ['identical text passes', 'whatif/render-empty.txt', 'SAME', /^$/],
  ['a changed line fails with its number and the update command', 'whatif/render-empty.txt', 'Note: something else\n', /differs from golden\/whatif\/render-empty\.txt at line 1:[\s\S]*UPDATE_GOLDEN=1 npm test && git diff golden\//],
  ['a missing golden file fails with the command that creates it', 'whatif/does-not-exist.txt', 'x', /golden\/whatif\/does-not-exist\.txt does not exist; create it with: UPDATE_GOLDEN=1 npm test/],
];

for (const [name, file, actual, message] of cases) {
  test(name, () => {
    const saved = process.env.UPDATE_GOLDEN;
    delete process.env.UPDATE_GOLDEN;
    try {
      const text = actual === 'SAME' ? readFileSync(path.join(GOLDEN_DIR, file), 'utf8') : actual;
      let failure = '';
      try {
        expectGolden(file, text);
      } catch (error) {
        failure = (error as Error).message;
      }
      assert.match(failure, message);
    } finally {
      if (saved !== undefined) process.env.UPDATE_GOLDEN = saved;
    }
  });
}

test.run();
