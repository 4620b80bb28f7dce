/**
 * Module calls -> scoped sub-deployments. A local module's file is read
 * through the session (once), relative to the calling file, and deployed with
 * the call's `params` at the call's `scope`; its outputs are read on demand.
 * Registry (`br:`, `br/alias:`) and template spec (`ts:`) modules can't be
 * read here, nor is an ARM JSON module: they deploy no known resources and
 * their outputs are unknown.
 * Cycles and modules nested deeper than ARM allows are reported, not followed.
 */
import path from 'node:path';
import type { Scope } from '../../graph/types.js';
import { Unknown, isObject, type SourceLocation, type Value } from '../../graph/value.js';
import type { DeploymentContext } from '../functions/index.js';
import { findKey } from '../functions/values.js';
import { UNKNOWN_PART, andCondition } from '../resource-parts.js';
import { LIMITS } from '../arm/limits.js';
import type { ModuleDecl, ObjectExpr } from './ast.js';
import { BicepScope, providedByName, type ProvidedParameters } from './evaluator.js';
import { expandBody, resourceGroupScope } from './resources.js';
import { literalText, property, propertyKey, type BicepFile } from './source-file.js';
import { ResourceSymbol, ScopeTarget, ROOT_FRAME, type Frame, type Instances, type ModuleInstance } from './symbols.js';

export function isExternalModule(modulePath: string): boolean {
  return /^(br|ts)[:/]/i.test(modulePath);
}

/**
 * The local file a module or import names, read once per session, relative to
 * the calling file; Unknown (and a problem where Bicep would fail) for a
 * registry path, a cycle, nesting past ARM's depth, or a file that can't be read.
 */
export function resolveLocalFile(caller: BicepScope, pathExpr: ModuleDecl['path'], what: 'module' | 'import'): { file: BicepFile; stack: string[] } | Unknown {
  const given = literalText(pathExpr);
  if (given === undefined) return new Unknown(`the ${what} path is not a literal`);
  if (isExternalModule(given)) return new Unknown(`${given} comes from a registry or template spec, which moat doesn't read`);
  // An ARM JSON module is linted by the ARM front end on its own; here its resources and outputs are unknown.
  if (/\.jsonc?$/i.test(given)) return new Unknown(`${given} is an ARM template module, read on its own`);
  const session = caller.session;
  const from = caller.source;
  const at: SourceLocation = from.locate(pathExpr.span);
  const absolute = path.resolve(path.dirname(from.path), given);
  const shownAs = path.normalize(path.join(path.dirname(from.file), given));
  const stack = [...caller.stack, from.path];
  if (stack.includes(absolute)) {
    const cycle = [...stack.slice(stack.indexOf(absolute)), absolute].map((p) => path.basename(p)).join(' -> ');
    session.report(`${what} cycle: ${cycle}`, at);
    return new Unknown(`the ${what} refers back to itself`);
  }
  if (stack.length > LIMITS.deploymentDepth) {
    session.report(`${what}s go deeper than ${LIMITS.deploymentDepth} levels; the deeper ones are not read`, at);
    return new Unknown(`the ${what} is nested too deep`);
  }
  const file = session.load(absolute, shownAs, at, what);
  return file instanceof Unknown ? file : { file, stack };
}

export function buildModuleInstances(scope: BicepScope, decl: ModuleDecl): Instances<ModuleInstance> {
  return expandBody(scope, decl, decl.body, ROOT_FRAME, (frame, condition, body) => new CalledModule(scope, decl, frame, condition, body));
}

/** One call of a module: where it deploys, and its file deployed there (made on first use). */
export class CalledModule implements ModuleInstance {
  readonly name: string | Unknown;
  readonly target: Scope;
  readonly deployment: DeploymentContext;
  readonly condition: boolean | Unknown;
  private deployed: BicepScope | Unknown | undefined;

  constructor(
    private readonly caller: BicepScope,
    readonly decl: ModuleDecl,
    readonly frame: Frame,
    condition: boolean | Unknown,
    private readonly body: ObjectExpr,
  ) {
    const nameExpr = property(body, 'name');
    const name = nameExpr ? caller.value(nameExpr, frame) : decl.name.name;
    this.name = typeof name === 'string' || name instanceof Unknown ? name : new Unknown('the module name is not a string');
    this.condition = andCondition(caller.placement.condition, condition);
    this.target = this.targetScope();
    this.deployment = { level: this.target.level, cloud: caller.deployment.cloud, deploymentName: this.name };
    if (this.target.subscription !== undefined) this.deployment.subscription = this.target.subscription;
    if (this.target.resourceGroup !== undefined) this.deployment.resourceGroup = this.target.resourceGroup;
  }

  output(name: string): Value {
    const module = this.module();
    return module instanceof Unknown ? module : module.output(name);
  }

  /** The module's file deployed by this call; Unknown for registry modules and files that can't be read. */
  module(): BicepScope | Unknown {
    this.deployed ??= this.deploy();
    return this.deployed;
  }

  private targetScope(): Scope {
    const scopeExpr = property(this.body, 'scope');
    const inherited = this.caller.placement.scope;
    if (!scopeExpr) return inherited;
    const target = this.caller.eval(scopeExpr, this.frame);
    if (target instanceof ScopeTarget) return target.scope;
    const group = target instanceof ResourceSymbol ? resourceGroupScope(target, inherited) : undefined;
    if (group) return group;
    const why = target instanceof Unknown ? target : new Unknown('the module scope is not a resource group, subscription or tenant');
    return { level: 'resourceGroup', subscription: why, resourceGroup: why };
  }

  private deploy(): BicepScope | Unknown {
    const resolved = resolveLocalFile(this.caller, this.decl.path, 'module');
    if (resolved instanceof Unknown) return resolved;
    const chain = this.caller.placement.chain;
    const step = typeof this.name === 'string' ? this.name : UNKNOWN_PART;
    const placement = { scope: this.target, chain: chain === '' ? step : `${chain}/${step}`, condition: this.condition, depth: this.caller.placement.depth + 1 };
    return new BicepScope(this.caller.session, resolved.file, this.deployment, placement, this.parameters(), resolved.stack);
  }

  /** The call's `params`, each evaluated in the caller when the module first reads it. */
  private parameters(): ProvidedParameters {
    const params = property(this.body, 'params');
    const provided = new Map<string, () => Value>();
    if (!params) return providedByName(provided, true);
    if (params.kind === 'Object' && params.properties.every((p) => p.kind !== 'Spread')) {
      let complete = true;
      for (const entry of params.properties) {
        const key = entry.kind === 'Property' ? propertyKey(entry.key) : undefined;
        if (key !== undefined && entry.kind === 'Property') provided.set(key, () => this.caller.value(entry.value, this.frame));
        else complete = false;
      }
      return providedByName(provided, complete);
    }
    // `params: someObject`: the module's parameters are read from it by name, when first needed.
    let whole: Value | undefined;
    const read = (): Value => (whole ??= this.caller.value(params, this.frame));
    return {
      // a name the object lacks was left out; an object that can't be read gives Unknown for every name
      complete: true,
      get: (name) => {
        const object = read();
        if (!isObject(object)) return () => (object instanceof Unknown ? object : new Unknown('the module params are not an object'));
        const key = findKey(object, name);
        return key === undefined ? undefined : () => object[key]!;
      },
    };
  }
}
