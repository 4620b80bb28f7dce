/**
 * Evaluates Bicep expressions in the scope of one file deployed once (the
 * entry file, or one call of a module): its parameters, variables, resources,
 * modules, outputs and user functions. Declarations are order-free in Bicep,
 * so each is evaluated on first use and remembered. Template functions are the
 * shared library's (the same as the ARM evaluator's); operators map onto them
 * as `bicep build` compiles them. Anything not known statically is Unknown.
 */
import type { Scope } from '../../graph/types.js';
import { ResourceLink, RuntimeValue, Unknown, UnknownResourceId, isObject, withoutResource, type SourceLocation, type Value, type ValueObject } from '../../graph/value.js';
import { DeploymentScopePart, Lambda, callFunction, childIdBelow, type DeploymentContext, type FunctionArg, type FunctionContext } from '../functions/index.js';
import { findKey, toText, typeName } from '../functions/values.js';
import { joinPath } from '../../graph/value-sources.js';
import { LIMITS } from '../arm/limits.js';
import type { BinaryExpr, CallExpr, Expression, ForExpr, ImportDecl, ModuleDecl, ObjectExpr, ObjectProperty, OutputDecl, ParamDecl, ResourceDecl, SpreadExpr, Span, StringExpr, VarDecl } from './ast.js';
import { LOAD_FUNCTIONS, loadFunction } from './load-functions.js';
import { buildModuleInstances, resolveLocalFile } from './modules.js';
import { buildResourceInstances } from './resources.js';
import type { Session } from './session.js';
import { property, propertyKey, type BicepFile } from './source-file.js';
import type { Definition } from '../definitions.js';
import {
  ImportedFile,
  ModuleCollection,
  ModuleOutputs,
  ModuleSymbol,
  ResourceCollection,
  ResourcePath,
  ResourceSymbol,
  ScopeTarget,
  isSymbolic,
  withLocals,
  ROOT_FRAME,
  type Evaluated,
  type Frame,
  type ImportedScope,
  type Instances,
  type ModuleInstance,
  type ResourceInstance,
  type Sources,
} from './symbols.js';

/** Where the resources of one file deployment go. */
export interface Placement {
  scope: Scope;
  /** module deployment names from the entry file, '/'-joined ('' for the entry file) */
  chain: string;
  condition: boolean | Unknown;
  /** modules inside modules */
  depth: number;
}

/** Parameter values a caller passes (a module's `params`, a .bicepparam file): evaluated on first use. */
export interface ProvidedParameters {
  get(name: string): (() => Value) | undefined;
  /**
   * true: a name not given was left out by the caller (a module call whose
   * params are all known by name), so a nullable parameter without a default
   * is null. false: the deployer may still give it (the entry file).
   */
  readonly complete: boolean;
}

/** Values by parameter name, evaluated on first use; see ProvidedParameters.complete. */
export function providedByName(values: ReadonlyMap<string, () => Value>, complete: boolean): ProvidedParameters {
  return { get: (name) => values.get(name), complete };
}

/** No values given, and any may come at deployment (a .bicepparam file's own scope). */
export const NOTHING_PROVIDED = providedByName(new Map(), false);

/** User functions may not recurse in Bicep; this guards the evaluator if a file tries. */
const MAX_CALL_DEPTH = 32;


type Cached<T> = Instances<T> | 'evaluating';

export class BicepScope implements ImportedScope {
  /** parameters, variables and outputs by declaration, each evaluated once */
  private readonly bindings = new Map<ParamDecl | VarDecl | OutputDecl, Definition>();
  private readonly resourceCache = new Map<ResourceDecl, Cached<ResourceInstance>>();
  private readonly moduleCache = new Map<ModuleDecl, Cached<ModuleInstance>>();
  private readonly importCache = new Map<ImportDecl, BicepScope | Unknown>();

  /** what the function library may know of this deployment and its resources */
  private readonly functions: FunctionContext;

  constructor(
    readonly session: Session,
    readonly source: BicepFile,
    readonly deployment: DeploymentContext,
    readonly placement: Placement,
    private readonly provided: ProvidedParameters,
    /** paths of the files calling this one, for cycle detection */
    readonly stack: readonly string[],
  ) {
    this.functions = { deployment, resourceNamedBy: session.named.finder(placement.scope), childOf: session.named.childOf };
  }

  locate(span: Span): SourceLocation {
    return this.source.locate(span);
  }

