/**
 * Template resources -> graph resources: copy loops, conditions, child
 * resources (flattened with full type and name), symbolic names
 * (languageVersion 2.0), and nested deployments with inline templates, whose
 * resources are flattened into the graph with the nested deployment's scope.
 */
import type { Node } from 'jsonc-parser';
import { parseResourceId, resourceKey, type ScopeLevel } from '../../graph/resource-id.js';
import type { GraphResource, Scope } from '../../graph/types.js';
import { ResourceLink, Unknown, isObject, unknownObject, type Value, type ValueObject } from '../../graph/value.js';
import { DeploymentScopePart, type DeploymentContext } from '../functions/index.js';
import { ROOT_FRAME, TemplateScope, withCopyIndex, type FileState, type Frame } from './evaluator.js';
import { TemplateValueSources } from './value-sources.js';
import { NamedResources } from '../named-resources.js';
import { nameSegments, scopeNamedBy } from './name-segments.js';
import { child, entries, literalString } from './jsonc.js';
import { LIMITS } from './limits.js';
import { UNKNOWN_PART, VALUE_FIELDS, andCondition, asScopeLink, collectLinks, distinctResources, isDeploymentType, resourceIdUnder, withExtensionScope } from '../resource-parts.js';

export function templateLevel(template: Node | undefined): ScopeLevel | undefined {
  const schema = literalString(child(template, '$schema'))?.toLowerCase() ?? '';
  if (schema.includes('subscriptiondeploymenttemplate')) return 'subscription';
  if (schema.includes('managementgroupdeploymenttemplate')) return 'managementGroup';
  if (schema.includes('tenantdeploymenttemplate')) return 'tenant';
  if (schema.includes('deploymenttemplate')) return 'resourceGroup';
  return undefined;
}

/** Where the resources of one (possibly nested) template deploy. */
export interface Placement {
  scope: Scope;
  /** nested deployment names from the root, '/'-joined ('' for the root template) */
  chain: string;
  condition: boolean | Unknown;
  depth: number;
}

interface Parent {
  type: string;
  name: string | Unknown;
  resource: GraphResource;
}

/** A dependsOn entry not yet matched to a key: a symbolic name or a plain resource name. */
interface PendingDependency {
  resource: GraphResource;
  text: string;
  symbols: Map<string, string[]>;
}

/** A deployment that links a template file (`templateLink.relativePath`), where that template deploys and what it is given. */
export interface LinkedDeployment {
  relativePath: string;
  scope: Scope;
  /** the values the deployment passes inline, when it names every one it passes (see passesParametersByName) */
  parameters?: Record<string, Value>;
}

/**
 * Whether a deployment passes its parameter values inline, by name (no
 * `parametersLink`, no expression for the whole object): then one it doesn't
 * name is left out, and a nullable parameter without a default is null.
 */
function passesParametersByName(properties: Node | undefined): boolean {
  const parameters = child(properties, 'parameters');
  return !child(properties, 'parametersLink') && (parameters === undefined || parameters.type === 'object');
}

/** The messages' names for the value fields, made once. */
const FIELD_DESCRIPTIONS = Object.fromEntries(VALUE_FIELDS.map((field) => [field, `the ${field} of a resource`])) as Record<(typeof VALUE_FIELDS)[number], string>;

const RESOURCE_FIELDS = ['type', 'name', 'copy', 'condition', 'apiVersion', 'properties', 'existing', ...VALUE_FIELDS, 'metadata', 'scope', 'dependsOn', 'resources', 'resourceGroup', 'subscriptionId'] as const;
type ResourceField = (typeof RESOURCE_FIELDS)[number];
const FIELD_INDEX = new Map<string, number>(RESOURCE_FIELDS.map((field, i) => [field, i]));
const FIELD_INDEX_LOWER = new Map<string, number>(RESOURCE_FIELDS.map((field, i) => [field.toLowerCase(), i]));

/**
 * The fields of a resource node that the walker reads, found in one pass over
 * its properties as child() finds them (case-insensitive, the exact name
 * first), once per declaration: a copy loop reads them for every copy.
 */
