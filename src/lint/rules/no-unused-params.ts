/** A declared parameter that nothing in its template uses. */
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'no-unused-params',
    description: 'A parameter is declared but never used.',
    defaultLevel: 'warning',
    docs: '#no-unused-params',
    help: 'Remove the parameter, or use it where it was meant to go.',
  },
  check({ graph, report }) {
    for (const template of graph.templates) {
      for (const parameter of template.parameters) {
        if (!parameter.referenced) report({ message: `parameter ${parameter.name} is declared but never used`, at: parameter.source });
      }
    }
  },
};

export default rule;
