import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applySuppressions, findSuppressions } from '../../src/lint/suppress.js';
import type { Finding } from '../../src/lint/types.js';

const FIND: [string, string, 'arm' | 'bicep', [number, string[]][]][] = [
  ['none', '{ "a": 1 }', 'arm', []],
  ['a line comment, several rules', '{\n  // moat-disable-next-line subnet-overlap aks-subnet-capacity\n  "a": 1\n}', 'arm', [[3, ['subnet-overlap', 'aks-subnet-capacity']]]],
  ['a reason after --', '{\n  // moat-disable-next-line subnet-overlap -- checked by hand\n  "a": 1\n}', 'arm', [[3, ['subnet-overlap']]]],
  ['a block comment over lines: the line after it ends', '{\n  /* moat-disable-next-line\n     subnet-overlap */\n  "a": 1\n}', 'arm', [[4, ['subnet-overlap']]]],
  ['the words inside a string are no comment', '{\n  "a": "// moat-disable-next-line subnet-overlap"\n}', 'arm', []],
  ['a directive without rule IDs does nothing', '{\n  // moat-disable-next-line\n  "a": 1\n}', 'arm', []],
  [
    'after a multi-line string (ARM accepts line breaks in strings): the comment is found, on its own line',
    '{\n  "a": "[concat(\n    \'x // moat-disable-next-line no-unused-vars\')]",\n  // moat-disable-next-line subnet-overlap\n  "b": 1\n}',
    'arm',
    [[5, ['subnet-overlap']]],
  ],
  [
    'on the line where a multi-line string ends, CRLF line ends',
    '{\r\n  "a": "first\r\n  second", /* moat-disable-next-line subnet-overlap */\r\n  "b": 1\r\n}',
    'arm',
    [[4, ['subnet-overlap']]],
  ],
  ['Bicep', "param a string\n#disable-next-line no-unused-params\nparam b string\n  #disable-next-line x y\nvar c = 1\n", 'bicep', [[3, ['no-unused-params']], [5, ['x', 'y']]]],
];

for (const [name, text, language, expected] of FIND) {
  test(`suppressions: ${name}`, () => {
    const found = [...findSuppressions(text, language)].map(([line, ids]): [number, string[]] => [line, [...ids]]);
    assert.equal(found, expected);
  });
}

const finding = (ruleId: string, file: string, line: number): Finding => ({ ruleId, level: 'error', message: 'm', file, line, column: 1 });

test('applySuppressions: only the named rule, on the next line, in that file', () => {
  const suppressions = findSuppressions('{\n// moat-disable-next-line subnet-overlap\n"a": 1\n}', 'arm');
  const findings = [
    finding('subnet-overlap', 'main.json', 3),
    finding('subnet-overlap', 'main.json', 4),
    finding('aks-subnet-capacity', 'main.json', 3),
    finding('subnet-overlap', 'other.json', 3),
  ];
  assert.equal(applySuppressions(findings, 'main.json', suppressions), findings.slice(1));
});

test.run();