class ResourceFields implements Partial<Record<ResourceField, Node>> {
  type: Node | undefined;
  name: Node | undefined;
  copy: Node | undefined;
  condition: Node | undefined;
  apiVersion: Node | undefined;
  properties: Node | undefined;
  existing: Node | undefined;
  location: Node | undefined;
  tags: Node | undefined;
  sku: Node | undefined;
  kind: Node | undefined;
  identity: Node | undefined;
  zones: Node | undefined;
  metadata: Node | undefined;
  scope: Node | undefined;
  dependsOn: Node | undefined;
  resources: Node | undefined;
  resourceGroup: Node | undefined;
  subscriptionId: Node | undefined;

  constructor(node: Node) {
    let exact = 0;
    for (const property of node.children ?? []) {
      const key = property.children?.[0]?.value;
      const value = property.children?.[1];
      if (typeof key !== 'string' || !value) continue;
      let index = FIELD_INDEX.get(key);
      if (index !== undefined) {
        if (exact & (1 << index)) continue;
        exact |= 1 << index;
        this[RESOURCE_FIELDS[index]!] = value;
        continue;
      }
      index = FIELD_INDEX_LOWER.get(key.toLowerCase());
      if (index !== undefined) this[RESOURCE_FIELDS[index]!] ??= value;
    }
  }
}

export class ResourceWalker {
  /** every resource instance walked, duplicates included (graphResources() merges them) */
  private readonly built: GraphResource[] = [];
  /** the linked templates' own resources are read by the linter, which needs to know where they deploy */
  readonly linked: LinkedDeployment[] = [];
  private readonly pending: PendingDependency[] = [];
  private limitReported = false;
  /** inner-scope templates of nested deployments outside copy loops, each made once: `reference()` of its outputs and its walk share it */
  private readonly innerScopes = new Map<Node, TemplateScope>();
  /** the outputs of nested deployments that `reference()` read, each evaluated once */
  private readonly outputs = new Map<Node, Value | typeof COMPUTING>();
  /** resources of unknown name, for a resourceId() of the values they are named with */
  private readonly named = new NamedResources();

  constructor(
    private readonly file: FileState,
    /** see ArmReadOptions.dependencies */
    private readonly gatherDependencies: boolean,
  ) {}

  walkTemplate(scope: TemplateScope, template: Node, placement: Placement, frame: Frame): void {
    scope.deploymentOutputs ??= this.outputsReader(scope, template, placement);
    scope.functionContext.resourceNamedBy ??= this.named.finder(placement.scope);
    scope.functionContext.childOf ??= this.named.childOf;
    const resources = child(template, 'resources');
    const symbols = new Map<string, string[]>();
    if (resources?.type === 'object') {
      for (const [symbol, node] of entries(resources)) this.declare(scope, node, placement, frame, symbols, symbol);
    } else if (resources?.type === 'array') {
      for (const node of resources.children ?? []) this.declare(scope, node, placement, frame, symbols);
    } else if (resources) {
      this.file.report('resources must be an array (or an object of symbolic names with languageVersion 2.0)', resources);
    }
  }

  private declare(scope: TemplateScope, node: Node, placement: Placement, frame: Frame, symbols: Map<string, string[]>, symbol?: string, parent?: Parent): void {
    if (node.type !== 'object') {
      this.file.report('a resource must be an object', node);
      return;
    }
    const fields = new ResourceFields(node);
    const copy = fields.copy;
    if (!copy) {
      this.instance(scope, node, fields, placement, frame, symbols, symbol, parent);
      return;
    }
    const loop = literalString(child(copy, 'name')) ?? '';
    const count = scope.copyCount(child(copy, 'count'), frame, loop);
    if (count instanceof Unknown) {
      // One stand-in whose copyIndex() and deployment are unknown: rules can't tell, and stay silent.
      this.instance(scope, node, fields, { ...placement, condition: andCondition(placement.condition, count) }, withCopyIndex(frame, ['', loop], count), symbols, symbol, parent);
      return;
    }
    for (let i = 0; i < count; i++) this.instance(scope, node, fields, placement, withCopyIndex(frame, ['', loop], i), symbols, symbol, parent);
  }