  // ------------------------------------------------------------ declarations

  parameter(name: string): Value {
    const decl = this.source.params.get(name);
    if (!decl) return new Unknown(`parameter ${name} is not declared`);
    const given = this.provided.get(name);
    if (given) return this.once(decl, 'parameter', given);
    // one value for every use: a resource named with it and a resourceId() of it then name the same resource
    if (!decl.defaultValue) return this.provided.complete && decl.type && this.source.isNullable(decl.type) ? null : this.once(decl, 'parameter', () => new Unknown(`parameter ${name} has no value`));
    const fallback = decl.defaultValue;
    return this.once(decl, 'parameter', () => this.value(fallback, ROOT_FRAME));
  }

  variable(name: string): Value {
    const decl = this.source.vars.get(name);
    if (!decl) return new Unknown(`variable ${name} is not declared`);
    return this.once(decl, 'variable', () => this.value(decl.value, ROOT_FRAME));
  }

  output(name: string): Value {
    const decl = this.source.outputs.get(name);
    if (!decl) return new Unknown(`the module has no output ${name}`);
    return this.once(decl, 'output', () => this.value(decl.value, ROOT_FRAME));
  }

  private once(decl: ParamDecl | VarDecl | OutputDecl, what: 'parameter' | 'variable' | 'output', compute: () => Value): Value {
    let binding = this.bindings.get(decl);
    if (!binding) this.bindings.set(decl, (binding = {}));
    return this.session.definitions.once(binding, `${what} ${decl.name.name}`, compute, (message) => this.session.report(message, this.locate(decl.span)));
  }

  resourceInstances(decl: ResourceDecl): Instances<ResourceInstance> {
    const cached = this.resourceCache.get(decl);
    if (cached === 'evaluating') return { list: [], loop: false, standIn: true };
    if (cached) return cached;
    this.resourceCache.set(decl, 'evaluating');
    const built = buildResourceInstances(this, decl);
    this.resourceCache.set(decl, built);
    return built;
  }

  moduleInstances(decl: ModuleDecl): Instances<ModuleInstance> {
    const cached = this.moduleCache.get(decl);
    if (cached === 'evaluating') return { list: [], loop: false, standIn: true };
    if (cached) return cached;
    this.moduleCache.set(decl, 'evaluating');
    const built = buildModuleInstances(this, decl);
    this.moduleCache.set(decl, built);
    return built;
  }

  /** A body field of a resource (`properties`, `location`...), evaluated once with the positions of its values. */
  field(instance: ResourceInstance, name: string): Value | undefined {
    const cached = instance.fields.get(name);
    if (cached !== undefined) return cached;
    const expr = property(instance.body, name);
    if (!expr) return undefined;
    if (instance.evaluating.has(name)) return new Unknown(`${name} of the resource refers to itself`);
    instance.evaluating.add(name);
    let value: Value;
    try {
      value = this.value(expr, instance.frame, name, instance.sources);
    } finally {
      instance.evaluating.delete(name);
    }
    instance.fields.set(name, value);
    return value;
  }

  // ------------------------------------------------------------ values

  /**
   * An expression's plain value. With `path` and `sources`, records where each
   * value path came from (object and array literals are followed into).
   */
  value(expr: Expression, frame: Frame, path?: string, sources?: Sources): Value {
    if (path !== undefined && sources) {
      sources.set(path, this.locate(expr.span));
      if (expr.kind === 'Object') return this.objectValue(expr, frame, path, sources);
      if (expr.kind === 'Array') return this.arrayItems(expr.items, frame, path, sources);
      if (expr.kind === 'For') return this.comprehension(expr, frame, path, sources);
      if (expr.kind === 'Paren') return this.value(expr.inner, frame, path, sources);
    }
    return asValue(this.toValue(this.eval(expr, frame)));
  }

  /** A symbol used as a value: a resource is its ID, a scope its object. */
  toValue(evaluated: Evaluated): FunctionArg {
    if (!isSymbolic(evaluated)) return evaluated;
    if (evaluated instanceof ResourceSymbol) return idOf(evaluated.instance);
    if (evaluated instanceof ResourceCollection) {
      return evaluated.instances.standIn ? new Unknown('the copies of the resource loop are unknown') : evaluated.instances.list.map(idOf);
    }
    if (evaluated instanceof ResourcePath) return this.resolvePath(evaluated);
    if (evaluated instanceof ScopeTarget) return evaluated.value;
    return new Unknown('a module is not a value');
  }

