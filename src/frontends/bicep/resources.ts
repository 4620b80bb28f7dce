/**
 * Resource declarations -> their copies: loops and conditions expanded, the
 * full type and name built from `parent:` or from nesting (as the ARM side
 * builds child resources), the scope from `scope:` (a resource group for an
 * existing resource, or the resource an extension resource attaches to).
 */
import { PathSources } from '../../graph/value-sources.js';
import type { Scope } from '../../graph/types.js';
import { Unknown, type Value } from '../../graph/value.js';
import { andCondition, asScopeLink, resourceIdUnder } from '../resource-parts.js';
import { LIMITS } from '../arm/limits.js';
import type { DeclBody, Expression, ModuleDecl, ObjectExpr, ResourceDecl } from './ast.js';
import { asValue, idOf, loopBindings, type BicepScope } from './evaluator.js';
import { literalText, property } from './source-file.js';
import { ResourceSymbol, ScopeTarget, withLocals, ROOT_FRAME, type Frame, type Instances, type ResourceInstance } from './symbols.js';

/** How one copy of a declaration is made from its loop frame, condition and body object. */
type Build<T> = (frame: Frame, condition: boolean | Unknown, body: ObjectExpr) => T | undefined;

/**
 * Expands a resource or module body: `{...}`, `if (c) {...}`, `[for x in xs: ...]`.
 * A loop whose array is unknown gives one stand-in copy with unknown loop
 * variables and an unknown condition, as the ARM side does for copy loops.
 */
export function expandBody<T>(scope: BicepScope, decl: ResourceDecl | ModuleDecl, body: DeclBody, frame: Frame, build: Build<T>): Instances<T> {
  const list: T[] = [];
  const add = (item: T | undefined): void => {
    if (item !== undefined) list.push(item);
  };
  const conditional = (inner: DeclBody | Expression, at: Frame, loopCondition: boolean | Unknown): void => {
    if (inner.kind === 'Object') add(build(at, loopCondition, inner));
    else if (inner.kind === 'If' && inner.body.kind === 'Object') add(build(at, andCondition(loopCondition, condition(scope, inner.condition, at)), inner.body));
  };
  if (body.kind !== 'For') {
    conditional(body, frame, true);
    return { list, loop: false, standIn: false };
  }
  const iterable = asValue(scope.toValue(scope.eval(body.iterable, frame)));
  const count = loopCount(scope, iterable, decl);
  if (count instanceof Unknown) {
    conditional(body.body, withLocals(frame, loopBindings(body, count, count)), count);
    return { list, loop: true, standIn: true };
  }
  for (let i = 0; i < count; i++) conditional(body.body, withLocals(frame, loopBindings(body, (iterable as Value[])[i]!, i)), true);
  return { list, loop: true, standIn: false };
}

function loopCount(scope: BicepScope, iterable: Value, decl: ResourceDecl | ModuleDecl): number | Unknown {
  if (iterable instanceof Unknown) return new Unknown(`the loop of ${decl.name.name} is over an unknown array (${iterable.why})`);
  if (!Array.isArray(iterable)) return new Unknown(`the loop of ${decl.name.name} is not over an array`);
  if (iterable.length > LIMITS.copyCount) {
    scope.session.report(`the loop of ${decl.name.name} has ${iterable.length} copies, over ARM's limit of ${LIMITS.copyCount}`, scope.locate(decl.span));
    return new Unknown(`the loop of ${decl.name.name} is over ARM's limit`);
  }
  return iterable.length;
}

export function condition(scope: BicepScope, expr: Expression, frame: Frame): boolean | Unknown {
  const value = asValue(scope.toValue(scope.eval(expr, frame)));
  if (typeof value === 'boolean' || value instanceof Unknown) return value;
  return new Unknown('the condition is not a bool');
}

export function buildResourceInstances(scope: BicepScope, decl: ResourceDecl): Instances<ResourceInstance> {
  const nestedIn = scope.source.nestedParent.get(decl);
  if (!nestedIn) return expandBody(scope, decl, decl.body, ROOT_FRAME, (frame, cond, body) => instance(scope, decl, frame, cond, body, undefined));
  // A nested resource is declared once per copy of its parent (Bicep allows no loop around a parent with children).
  const result: Instances<ResourceInstance> = { list: [], loop: decl.body.kind === 'For', standIn: false };
  for (const parent of scope.resourceInstances(nestedIn).list) {
    const copies = expandBody(scope, decl, decl.body, parent.frame, (frame, cond, body) => instance(scope, decl, frame, andCondition(parent.condition, cond), body, parent));
    result.list.push(...copies.list);
    result.standIn ||= copies.standIn;
  }
  return result;
}

