/**
 * moat lints its own output clean: `moat lint` over every golden's Bicep finds
 * exactly what `moat validate` finds in the topology it came from (same rules,
 * same levels), so no error, and no template-hygiene finding the generator
 * itself would cause (unused parameters, hard-coded locations or URLs...).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validateTopologyFile } from '../../src/validate.js';
import { CLI, ROOT } from '../support/paths.js';
import { CASES } from './cases.js';

const run = promisify(execFile);

interface LintReport {
  findings: { ruleId: string; level: string; file: string }[];
}

const summary = (findings: { ruleId: string; level: string }[]): string[] => findings.map((f) => `${f.level} ${f.ruleId}`).sort();

test('moat lint over every golden Bicep finds what moat validate finds in its topology', async () => {
  const args = CASES.flatMap((c) => [`golden/${c.name}/main.bicep`, `golden/${c.name}/modules`]);
  // one process for all goldens keeps the suite fast; warnings exit 0, an error would exit 1
  const { stdout } = await run(process.execPath, [CLI, 'lint', ...args, '--format', 'json'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } }).catch(
    (error: { code: number; stdout: string }) => {
      assert.unreachable(`moat lint exited ${error.code}:\n${error.stdout}`);
      throw error;
    },
  );
  const report = JSON.parse(stdout) as LintReport;
  for (const testCase of CASES) {
    const linted = report.findings.filter((f) => f.file.startsWith(`golden/${testCase.name}/`));
    // planner notes (what post-deploy.sh does) have no rule that could find them in a template
    const validated = validateTopologyFile(path.join(ROOT, testCase.topology)).findings.filter((f) => !f.ruleId.endsWith('-post-deploy'));
    assert.equal(summary(linted), summary(validated), testCase.name);
  }
});

test.run();
