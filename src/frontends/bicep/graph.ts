/**
 * Evaluated declarations -> graph resources, in file order, modules flattened
 * into the graph with their own scope and deployment chain (as the ARM front
 * end flattens nested deployments). An `existing` resource that the same
 * graph also deploys is the same resource: the deployed declaration stands
 * for it, as in the ARM JSON `bicep build` writes.
 */
import { resourceKey } from '../../graph/resource-id.js';
import type { GraphResource } from '../../graph/types.js';
import { Unknown, isObject, unknownObject, type Value } from '../../graph/value.js';
import { LIMITS } from '../arm/limits.js';
import { NamedResources, type NameSegments } from '../named-resources.js';
import { collectLinks, distinctResources, isDeploymentType, withExtensionScope } from '../resource-parts.js';
import type { ResourceDecl } from './ast.js';
import type { BicepScope } from './evaluator.js';
import { CalledModule } from './modules.js';
import { nestedResources, property } from './source-file.js';
import { ModuleCollection, ModuleSymbol, ResourceCollection, ResourceSymbol, type ResourceInstance } from './symbols.js';

export class GraphBuilder {
  private readonly built: GraphResource[] = [];
  private limitReported = false;
  /** children with the instance of their parent, whose graph resource they get when all are built */
  private readonly children: [GraphResource, ResourceInstance][] = [];

  constructor(
    /** where resources of unknown name are found again by the values they are named with */
    private readonly named: NamedResources,
    /** see BicepReadOptions.dependencies */
    private readonly dependencies: boolean,
  ) {}

  /** Every resource a file deployment declares, its modules' included. */
  addDeployment(scope: BicepScope): void {
    scope.readImports();
    for (const statement of scope.source.program.statements) {
      if (statement.kind === 'Resource') this.addDeclaration(scope, statement);
      else if (statement.kind === 'Module') {
        for (const call of scope.moduleInstances(statement).list) {
          const module = call instanceof CalledModule ? call.module() : undefined;
          if (module && !(module instanceof Unknown)) this.addDeployment(module);
        }
      }
    }
  }

  private addDeclaration(scope: BicepScope, decl: ResourceDecl): void {
    for (const copy of scope.resourceInstances(decl).list) {
      // A nested deployment written as a resource (an inline ARM template) is not a resource the rules check; its template is not read.
      if (isDeploymentType(copy.type)) continue;
      if (this.built.length >= LIMITS.totalResources) {
        if (!this.limitReported) scope.session.report(`more than ${LIMITS.totalResources} resources; the rest are not read`, scope.locate(decl.span));
        this.limitReported = true;
        return;
      }
      const resource = graphResource(scope, copy, this.dependencies);
      this.built.push(resource);
      copy.graphResource.resource = resource;
      if (typeof copy.name !== 'string') this.named.add(resource, declaredSegments(copy));
      if (copy.parent) this.children.push([resource, copy.parent]);
    }
    for (const child of nestedResources(decl)) this.addDeclaration(scope, child);
  }

  /** One graph resource per deployed resource (a module deployed twice gives one), as the ARM front end does. */
  resources(): GraphResource[] {
    for (const [child, parent] of this.children) child.parent = parent.graphResource.resource;
    this.named.walked(this.built);
    return distinctResources(this.built);
  }
}

/** Child resource types nest a few levels at most; a longer chain of parents is a cycle. */
const MAX_PARENTS = 8;

/** The name a resource was declared with, segment by segment: its parent's, then its own. */
function declaredSegments(copy: ResourceInstance, depth = 0): NameSegments {
  if (typeof copy.name === 'string') return copy.name.split('/');
  const own = typeof copy.declaredName === 'string' ? copy.declaredName.split('/') : [copy.declaredName];
  return copy.parent && depth < MAX_PARENTS ? [...declaredSegments(copy.parent, depth + 1), ...own] : own;
}

function graphResource(scope: BicepScope, copy: ResourceInstance, dependencies: boolean): GraphResource {
  const properties = scope.field(copy, 'properties') ?? {};
  // every field present, absent ones undefined: all resources share one shape, which keeps the rules' property reads fast
  const resource: GraphResource = {
    id: copy.id,
    key: resourceKey(copy.id),
    type: copy.type,
    apiVersion: copy.apiVersion,
    name: copy.name,
    scope: copy.placement,
    existing: copy.existing,
    condition: copy.condition === true ? undefined : copy.condition,
    location: scope.field(copy, 'location'),
    tags: scope.field(copy, 'tags'),
    sku: scope.field(copy, 'sku'),
    kind: scope.field(copy, 'kind'),
    identity: scope.field(copy, 'identity'),
    zones: scope.field(copy, 'zones'),
    properties: isObject(properties) ? properties : unknownObject(properties instanceof Unknown ? properties : new Unknown('properties is not an object')),
    dependsOn: [],
    source: scope.locate(copy.decl.span),
    valueSources: copy.sources,
    suppress: undefined,
    deployment: scope.placement.chain === '' ? undefined : scope.placement.chain,
    parent: undefined,
  };
  if (copy.extensionScope !== undefined && !Object.prototype.hasOwnProperty.call(resource.properties, 'scope')) {
    resource.properties = withExtensionScope(resource.properties, copy.extensionScope);
    const scopeExpr = property(copy.body, 'scope');
    if (scopeExpr) copy.sources.set('properties.scope', scope.locate(scopeExpr.span));
  }
  if (dependencies) {
    if (copy.parent) resource.dependsOn.push(resourceKey(copy.parent.id));
    explicitDependencies(scope, copy, resource.dependsOn);
    collectLinks(resource.properties, resource.dependsOn);
  }
  return resource;
}

/** `dependsOn: [a, b[0], mod]`: resources by key; a module stands for nothing moat checks. */
function explicitDependencies(scope: BicepScope, copy: ResourceInstance, into: string[]): void {
  const list = property(copy.body, 'dependsOn');
  if (list?.kind !== 'Array') return;
  for (const item of list.items) {
    if (item.kind === 'Spread') continue;
    const target = scope.eval(item, copy.frame);
    if (target instanceof ResourceSymbol) into.push(resourceKey(target.instance.id));
    else if (target instanceof ResourceCollection) into.push(...target.instances.list.map((i) => resourceKey(i.id)));
    else if (!(target instanceof ModuleSymbol || target instanceof ModuleCollection)) collectLinks(scope.toValue(target) as Value, into);
  }
}
