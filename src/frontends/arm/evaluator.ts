/**
 * Evaluates ARM template values: JSON nodes whose strings may hold
 * expressions, in the scope of one template (its parameters, variables and
 * user functions) and one deployment context. Anything that can't be known
 * statically, or is malformed, comes out as Unknown; syntax errors are also
 * recorded as parse problems once per string.
 */
import type { Node } from 'jsonc-parser';
import type { CloudName } from '../../azure/clouds.js';
import { ResourceLink, Unknown, equalsIgnoringCase, isObject, type SourceLocation, type Value, type ValueObject } from '../../graph/value.js';
import { parseResourceId } from '../../graph/resource-id.js';
import { Lambda, callFunction, type DeploymentContext, type FunctionArg, type FunctionContext } from '../functions/index.js';
import { findKey, typeName } from '../functions/values.js';
import { parseTemplateString, type Expr, type TemplateString } from './expression.js';
import { child, entries, literalString, type JsonDocument, type ParseProblem } from './jsonc.js';
import { LIMITS } from './limits.js';
import { detached } from '../../detached.js';
import { Definitions, type Definition } from '../definitions.js';
import { isDeploymentType } from '../resource-parts.js';

const OPEN_BRACKET = 91;

/** A string node that can't be an expression (it doesn't start with `[`): its text is its value, with no parse. */
export const isPlainText = (node: Node): boolean => (node.value as string).charCodeAt(0) !== OPEN_BRACKET;

/**
 * Each expression text parsed once per run while it stays in the memo,
 * however many strings hold it: templates repeat `[parameters('location')]`
 * in every resource, copy loops and the template facts read the same strings
 * again, and the templates of one repository share most of their expressions.
 * Not memo.ts's memoized(): its frozen results gave every read of a parse
 * result a second shape to handle, and lint took 10% longer.
 */
const EXPRESSION_MEMO_SIZE = 16384;
const expressionMemo = new Map<string, TemplateString>();
function parseExpressionText(text: string): TemplateString {
  let parsed = expressionMemo.get(text);
  if (parsed === undefined) {
    if (expressionMemo.size >= EXPRESSION_MEMO_SIZE) expressionMemo.clear();
    const key = detached(text);
    parsed = parseTemplateString(key);
    expressionMemo.set(key, parsed);
  }
  return parsed;
}

/** State shared by every scope reading one file: the document, problems, the parse cache, the step budget. */
export class FileState {
  readonly problems: ParseProblem[] = [];
  private steps = 0;
  /** parameters and variables, evaluated once each with their nesting bounded */
  readonly definitions = new Definitions();
  private sizeReported = false;
  private exhaustedReported = false;
  private depthReported = false;
  /** arrays and objects being read, one inside the next */
  private depth = 0;
  /**
   * Each expression string's parse, by the string's offset: the walker, copy
   * loops and the template facts read the same strings, and a number is
   * found at once where the text had to be hashed and compared.
   */
  private readonly parsedAt = new Map<number, TemplateString>();

  constructor(
    readonly doc: JsonDocument,
    readonly cloud: CloudName,
  ) {}

  locate(node: Node): SourceLocation {
    return this.doc.locate(node.offset);
  }

  /** `locate` as a function, for what locates nodes later (a resource's value sources) */
  readonly locator = (node: Node): SourceLocation => this.locate(node);

  report(message: string, node: Node): void {
    this.problems.push(this.doc.problem(message, node.offset));
  }

  parse(node: Node): TemplateString {
    const text = node.value as string;
    // most strings are plain text: a short-lived result is cheaper than one kept
    if (isPlainText(node)) return { kind: 'literal', value: text };
    let parsed = this.parsedAt.get(node.offset);
    if (parsed === undefined) {
      parsed = parseExpressionText(text);
      this.parsedAt.set(node.offset, parsed);
      // once per string, however often it is read
      if (parsed.kind === 'invalid') this.report(parsed.message, node);
    }
    return parsed;
  }

  /** Enters an array or object value; false (reported once) when that nests deeper than the limit. Each true needs a `leave()`. */
  enter(node: Node): boolean {
    if (this.depth < LIMITS.jsonDepth) {
      this.depth++;
      return true;
    }
    if (!this.depthReported) this.report(`values nested more than ${LIMITS.jsonDepth} levels deep; the deeper ones are unknown`, node);
    this.depthReported = true;
    return false;
  }

