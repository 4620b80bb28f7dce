/**
 * Resource and deployment functions: resource IDs as links, the deployment's
 * scope objects, the cloud's `environment()`, and the runtime-only functions
 * (reference, list*, providers) that are always unknown.
 */
import { CLOUDS, type CloudName } from '../../azure/clouds.js';
import { DEPLOYMENT_RESOURCE_GROUP, DEPLOYMENT_SUBSCRIPTION, formatResourceId, type ResourceId, type ScopeLevel } from '../../graph/resource-id.js';
import { ResourceLink, Unknown, UnknownResourceId, withoutResource, type Value, type ValueObject } from '../../graph/value.js';
import { DeploymentScopePart, FunctionError, type DeploymentContext, type FunctionArg, type FunctionContext } from './context.js';
import { jsonToValue } from './json.js';
import type { FunctionTable } from './table.js';
import { str } from './values.js';

type Part = string | undefined;

/** A scope part from an argument: the deployment's own stays undefined, anything else unknown stops the ID. */
function scopePart(value: FunctionArg | undefined, kind: DeploymentScopePart['part']): Part | Unknown {
  if (value === undefined) return undefined;
  if (value instanceof DeploymentScopePart) return value.part === kind ? undefined : value;
  if (value instanceof Unknown) return withoutResource(value);
  return str(value, kind === 'subscription' ? 'subscription ID' : 'resource group name');
}

function contextPart(value: string | Unknown | undefined): Part | Unknown {
  return value instanceof DeploymentScopePart ? undefined : value;
}

interface IdArgs {
  prefix: readonly FunctionArg[];
  type: string;
  name: string;
}

/** Splits `[scope...], type, name1, name2...` at the type (the first string argument with a slash). */
function splitIdArgs(args: FunctionArg[], maxPrefix: number): IdArgs | Unknown {
  let typeIndex = 0;
  while (typeIndex < args.length && !(typeof args[typeIndex] === 'string' && (args[typeIndex] as string).includes('/'))) typeIndex++;
  if (typeIndex === args.length || typeIndex > maxPrefix) {
    const unknown = args.find((a): a is Unknown => a instanceof Unknown);
    if (unknown) return withoutResource(unknown);
    throw new FunctionError('expected a resource type such as Microsoft.Network/virtualNetworks');
  }
  const type = args[typeIndex] as string;
  let name = '';
  for (let i = typeIndex + 1; i < args.length; i++) {
    const a = args[i]!;
    if (a instanceof Unknown) return withoutResource(a);
    name = i === typeIndex + 1 ? str(a, 'resource name') : `${name}/${str(a, 'resource name')}`;
  }
  const typeSegments = segments(type);
  if (segments(name) !== typeSegments - 1) {
    throw new FunctionError(`resource type ${type} needs ${typeSegments - 1} name segment(s), got '${name}'`);
  }
  return { prefix: typeIndex === 0 ? NO_PREFIX : args.slice(0, typeIndex), type, name };
}

const NO_PREFIX: readonly FunctionArg[] = [];

/** '/'-separated segments in a text. */
function segments(text: string): number {
  let count = 1;
  for (let at = text.indexOf('/'); at >= 0; at = text.indexOf('/', at + 1)) count++;
  return count;
}

function link(level: ScopeLevel, type: string, name: string, scope: { subscription?: Part; resourceGroup?: Part; managementGroup?: Part }): ResourceLink {
  const id: ResourceId = { level, type, name };
  if (scope.subscription !== undefined) id.subscription = scope.subscription;
  if (scope.resourceGroup !== undefined) id.resourceGroup = scope.resourceGroup;
  if (scope.managementGroup !== undefined) id.managementGroup = scope.managementGroup;
  return new ResourceLink(id);
}

