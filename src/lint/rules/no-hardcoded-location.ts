/**
 * A resource location written as a literal, or as a variable holding one:
 * users of the template can't deploy elsewhere. As Bicep's rule, 'global' is
 * fine, and so is any parameter or expression; a variable is reported once,
 * at its declaration, where Bicep reports it (so `#disable-next-line
 * no-hardcoded-location` above the variable silences both).
 */
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'no-hardcoded-location',
    description: 'A resource location is hard-coded instead of coming from a parameter.',
    defaultLevel: 'warning',
    docs: '#no-hardcoded-location',
    help: "Add a `location` parameter (defaulting to resourceGroup().location) and use it for the resource's location; 'global' is allowed for global resources.",
  },
  check({ graph, report }) {
    for (const template of graph.templates) {
      for (const location of template.hardcodedLocations ?? []) {
        if (location.value.toLowerCase() === 'global') continue;
        const what = location.resourceType ? `location of ${location.resourceType}` : 'resource location';
        const message = location.variable !== undefined ? `${what} '${location.value}' is hard-coded in variable ${location.variable}; make it a parameter` : `${what} '${location.value}' is hard-coded`;
        report({ message, at: location.source });
      }
    }
  },
};

export default rule;