  leave(): void {
    this.depth--;
  }

  /** Counts evaluation work; false once the file's budget is spent. */
  step(node: Node, cost = 1): boolean {
    this.steps += cost;
    if (this.steps <= LIMITS.evaluationSteps) return true;
    if (!this.exhaustedReported) {
      this.exhaustedReported = true;
      this.report(`evaluation stopped after ${LIMITS.evaluationSteps} steps (copy loops or functions too large); the rest is unknown`, node);
    }
    return false;
  }

  /**
   * A computed value, with its size charged to the budget; a value over the
   * size bound becomes Unknown (reported once), so no value can grow without end.
   */
  bounded(value: Value, node: Node, what: string): Value {
    return this.bound(value, node, what);
  }

  /** A function's result, bounded the same way; its description is made only if it is too large. */
  boundedResult(value: Value, node: Node, functionName: string): Value {
    return this.bound(value, node, undefined, functionName);
  }

  private bound(value: Value, node: Node, what: string | undefined, functionName?: string): Value {
    const size = typeof value === 'string' ? 1 + (value.length >> 6) : typeof value !== 'object' || value === null ? 1 : logicalSize(value, LIMITS.valueSize);
    if (!this.step(node, size)) return new Unknown('evaluation budget spent');
    if (size <= LIMITS.valueSize) return value;
    const described = what ?? `the value of ${functionName}()`;
    if (!this.sizeReported) this.report(`${described} is larger than moat's limit of ${LIMITS.valueSize} elements; it is treated as unknown`, node);
    this.sizeReported = true;
    return new Unknown(`${described} is too large to evaluate`);
  }
}

/** Elements in a value, counting shared parts each time they occur; stops counting past `limit`. */
function logicalSize(root: Value, limit: number): number {
  // one stack for every call (this never re-enters), used by index: an array that push and pop
  // shrink and grow again reallocated its store for nearly every value
  const pending = SIZE_STACK;
  let top = 0;
  let used = 1;
  let size = 0;
  pending[top++] = root;
  while (top > 0 && size <= limit) {
    const value = pending[--top]!;
    if (typeof value === 'string') {
      size += 1 + (value.length >> 6);
      continue;
    }
    size++;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && i <= limit; i++) pending[top++] = value[i]!;
    } else if (isObject(value)) {
      for (const key in value) pending[top++] = value[key]!;
    }
    if (top > used) used = top;
  }
  // what it held would otherwise stay alive until overwritten
  for (let i = 0; i < used; i++) pending[i] = null;
  return size;
}

const SIZE_STACK: Value[] = [];

/** Per-evaluation bindings: copy loop indexes, lambda variables, user function arguments. */
export interface Frame {
  /** loop name (lower case) -> index; '' is the enclosing resource's own loop */
  copy: ReadonlyMap<string, Value>;
  lambda?: ReadonlyMap<string, Value>;
  functionArgs?: ReadonlyMap<string, Value>;
  callDepth: number;
}

export const ROOT_FRAME: Frame = { copy: new Map(), callDepth: 0 };

/** The arguments of every call that has none (function bodies only read their arguments). */
const NO_ARGS = Object.freeze([]) as unknown as FunctionArg[];

/** User functions may not recurse in ARM; this guards the evaluator if a template tries. */
const MAX_CALL_DEPTH = 32;

export const withCopyIndex = (frame: Frame, names: string[], index: Value): Frame => {
  const copy = new Map(frame.copy);
  for (const name of names) copy.set(name.toLowerCase(), index);
  return { ...frame, copy };
};

type Binding = Definition & { node: Node };
type VariableBinding = Binding & { copyLoop?: boolean };
interface UserFunction {
  parameters: string[];
  output: Node | undefined;
}

/** `$ref`s followed from a parameter to the type it names: more is a cycle or not worth reading. */
const MAX_REF_DEPTH = 16;
const DEFINITION_REF = '#/definitions/';

/** Whether a parameter (or type definition) may be null: `"nullable": true` on it or on the definition its `$ref` names. */
function isNullable(template: Node, declaration: Node | undefined, depth = 0): boolean {
  if (!declaration || depth > MAX_REF_DEPTH) return false;
  if (child(declaration, 'nullable')?.value === true) return true;
  const ref = literalString(child(declaration, '$ref'));
  if (ref === undefined || !ref.startsWith(DEFINITION_REF)) return false;
  return isNullable(template, child(child(template, 'definitions'), ref.slice(DEFINITION_REF.length)), depth + 1);
}

