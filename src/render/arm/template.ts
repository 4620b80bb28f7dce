/**
 * The ARM template of a graph: resources in the deployment's resource group at
 * the top level, each other resource group's resources in nested deployments
 * (inner expression scope; one per group unless its dependency layers must be
 * apart, see groups.ts), existing resources only referenced.
 * Dependencies inside a template are `resourceId()`s; a dependency on another
 * template becomes a dependency on (or of) its nested deployment.
 */
import { apiVersionOf } from '../../azure/api-versions.js';
import { resourceKey, type ResourceId } from '../../graph/resource-id.js';
import type { Graph, GraphResource } from '../../graph/types.js';
import type { Value } from '../../graph/value.js';
import { armLiteral } from '../escape.js';
import { expression, exprString, nameExpr, resourceIdExpr, ROOT_PARAMETER, rootValue, type TemplateScope } from './expressions.js';
import { groupResources, knownString, ROOT, type TemplateGroup } from './groups.js';
import { buildOutputs } from './outputs.js';
import { locationParameters, type LocationParameter } from './parameters.js';
import { roleAssignmentNameExpr } from './role-name.js';
import { renderValue, setEntry, type Json } from './values.js';

export const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const DEPLOYMENTS = 'Microsoft.Resources/deployments';
const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';

type JsonObject = { [key: string]: Json };

/** A dependency in the same template: its resource ID, with the name as the template computes it. */
function dependencyExpr(scope: TemplateScope, target: GraphResource): string {
  const roleName = roleAssignmentNameExpr(scope, target);
  return roleName === undefined ? resourceIdExpr(scope, target.id) : `resourceId(${exprString(target.type)}, ${roleName})`;
}

export interface RenderedTemplate {
  template: JsonObject;
  parameterValues: JsonObject;
}

/** Writes the root template and its nested deployments from one graph. */
class TemplateWriter {
  private readonly allByKey: Map<string, GraphResource>;
  private readonly deployed: GraphResource[];
  private readonly byKey: Map<string, GraphResource>;
  private readonly groups: Map<string, TemplateGroup>;
  private readonly groupOf = new Map<string, string>();
  private readonly locations: LocationParameter[];
  private readonly parameterOfRegion: Map<string, string>;
  private readonly usedLocations = new Set<string>();
  readonly rootScope: TemplateScope = { resourceGroup: undefined, subscription: undefined, usedRootFields: new Set() };

  constructor(graph: Graph) {
    this.allByKey = new Map(graph.resources.map((r) => [r.key, r]));
    this.deployed = graph.resources.filter((r) => !r.existing);
    this.byKey = new Map(this.deployed.map((r) => [r.key, r]));
    this.groups = groupResources(this.deployed);
    for (const group of this.groups.values()) for (const r of group.resources) this.groupOf.set(r.key, group.id);
    this.locations = locationParameters(this.deployed);
    this.parameterOfRegion = new Map(this.locations.map((p) => [p.value, p.name]));
  }

  /** Root resources in graph order, each nested deployment where its first resource would be. */
  rootResources(variables: JsonObject): Json[] {
    const root = this.groups.get(ROOT)!;
    const resources: Json[] = [];
    const placed = new Set<string>();
    for (const resource of this.deployed) {
      const id = this.groupOf.get(resource.key)!;
      if (id === ROOT) resources.push(this.resource(root, this.rootScope, variables, resource, new Set()));
      else if (!placed.has(id)) {
        placed.add(id);
        resources.push(this.nested(this.groups.get(id)!));
      }
    }
    return resources;
  }

  /** Declarations of the region parameters the rendered resources use, and their values. */
  parameters(): { declarations: JsonObject; values: JsonObject } {
    const used = this.locations.filter((p) => this.usedLocations.has(p.name));
    return {
      declarations: Object.fromEntries(used.map((p) => [p.name, { type: 'string', defaultValue: armLiteral(p.value), metadata: { description: p.description } }])),
      values: Object.fromEntries(used.map((p) => [p.name, { value: p.value }])),
    };
  }

  private apiVersionOf = (id: ResourceId): string => {
    const target = this.allByKey.get(resourceKey(id));
    if (!target) throw new Error(`moat internal error: reference() to ${id.type}/${id.name}, which is not in the graph`);
    return target.apiVersion;
  };

  private deploymentId(group: TemplateGroup): string {
    return expression(resourceIdExpr(this.rootScope, { level: 'resourceGroup', type: DEPLOYMENTS, name: group.deploymentName }));
  }

  /** A region becomes its parameter; anything else renders as a value. */
  private located(scope: TemplateScope, value: Value, path: string): Json {
    const parameter = typeof value === 'string' ? this.parameterOfRegion.get(value) : undefined;
    if (parameter === undefined) return renderValue({ scope, apiVersionOf: this.apiVersionOf }, value, path);
    this.usedLocations.add(parameter);
    return expression(rootValue(scope, parameter));
  }