  eval(expr: Expression, frame: Frame): Evaluated {
    if (!this.session.step(this.source, expr.span)) return new Unknown('evaluation budget spent');
    switch (expr.kind) {
      case 'String':
        return this.interpolate(expr, frame);
      case 'Integer':
      case 'Boolean':
        return expr.value;
      case 'Null':
        return null;
      case 'Array':
        return this.arrayItems(expr.items, frame);
      case 'Object':
        return this.objectValue(expr, frame);
      case 'Variable':
        return this.lookup(expr.name, frame);
      case 'Call':
        return this.call(expr, frame);
      case 'InstanceCall':
        return this.instanceCall(expr, frame);
      case 'PropertyAccess':
        return this.member(this.eval(expr.base, frame), expr.name.name, expr.safe);
      case 'IndexAccess':
        return this.index(this.eval(expr.base, frame), this.toValue(this.eval(expr.index, frame)), expr.safe, expr.fromEnd);
      case 'ResourceAccess':
        return this.childResource(this.eval(expr.base, frame), expr.name.name);
      case 'NonNull':
        return this.eval(expr.base, frame);
      case 'Paren':
        return this.eval(expr.inner, frame);
      case 'Unary':
        return this.unary(expr.operator, this.toValue(this.eval(expr.operand, frame)));
      case 'Binary':
        return this.binary(expr, frame);
      case 'Ternary': {
        const condition = this.toValue(this.eval(expr.condition, frame));
        if (condition instanceof Unknown) return condition;
        if (typeof condition !== 'boolean') return new Unknown(`a condition must be a bool, not ${typeName(condition)}`);
        return this.eval(condition ? expr.whenTrue : expr.whenFalse, frame);
      }
      case 'Lambda':
        return new BicepLambda(this, expr.params.map((p) => p.name), expr.body, frame);
      case 'For':
        return this.comprehension(expr, frame);
      case 'If':
        return new Unknown('if (...) is only a resource or module body');
      case 'Error':
        return new Unknown(expr.message);
    }
  }

  private interpolate(expr: StringExpr, frame: Frame): Value {
    if (expr.expressions.length === 0) return expr.segments[0]!;
    let text = expr.segments[0]!;
    // '${vnet.id}/subnets/aks' with the VNet's ID unknown: the rest of the text says which child of it
    let below: UnknownResourceId | undefined;
    for (let i = 0; i < expr.expressions.length; i++) {
      const part = asValue(this.toValue(this.eval(expr.expressions[i]!, frame)));
      if (part instanceof UnknownResourceId && i === 0 && text === '') {
        below = part;
        text = expr.segments[1]!;
        continue;
      }
      if (part instanceof Unknown) return withoutResource(part);
      text += toText(part) + expr.segments[i + 1]!;
    }
    return below ? childIdBelow(below, text, this.functions.childOf) : text;
  }

  private arrayItems(items: (Expression | SpreadExpr)[], frame: Frame, path?: string, sources?: Sources): Value {
    const out: Value[] = [];
    for (const item of items) {
      if (item.kind === 'Spread') {
        const spread = asValue(this.toValue(this.eval(item.value, frame)));
        if (!Array.isArray(spread)) return spread instanceof Unknown ? spread : new Unknown(`can't spread a ${typeName(spread)} into an array`);
        out.push(...spread);
      } else {
        out.push(this.value(item, frame, joinPath(path, out.length), sources));
      }
    }
    return out;
  }

  private objectValue(expr: ObjectExpr, frame: Frame, path?: string, sources?: Sources): Value {
    const out: ValueObject = {};
    for (const entry of expr.properties) {
      if (entry.kind === 'Spread') {
        const spread = asValue(this.toValue(this.eval(entry.value, frame)));
        // Which keys a spread overrides can't be told: the whole object is unknown.
        if (!isObject(spread)) return spread instanceof Unknown ? spread : new Unknown(`can't spread a ${typeName(spread)} into an object`);
        Object.assign(out, spread);
      } else if (entry.kind === 'Property') {
        const key = propertyKey(entry.key) ?? this.computedKey(entry.key, frame);
        if (key instanceof Unknown) return key;
        out[key] = this.value(entry.value, frame, joinPath(path, key), sources);
      }
    }
    return out;
  }