export class TemplateScope {
  /** what the function library may know, made once: every call gets the same (the walker adds the template's resources) */
  readonly functionContext: FunctionContext;
  private readonly parameterBindings = new Map<string, Binding & { name: string; provided?: Value }>();
  private readonly variableBindings = new Map<string, VariableBinding>();
  private readonly userFunctions = new Map<string, UserFunction>();
  /**
   * A whole-string expression's value outside any loop or function, by its
   * parsed expression: templates repeat `[resourceId(...)]` and
   * `[parameters('location')]` in every resource, and outside a loop the
   * value depends on nothing but this scope.
   */
  private readonly rootValues = new Map<Expr, Value>();
  /**
   * What `reference()` of a nested deployment this template declares gives (its
   * outputs), by the deployment's name or symbolic name; undefined for anything
   * else. Set by the walker, which knows the deployments.
   */
  deploymentOutputs: ((name: string, full: boolean) => Value | undefined) | undefined;

  constructor(
    readonly file: FileState,
    readonly template: Node,
    readonly deployment: DeploymentContext,
    provided: ReadonlyMap<string, Value> = new Map(),
    /** true: `provided` is every value the deployment passes, so a parameter it leaves out is left out (not given at deployment) */
    private readonly providedComplete = false,
  ) {
    this.functionContext = { deployment };
    for (const [name, node] of entries(child(template, 'parameters'))) {
      const binding: Binding & { name: string; provided?: Value } = { name, node };
      const given = provided.get(name.toLowerCase());
      if (given !== undefined) binding.provided = given;
      this.parameterBindings.set(name.toLowerCase(), binding);
    }
    for (const [name, node] of entries(child(template, 'variables'))) {
      if (name.toLowerCase() === 'copy' && node.type === 'array') {
        for (const loop of node.children ?? []) {
          const loopName = literalString(child(loop, 'name'));
          if (loopName !== undefined) this.variableBindings.set(loopName.toLowerCase(), { node: loop, copyLoop: true });
        }
      } else {
        this.variableBindings.set(name.toLowerCase(), { node });
      }
    }
    for (const group of child(template, 'functions')?.children ?? []) {
      const namespace = literalString(child(group, 'namespace'));
      for (const [name, member] of entries(child(group, 'members'))) {
        const parameters = (child(member, 'parameters')?.children ?? []).map((p) => literalString(child(p, 'name')) ?? '');
        this.userFunctions.set(`${namespace ?? ''}.${name}`.toLowerCase(), { parameters, output: child(child(member, 'output'), 'value') });
      }
    }
  }

  parameter(name: string): Value {
    const binding = this.parameterBindings.get(name.toLowerCase());
    if (!binding) return new Unknown(`parameter ${name} is not declared`);
    if (binding.provided !== undefined) return binding.provided;
    if (binding.value !== undefined) return binding.value;
    const fallback = child(binding.node, 'defaultValue');
    if (fallback) return this.evaluateOnce(binding, fallback, `parameter ${name}`);
    if (this.providedComplete && isNullable(this.template, binding.node)) return null;
    // one value for every use: a resource named with it and a resourceId() of it then name the same resource
    return (binding.value = new Unknown(`parameter ${name} has no value`));
  }

  variable(name: string): Value {
    const binding = this.variableBindings.get(name.toLowerCase());
    if (!binding) return new Unknown(`variable ${name} is not declared`);
    if (binding.value !== undefined) return binding.value;
    if (binding.copyLoop) return this.evaluateOnce(binding, binding.node, `variable ${name}`, () => this.copyArray(binding.node, ROOT_FRAME));
    return this.evaluateOnce(binding, binding.node, `variable ${name}`);
  }

  private evaluateOnce(binding: Binding, node: Node, what: string, compute = () => this.value(node, ROOT_FRAME)): Value {
    return this.file.definitions.once(binding, what, () => this.file.bounded(compute(), node, what), (message) => this.file.report(message, node));
  }

