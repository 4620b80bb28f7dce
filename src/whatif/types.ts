/**
 * moat's own shape of an ARM what-if result. It mirrors the REST payload
 * (Microsoft.Resources/deployments/whatIf, api-version 2025-03-01) so that the
 * SDK's types stay inside arm-client.ts and `--format json` prints what ARM said.
 */

export const CHANGE_TYPES = ['Delete', 'Create', 'Deploy', 'Modify', 'NoChange', 'Unsupported', 'Ignore'] as const;
/** Listed in the order az prints them. */
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const PROPERTY_CHANGE_TYPES = ['Delete', 'Create', 'Modify', 'Array', 'NoEffect'] as const;
export type PropertyChangeType = (typeof PROPERTY_CHANGE_TYPES)[number];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface PropertyChange {
  /** Relative to the parent change: `properties.addressSpace.addressPrefixes`, or an array index `0`. */
  path: string;
  propertyChangeType: PropertyChangeType;
  before?: Json;
  after?: Json;
  children?: PropertyChange[];
}

export interface ResourceChange {
  resourceId: string;
  changeType: ChangeType;
  unsupportedReason?: string;
  before?: JsonObject;
  after?: JsonObject;
  delta?: PropertyChange[];
}

export interface Diagnostic {
  level: 'Error' | 'Warning' | 'Info';
  code: string;
  message: string;
  target: string;
}

export interface WhatIfResult {
  changes: ResourceChange[];
  potentialChanges: ResourceChange[];
  diagnostics: Diagnostic[];
}

export type DeploymentMode = 'Incremental' | 'Complete';

export type DeploymentScope =
  | { kind: 'resourceGroup'; subscriptionId: string; resourceGroup: string }
  | { kind: 'subscription'; subscriptionId: string; location: string };

/** One what-if call: what ARM needs, nothing more. */
export interface WhatIfRequest {
  scope: DeploymentScope;
  deploymentName: string;
  template: JsonObject;
  /** ARM parameter values, `{ name: { value } }` or `{ name: { reference } }` (Key Vault). */
  parameters: Record<string, JsonObject>;
  mode: DeploymentMode;
}

/** The ARM scope a request targets, as a resource ID (for messages). */
export function scopeId(scope: DeploymentScope): string {
  const sub = `/subscriptions/${scope.subscriptionId}`;
  return scope.kind === 'resourceGroup' ? `${sub}/resourceGroups/${scope.resourceGroup}` : sub;
}
