/**
 * Round trip (the lint issue): for every golden, the ARM front end on
 * golden/<case>/azuredeploy.json (with its parameters file) gives the graph
 * the planner gives for the topology it was generated from: the same deployed
 * resources (type, lowercase name, scope) with the same values where the
 * rules read them, so that the domain rules find the same on both; and the
 * real `moat lint` / `moat graph` over that golden agree (no error-level
 * finding, exit 0; the graph the front end reads).
 *
 * Existing resources (an existing VNet, DNS zones, dependencies, an attached
 * cluster) are in the plan, marked `existing`, so that rules can follow links
 * to them; the renderer references them by ID and never declares them, so the
 * template's graph has no such resource, and the comparison is on deployed
 * resources. Where the template refers to one (a subnet ID, a zone ID, a
 * private link target) the reference is compared with the rule inputs; what
 * only the topology says about them (an attached cluster's subnet and service
 * range, an existing subnet nothing uses) has no trace in the template: only
 * `moat validate` can check it, and for these goldens the domain rules find
 * the same on both graphs.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CloudName } from '../../src/azure/clouds.js';
import { readArmParametersFile, readArmTemplate } from '../../src/frontends/arm/index.js';
import { graphToJson } from '../../src/graph/to-json.js';
import type { Graph } from '../../src/graph/types.js';
import { runRules } from '../../src/lint/engine.js';
import { planTopology } from '../../src/plan/index.js';
import { loadTopology } from '../../src/topology/load.js';
import { CASES } from '../render/cases.js';
import { CLI, ROOT } from '../support/paths.js';
import { DOMAIN_RULES } from './domain-rules.js';
import { deployedInputs, identity } from './rule-inputs.js';

const run = promisify(execFile);
const templateOf = (name: string): string => `golden/${name}/azuredeploy.json`;

/** `cloud` picks what environment() gives, as the deployment's cloud would (the planner reads it from the topology). */
function readGolden(name: string, cloud?: CloudName): Graph {
  const file = templateOf(name);
  const parametersFile = file.replace(/\.json$/, '.parameters.json');
  const parameters = readArmParametersFile(readFileSync(path.join(ROOT, parametersFile), 'utf8'), parametersFile);
  assert.equal(parameters.errors, [], `${parametersFile} reads without problems`);
  const { graph, errors } = readArmTemplate(readFileSync(path.join(ROOT, file), 'utf8'), file, { parameters: parameters.parameters, parametersFile, cloud });
  assert.equal(errors, [], `${file} reads without problems`);
  return graph;
}

/** What the domain rules report, without the lines (which point into different files). */
function domainFindings(graph: Graph): string[] {
  return runRules(graph)
    .filter((f) => DOMAIN_RULES.includes(f.ruleId))
    .map((f) => `${f.level} ${f.ruleId} ${f.resource ?? ''}: ${f.message}`)
    .sort();
}

for (const testCase of CASES) {
  test(`round trip ${testCase.name}: the ARM front end reads the planner's graph back`, () => {
    const loaded = loadTopology(path.join(ROOT, testCase.topology));
    const planned = planTopology(loaded);
    const read = readGolden(testCase.name, loaded.topology?.cloud);
    const expected = deployedInputs(planned);
    const actual = deployedInputs(read);
    assert.equal([...actual.keys()].sort(), [...expected.keys()].sort(), 'the same deployed resources');
    for (const [key, inputs] of expected) assert.equal(actual.get(key), inputs, `rule inputs of ${key}`);
    const plannedIds = new Set(planned.resources.map(identity));
    assert.equal(read.resources.filter((r) => r.existing || !plannedIds.has(identity(r))).map(identity), [], 'no resource the plan lacks');
    // so `moat validate` on the topology and `moat lint` on its template find the same things
    assert.equal(domainFindings(read), domainFindings(planned), 'the domain rules find the same on both graphs');
  });
}

interface LintReport {
  findings: { ruleId: string; level: string; file: string; line: number; message: string }[];
  summary: { files: number; error: number };
}

test('moat lint over every golden ARM template: no error-level finding, exit 0', async () => {
  const files = CASES.map((c) => templateOf(c.name));
  // one process for all goldens keeps the suite fast; the summary counts each template and its parameters file
  const { code, stdout } = await run(process.execPath, [CLI, 'lint', ...files, '--format', 'json'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } }).then(
    (done) => ({ code: 0, stdout: done.stdout }),
    (failed: { code: number; stdout: string }) => ({ code: failed.code, stdout: failed.stdout }),
  );
  assert.is(code, 0, `moat lint exit code; output:\n${stdout}`);
  const report = JSON.parse(stdout) as LintReport;
  assert.equal(report.findings.filter((f) => f.level === 'error').map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`), []);
  assert.is(report.summary.error, 0);
  assert.is(report.summary.files, 2 * files.length);
});

test('moat graph over every golden ARM template prints the graph the front end reads', async () => {
  await Promise.all(
    CASES.map(async (testCase) => {
      const file = templateOf(testCase.name);
      const { stdout } = await run(process.execPath, [CLI, 'graph', file], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(JSON.parse(stdout), JSON.parse(JSON.stringify(graphToJson(readGolden(testCase.name)))), `moat graph ${file}`);
    }),
  );
});

test.run();
