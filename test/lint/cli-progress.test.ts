/** The progress line: only on a terminal, only once a run is slow, throttled, erased at the end. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { progressLine } from '../../src/lint/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

const CASES: [string, boolean, number[], string[]][] = [
  ['not a terminal: silent', false, [0, 600, 900], []],
  ['a quick run on a terminal: silent', true, [0, 100, 400], []],
  [
    'a slow run: drawn at most every 100 ms, then erased',
    true,
    [0, 600, 650, 720, 900],
    ['\rmoat lint: 1/5 templates', '\rmoat lint: 3/5 templates', '\rmoat lint: 4/5 templates', '\r\x1b[K'],
  ],
];

for (const [name, isTTY, times, expected] of CASES) {
  test(name, () => {
    const { stream, written } = fakeStream(isTTY);
    const clock = [...times];
    const progress = progressLine(stream, () => clock.shift() ?? 0);
    for (let done = 1; done < times.length; done++) progress.update(done, times.length);
    progress.finish();
    assert.equal(written, expected);
  });
}

test.run();