  private instance(scope: TemplateScope, node: Node, fields: ResourceFields, placement: Placement, frame: Frame, symbols: Map<string, string[]>, symbol: string | undefined, parent: Parent | undefined): void {
    if (this.built.length >= LIMITS.totalResources) {
      if (!this.limitReported) this.file.report(`more than ${LIMITS.totalResources} resources; the rest are not read`, node);
      this.limitReported = true;
      return;
    }
    const typeNode = fields.type;
    const declaredType = typeNode ? scope.value(typeNode, frame) : undefined;
    if (typeof declaredType !== 'string' || declaredType === '') {
      if (!(declaredType instanceof Unknown)) this.file.report('a resource needs a type', typeNode ?? node);
      return;
    }
    const nameNode = fields.name;
    const declaredName = nameNode ? stringOrUnknown(scope.value(nameNode, frame), 'name') : new Unknown('the resource has no name');
    const { type, name } = fullTypeAndName(declaredType, declaredName, parent);
    const condition = andCondition(placement.condition, this.condition(scope, fields, frame));
    // compared without lower-casing: a new string for every resource's type cost more than the test
    if (isDeploymentType(type)) {
      this.nestedDeployment(scope, node, placement, frame, name, condition);
      return;
    }
    // languageVersion 2.0 (compiled Bicep) places an existing resource in another scope with these fields.
    const elsewhere = fields.resourceGroup || fields.subscriptionId;
    const at = elsewhere ? { ...placement, scope: targetScope(scope, node, frame, placement.scope, undefined) } : placement;
    const resource = this.resource(scope, node, fields, at, frame, type, name, condition, parent, declaredName);
    if (this.gatherDependencies) {
      if (symbol !== undefined) symbols.set(symbol.toLowerCase(), [...(symbols.get(symbol.toLowerCase()) ?? []), resource.key]);
      this.dependencies(scope, fields, frame, resource, symbols);
      if (parent) resource.dependsOn.push(parent.resource.key);
    }
    for (const childNode of fields.resources?.children ?? []) {
      this.declare(scope, childNode, placement, frame, symbols, undefined, { type, name, resource });
    }
  }

  private condition(scope: TemplateScope, fields: ResourceFields, frame: Frame): boolean | Unknown {
    const conditionNode = fields.condition;
    if (!conditionNode) return true;
    const value = scope.value(conditionNode, frame);
    if (typeof value === 'boolean' || value instanceof Unknown) return value;
    return new Unknown('the condition is not a boolean');
  }

  private resource(scope: TemplateScope, node: Node, fields: ResourceFields, placement: Placement, frame: Frame, type: string, name: string | Unknown, condition: boolean | Unknown, parent: Parent | undefined, ownName: string | Unknown): GraphResource {
    const sources = new TemplateValueSources(node, this.file.locator);
    const id = resourceIdUnder(placement.scope, type, name, parent?.resource.id, ownName);
    const apiVersionNode = fields.apiVersion;
    const apiVersion = apiVersionNode ? scope.value(apiVersionNode, frame) : '';
    const propertiesNode = fields.properties;
    const properties = propertiesNode ? this.file.bounded(scope.value(propertiesNode, frame), propertiesNode, 'the properties of a resource') : {};
    const suppress = child(child(fields.metadata, 'moat'), 'suppress');
    // every field present, absent ones undefined: all resources share one shape, which keeps the rules' property reads fast
    const resource: GraphResource = {
      id,
      key: resourceKey(id),
      type,
      apiVersion: typeof apiVersion === 'string' ? apiVersion : '',
      name,
      scope: placement.scope,
      existing: fields.existing?.value === true,
      condition: condition === true ? undefined : condition,
      location: this.field(scope, fields, frame, 'location'),
      tags: this.field(scope, fields, frame, 'tags'),
      sku: this.field(scope, fields, frame, 'sku'),
      kind: this.field(scope, fields, frame, 'kind'),
      identity: this.field(scope, fields, frame, 'identity'),
      zones: this.field(scope, fields, frame, 'zones'),
      properties: isObject(properties) ? properties : unknownObject(properties instanceof Unknown ? properties : new Unknown('properties is not an object')),
      dependsOn: [],
      source: this.file.locate(node),
      valueSources: sources,
      suppress: suppress?.type === 'array' ? (suppress.children ?? []).map((n) => literalString(n)).filter((s): s is string => s !== undefined) : undefined,
      deployment: placement.chain === '' ? undefined : placement.chain,
      parent: parent?.resource,
    };
    this.extensionScope(scope, fields, frame, resource);
    this.built.push(resource);
    if (typeof name !== 'string') this.named.add(resource, parent ? this.named.under(parent.resource, ownName) : fields.name && nameSegments(scope, fields.name, frame, name));
    return resource;
  }