function resourceId(args: FunctionArg[], context: FunctionContext): Value {
  const { deployment } = context;
  const parsed = splitIdArgs(args, 2);
  if (parsed instanceof Unknown) return unknownNamedId(args, context) ?? parsed;
  const [first, second] = parsed.prefix;
  const subscription = parsed.prefix.length === 2 ? scopePart(first, 'subscription') : contextPart(deployment.subscription);
  const resourceGroup = parsed.prefix.length === 2 ? scopePart(second, 'resourceGroup') : parsed.prefix.length === 1 ? scopePart(first, 'resourceGroup') : contextPart(deployment.resourceGroup);
  if (subscription instanceof Unknown) return subscription;
  if (resourceGroup instanceof Unknown) return resourceGroup;
  if (parsed.prefix.length > 0 || deployment.level === 'resourceGroup') return link('resourceGroup', parsed.type, parsed.name, { subscription, resourceGroup });
  if (deployment.level === 'subscription') return link('subscription', parsed.type, parsed.name, { subscription });
  return tenantOrGroupLink(deployment, parsed);
}

/**
 * `resourceId(type, name...)` in the deployment's own scope with a name
 * segment unknown, as an unknown ID that may still name a resource the
 * template declares with the same values; undefined for anything else.
 */
function unknownNamedId(args: FunctionArg[], { deployment, resourceNamedBy }: FunctionContext): UnknownResourceId | undefined {
  const [type, ...names] = args;
  if (!resourceNamedBy || deployment.level !== 'resourceGroup' || typeof type !== 'string' || segments(type) !== names.length + 1) return undefined;
  let unknown: Unknown | undefined;
  for (const name of names) {
    if (name instanceof DeploymentScopePart || !(typeof name === 'string' || name instanceof Unknown)) return undefined;
    if (typeof name === 'string' && name.includes('/')) return undefined;
    if (name instanceof Unknown) unknown ??= name;
  }
  return unknown && new UnknownResourceId(unknown.why, resourceNamedBy(type, names as (string | Unknown)[]));
}

function tenantOrGroupLink(deployment: DeploymentContext, parsed: IdArgs): Value {
  if (deployment.level !== 'managementGroup') return link('tenant', parsed.type, parsed.name, {});
  const group = deployment.managementGroup;
  return group instanceof Unknown || group === undefined ? new Unknown('the management group is known only at deployment') : link('managementGroup', parsed.type, parsed.name, { managementGroup: group });
}

function subscriptionResourceId(args: FunctionArg[], { deployment }: FunctionContext): Value {
  const parsed = splitIdArgs(args, 1);
  if (parsed instanceof Unknown) return parsed;
  const subscription = parsed.prefix.length === 1 ? scopePart(parsed.prefix[0], 'subscription') : contextPart(deployment.subscription);
  if (subscription instanceof Unknown) return subscription;
  return link('subscription', parsed.type, parsed.name, { subscription });
}

function managementGroupResourceId(args: FunctionArg[], { deployment }: FunctionContext): Value {
  const parsed = splitIdArgs(args, 1);
  if (parsed instanceof Unknown) return parsed;
  const group = parsed.prefix.length === 1 ? parsed.prefix[0] : deployment.managementGroup;
  if (group === undefined || group instanceof Unknown) return new Unknown('the management group is known only at deployment');
  return link('managementGroup', parsed.type, parsed.name, { managementGroup: str(group, 'management group') });
}

/** Extension resources (role assignments, locks) hang under another resource's ID; moat keeps them as strings. */
function extensionResourceId(args: FunctionArg[]): Value {
  const [base, ...rest] = args;
  if (base instanceof Unknown) return withoutResource(base);
  const parsed = splitIdArgs(rest, 0);
  if (parsed instanceof Unknown) return parsed;
  const provider = formatResourceId({ level: 'tenant', type: parsed.type, name: parsed.name });
  return str(base!, 'base resource ID').replace(/\/$/, '') + provider;
}

function partText(value: string | Unknown | undefined, placeholder: string): string | Unknown {
  if (value === undefined || value instanceof DeploymentScopePart) return placeholder;
  return value;
}

