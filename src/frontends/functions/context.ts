/**
 * What the template functions may know about the deployment they run in. The
 * ARM evaluator and the Bicep evaluator both build one of these; the functions
 * never look at template syntax.
 */
import type { CloudName } from '../../azure/clouds.js';
import type { ScopeLevel } from '../../graph/resource-id.js';
import { Unknown, UnknownResourceId, type ResourceHandle, type Value } from '../../graph/value.js';
import { typesAndNames } from '../resource-parts.js';

export interface DeploymentContext {
  level: ScopeLevel;
  /** undefined: the deployment's own subscription (unknown until deployment) */
  subscription?: string | Unknown;
  /** undefined: the deployment's own resource group */
  resourceGroup?: string | Unknown;
  managementGroup?: string | Unknown;
  /** the deployment's name, when a nested deployment gives a literal one */
  deploymentName?: string | Unknown;
  cloud: CloudName;
}

/** A lambda argument (`filter`, `map`, ...): the evaluator that made it knows how to run it. */
export abstract class Lambda {
  abstract readonly parameterCount: number;
  abstract call(args: Value[]): Value;
}

export type FunctionArg = Value | Lambda;

export interface FunctionContext {
  deployment: DeploymentContext;
  /**
   * The resource a `resourceId()` in the deployment's own scope names when a
   * name segment is unknown: the one declared with those very values (a
   * parameter's, a variable's), found once the graph is built. Absent: such an
   * ID is only unknown.
   */
  resourceNamedBy?: (type: string, names: readonly (string | Unknown)[]) => ResourceHandle;
  /** The child (`subnets`, `['aks']`) of the resource an unknown ID names, for `concat(vnetId, '/subnets/aks')`. */
  childOf?: (parent: ResourceHandle, types: string, names: readonly (string | Unknown)[]) => ResourceHandle;
}

/**
 * `{parent}/subnets/aks` where `parent` is an unknown ID that names a
 * resource: the ID of that child of it (unknown as text too); just the parent
 * for no rest; a plain unknown for any other text (`-x`, `/providers/...`).
 */
export function childIdBelow(parent: UnknownResourceId, rest: string, childOf: FunctionContext['childOf']): Unknown {
  if (rest === '') return parent;
  const steps = rest.split('/');
  // '/subnets/aks' (type and name, repeated); not '-suffix', nor '/providers/...' (an extension resource)
  if (!childOf || steps.length < 3 || steps.length % 2 === 0 || steps[0] !== '' || steps[1]!.toLowerCase() === 'providers' || steps.some((step, i) => i > 0 && step === '')) return new Unknown(parent.why);
  const { types, names } = typesAndNames(steps);
  return new UnknownResourceId(parent.why, childOf(parent, types.join('/'), names));
}

/**
 * The deployment's own subscription ID or resource group name: unknown as a
 * value, but `resourceId()` and friends recognise it and leave that ID part as
 * "the deployment's own", so `resourceId(subscription().subscriptionId,
 * resourceGroup().name, ...)` meets `resourceId(...)` in one key.
 */
export class DeploymentScopePart extends Unknown {
  constructor(readonly part: 'subscription' | 'resourceGroup') {
    super(part === 'subscription' ? "the deployment's subscription ID is known only at deployment" : "the deployment's resource group name is known only at deployment");
  }
}

/** Thrown by a function body for bad arguments; callFunction turns it into an Unknown. */
export class FunctionError extends Error {}