  private computedKey(key: ObjectProperty['key'], frame: Frame): string | Unknown {
    if (key.kind !== 'String') return new Unknown('the key is not readable');
    const value = this.interpolate(key, frame);
    return typeof value === 'string' ? value : value instanceof Unknown ? value : new Unknown('the key is not a string');
  }

  private comprehension(expr: ForExpr, frame: Frame, path?: string, sources?: Sources): Value {
    const iterable = asValue(this.toValue(this.eval(expr.iterable, frame)));
    if (iterable instanceof Unknown) return iterable;
    if (!Array.isArray(iterable)) return new Unknown(`a for loop needs an array, not ${typeName(iterable)}`);
    if (iterable.length > LIMITS.copyCount) {
      this.session.report(`a for loop over ${iterable.length} items, over ARM's limit of ${LIMITS.copyCount}`, this.locate(expr.span));
      return new Unknown(`the loop is over ARM's limit of ${LIMITS.copyCount}`);
    }
    const out: Value[] = [];
    for (let i = 0; i < iterable.length; i++) {
      const inner = withLocals(frame, loopBindings(expr, iterable[i]!, i));
      if (expr.body.kind === 'If') {
        const condition = this.toValue(this.eval(expr.body.condition, inner));
        if (condition instanceof Unknown) return condition;
        if (condition !== true) continue;
        out.push(expr.body.body.kind === 'Object' ? this.value(expr.body.body, inner, joinPath(path, out.length), sources) : new Unknown('the loop body is not readable'));
      } else {
        out.push(this.value(expr.body, inner, joinPath(path, out.length), sources));
      }
    }
    return out;
  }

  private lookup(name: string, frame: Frame): Evaluated {
    const local = frame.locals.get(name);
    if (local !== undefined) return local;
    if (this.source.params.has(name)) return this.parameter(name);
    if (this.source.vars.has(name)) return this.variable(name);
    const resource = this.source.resources.get(name) ?? this.source.nested.get(name);
    if (resource) return this.resourceSymbol(this.resourceInstances(resource));
    const module = this.source.modules.get(name);
    if (module) {
      const instances = this.moduleInstances(module);
      if (instances.loop) return new ModuleCollection(instances);
      return instances.list[0] ? new ModuleSymbol(instances.list[0]) : new Unknown(`module ${name} refers to itself`);
    }
    const imported = this.source.imported.get(name);
    if (imported) {
      const file = this.importedFile(imported.decl);
      return file instanceof Unknown ? file : file.variable(imported.original);
    }
    const namespace = this.source.namespaces.get(name);
    if (namespace) return new ImportedFile(this.importedFile(namespace));
    return new Unknown(`${name} is not declared`);
  }

  /** Reads every imported file, so that one that is missing or cyclic is reported even if nothing uses it. */
  readImports(): void {
    for (const statement of this.source.program.statements) if (statement.kind === 'Import') this.importedFile(statement);
  }

  /** The file an `import` reads, evaluated once in this deployment; Unknown for a registry file or one that can't be read. */
  private importedFile(decl: ImportDecl): BicepScope | Unknown {
    let file = this.importCache.get(decl);
    if (!file) {
      const resolved = resolveLocalFile(this, decl.from, 'import');
      file = resolved instanceof Unknown ? resolved : new BicepScope(this.session, resolved.file, this.deployment, this.placement, NOTHING_PROVIDED, resolved.stack);
      this.importCache.set(decl, file);
    }
    return file;
  }

  hasFunction(name: string): boolean {
    return this.source.functions.has(name);
  }

  callFunction(name: string, args: FunctionArg[], callDepth: number): Evaluated {
    const fn = this.source.functions.get(name);
    if (!fn) return new Unknown(`function ${name}() is not declared`);
    if (callDepth >= MAX_CALL_DEPTH) return new Unknown(`function ${name}() calls nest deeper than ${MAX_CALL_DEPTH}`);
    const bindings: [string, Evaluated][] = fn.params.map((p, i) => [p.name.name, args[i] ?? new Unknown(`argument ${p.name.name} is missing`)]);
    return this.eval(fn.body, { locals: new Map(bindings), callDepth: callDepth + 1 });
  }

  private resourceSymbol(instances: Instances<ResourceInstance>): Evaluated {
    if (instances.loop) return new ResourceCollection(instances);
    const [only, ...more] = instances.list;
    if (!only) return new Unknown('the resource refers to itself');
    return more.length === 0 ? new ResourceSymbol(only) : new ResourceCollection({ ...instances, loop: true });
  }

