/**
 * The ARM template of a graph: resources in the deployment's resource group at
 * the top level, each other resource group's resources in one nested
 * deployment (inner expression scope), existing resources only referenced.
 * Dependencies inside a template are `resourceId()`s; a dependency on another
 * template becomes a dependency on (or of) its nested deployment.
 */
import { apiVersionOf } from '../../azure/api-versions.js';
import { resourceKey, type ResourceId } from '../../graph/resource-id.js';
import type { Graph, GraphResource } from '../../graph/types.js';
import { isUnknown, type Value } from '../../graph/value.js';
import { armLiteral } from '../escape.js';
import { expression, exprString, nameExpr, resourceIdExpr, ROOT_PARAMETER, rootValue, type TemplateScope } from './expressions.js';
import { locationParameters } from './parameters.js';
import { roleAssignmentNameExpr } from './role-name.js';
import { renderValue, type Json, type ValueContext } from './values.js';

export const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const DEPLOYMENTS = 'Microsoft.Resources/deployments';
const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';

type JsonObject = { [key: string]: Json };

/** The resources of one template: the root (deployment resource group) or one other resource group. */
interface TemplateGroup {
  id: string;
  resourceGroup: string | undefined;
  subscription: string | undefined;
  resources: GraphResource[];
  /** the nested deployment's name (not for the root) */
  deploymentName: string;
}

const ROOT = '';

function knownString(value: string | Value | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || isUnknown(value)) throw new Error(`moat internal error: ${what} of a resource to deploy is not a known string`);
  return value;
}

function groupId(resource: GraphResource): string {
  const rg = knownString(resource.scope.resourceGroup, 'the resource group');
  const sub = knownString(resource.scope.subscription, 'the subscription');
  return rg === undefined && sub === undefined ? ROOT : `${sub ?? ''}/${rg ?? ''}`;
}

function groupResources(resources: GraphResource[]): Map<string, TemplateGroup> {
  const groups = new Map<string, TemplateGroup>([[ROOT, { id: ROOT, resourceGroup: undefined, subscription: undefined, resources: [], deploymentName: '' }]]);
  for (const resource of resources) {
    const id = groupId(resource);
    let group = groups.get(id);
    if (!group) {
      const resourceGroup = knownString(resource.scope.resourceGroup, 'the resource group');
      if (resourceGroup === undefined) throw new Error('moat internal error: a resource in another subscription needs a resource group');
      // deployment names: 64 characters
      group = { id, resourceGroup, subscription: knownString(resource.scope.subscription, 'the subscription'), resources: [], deploymentName: `moat-${resourceGroup}`.slice(0, 64) };
      groups.set(id, group);
    }
    group.resources.push(resource);
  }
  return groups;
}

/**
 * Refuses a dependency cycle through nested deployments (ARM would reject the
 * deployment). Nodes are the root's resources and the nested deployments,
 * which depend on whatever any of their resources depends on outside them.
 */
function checkAcyclic(groups: Map<string, TemplateGroup>, groupOf: Map<string, string>, byKey: Map<string, GraphResource>): void {
  const node = (key: string): string => (groupOf.get(key) === ROOT ? key : `deployment ${groups.get(groupOf.get(key)!)!.deploymentName}`);
  const edges = new Map<string, Set<string>>();
  for (const resource of byKey.values()) {
    const from = node(resource.key);
    const targets = edges.get(from) ?? new Set<string>();
    for (const dep of resource.dependsOn) if (byKey.has(dep) && node(dep) !== from) targets.add(node(dep));
    edges.set(from, targets);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw new Error(`moat internal error: a dependency cycle through nested deployments (${[...trail, id].join(' -> ')})`);
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of edges.keys()) visit(id, []);
}

/** A dependency in the same template: its resource ID, with the name as the template computes it. */
function dependencyExpr(scope: TemplateScope, target: GraphResource): string {
  const roleName = roleAssignmentNameExpr(scope, target);
  return roleName === undefined ? resourceIdExpr(scope, target.id) : `resourceId(${exprString(target.type)}, ${roleName})`;
}

