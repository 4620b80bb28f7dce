/**
 * The resource graph: the one intermediate form (design.md §2). The planner
 * builds it from a topology; the ARM and Bicep front ends build it from
 * templates; every rule reads only this.
 */
import type { CloudName } from '../azure/clouds.js';
import type { ResourceId, ScopeLevel } from './resource-id.js';
import type { SourceLocation, Unknown, Value, ValueObject } from './value.js';
import type { TemplateLiterals } from './template-literals.js';
import type { ValueSources } from './value-sources.js';

export interface Scope {
  level: ScopeLevel;
  /** undefined: the deployment's own subscription */
  subscription?: string | Unknown;
  /** undefined: the deployment's own resource group (when level is resourceGroup) */
  resourceGroup?: string | Unknown;
}

export interface GraphResource {
  /** structured ID; parts that are unknown print as a placeholder */
  id: ResourceId;
  /** case-insensitive identity (resourceKey(id)); unique within a graph */
  key: string;
  type: string;
  apiVersion: string;
  /** full name (`vnet/subnet` for children) */
  name: string | Unknown;
  scope: Scope;
  /** declared with `existing` (Bicep) or read-only reference: not deployed by this template */
  existing: boolean;
  /** `condition`/`if`; absent means always deployed */
  condition?: boolean | Unknown;
  location?: Value;
  tags?: Value;
  sku?: Value;
  kind?: Value;
  identity?: Value;
  zones?: Value;
  properties: ValueObject;
  /** keys of resources this one depends on, explicitly or through a link */
  dependsOn: string[];
  /** where the resource is declared */
  source: SourceLocation;
  /** where each value came from, by dotted path from the resource root; findings fall back to `source` */
  valueSources: ValueSources;
  /** rule IDs suppressed for this resource (ARM `metadata.moat.suppress`) */
  suppress?: string[];
  /** which nested deployment or module it came from ('' for the root) */
  deployment?: string;
  /**
   * The parent resource, when the declaration says which it is (a Bicep
   * `parent:`, a nested declaration, `'${vnet.name}/...'`; an ARM nested
   * `resources` entry): rules find it even when the names are unknown.
   * Otherwise the parent is read from the ID.
   */
  parent?: GraphResource;
}

/** Facts about one template file that the hygiene rules read. */
export interface TemplateFacts {
  file: string;
  language: 'arm' | 'bicep';
  parameters: ParameterFact[];
  variables: VariableFact[];
  outputs: OutputFact[];
  /** every string literal the author wrote that has a dot (so could hold a host name), for rules such as no-hardcoded-env-urls */
  literals: TemplateLiterals;
  /** resource locations written as a literal, or as a variable whose value is a literal (no-hardcoded-location) */
  hardcodedLocations?: HardcodedLocationFact[];
}

export interface HardcodedLocationFact {
  value: string;
  via: 'literal' | 'variable';
  /** the variable holding the value (via 'variable'): one fact per variable, at its declaration, as Bicep's rule reports it */
  variable?: string;
  /** the (first) resource's declared type, for the message */
  resourceType?: string;
  source: SourceLocation;
}

export interface ParameterFact {
  name: string;
  type: string;
  secure: boolean;
  hasDefault: boolean;
  /** the default, when it is a literal (not an expression) */
  literalDefault?: Value;
  referenced: boolean;
  source: SourceLocation;
}

export interface VariableFact {
  name: string;
  referenced: boolean;
  source: SourceLocation;
}

export interface OutputFact {
  name: string;
  type: string;
  /** parameter names and function names (listKeys, list*) the value uses */
  usesSecureParameters: string[];
  usesListFunctions: string[];
  /** declared secure (ARM `secureString`/`secureObject`, Bicep `@secure()`): the value is kept out of the deployment history */
  secure?: boolean;
  source: SourceLocation;
}

/**
 * Something the reader wants to say that isn't a rule finding: an info note
 * from the planner (e.g. the identity of a workspace-created cluster is only
 * known after deployment) with data the generator needs.
 */
export interface GraphNote {
  ruleId: string;
  message: string;
  source: SourceLocation;
  resourceKey?: string;
  /** facts a renderer needs to act on the note (e.g. names for post-deployment commands) */
  data?: Record<string, string>;
}

export interface Graph {
  resources: GraphResource[];
  /** files the graph was read from (topology, or template + modules) */
  files: string[];
  templates: TemplateFacts[];
  notes: GraphNote[];
  /** the cloud the deployment targets, when known (a topology's `cloud`, `moat lint --cloud`); rules then hold names to that cloud's */
  cloud?: CloudName;
}