  private member(target: Evaluated, name: string, safe: boolean): Evaluated {
    if (target instanceof ResourceSymbol) return resourceMember(target.instance, name);
    if (target instanceof ImportedFile) return target.file instanceof Unknown ? target.file : target.file.variable(name);
    if (target instanceof ResourcePath) return new ResourcePath(target.instance, [...target.steps, name]);
    if (target instanceof ModuleSymbol) {
      if (name === 'outputs') return new ModuleOutputs(target.instance);
      if (name === 'name') return target.instance.name;
      return new Unknown(`a module has no property ${name}`);
    }
    if (target instanceof ModuleOutputs) return target.instance.output(name);
    if (target instanceof ScopeTarget) return this.member(target.value, name, safe);
    if (target instanceof ResourceCollection || target instanceof ModuleCollection) return new Unknown(`a loop's copies have no property ${name}; index them first`);
    if (target instanceof Unknown) return target;
    if (target === null && safe) return null;
    if (isObject(target) && !(target instanceof Lambda)) {
      const key = findKey(target, name);
      if (key !== undefined) return target[key]!;
      return safe ? null : new Unknown(`property ${name} doesn't exist`);
    }
    return new Unknown(`can't read .${name} of a ${typeName(target as FunctionArg)}`);
  }

  private index(target: Evaluated, index: FunctionArg, safe: boolean, fromEnd: boolean): Evaluated {
    if (index instanceof Unknown) return index;
    if (typeof index === 'string') return this.member(target, index, safe);
    if (typeof index !== 'number') return new Unknown(`can't index with a ${typeName(index)}`);
    if (target instanceof ResourceCollection) return pick(target.instances, index, (i) => new ResourceSymbol(i));
    if (target instanceof ModuleCollection) return pick(target.instances, index, (i) => new ModuleSymbol(i));
    if (target instanceof ResourcePath) return new ResourcePath(target.instance, [...target.steps, index]);
    if (target instanceof Unknown) return target;
    if (Array.isArray(target)) {
      const at = fromEnd ? target.length - index : index;
      const item = target[at];
      return item !== undefined ? item : safe ? null : new Unknown(`index ${index} is outside the array`);
    }
    if (target === null && safe) return null;
    return new Unknown(`can't index a ${isSymbolic(target) ? 'symbol' : typeName(target)} with a number`);
  }

  /** `vnet::subnet`: the nested resource declared in that copy of the parent. */
  private childResource(parent: Evaluated, name: string): Evaluated {
    if (!(parent instanceof ResourceSymbol)) return parent instanceof Unknown ? parent : new Unknown(`:: needs a resource on its left`);
    const decl = this.source.nested.get(name);
    if (!decl || this.source.nestedParent.get(decl) !== parent.instance.decl) return new Unknown(`${name} is not nested in that resource`);
    const instances = this.resourceInstances(decl);
    return this.resourceSymbol({ ...instances, list: instances.list.filter((i) => i.parent === parent.instance) });
  }

  /** A path into a resource: the declared value where the body sets it, else the value ARM reads at deployment. */
  resolvePath(path: ResourcePath): Value {
    const { instance, steps } = path;
    const [first, ...rest] = steps;
    if (!instance.existing && typeof first === 'string') {
      let value: Value | undefined = this.field(instance, first);
      for (const step of rest) {
        if (value === undefined || value instanceof Unknown) break;
        value = stepInto(value, step);
      }
      if (value !== undefined) return value;
    }
    if (!instance.idKnown) return new Unknown(`${steps.join('.')} of a resource whose ID is unknown`);
    const property = (first === 'properties' ? rest : steps).join('.');
    return new RuntimeValue({ kind: 'property', target: instance.id, property });
  }

  // ------------------------------------------------------------ operators and calls

  private unary(operator: '!' | '-' | '+', operand: FunctionArg): Value {
    if (operator === '!') return callFunction('not', [operand], { deployment: this.deployment });
    if (operator === '-') return callFunction('sub', [0, operand], { deployment: this.deployment });
    return asValue(operand);
  }