export interface RenderedTemplate {
  template: JsonObject;
  parameterValues: JsonObject;
}

export function buildTemplate(graph: Graph, metadata: Json): RenderedTemplate {
  const allByKey = new Map(graph.resources.map((r) => [r.key, r]));
  const deployed = graph.resources.filter((r) => !r.existing);
  const byKey = new Map(deployed.map((r) => [r.key, r]));
  const groups = groupResources(deployed);
  const groupOf = new Map<string, string>();
  for (const group of groups.values()) for (const r of group.resources) groupOf.set(r.key, group.id);
  checkAcyclic(groups, groupOf, byKey);

  const locations = locationParameters(deployed);
  const parameterOfRegion = new Map(locations.map((p) => [p.value, p.name]));
  const usedLocations = new Set<string>();
  const apiVersionOfId = (id: ResourceId): string => {
    const target = allByKey.get(resourceKey(id));
    if (!target) throw new Error(`moat internal error: reference() to ${id.type}/${id.name}, which is not in the graph`);
    return target.apiVersion;
  };

  const root = groups.get(ROOT)!;
  const rootScope: TemplateScope = { resourceGroup: undefined, subscription: undefined, usedRootFields: new Set() };

  const deploymentId = (group: TemplateGroup): string => expression(resourceIdExpr(rootScope, { level: 'resourceGroup', type: DEPLOYMENTS, name: group.deploymentName }));

  /** One resource in the template of `group`; dependencies outside the template go to `outerDeps`. */
  const renderResource = (group: TemplateGroup, scope: TemplateScope, variables: JsonObject, resource: GraphResource, outerDeps: Set<string>): JsonObject => {
    const context: ValueContext = { scope, apiVersionOf: apiVersionOfId };
    const value = (v: Value, path: string): Json => renderValue(context, v, path);
    const located = (v: Value, path: string): Json => {
      const parameter = typeof v === 'string' ? parameterOfRegion.get(v) : undefined;
      if (parameter !== undefined) {
        usedLocations.add(parameter);
        return expression(rootValue(scope, parameter));
      }
      return value(v, path);
    };
    const name = knownString(resource.name, 'the name')!;
    const out: JsonObject = { type: resource.type, apiVersion: resource.apiVersion };
    const computedName = roleAssignmentNameExpr(scope, resource) ?? nameExpr(resource.type, name);
    out['name'] = computedName === undefined ? armLiteral(name) : expression(computedName);
    if (resource.location !== undefined) out['location'] = located(resource.location, 'location');
    for (const field of ['tags', 'sku', 'kind', 'identity', 'zones'] as const) {
      const v = resource[field];
      if (v !== undefined) out[field] = value(v, field);
    }
    const properties: { [key: string]: Value } = { ...resource.properties };
    const rendered: JsonObject = {};
    for (const [key, v] of Object.entries(properties)) rendered[armLiteral(key)] = key === 'computeLocation' ? located(v, `properties.${key}`) : value(v, `properties.${key}`);
    if (resource.type === COMPUTE) {
      // The published workspaces/computes schema rejects the nested `properties` the REST API
      // requires for AKS computes; a variable holds the object so the template validates.
      const variable = `computeProperties_${name.split('/').pop()!.replace(/[^A-Za-z0-9]/g, '_')}`;
      variables[variable] = rendered;
      out['properties'] = expression(`variables(${exprString(variable)})`);
    } else {
      out['properties'] = rendered;
    }
    const dependsOn: string[] = [];
    for (const dep of resource.dependsOn) {
      const target = byKey.get(dep);
      if (!target) continue;
      const targetGroup = groupOf.get(dep)!;
      if (targetGroup === group.id) dependsOn.push(expression(dependencyExpr(scope, target)));
      else if (group.id === ROOT) {
        const id = deploymentId(groups.get(targetGroup)!);
        if (!dependsOn.includes(id)) dependsOn.push(id);
      } else outerDeps.add(dep);
    }
    if (dependsOn.length > 0) out['dependsOn'] = dependsOn;
    return out;
  };

  const renderNested = (group: TemplateGroup): JsonObject => {
    const scope: TemplateScope = { resourceGroup: group.resourceGroup, subscription: group.subscription, usedRootFields: new Set() };
    const variables: JsonObject = {};
    const outerDeps = new Set<string>();
    const resources = group.resources.map((r) => renderResource(group, scope, variables, r, outerDeps));
    const fromRoot: JsonObject = {};
    for (const field of [...scope.usedRootFields].sort()) fromRoot[field] = expression(rootValue(rootScope, field));
    const dependsOn: string[] = [];
    for (const dep of outerDeps) {
      const targetGroup = groupOf.get(dep)!;
      const id = targetGroup === ROOT ? expression(resourceIdExpr(rootScope, byKey.get(dep)!.id)) : deploymentId(groups.get(targetGroup)!);
      if (!dependsOn.includes(id)) dependsOn.push(id);
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
  };

  // root resources in graph order, each nested deployment where its first resource would be
  const rootVariables: JsonObject = {};
  const resources: Json[] = [];
  const placed = new Set<string>();
  for (const resource of deployed) {
    const id = groupOf.get(resource.key)!;
    if (id === ROOT) resources.push(renderResource(root, rootScope, rootVariables, resource, new Set()));
    else if (!placed.has(id)) {
      placed.add(id);
      resources.push(renderNested(groups.get(id)!));
    }
  }

  const outputs = buildOutputs(graph, rootScope);
  const template: JsonObject = { $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', metadata };
  const parameterValues: JsonObject = {};
  const declared = locations.filter((p) => usedLocations.has(p.name));
  if (declared.length > 0) {
    template['parameters'] = Object.fromEntries(
      declared.map((p) => [p.name, { type: 'string', defaultValue: armLiteral(p.value), metadata: { description: p.description } }]),
    );
    for (const p of declared) parameterValues[p.name] = { value: p.value };
  }
  if (Object.keys(rootVariables).length > 0) template['variables'] = rootVariables;
  template['resources'] = resources;
  if (Object.keys(outputs).length > 0) template['outputs'] = outputs;
  return { template, parameterValues };
}

/** What a user needs after deployment: subnet IDs, the compute target's name, private endpoint IPs. */
function buildOutputs(graph: Graph, scope: TemplateScope): JsonObject {
  const outputs: JsonObject = {};
  const subnetIds: JsonObject = {};
  for (const resource of graph.resources) {
    if (resource.type === 'Microsoft.Network/virtualNetworks' && Array.isArray(resource.properties['subnets'])) {
      for (const subnet of resource.properties['subnets']) {
        const name = (subnet as { name?: Value }).name;
        if (typeof name === 'string') subnetIds[armLiteral(name)] = expression(resourceIdExpr(scope, { ...resource.id, type: `${resource.type}/subnets`, name: `${resource.id.name}/${name}` }));
      }
    }
    if (resource.type === 'Microsoft.Network/virtualNetworks/subnets') {
      subnetIds[armLiteral(resource.id.name.split('/').pop()!)] = expression(resourceIdExpr(scope, resource.id));
    }
  }
  if (Object.keys(subnetIds).length > 0) outputs['subnetIds'] = { type: 'object', value: subnetIds };
  const compute = graph.resources.find((r) => r.type === COMPUTE && !r.existing);
  if (compute) outputs['computeName'] = { type: 'string', value: armLiteral(compute.id.name.split('/').pop()!) };
  const endpointIps: JsonObject = {};
  for (const endpoint of graph.resources.filter((r) => r.type === 'Microsoft.Network/privateEndpoints' && !r.existing)) {
    const id = resourceIdExpr(scope, endpoint.id);
    // an endpoint's IP is on its network interface, which the endpoint only names after deployment
    endpointIps[armLiteral(endpoint.id.name)] = expression(
      `reference(reference(${id}, '${endpoint.apiVersion}').networkInterfaces[0].id, '${endpoint.apiVersion}').ipConfigurations[0].properties.privateIPAddress`,
    );
  }
  if (Object.keys(endpointIps).length > 0) outputs['privateEndpointIps'] = { type: 'object', value: endpointIps };
  return outputs;
}
