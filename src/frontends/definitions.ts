/**
 * Parameters, variables and outputs are evaluated once each, on first use, in
 * both front ends: a definition that refers to itself is unknown, and a chain
 * of definitions deeper than the limit is reported instead of exhausting the stack.
 */
import { Unknown, type Value } from '../graph/value.js';
import { LIMITS } from './arm/limits.js';

/** One definition's evaluation state. */
export interface Definition {
  value?: Value;
  evaluating?: boolean;
}

export class Definitions {
  private depth = 0;

  /** The definition's value, computed on first use; `what` names it in messages ("variable x"). */
  once(definition: Definition, what: string, compute: () => Value, reportTooDeep: (message: string) => void): Value {
    if (definition.value !== undefined) return definition.value;
    if (definition.evaluating) return new Unknown(`${what} refers to itself`);
    if (this.depth >= LIMITS.definitionDepth) {
      reportTooDeep(`parameters and variables refer to each other more than ${LIMITS.definitionDepth} levels deep`);
      return new Unknown(`${what} is nested too deep to evaluate`);
    }
    definition.evaluating = true;
    this.depth++;
    try {
      definition.value = compute();
    } finally {
      definition.evaluating = false;
      this.depth--;
    }
    return definition.value;
  }
}
