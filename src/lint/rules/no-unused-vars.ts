/** A declared variable that nothing in its template uses. */
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'no-unused-vars',
    description: 'A variable is declared but never used.',
    defaultLevel: 'warning',
    docs: '#no-unused-vars',
    help: 'Remove the variable, or use it where it was meant to go.',
  },
  check({ graph, report }) {
    for (const template of graph.templates) {
      for (const variable of template.variables) {
        if (!variable.referenced) report({ message: `variable ${variable.name} is declared but never used`, at: variable.source });
      }
    }
  },
};

export default rule;