  /** A top-level value field of a resource, bounded; undefined when absent. */
  private field(scope: TemplateScope, fields: ResourceFields, frame: Frame, name: (typeof VALUE_FIELDS)[number]): Value | undefined {
    const fieldNode = fields[name];
    return fieldNode ? this.file.bounded(scope.value(fieldNode, frame), fieldNode, FIELD_DESCRIPTIONS[name]) : undefined;
  }

  /** An extension resource's `scope` (a role assignment on a VNet) goes to `properties.scope`, as a link where it names a resource. */
  private extensionScope(scope: TemplateScope, fields: ResourceFields, frame: Frame, resource: GraphResource): void {
    const scopeNode = fields.scope;
    if (!scopeNode || Object.prototype.hasOwnProperty.call(resource.properties, 'scope')) return;
    const value = scope.value(scopeNode, frame);
    resource.properties = withExtensionScope(resource.properties, typeof value === 'string' ? asScopeLink(value, resource.scope) : value instanceof Unknown ? scopeNamedBy(scope, scopeNode, frame, value) : value);
  }

  private dependencies(scope: TemplateScope, fields: ResourceFields, frame: Frame, resource: GraphResource, symbols: Map<string, string[]>): void {
    for (const entry of fields.dependsOn?.children ?? []) {
      const value = scope.value(entry, frame);
      if (value instanceof ResourceLink) resource.dependsOn.push(value.key);
      else if (typeof value === 'string') {
        const id = parseResourceId(value);
        if (id) resource.dependsOn.push(resourceKey(id));
        else this.pending.push({ resource, text: value, symbols });
      }
    }
    collectLinks(resource.properties, resource.dependsOn);
  }

  private nestedDeployment(outer: TemplateScope, node: Node, placement: Placement, frame: Frame, name: string | Unknown, condition: boolean | Unknown): void {
    const properties = child(node, 'properties');
    const template = child(properties, 'template');
    if (!template) {
      // a linked template (templateLink) is read by the linter, in the scope this deployment targets
      const relativePath = child(child(properties, 'templateLink'), 'relativePath');
      const linkedPath = relativePath ? outer.value(relativePath, frame) : undefined;
      if (typeof linkedPath !== 'string') return;
      const link: LinkedDeployment = { relativePath: linkedPath, scope: targetScope(outer, node, frame, placement.scope, undefined) };
      if (passesParametersByName(properties)) link.parameters = Object.fromEntries(this.parametersPassed(outer, properties, frame));
      this.linked.push(link);
      return;
    }
    if (placement.depth >= LIMITS.deploymentDepth) {
      this.file.report(`nested deployments go deeper than ${LIMITS.deploymentDepth} levels; the deeper ones are not read`, node);
      return;
    }
    const target = targetScope(outer, node, frame, placement.scope, templateLevel(template));
    const nested: Placement = {
      scope: target,
      chain: placement.chain === '' ? nameText(name) : `${placement.chain}/${nameText(name)}`,
      condition,
      depth: placement.depth + 1,
    };
    const scope = this.deploymentScope(outer, node, template, target, frame, name);
    // Outer scope: the nested template's expressions see the parent's parameters, variables and deployment.
    this.walkTemplate(scope, template, nested, scope === outer ? frame : ROOT_FRAME);
  }

  /** The scope a nested deployment's template is evaluated in: its own (inner scope, made once outside copy loops), or the parent's. */
  private deploymentScope(outer: TemplateScope, node: Node, template: Node, target: Scope, frame: Frame, name: string | Unknown): TemplateScope {
    const properties = child(node, 'properties');
    if (literalString(child(child(properties, 'expressionEvaluationOptions'), 'scope'))?.toLowerCase() !== 'inner') return outer;
    const cached = frame === ROOT_FRAME ? this.innerScopes.get(node) : undefined;
    if (cached) return cached;
    const deployment: DeploymentContext = {
      level: target.level,
      cloud: outer.deployment.cloud,
      deploymentName: name,
    };
    if (target.subscription !== undefined) deployment.subscription = target.subscription;
    if (target.resourceGroup !== undefined) deployment.resourceGroup = target.resourceGroup;
    const scope = new TemplateScope(outer.file, template, deployment, this.parametersPassed(outer, properties, frame), passesParametersByName(properties));
    if (frame === ROOT_FRAME) this.innerScopes.set(node, scope);
    return scope;
  }