function resourceGroupObject({ deployment }: FunctionContext): Value {
  if (deployment.level !== 'resourceGroup') return new Unknown('resourceGroup() is only available in a resource group deployment');
  const sub = partText(deployment.subscription, DEPLOYMENT_SUBSCRIPTION);
  const group = partText(deployment.resourceGroup, DEPLOYMENT_RESOURCE_GROUP);
  const id = sub instanceof Unknown ? sub : group instanceof Unknown ? group : `/subscriptions/${sub}/resourceGroups/${group}`;
  return {
    id,
    name: deployment.resourceGroup ?? new DeploymentScopePart('resourceGroup'),
    type: 'Microsoft.Resources/resourceGroups',
    location: new Unknown("the resource group's location is known only at deployment"),
    tags: new Unknown("the resource group's tags are known only at deployment"),
    properties: { provisioningState: 'Succeeded' },
  };
}

function subscriptionObject({ deployment }: FunctionContext): Value {
  const sub = partText(deployment.subscription, DEPLOYMENT_SUBSCRIPTION);
  return {
    id: sub instanceof Unknown ? sub : `/subscriptions/${sub}`,
    subscriptionId: deployment.subscription ?? new DeploymentScopePart('subscription'),
    tenantId: new Unknown('the tenant ID is known only at deployment'),
    displayName: new Unknown("the subscription's name is known only at deployment"),
  };
}

const runtimeOnly = (what: string) => () => new Unknown(what);

/** Each cloud's `environment()`, made once and frozen: every call shares it, and nothing may change it. */
const ENVIRONMENTS = Object.fromEntries(Object.entries(CLOUDS).map(([name, cloud]) => [name, deepFreeze(jsonToValue(structuredClone(cloud.environment)))])) as Record<CloudName, Value>;

function deepFreeze(value: Value): Value {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item as Value);
    Object.freeze(value);
  }
  return value;
}

export const RESOURCE_FUNCTIONS: FunctionTable = {
  resourceid: { minArgs: 2, unknowns: 'self', call: resourceId },
  subscriptionresourceid: { minArgs: 2, unknowns: 'self', call: subscriptionResourceId },
  tenantresourceid: {
    minArgs: 2,
    unknowns: 'self',
    call: (args) => {
      const parsed = splitIdArgs(args, 0);
      return parsed instanceof Unknown ? parsed : link('tenant', parsed.type, parsed.name, {});
    },
  },
  managementgroupresourceid: { minArgs: 2, unknowns: 'self', call: managementGroupResourceId },
  extensionresourceid: { minArgs: 3, unknowns: 'self', call: extensionResourceId },
  resourcegroup: { minArgs: 0, maxArgs: 0, call: (_args, context) => resourceGroupObject(context) },
  subscription: { minArgs: 0, maxArgs: 0, call: (_args, context) => subscriptionObject(context) },
  deployment: {
    minArgs: 0,
    maxArgs: 0,
    call: (_args, { deployment }) => ({
      name: deployment.deploymentName ?? new Unknown("the deployment's name is known only at deployment"),
      location: new Unknown("the deployment's location is known only at deployment"),
      properties: new Unknown("the deployment's properties are known only at deployment"),
    }),
  },
  tenant: {
    minArgs: 0,
    maxArgs: 0,
    call: (): ValueObject => ({ tenantId: new Unknown('the tenant is known only at deployment'), displayName: new Unknown('the tenant is known only at deployment') }),
  },
  managementgroup: {
    minArgs: 0,
    maxArgs: 1,
    call: runtimeOnly('the management group is known only at deployment'),
  },
  environment: { minArgs: 0, maxArgs: 0, call: (_args, { deployment }) => ENVIRONMENTS[deployment.cloud] },
  reference: { minArgs: 1, maxArgs: 3, call: runtimeOnly('reference() reads the deployed resource') },
  providers: { minArgs: 1, maxArgs: 2, call: runtimeOnly('providers() is read at deployment') },
  pickzones: { minArgs: 3, maxArgs: 5, call: runtimeOnly('pickZones() depends on the region at deployment') },
};