  /** A JSON node's value. */
  value(node: Node, frame: Frame): Value {
    if (!this.file.step(node)) return new Unknown('evaluation budget spent');
    switch (node.type) {
      case 'string':
        return this.stringValue(node, frame);
      case 'number':
      case 'boolean':
      case 'null':
        return node.value as Value;
      case 'array': {
        if (!this.file.enter(node)) return new Unknown('nested too deep');
        // sized up front, as function arguments are: most arrays are short, and push gave each room for 17
        const items = node.children ?? [];
        const out: Value[] = new Array<Value>(items.length);
        for (let i = 0; i < items.length; i++) out[i] = this.value(items[i]!, frame);
        this.file.leave();
        return out;
      }
      case 'object': {
        if (!this.file.enter(node)) return new Unknown('nested too deep');
        const out: ValueObject = {};
        // the property nodes directly: most objects are read once, and listing their entries cost more than it saved
        for (const property of node.children ?? []) {
          const keyNode = property.children?.[0];
          const valueNode = property.children?.[1];
          if (!keyNode || !valueNode || typeof keyNode.value !== 'string') continue;
          const literalKey = keyNode.value;
          // the type first: lower-casing every property name cost more than the test
          if (valueNode.type === 'array' && literalKey.length === 4 && literalKey.toLowerCase() === 'copy') {
            this.propertyCopies(valueNode, frame, out);
            continue;
          }
          out[this.propertyName(keyNode, literalKey, frame)] = this.value(valueNode, frame);
        }
        this.file.leave();
        return out;
      }
      default:
        return new Unknown('not a JSON value');
    }
  }

  /**
   * ARM evaluates expressions in property names too (`userAssignedIdentities`
   * keyed by `[resourceId(...)]`); a name that can't be known keeps its text.
   */
  private propertyName(keyNode: Node, literalKey: string, frame: Frame): string {
    if (isPlainText(keyNode)) return literalKey;
    const parsed = this.file.parse(keyNode);
    if (parsed.kind === 'literal') return parsed.value;
    if (parsed.kind === 'invalid') return literalKey;
    const name = asValue(this.expression(parsed.expr, frame, keyNode));
    if (name instanceof ResourceLink) return name.toString();
    return typeof name === 'string' ? name : literalKey;
  }

  stringValue(node: Node, frame: Frame): Value {
    if (isPlainText(node)) return node.value as string;
    const parsed = this.file.parse(node);
    if (parsed.kind === 'literal') return parsed.value;
    if (parsed.kind === 'invalid') return new Unknown(parsed.message);
    if (frame !== ROOT_FRAME) return asValue(this.expression(parsed.expr, frame, node));
    let value = this.rootValues.get(parsed.expr);
    if (value === undefined) {
      value = asValue(this.expression(parsed.expr, frame, node));
      this.rootValues.set(parsed.expr, value);
    }
    return value;
  }

  /** The count of a copy loop: an integer in 0..800, or Unknown (also reported when over ARM's limit). */
  copyCount(node: Node | undefined, frame: Frame, loop: string): number | Unknown {
    if (!node) return new Unknown(`copy loop ${loop} has no count`);
    const count = this.value(node, frame);
    if (count instanceof Unknown) return new Unknown(`the count of copy loop ${loop} is unknown (${count.why})`);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return new Unknown(`the count of copy loop ${loop} is not a whole number`);
    if (count > LIMITS.copyCount) {
      this.file.report(`copy loop ${loop} has count ${count}, over ARM's limit of ${LIMITS.copyCount}`, node);
      return new Unknown(`the count of copy loop ${loop} is over ARM's limit`);
    }
    return count;
  }

  /** `{ name, count, input }`: the array a property or variable copy loop builds. */
  private copyArray(loop: Node, frame: Frame): Value {
    const name = literalString(child(loop, 'name')) ?? '';
    const count = this.copyCount(child(loop, 'count'), frame, name);
    if (count instanceof Unknown) return count;
    const input = child(loop, 'input');
    if (!input) return new Unknown(`copy loop ${name} has no input`);
    const out: Value[] = new Array<Value>(count);
    for (let i = 0; i < count; i++) out[i] = this.value(input, withCopyIndex(frame, [name], i));
    return out;
  }

  private propertyCopies(loops: Node, frame: Frame, out: ValueObject): void {
    for (const loop of loops.children ?? []) {
      const name = literalString(child(loop, 'name'));
      if (name === undefined) {
        this.file.report('a property copy loop needs a literal name', loop);
        continue;
      }
      out[name] = this.copyArray(loop, frame);
    }
  }

