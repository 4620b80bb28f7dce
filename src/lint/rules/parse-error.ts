import type { LoaderReportedRule } from '../registry.js';

/** Reported by the template readers (src/frontends) when a file can't be parsed; registered for SARIF and levels. */
const rule: LoaderReportedRule = {
  reportedBy: 'the template readers',
  meta: {
    id: 'parse-error',
    description: "A template can't be parsed (moat lint exits 2).",
    defaultLevel: 'error',
    docs: '#parse-error',
    help: 'Fix the syntax at the reported position; the template must compile with bicep build or be valid ARM JSON (comments allowed).',
  },
};

export default rule;
