/**
 * A secure parameter (secureString / secureObject) with a hard-coded default:
 * the value is readable by anyone who can read the template or the deployment
 * history. As Bicep's rule: an empty default is fine, and a computed default
 * (such as `newGuid()`) isn't hard-coded.
 */
import { isObject, isUnknown, type Value } from '../../graph/value.js';
import type { Rule } from '../types.js';

const isEmpty = (value: Value): boolean => value === '' || (isObject(value) && Object.keys(value).length === 0);

const rule: Rule = {
  meta: {
    id: 'secure-parameter-default',
    description: 'A secure parameter has a hard-coded default value.',
    defaultLevel: 'error',
    docs: '#secure-parameter-default',
    help: 'Remove the default so the value is passed at deployment (from a parameters file with a Key Vault reference, or a pipeline secret); an empty default or newGuid() is allowed.',
  },
  check({ graph, report }) {
    for (const template of graph.templates) {
      for (const parameter of template.parameters) {
        const fallback = parameter.literalDefault;
        if (!parameter.secure || fallback === undefined || isUnknown(fallback) || isEmpty(fallback)) continue;
        report({ message: `secure parameter ${parameter.name} has a hard-coded default value`, at: parameter.source });
      }
    }
  },
};

export default rule;
