import type { LoaderReportedRule } from '../registry.js';

/** Reported by the topology loader (src/topology) when ajv rejects the document; registered for SARIF and levels. */
const rule: LoaderReportedRule = {
  reportedBy: 'the topology loader',
  meta: {
    id: 'topology-schema',
    description: 'The topology breaks its JSON Schema (schemas/topology.schema.json).',
    defaultLevel: 'error',
    docs: '#topology-schema',
    help: 'Fix the key or value at the reported line; `moat validate --print` shows the effective topology and the schema gives editor completion.',
  },
};

export default rule;
