/** The shape of a function table: one entry per template function, keyed by lower-case name. */
import type { Value } from '../../graph/value.js';
import type { FunctionArg, FunctionContext } from './context.js';

export interface FunctionSpec {
  minArgs: number;
  /** omitted: no upper bound */
  maxArgs?: number;
  /**
   * 'none' (default): an Unknown argument makes the result Unknown.
   * 'deep': an Unknown anywhere inside an argument does (comparisons, set operations).
   * 'self': the function handles Unknown arguments itself (`if`, `coalesce`, `resourceId`).
   */
  unknowns?: 'none' | 'deep' | 'self';
  call(args: FunctionArg[], context: FunctionContext): Value;
}

export type FunctionTable = Record<string, FunctionSpec>;
