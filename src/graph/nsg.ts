/**
 * Security rules of network security groups, inline
 * (`properties.securityRules`) or as `networkSecurityGroups/securityRules`
 * child resources, grouped by NSG.
 */
import type { GraphIndex } from './index.js';
import type { GraphResource } from './types.js';
import { getPath, isUnknown, Unknown, type Value } from './value.js';
import { addTo, memoView, refKey, shortName, valueAt } from './views.js';
import { parentId, resourceKey } from './resource-id.js';
import { networkView } from './network.js';
import nsgAssociationPostDeploy from '../lint/rules/nsg-association-post-deploy.js';

export const NSG = 'Microsoft.Network/networkSecurityGroups';
const SECURITY_RULE = 'Microsoft.Network/networkSecurityGroups/securityRules';

export interface SecurityRuleView {
  nsgKey: string;
  name: string | Unknown;
  /** the resource holding the rule's values (the NSG for inline rules) */
  resource: GraphResource;
  /** path of the rule's `properties` on `resource` */
  path: string;
  priority: Value | undefined;
  direction: Value | undefined;
  access: Value | undefined;
  protocol: Value | undefined;
  /** `sourceAddressPrefix` plus `sourceAddressPrefixes`; Unknown when any is */
  sources: string[] | Unknown;
  destinations: string[] | Unknown;
  ports: string[] | Unknown;
}

/** Reads `x` and `xs` (e.g. `destinationPortRange`, `destinationPortRanges`) into one list. */
function singleAndPlural(properties: Value | undefined, singular: string, plural: string): string[] | Unknown {
  const result: string[] = [];
  return addItems(result, getPath(properties, singular)) ?? addItems(result, getPath(properties, plural)) ?? result;
}

/** Adds a value's strings (numbers as text) to a list, read in place (every rule of every NSG comes here); the Unknown if one is. */
function addItems(into: string[], value: Value | undefined): Unknown | undefined {
  if (!Array.isArray(value)) return value === undefined || value === null ? undefined : addItem(into, value);
  for (const item of value) {
    const unknown = addItem(into, item);
    if (unknown) return unknown;
  }
  return undefined;
}

function addItem(into: string[], item: Value): Unknown | undefined {
  if (isUnknown(item)) return item;
  if (typeof item === 'string' && item !== '') into.push(item);
  else if (typeof item === 'number') into.push(String(item));
  return undefined;
}

function ruleView(nsgKey: string, name: string | Unknown, resource: GraphResource, path: string): SecurityRuleView {
  const properties = valueAt(resource, path);
  return {
    nsgKey,
    name,
    resource,
    path,
    priority: getPath(properties, 'priority'),
    direction: getPath(properties, 'direction'),
    access: getPath(properties, 'access'),
    protocol: getPath(properties, 'protocol'),
    sources: singleAndPlural(properties, 'sourceAddressPrefix', 'sourceAddressPrefixes'),
    destinations: singleAndPlural(properties, 'destinationAddressPrefix', 'destinationAddressPrefixes'),
    ports: singleAndPlural(properties, 'destinationPortRange', 'destinationPortRanges'),
  };
}

export interface NsgView {
  nsg: GraphResource;
  rules: SecurityRuleView[];
  /** the inline rule list is unknown, or a child rule names no known NSG: the NSG's rules can't be told */
  rulesUnknown: boolean;
}

function buildNsgViews(index: GraphIndex): NsgView[] {
  const views = new Map<string, NsgView>();
  for (const nsg of index.byType(NSG)) {
    const inline = nsg.properties['securityRules'];
    const rules = Array.isArray(inline)
      ? inline.map((entry, i) => {
          const name = getPath(entry, 'name');
          return ruleView(nsg.key, typeof name === 'string' || isUnknown(name) ? name : new Unknown('unnamed rule'), nsg, `properties.securityRules.${i}.properties`);
        })
      : [];
    views.set(nsg.key, { nsg, rules, rulesUnknown: isUnknown(inline) });
  }
  for (const rule of index.byType(SECURITY_RULE)) {
    // a rule whose name is unknown names no NSG: it might be any NSG's, so none of their rules can be told
    if (isUnknown(rule.name)) {
      for (const view of views.values()) view.rulesUnknown = true;
      continue;
    }
    const parent = parentId(rule.id);
    const view = parent && views.get(resourceKey(parent));
    if (view) view.rules.push(ruleView(view.nsg.key, shortName(rule.name), rule, 'properties'));
  }
  return [...views.values()];
}

export function nsgViews(index: GraphIndex): NsgView[] {
  return memoView(index, 'nsg', buildNsgViews);
}

/**
 * Keys of the subnets each NSG is known to be associated with (a subnet's
 * `networkSecurityGroup.id`). A subnet whose name or NSG link is unknown adds
 * nothing: rules that need an association stay silent without one.
 */
function buildNsgSubnets(index: GraphIndex): Map<string, string[]> {
  const subnetsOfNsg = new Map<string, string[]>();
  for (const subnet of networkView(index).subnets) {
    const nsgKey = refKey(getPath(subnet.properties, 'networkSecurityGroup.id'));
    if (subnet.key !== undefined && typeof nsgKey === 'string') addTo(subnetsOfNsg, nsgKey, subnet.key);
  }
  return subnetsOfNsg;
}

/**
 * Keys of the subnets an NSG is known to be associated with: by the subnet's
 * `networkSecurityGroup`, or after deployment, where the planner leaves the
 * association with an existing AKS subnet to post-deploy.sh and its note names the subnet.
 */
export function subnetsOfNsg(index: GraphIndex, nsgKey: string): readonly string[] {
  const declared = memoView(index, 'nsg-subnets', buildNsgSubnets).get(nsgKey) ?? [];
  const later = postDeploySubnet(index, nsgKey);
  return later === undefined ? declared : [...declared, later];
}

function postDeploySubnet(index: GraphIndex, nsgKey: string): string | undefined {
  const note = index.graph.notes.find((n) => n.ruleId === nsgAssociationPostDeploy.meta.id && n.resourceKey === nsgKey);
  const data = note?.data;
  if (!data?.['vnetName'] || !data['subnetName']) return undefined;
  return resourceKey({ level: 'resourceGroup', resourceGroup: data['vnetResourceGroup'] || undefined, type: 'Microsoft.Network/virtualNetworks/subnets', name: `${data['vnetName']}/${data['subnetName']}` });
}

/** Whether a port list covers a port (`*`, `443`, `80-8080`); Unknown ranges don't reach here. */
export function portsCover(ports: readonly string[], port: number): boolean {
  return ports.some((range) => {
    if (range === '*') return true;
    const [low, high] = range.split('-').map((p) => Number(p.trim()));
    return low !== undefined && low <= port && port <= (high ?? low);
  });
}