  /**
   * `reference()` of a nested deployment that `template` declares (by name or
   * symbolic name, outside copy loops, with an inline template): its outputs,
   * as ARM gives them (`outputs.x.value`; under `properties` with 'Full'), so
   * a template compiled from Bicep links its modules as the Bicep file does.
   */
  private outputsReader(scope: TemplateScope, template: Node, placement: Placement): (name: string, full: boolean) => Value | undefined {
    let byName: Map<string, Node | null> | undefined;
    return (name, full) => {
      byName ??= this.nestedDeploymentsOf(scope, template);
      const node = byName.get(name.toLowerCase());
      if (node === undefined) return undefined;
      const outputs = node === null ? new Unknown(`more than one nested deployment is named ${name}`) : this.outputsOf(scope, node, placement);
      return full ? { properties: outputs } : outputs;
    };
  }

  /** The template's inline nested deployments outside copy loops, by lower-case name and symbolic name; null for a name two share. */
  private nestedDeploymentsOf(scope: TemplateScope, template: Node): Map<string, Node | null> {
    const byName = new Map<string, Node | null>();
    const add = (name: string, node: Node): void => {
      const key = name.toLowerCase();
      const known = byName.get(key);
      byName.set(key, known === undefined || known === node ? node : null);
    };
    const resources = child(template, 'resources');
    const declared: [string | undefined, Node][] = resources?.type === 'object' ? entries(resources).map(([symbol, node]) => [symbol, node]) : (resources?.children ?? []).map((node) => [undefined, node]);
    for (const [symbol, node] of declared) {
      const fields = new ResourceFields(node);
      const type = literalString(fields.type);
      if (type === undefined || !isDeploymentType(type) || fields.copy || !child(fields.properties, 'template')) continue;
      if (symbol !== undefined) add(symbol, node);
      const name = fields.name ? scope.value(fields.name, ROOT_FRAME) : undefined;
      if (typeof name === 'string') add(name, node);
    }
    return byName;
  }

  /** A nested deployment's outputs (`{ outputs: { x: { type, value } } }`), evaluated once; Unknown while they are being evaluated (a cycle). */
  private outputsOf(outer: TemplateScope, node: Node, placement: Placement): Value {
    const known = this.outputs.get(node);
    if (known === COMPUTING) return new Unknown('the outputs of a nested deployment that reads them itself');
    if (known !== undefined) return known;
    this.outputs.set(node, COMPUTING);
    const template = child(child(node, 'properties'), 'template')!;
    const fields = new ResourceFields(node);
    const name = fields.name ? stringOrUnknown(outer.value(fields.name, ROOT_FRAME), 'name') : new Unknown('the deployment has no name');
    const target = targetScope(outer, node, ROOT_FRAME, placement.scope, templateLevel(template));
    const scope = this.deploymentScope(outer, node, template, target, ROOT_FRAME, name);
    // its own nested deployments are read where it deploys
    scope.deploymentOutputs ??= this.outputsReader(scope, template, { ...placement, scope: target });
    const outputs: ValueObject = {};
    for (const [outputName, output] of entries(child(template, 'outputs'))) {
      const valueNode = child(output, 'value');
      const value = valueNode && !child(output, 'copy') ? this.file.bounded(scope.value(valueNode, ROOT_FRAME), valueNode, `output ${outputName}`) : new Unknown(`output ${outputName} is not read (a copy loop)`);
      outputs[outputName] = { type: literalString(child(output, 'type')) ?? '', value };
    }
    const result = { outputs };
    this.outputs.set(node, result);
    return result;
  }

