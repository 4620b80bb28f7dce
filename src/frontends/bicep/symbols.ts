/**
 * What a Bicep expression can evaluate to besides a plain value: a resource
 * or module symbol (`vnet`, `mods[0]`), a path into a resource (`aks.identity`)
 * still to be resolved to a declared or runtime value, and a deployment scope
 * (`resourceGroup('rg')`). They live only inside the evaluator; everything
 * that reaches the graph is a plain Value.
 */
import { PathSources } from '../../graph/value-sources.js';
import type { ResourceId } from '../../graph/resource-id.js';
import type { Scope } from '../../graph/types.js';
import type { ResourceHandle, Unknown, Value } from '../../graph/value.js';
import type { DeploymentContext, FunctionArg } from '../functions/index.js';
import type { ModuleDecl, ObjectExpr, ResourceDecl } from './ast.js';

/** Loop variables, lambda and function parameters in reach of an expression. */
export interface Frame {
  locals: ReadonlyMap<string, Evaluated>;
  callDepth: number;
}

export const ROOT_FRAME: Frame = { locals: new Map(), callDepth: 0 };

export function withLocals(frame: Frame, bindings: [string, Evaluated][]): Frame {
  const locals = new Map(frame.locals);
  for (const [name, value] of bindings) locals.set(name, value);
  return { ...frame, locals };
}

export type Sources = PathSources;

/** One deployed (or referenced) copy of a resource declaration. */
export interface ResourceInstance {
  decl: ResourceDecl;
  frame: Frame;
  body: ObjectExpr | undefined;
  type: string;
  apiVersion: string;
  /** full name (`vnet/subnet` for a child) */
  name: string | Unknown;
  /** the `name` as declared (`subnet`), which `child.name` gives */
  declaredName: string | Unknown;
  placement: Scope;
  id: ResourceId;
  /** all ID parts known: `.id` is a link */
  idKnown: boolean;
  /** the graph resource this copy became: what `.id` refers to when the ID isn't known */
  graphResource: ResourceHandle;
  existing: boolean;
  condition: boolean | Unknown;
  parent: ResourceInstance | undefined;
  /** an extension resource's `scope:` (a resource it attaches to) */
  extensionScope?: Value;
  /** body fields evaluated so far (`properties`, `location`...), shared by reads and the graph */
  fields: Map<string, Value>;
  evaluating: Set<string>;
  sources: Sources;
}

/** All copies of one declaration; a loop whose count is unknown has one stand-in copy. */
export interface Instances<T> {
  list: T[];
  loop: boolean;
  standIn: boolean;
}

/** What every symbol below is, so that telling one from a plain value is one check. */
abstract class SymbolicValue {}

export class ResourceSymbol extends SymbolicValue {
  constructor(readonly instance: ResourceInstance) {
    super();
  }
}

export class ResourceCollection extends SymbolicValue {
  constructor(readonly instances: Instances<ResourceInstance>) {
    super();
  }
}

/** `aks.identity.principalId`: resolved against the declared body, else a runtime value. */
export class ResourcePath extends SymbolicValue {
  constructor(
    readonly instance: ResourceInstance,
    readonly steps: (string | number)[],
  ) {
    super();
  }
}

export interface ModuleInstance {
  decl: ModuleDecl;
  frame: Frame;
  name: string | Unknown;
  condition: boolean | Unknown;
  target: Scope;
  deployment: DeploymentContext;
  /** the module's outputs by name (Unknown for registry modules and unreadable files) */
  output(name: string): Value;
}

export class ModuleSymbol extends SymbolicValue {
  constructor(readonly instance: ModuleInstance) {
    super();
  }
}

export class ModuleOutputs extends SymbolicValue {
  constructor(readonly instance: ModuleInstance) {
    super();
  }
}

export class ModuleCollection extends SymbolicValue {
  constructor(readonly instances: Instances<ModuleInstance>) {
    super();
  }
}

/** `resourceGroup('rg')`, `subscription()`: a deployment scope, and the object the function returns. */
export class ScopeTarget extends SymbolicValue {
  constructor(
    readonly scope: Scope,
    readonly value: Value,
  ) {
    super();
  }
}

/** `import * as ns from 'file.bicep'`: the names that file exports, read on use. */
export class ImportedFile extends SymbolicValue {
  constructor(readonly file: ImportedScope | Unknown) {
    super();
  }
}

/** What an importing file can read from an imported one. */
export interface ImportedScope {
  variable(name: string): Value;
  callFunction(name: string, args: FunctionArg[], callDepth: number): Evaluated;
  hasFunction(name: string): boolean;
}

export type Symbolic = ImportedFile | ResourceSymbol | ResourceCollection | ResourcePath | ModuleSymbol | ModuleOutputs | ModuleCollection | ScopeTarget;
export type Evaluated = FunctionArg | Symbolic;

export const isSymbolic = (value: Evaluated): value is Symbolic => value instanceof SymbolicValue;