  /** One resource in the template of `group`; dependencies outside that template go to `outerDeps`. */
  private resource(group: TemplateGroup, scope: TemplateScope, variables: JsonObject, resource: GraphResource, outerDeps: Set<string>): JsonObject {
    const value = (v: Value, path: string): Json => renderValue({ scope, apiVersionOf: this.apiVersionOf }, v, path);
    const name = knownString(resource.name, 'the name')!;
    const out: JsonObject = { type: resource.type, apiVersion: resource.apiVersion };
    const computedName = roleAssignmentNameExpr(scope, resource) ?? nameExpr(resource.type, name);
    out['name'] = computedName === undefined ? armLiteral(name) : expression(computedName);
    if (resource.location !== undefined) out['location'] = this.located(scope, resource.location, 'location');
    for (const field of ['tags', 'sku', 'kind', 'identity', 'zones'] as const) {
      const v = resource[field];
      if (v !== undefined) out[field] = value(v, field);
    }
    const properties: JsonObject = {};
    for (const [key, v] of Object.entries(resource.properties)) {
      setEntry(properties, armLiteral(key), key === 'computeLocation' ? this.located(scope, v, `properties.${key}`) : value(v, `properties.${key}`));
    }
    if (resource.type === COMPUTE) {
      // The published workspaces/computes schema rejects the nested `properties` the REST API
      // requires for AKS computes; a variable holds the object so the template validates.
      const variable = `computeProperties_${name.split('/').pop()!.replace(/[^A-Za-z0-9]/g, '_')}`;
      variables[variable] = properties;
      out['properties'] = expression(`variables(${exprString(variable)})`);
    } else {
      out['properties'] = properties;
    }
    const dependsOn: string[] = [];
    for (const dep of resource.dependsOn) {
      const target = this.byKey.get(dep);
      if (!target) continue;
      const targetGroup = this.groupOf.get(dep)!;
      if (targetGroup === group.id) dependsOn.push(expression(dependencyExpr(scope, target)));
      else if (group.id === ROOT) pushOnce(dependsOn, this.deploymentId(this.groups.get(targetGroup)!));
      else outerDeps.add(dep);
    }
    if (dependsOn.length > 0) out['dependsOn'] = dependsOn;
    return out;
  }

  /** The nested deployment of a resource group, with what its inner template needs from the root. */
  private nested(group: TemplateGroup): JsonObject {
    const scope: TemplateScope = { resourceGroup: group.resourceGroup, subscription: group.subscription, usedRootFields: new Set() };
    const variables: JsonObject = {};
    const outerDeps = new Set<string>();
    const resources = group.resources.map((r) => this.resource(group, scope, variables, r, outerDeps));
    const fromRoot: JsonObject = {};
    for (const field of [...scope.usedRootFields].sort()) fromRoot[field] = expression(rootValue(this.rootScope, field));
    const dependsOn: string[] = [];
    for (const dep of outerDeps) {
      const targetGroup = this.groupOf.get(dep)!;
      pushOnce(dependsOn, targetGroup === ROOT ? expression(dependencyExpr(this.rootScope, this.byKey.get(dep)!)) : this.deploymentId(this.groups.get(targetGroup)!));
    }
    const template: JsonObject = { $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0' };
    if (Object.keys(fromRoot).length > 0) template['parameters'] = { [ROOT_PARAMETER]: { type: 'object' } };
    if (Object.keys(variables).length > 0) template['variables'] = variables;
    template['resources'] = resources;
    const deployment: JsonObject = { type: DEPLOYMENTS, apiVersion: apiVersionOf(DEPLOYMENTS), name: armLiteral(group.deploymentName) };
    if (group.subscription !== undefined) deployment['subscriptionId'] = armLiteral(group.subscription);
    deployment['resourceGroup'] = armLiteral(group.resourceGroup!);
    if (dependsOn.length > 0) deployment['dependsOn'] = dependsOn;
    const properties: JsonObject = { mode: 'Incremental', expressionEvaluationOptions: { scope: 'Inner' } };
    if (Object.keys(fromRoot).length > 0) properties['parameters'] = { [ROOT_PARAMETER]: { value: fromRoot } };
    properties['template'] = template;
    deployment['properties'] = properties;
    return deployment;
  }
}

function pushOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

export function buildTemplate(graph: Graph, metadata: Json): RenderedTemplate {
  const writer = new TemplateWriter(graph);
  const variables: JsonObject = {};
  const resources = writer.rootResources(variables);
  const outputs = buildOutputs(graph, writer.rootScope);
  const parameters = writer.parameters();
  const template: JsonObject = { $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', metadata };
  if (Object.keys(parameters.declarations).length > 0) template['parameters'] = parameters.declarations;
  if (Object.keys(variables).length > 0) template['variables'] = variables;
  template['resources'] = resources;
  if (Object.keys(outputs).length > 0) template['outputs'] = outputs;
  return { template, parameterValues: parameters.values };
}