  /** The parameter values a deployment passes inline (evaluated where the deployment is declared), by lowercase name. */
  private parametersPassed(outer: TemplateScope, properties: Node | undefined, frame: Frame): Map<string, Value> {
    const provided = new Map<string, Value>();
    for (const [paramName, paramNode] of entries(child(properties, 'parameters'))) {
      const valueNode = child(paramNode, 'value');
      provided.set(paramName.toLowerCase(), valueNode ? outer.value(valueNode, frame) : new Unknown(`parameter ${paramName} comes from a Key Vault reference`));
    }
    return provided;
  }

  /**
   * The graph's resources, once the walk is done: dependsOn entries that are
   * symbolic or plain names matched to keys, and a resource deployed more
   * than once (a nested deployment run twice) kept once, as on the Bicep side.
   */
  graphResources(): GraphResource[] {
    if (this.pending.length > 0) this.matchPendingDependencies();
    this.named.walked(this.built);
    return distinctResources(this.built);
  }

  private matchPendingDependencies(): void {
    const byName = new Map<string, string[]>();
    for (const r of this.built) {
      if (typeof r.name !== 'string') continue;
      for (const alias of [r.name, `${r.type}/${r.name}`, r.name.split('/').pop()!]) {
        const list = byName.get(alias.toLowerCase()) ?? [];
        list.push(r.key);
        byName.set(alias.toLowerCase(), list);
      }
    }
    for (const { resource, text, symbols } of this.pending) {
      resource.dependsOn.push(...(symbols.get(text.toLowerCase()) ?? byName.get(text.toLowerCase()) ?? []));
    }
  }
}

function stringOrUnknown(value: Value, what: string): string | Unknown {
  if (typeof value === 'string' || value instanceof Unknown) return value;
  return new Unknown(`the ${what} is not a string`);
}

function nameText(name: string | Unknown): string {
  return typeof name === 'string' ? name : UNKNOWN_PART;
}

function fullTypeAndName(type: string, name: string | Unknown, parent: Parent | undefined): { type: string; name: string | Unknown } {
  if (!parent) return { type, name };
  const relative = !type.includes('/');
  const fullType = relative ? `${parent.type}/${type}` : type;
  if (name instanceof Unknown) return { type: fullType, name };
  if (!relative && name.includes('/')) return { type: fullType, name };
  if (parent.name instanceof Unknown) return { type: fullType, name: parent.name };
  return { type: fullType, name: `${parent.name}/${name}` };
}

/** Marks a nested deployment whose outputs are being evaluated. */
const COMPUTING = Symbol('computing');

/** Scope parts left undefined are the deployment's own. */
const OWN = Symbol('the deployment\'s own');

/** The scope a nested deployment (or a 2.0 resource) targets, from its `subscriptionId` and `resourceGroup`. */
function targetScope(outer: TemplateScope, node: Node, frame: Frame, parent: Scope, innerLevel: ScopeLevel | undefined): Scope {
  /** A field's value; the deployment's own part (`resourceGroup().name`, `subscription().subscriptionId`) reads as OWN. */
  const read = (field: string, part: DeploymentScopePart['part']): string | Unknown | typeof OWN | undefined => {
    const fieldNode = child(node, field);
    if (!fieldNode) return undefined;
    const value = outer.value(fieldNode, frame);
    return value instanceof DeploymentScopePart && value.part === part ? OWN : stringOrUnknown(value, field);
  };
  const givenSubscription = read('subscriptionId', 'subscription');
  const subscription = givenSubscription === OWN ? undefined : (givenSubscription ?? parent.subscription);
  const resourceGroup = read('resourceGroup', 'resourceGroup');
  if (resourceGroup !== undefined) return withParts({ level: 'resourceGroup' }, subscription, resourceGroup === OWN ? undefined : resourceGroup);
  const level = innerLevel && innerLevel !== 'resourceGroup' ? innerLevel : parent.level;
  if (level === 'resourceGroup') {
    const group = parent.level === 'resourceGroup' ? parent.resourceGroup : new Unknown('the nested deployment names no resource group');
    return withParts({ level }, subscription, group);
  }
  return withParts({ level }, subscription, undefined);
}

function withParts(scope: Scope, subscription: string | Unknown | undefined, resourceGroup: string | Unknown | undefined): Scope {
  if (subscription !== undefined) scope.subscription = subscription;
  if (resourceGroup !== undefined) scope.resourceGroup = resourceGroup;
  return scope;
}

