import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { armLiteral, bicepKey, bicepString, shellString } from '../../src/render/escape.js';
import { decodeBicepString } from './bicep-syntax.js';

const BICEP_CASES: [string, string, string][] = [
  ['plain text', 'snet-aks', "'snet-aks'"],
  ['single quote', "O'Brien", "'O\\'Brien'"],
  ['interpolation opener', '${subscription().id}', "'\\${subscription().id}'"],
  ['dollar without brace', '$5 and $x', "'$5 and $x'"],
  ['backslash', 'C:\\temp', "'C:\\\\temp'"],
  ['line breaks and tab', 'a\nb\r\tc', "'a\\nb\\r\\tc'"],
  ['other control characters', 'bell\u0007 nul\u0000', "'bell\\u{7} nul\\u{0}'"],
  ['line separator', 'a\u2028b', "'a\\u{2028}b'"],
  ['non-ASCII stays as is', 'Zürich 東京 🚀', "'Zürich 東京 🚀'"],
  ['escaped opener stays escaped', '\\${x}', "'\\\\\\${x}'"],
];

for (const [name, input, expected] of BICEP_CASES) {
  test(`bicepString: ${name}`, () => {
    assert.is(bicepString(input), expected);
    assert.is(decodeBicepString(bicepString(input)), input);
  });
}

const KEY_CASES: [string, string, string][] = [
  ['identifier', 'env', 'env'],
  ['hyphen needs quotes', 'cost-center', "'cost-center'"],
  ['leading digit needs quotes', '1st', "'1st'"],
  ['quote inside', "it's", "'it\\'s'"],
];

for (const [name, input, expected] of KEY_CASES) {
  test(`bicepKey: ${name}`, () => assert.is(bicepKey(input), expected));
}

const ARM_CASES: [string, string, string][] = [
  ['expression look-alike gets the [[ escape', "[concat('a')]", "[[concat('a')]"],
  ['bracket only at the start stays', '[draft', '[draft'],
  ['bracket only at the end stays', 'draft]', 'draft]'],
  ['plain', 'prod', 'prod'],
];

for (const [name, input, expected] of ARM_CASES) {
  test(`armLiteral: ${name}`, () => assert.is(armLiteral(input), expected));
}

const SHELL_CASES: [string, string, string][] = [
  ['plain', 'rg-net', "'rg-net'"],
  ['single quote', "it's", "'it'\\''s'"],
  ['shell syntax stays inert', '$(rm -rf /) `x` "y"', "'$(rm -rf /) `x` \"y\"'"],
];

for (const [name, input, expected] of SHELL_CASES) {
  test(`shellString: ${name}`, () => assert.is(shellString(input), expected));
}

test.run();
