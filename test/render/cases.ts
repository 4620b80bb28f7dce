/**
 * The generator's cases: every example topology, and the tricky-input
 * fixtures. Each case's full output (Bicep, ARM and post-deploy.sh) is kept in
 * golden/<case>/.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { generateFromFile } from '../../src/render/index.js';
import { ROOT } from '../support/paths.js';

export interface GenerateCase {
  name: string;
  /** relative to the repository root, as the header prints it */
  topology: string;
}

const yamlIn = (folder: string): GenerateCase[] =>
  readdirSync(path.join(ROOT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: path.basename(f, '.yaml'), topology: `${folder}/${f}` }));

export const CASES: GenerateCase[] = [...yamlIn('examples'), ...yamlIn('test/fixtures/generate')];

const generated = new Map<string, Map<string, string>>();

/** The case's output files (target both), generated once per test process. */
export function outputOf(testCase: GenerateCase): Map<string, string> {
  let files = generated.get(testCase.name);
  if (!files) {
    const result = generateFromFile(path.join(ROOT, testCase.topology), 'both', ROOT);
    if (!result.files) {
      const errors = result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId}: ${f.message}`);
      throw new Error(`${testCase.topology} does not generate: ${errors.join('; ')}`);
    }
    files = result.files;
    generated.set(testCase.name, files);
  }
  return files;
}
