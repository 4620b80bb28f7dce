/**
 * The root template's outputs: what a user needs after deployment (subnet
 * IDs, the compute target's name, the private endpoints' IPs).
 */
import type { Graph } from '../../graph/types.js';
import type { Value } from '../../graph/value.js';
import { armLiteral } from '../escape.js';
import { expression, resourceIdExpr, type TemplateScope } from './expressions.js';
import { setEntry, type Json } from './values.js';

const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';
type JsonObject = { [key: string]: Json };

/** What a user needs after deployment: subnet IDs, the compute target's name, private endpoint IPs. */
export function buildOutputs(graph: Graph, scope: TemplateScope): JsonObject {
  const outputs: JsonObject = {};
  const subnetIds: JsonObject = {};
  for (const resource of graph.resources) {
    if (resource.type === 'Microsoft.Network/virtualNetworks' && Array.isArray(resource.properties['subnets'])) {
      for (const subnet of resource.properties['subnets']) {
        const name = (subnet as { name?: Value }).name;
        if (typeof name === 'string') setEntry(subnetIds, armLiteral(name), expression(resourceIdExpr(scope, { ...resource.id, type: `${resource.type}/subnets`, name: `${resource.id.name}/${name}` })));
      }
    }
    if (resource.type === 'Microsoft.Network/virtualNetworks/subnets') {
      setEntry(subnetIds, armLiteral(resource.id.name.split('/').pop()!), expression(resourceIdExpr(scope, resource.id)));
    }
  }
  if (Object.keys(subnetIds).length > 0) outputs['subnetIds'] = { type: 'object', value: subnetIds };
  const compute = graph.resources.find((r) => r.type === COMPUTE && !r.existing);
  if (compute) outputs['computeName'] = { type: 'string', value: armLiteral(compute.id.name.split('/').pop()!) };
  const endpointIps: JsonObject = {};
  for (const endpoint of graph.resources.filter((r) => r.type === 'Microsoft.Network/privateEndpoints' && !r.existing)) {
    const id = resourceIdExpr(scope, endpoint.id);
    // an endpoint's IP is on its network interface, which the endpoint only names after deployment
    setEntry(
      endpointIps,
      armLiteral(endpoint.id.name),
      expression(`reference(reference(${id}, '${endpoint.apiVersion}').networkInterfaces[0].id, '${endpoint.apiVersion}').ipConfigurations[0].properties.privateIPAddress`),
    );
  }
  if (Object.keys(endpointIps).length > 0) outputs['privateEndpointIps'] = { type: 'object', value: endpointIps };
  return outputs;
}