  expression(expr: Expr, frame: Frame, at: Node): FunctionArg {
    switch (expr.kind) {
      case 'string':
      case 'number':
      case 'keyword':
        return expr.value;
      case 'property':
        return member(this.expression(expr.target, frame, at), expr.name);
      case 'index': {
        const target = this.expression(expr.target, frame, at);
        const index = this.expression(expr.index, frame, at);
        if (index instanceof Unknown) return index;
        if (Array.isArray(target) && typeof index === 'number') return target[index] ?? new Unknown(`index ${index} is outside the array`);
        if (typeof index === 'string') return member(target, index);
        return target instanceof Unknown ? target : new Unknown(`can't index a ${typeName(target)} with a ${typeName(index)}`);
      }
      case 'call':
        if (!this.file.step(at)) return new Unknown('evaluation budget spent');
        return this.call(expr, frame, at);
    }
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, frame: Frame, at: Node): FunctionArg {
    const name = expr.key;
    switch (name) {
      case 'parameters': {
        const key = this.argument(expr, 0, frame, at);
        if (typeof key !== 'string') return key instanceof Unknown ? key : new Unknown('parameters() takes a name');
        if (frame.functionArgs) return frame.functionArgs.get(key.toLowerCase()) ?? new Unknown(`function parameter ${key} is not declared`);
        return this.parameter(key);
      }
      case 'variables': {
        const key = this.argument(expr, 0, frame, at);
        if (typeof key !== 'string') return key instanceof Unknown ? key : new Unknown('variables() takes a name');
        return this.variable(key);
      }
      case 'copyindex':
        return this.copyIndex(expr.args.map((_, i) => this.argument(expr, i, frame, at)), frame);
      case 'if': {
        const condition = this.argument(expr, 0, frame, at);
        if (condition instanceof Unknown) return condition;
        if (typeof condition !== 'boolean') return new Unknown('if() needs a boolean condition');
        return this.argument(expr, condition ? 1 : 2, frame, at);
      }
      case 'lambda':
        return this.lambda(expr, frame, at);
      case 'lambdavariables': {
        const key = this.argument(expr, 0, frame, at);
        if (typeof key !== 'string') return key instanceof Unknown ? key : new Unknown('lambdaVariables() takes a name');
        return frame.lambda?.get(key.toLowerCase()) ?? new Unknown(`lambda variable ${key} is not declared`);
      }
      default:
        break;
    }
    // sized up front: an empty array grown by push got a backing store for 17, a large share of evaluation's garbage
    const count = expr.args.length;
    const args: FunctionArg[] = count === 0 ? NO_ARGS : new Array<FunctionArg>(count);
    for (let i = 0; i < count; i++) args[i] = this.expression(expr.args[i]!, frame, at);
    if (name === 'reference' && count > 0) {
      // a module's outputs in a template compiled from Bicep: `reference(resourceId('Microsoft.Resources/deployments', 'm')).outputs.x.value`
      const outputs = this.referencedDeployment(args, expr.args[0]!, frame, at);
      if (outputs !== undefined) return outputs;
    }
    const result = name.includes('.') ? this.userFunction(expr.name, args, frame) : callFunction(expr.name, args, this.functionContext, name);
    return result instanceof Lambda ? result : this.file.boundedResult(result, at, expr.name);
  }

  /** `reference()` of one of this template's nested deployments: its outputs; undefined for any other resource. */
  private referencedDeployment(args: readonly FunctionArg[], targetExpr: Expr, frame: Frame, at: Node): Value | undefined {
    if (!this.deploymentOutputs) return undefined;
    const target = args[0];
    const id = target instanceof ResourceLink ? target.target : typeof target === 'string' && target.includes('/') ? parseResourceId(target) : undefined;
    // a plain name: a symbolic name (languageVersion 2.0), or a resource of this template by name
    const name = id ? (isDeploymentType(id.type) ? id.name : undefined) : typeof target === 'string' ? target : target instanceof Unknown ? this.deploymentNameIn(targetExpr, frame, at) : undefined;
    if (name === undefined) return undefined;
    const option = args[2];
    return this.deploymentOutputs(name, typeof option === 'string' && equalsIgnoringCase(option, 'full'));
  }