  private binary(expr: BinaryExpr, frame: Frame): Value {
    const left = asValue(this.toValue(this.eval(expr.left, frame)));
    const right = (): Value => asValue(this.toValue(this.eval(expr.right, frame)));
    const call = (name: string, args: FunctionArg[]): Value => callFunction(name, args, { deployment: this.deployment });
    switch (expr.operator) {
      case '&&':
        if (left === false) return false;
        return shortCircuit(left, right(), false, (a, b) => call('and', [a, b]));
      case '||':
        if (left === true) return true;
        return shortCircuit(left, right(), true, (a, b) => call('or', [a, b]));
      case '??':
        return left === null ? right() : left;
      case '==':
        return call('equals', [left, right()]);
      case '!=':
        return call('not', [call('equals', [left, right()])]);
      case '=~':
        return equalsIgnoringCase(left, right(), call);
      case '!~':
        return call('not', [equalsIgnoringCase(left, right(), call)]);
      case '<':
        return call('less', [left, right()]);
      case '<=':
        return call('lessOrEquals', [left, right()]);
      case '>':
        return call('greater', [left, right()]);
      case '>=':
        return call('greaterOrEquals', [left, right()]);
      case '+':
        return call('add', [left, right()]);
      case '-':
        return call('sub', [left, right()]);
      case '*':
        return call('mul', [left, right()]);
      case '/':
        return call('div', [left, right()]);
      case '%':
        return call('mod', [left, right()]);
    }
  }

  private call(expr: CallExpr, frame: Frame): Evaluated {
    const name = expr.name.name;
    const imported = this.source.imported.get(name);
    if (this.source.functions.has(name) || imported) {
      const args = expr.args.map((a) => this.toValue(this.eval(a, frame)));
      if (!imported) return this.callFunction(name, args, frame.callDepth);
      const file = this.importedFile(imported.decl);
      return file instanceof Unknown ? file : file.callFunction(imported.original, args, frame.callDepth);
    }
    return this.builtin(name, expr.args, frame);
  }

  private builtin(name: string, argExprs: Expression[], frame: Frame): Evaluated {
    const lower = name.toLowerCase();
    if (lower === 'any' && argExprs.length === 1) return this.eval(argExprs[0]!, frame);
    const args = argExprs.map((a) => this.toValue(this.eval(a, frame)));
    if (SCOPE_FUNCTIONS.has(lower)) return this.scopeCall(lower, args);
    if (LOAD_FUNCTIONS.has(lower)) return loadFunction(lower, args, this.source.path, (file) => this.session.readText(file));
    return callFunction(name, args, this.functions);
  }

  /** `sys.concat(...)`, `az.resourceGroup()`; resource methods (`kv.getSecret()`, `st.listKeys()`) are known only at deployment. */
  private instanceCall(expr: Extract<Expression, { kind: 'InstanceCall' }>, frame: Frame): Evaluated {
    if (expr.base.kind === 'Variable' && (expr.base.name === 'sys' || expr.base.name === 'az') && !frame.locals.has(expr.base.name)) {
      return this.builtin(expr.name.name, expr.args, frame);
    }
    const base = this.eval(expr.base, frame);
    if (base instanceof Unknown) return base;
    if (base instanceof ImportedFile) {
      if (base.file instanceof Unknown) return base.file;
      return base.file.callFunction(expr.name.name, expr.args.map((a) => this.toValue(this.eval(a, frame))), frame.callDepth);
    }
    return new Unknown(`${expr.name.name}() ${base instanceof ResourceSymbol ? 'reads the resource at deployment' : 'is not a function moat knows'}`);
  }

