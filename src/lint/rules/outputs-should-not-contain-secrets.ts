/**
 * Outputs are stored in the deployment history, readable with read-only
 * access. As Bicep's rule: an output that uses a secure parameter or a list*
 * function (listKeys, ...), or whose name says "password", may expose a
 * secret. An output declared secure itself is fine.
 */
import type { OutputFact } from '../../graph/types.js';
import type { Rule } from '../types.js';

function reason(output: OutputFact): string | undefined {
  if (output.usesSecureParameters.length > 0) return `uses secure parameter ${output.usesSecureParameters.join(', ')}`;
  if (output.usesListFunctions.length > 0) return `uses ${output.usesListFunctions.map((f) => `${f}()`).join(', ')}`;
  if (/password/i.test(output.name)) return 'has a name that suggests a password';
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'outputs-should-not-contain-secrets',
    description: 'An output may expose a secret (a secure parameter, a list* function, or a password by name).',
    defaultLevel: 'error',
    docs: '#outputs-should-not-contain-secrets',
    help: 'Output the resource ID instead and read the secret where it is needed (listKeys at the consumer, or a Key Vault secret), or declare the output secure (@secure() in Bicep, secureString/secureObject in ARM); outputs are kept in the deployment history.',
  },
  check({ graph, report }) {
    for (const template of graph.templates) {
      for (const output of template.outputs) {
        // a secure output (ARM secureString/secureObject, Bicep @secure()) is the fix, as in Bicep's own rule
        if (output.secure) continue;
        const why = reason(output);
        if (why) report({ message: `output ${output.name} ${why}`, at: output.source });
      }
    }
  },
};

export default rule;