function instance(scope: BicepScope, decl: ResourceDecl, frame: Frame, cond: boolean | Unknown, body: ObjectExpr, nestedIn: ResourceInstance | undefined): ResourceInstance | undefined {
  const typeText = literalText(decl.resourceType);
  if (typeText === undefined) return undefined;
  const at = typeText.indexOf('@');
  const declaredType = at >= 0 ? typeText.slice(0, at) : typeText;
  const nameExpr = property(body, 'name');
  const nameValue = nameExpr ? scope.value(nameExpr, frame) : new Unknown('the resource has no name');
  const declaredName = typeof nameValue === 'string' || nameValue instanceof Unknown ? nameValue : new Unknown('the name is not a string');
  const parent = nestedIn ?? parentOf(scope, body, frame);
  const relative = nestedIn !== undefined && !declaredType.includes('/');
  const type = relative ? `${nestedIn.type}/${declaredType}` : declaredType;
  const apiVersion = at >= 0 ? typeText.slice(at + 1) : (nestedIn?.apiVersion ?? '');
  const name = fullName(declaredName, parent, parent !== undefined);

  let placement: Scope = parent instanceof Unknown || parent === undefined ? scope.placement.scope : parent.placement;
  let extensionScope: Value | undefined;
  const scopeExpr = property(body, 'scope');
  if (scopeExpr) {
    const target = scope.eval(scopeExpr, frame);
    const group = target instanceof ResourceSymbol ? resourceGroupScope(target, placement) : undefined;
    if (target instanceof ScopeTarget) placement = target.scope;
    else if (group) placement = group;
    else if (target instanceof ResourceSymbol) extensionScope = idOf(target.instance);
    else {
      const value = asValue(scope.toValue(target));
      extensionScope = typeof value === 'string' ? asScopeLink(value, placement) : value;
    }
  }
  const declaredParent = parent instanceof Unknown ? undefined : parent;
  const id = resourceIdUnder(placement, type, name, declaredParent?.id, declaredName);
  const created: ResourceInstance = {
    decl,
    frame,
    body,
    type,
    apiVersion,
    name,
    declaredName,
    placement,
    id,
    idKnown: typeof name === 'string' && !(placement.subscription instanceof Unknown) && !(placement.resourceGroup instanceof Unknown),
    graphResource: { resource: undefined },
    existing: decl.existing,
    condition: andCondition(scope.placement.condition, cond),
    parent: parent instanceof Unknown ? undefined : (declaredParent ?? parentInName(scope, nameExpr, frame)),
    fields: new Map(),
    evaluating: new Set(),
    sources: new PathSources(),
  };
  if (nameExpr) created.sources.set('name', scope.locate(nameExpr.span));
  if (extensionScope !== undefined) created.extensionScope = extensionScope;
  return created;
}

const RESOURCE_GROUPS = 'microsoft.resources/resourcegroups';

/**
 * The scope a resource group resource stands for as a `scope:` (of a module,
 * or of an existing resource in another resource group): the group, in the
 * subscription it is declared in; undefined for any other resource.
 */
export function resourceGroupScope(symbol: ResourceSymbol, inherited: Scope): Scope | undefined {
  if (symbol.instance.type.toLowerCase() !== RESOURCE_GROUPS) return undefined;
  const scope: Scope = { level: 'resourceGroup', resourceGroup: symbol.instance.name };
  const subscription = symbol.instance.placement.subscription ?? inherited.subscription;
  if (subscription !== undefined) scope.subscription = subscription;
  return scope;
}

/** `parent: vnet` (or `parent: endpoints[i]`): the copy it names; Unknown when it can't be told. */
function parentOf(scope: BicepScope, body: ObjectExpr, frame: Frame): ResourceInstance | Unknown | undefined {
  const expr = property(body, 'parent');
  if (!expr) return undefined;
  const parent = scope.eval(expr, frame);
  if (parent instanceof ResourceSymbol) return parent.instance;
  return parent instanceof Unknown ? parent : new Unknown('the parent is not a resource');
}

/**
 * The parent a child's name spells out, as older Bicep writes children:
 * `name: '${vnet.name}/snet-a'`. Known, it links the child to its parent when
 * both names are unknown; the name itself is evaluated as written.
 */
function parentInName(scope: BicepScope, nameExpr: Expression | undefined, frame: Frame): ResourceInstance | undefined {
  if (nameExpr?.kind !== 'String' || nameExpr.expressions.length < 1 || nameExpr.segments[0] !== '' || !nameExpr.segments[1]?.startsWith('/')) return undefined;
  const first = nameExpr.expressions[0]!;
  if (first.kind !== 'PropertyAccess' || first.name.name !== 'name') return undefined;
  const target = scope.eval(first.base, frame);
  return target instanceof ResourceSymbol ? target.instance : undefined;
}

function fullName(declared: string | Unknown, parent: ResourceInstance | Unknown | undefined, underParent: boolean): string | Unknown {
  if (!underParent || parent === undefined) return declared;
  if (parent instanceof Unknown) return parent;
  if (declared instanceof Unknown) return declared;
  return parent.name instanceof Unknown ? parent.name : `${parent.name}/${declared}`;
}