  /**
   * The deployment an ID expression names when the ID itself can't be known:
   * Bicep writes a module in another resource group as
   * `extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, 'rg'), 'Microsoft.Resources/deployments', 'name')`,
   * whose scope is the deployment's own subscription, unknown until deployment.
   */
  private deploymentNameIn(expr: Expr, frame: Frame, at: Node): string | undefined {
    if (expr.kind !== 'call' || !expr.key.endsWith('resourceid') || expr.args.length < 2) return undefined;
    const type = expr.args[expr.args.length - 2]!;
    if (type.kind !== 'string' || !isDeploymentType(type.value)) return undefined;
    const name = this.expression(expr.args[expr.args.length - 1]!, frame, at);
    return typeof name === 'string' ? name : undefined;
  }

  private argument(expr: Extract<Expr, { kind: 'call' }>, i: number, frame: Frame, at: Node): FunctionArg {
    return i < expr.args.length ? this.expression(expr.args[i]!, frame, at) : new Unknown(`${expr.name}() needs argument ${i + 1}`);
  }

  private copyIndex(args: FunctionArg[], frame: Frame): FunctionArg {
    const loopName = typeof args[0] === 'string' ? args[0] : '';
    const offset = typeof args[0] === 'string' ? args[1] : args[0];
    const index = frame.copy.get(loopName.toLowerCase());
    if (index === undefined) return new Unknown(loopName ? `copyIndex('${loopName}') is outside that copy loop` : 'copyIndex() is outside a copy loop');
    if (index instanceof Unknown || offset instanceof Unknown) return index instanceof Unknown ? index : (offset as Unknown);
    if (offset !== undefined && typeof offset !== 'number') return new Unknown('copyIndex() offset must be an integer');
    return (index as number) + (offset ?? 0);
  }

  private lambda(expr: Extract<Expr, { kind: 'call' }>, frame: Frame, at: Node): FunctionArg {
    const names = expr.args.slice(0, -1).map((a) => (a.kind === 'string' ? a.value : undefined));
    const body = expr.args[expr.args.length - 1];
    if (!body || names.some((n) => n === undefined)) return new Unknown("lambda() takes literal parameter names and a body");
    return new ArmLambda(this, names as string[], body, frame, at);
  }

  private userFunction(name: string, args: FunctionArg[], frame: Frame): FunctionArg {
    const fn = this.userFunctions.get(name.toLowerCase());
    if (!fn?.output) return new Unknown(`function ${name}() is not defined in this template`);
    if (frame.callDepth >= MAX_CALL_DEPTH) return new Unknown(`function ${name}() calls nest deeper than ${MAX_CALL_DEPTH}`);
    const bound = new Map<string, Value>();
    fn.parameters.forEach((p, i) => bound.set(p.toLowerCase(), asValue(args[i] ?? new Unknown(`argument ${p} is missing`))));
    return this.value(fn.output, { copy: new Map(), functionArgs: bound, callDepth: frame.callDepth + 1 });
  }
}

class ArmLambda extends Lambda {
  readonly parameterCount: number;

  constructor(
    private readonly scope: TemplateScope,
    private readonly names: string[],
    private readonly body: Expr,
    private readonly frame: Frame,
    private readonly at: Node,
  ) {
    super();
    this.parameterCount = names.length;
  }

  call(args: Value[]): Value {
    if (this.frame.callDepth >= MAX_CALL_DEPTH) return new Unknown(`lambdas nest deeper than ${MAX_CALL_DEPTH}`);
    const bindings = new Map(this.frame.lambda ?? []);
    this.names.forEach((n, i) => bindings.set(n.toLowerCase(), args[i] ?? null));
    return asValue(this.scope.expression(this.body, { ...this.frame, lambda: bindings, callDepth: this.frame.callDepth + 1 }, this.at));
  }
}

function asValue(result: FunctionArg): Value {
  return result instanceof Lambda ? new Unknown('a lambda is not a value') : result;
}

function member(target: FunctionArg, name: string): FunctionArg {
  if (target instanceof Unknown) return target;
  if (isObject(target) && !(target instanceof Lambda)) {
    const key = findKey(target, name);
    return key === undefined ? new Unknown(`property ${name} doesn't exist`) : target[key]!;
  }
  return new Unknown(`can't read .${name} of a ${typeName(target)}`);
}