  /**
   * `resourceGroup('rg')`, `subscription('id')`, `tenant()`, `managementGroup('mg')`:
   * a scope for `scope:`, and as a value the object the function returns there.
   */
  private scopeCall(name: string, args: FunctionArg[]): Evaluated {
    const current = this.deployment;
    const part = (value: FunctionArg | undefined, what: string): string | Unknown | undefined => {
      if (value === undefined || value instanceof DeploymentScopePart) return undefined;
      if (value instanceof Unknown || typeof value === 'string') return value;
      return new Unknown(`the ${what} is not a string`);
    };
    let scope: Scope;
    switch (name) {
      case 'resourcegroup': {
        if (args.length === 0 && current.level !== 'resourceGroup') return callFunction('resourceGroup', [], { deployment: current });
        const subscription = args.length === 2 ? part(args[0], 'subscription ID') : current.subscription;
        const group = args.length === 0 ? current.resourceGroup : part(args[args.length - 1], 'resource group name');
        scope = { level: 'resourceGroup' };
        if (subscription !== undefined && !(subscription instanceof DeploymentScopePart)) scope.subscription = subscription;
        if (group !== undefined && !(group instanceof DeploymentScopePart)) scope.resourceGroup = group;
        break;
      }
      case 'subscription': {
        const subscription = args.length === 1 ? part(args[0], 'subscription ID') : current.subscription;
        scope = { level: 'subscription' };
        if (subscription !== undefined && !(subscription instanceof DeploymentScopePart)) scope.subscription = subscription;
        break;
      }
      case 'managementgroup':
        scope = { level: 'managementGroup' };
        break;
      default:
        scope = { level: 'tenant' };
    }
    const deployment: DeploymentContext = { cloud: current.cloud, level: scope.level };
    if (scope.subscription !== undefined) deployment.subscription = scope.subscription;
    if (scope.resourceGroup !== undefined) deployment.resourceGroup = scope.resourceGroup;
    const fn = name === 'resourcegroup' ? 'resourceGroup' : name === 'subscription' ? 'subscription' : name === 'tenant' ? 'tenant' : 'managementGroup';
    return new ScopeTarget(scope, callFunction(fn, [], { deployment }));
  }
}

const SCOPE_FUNCTIONS = new Set(['resourcegroup', 'subscription', 'managementgroup', 'tenant']);

class BicepLambda extends Lambda {
  readonly parameterCount: number;

  constructor(
    private readonly scope: BicepScope,
    private readonly names: string[],
    private readonly body: Expression,
    private readonly frame: Frame,
  ) {
    super();
    this.parameterCount = names.length;
  }

  call(args: Value[]): Value {
    if (this.frame.callDepth >= MAX_CALL_DEPTH) return new Unknown(`lambdas nest deeper than ${MAX_CALL_DEPTH}`);
    const frame = withLocals({ ...this.frame, callDepth: this.frame.callDepth + 1 }, this.names.map((n, i) => [n, args[i] ?? null]));
    return asValue(this.scope.toValue(this.scope.eval(this.body, frame)));
  }
}

export function asValue(result: FunctionArg): Value {
  return result instanceof Lambda ? new Unknown('a lambda is not a value') : result;
}

export function loopBindings(expr: ForExpr, item: Evaluated, index: number | Unknown): [string, Evaluated][] {
  const bindings: [string, Evaluated][] = [];
  if (expr.item) bindings.push([expr.item.name, item]);
  if (expr.index) bindings.push([expr.index.name, index]);
  return bindings;
}

/** A resource's ID: a link when every part of it is known, else an unknown that still names the resource. */
export function idOf(instance: ResourceInstance): Value {
  return instance.idKnown ? new ResourceLink(instance.id) : new UnknownResourceId('the resource ID is unknown (its name or scope is)', instance.graphResource);
}


function resourceMember(instance: ResourceInstance, name: string): Evaluated {
  switch (name) {
    case 'id':
      return idOf(instance);
    case 'name':
      return instance.declaredName;
    case 'type':
      return instance.type;
    case 'apiVersion':
      return instance.apiVersion;
    default:
      return new ResourcePath(instance, [name]);
  }
}

function pick<T>(instances: Instances<T>, index: number, wrap: (item: T) => Evaluated): Evaluated {
  if (instances.standIn) return new Unknown('the copies of the loop are unknown');
  const item = instances.list[index];
  return item === undefined ? new Unknown(`index ${index} is outside the loop's ${instances.list.length} copies`) : wrap(item);
}

function stepInto(value: Value, step: string | number): Value | undefined {
  if (typeof step === 'number') return Array.isArray(value) ? value[step] : undefined;
  if (!isObject(value)) return undefined;
  const key = findKey(value, step);
  return key === undefined ? undefined : value[key];
}

/** `a && b` with one side unknown: the known side may still decide it. */
function shortCircuit(left: Value, right: Value, decisive: boolean, both: (a: Value, b: Value) => Value): Value {
  if (right === decisive) return decisive;
  if (left instanceof Unknown) return left;
  return both(left, right);
}

function equalsIgnoringCase(left: Value, right: Value, call: (name: string, args: FunctionArg[]) => Value): Value {
  if (typeof left === 'string' && typeof right === 'string') return left.toLowerCase() === right.toLowerCase();
  return call('equals', [left, right]);
}

