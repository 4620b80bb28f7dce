/**
 * Resources whose names are unknown, found again by the values they are named
 * with: ARM names a resource `[parameters('registryName')]` and refers to it
 * as `resourceId('...registries', parameters('registryName'))` (Bicep as
 * `resourceId(..., registryName)`), so a template linted without its
 * parameter values still has its private endpoint pointing at its registry.
 * A parameter, variable or default is one value for all its uses, so "the
 * same value" is the same object; a name computed again in each place
 * (`concat(parameters('p'), 'cr')` twice) is not, and stays unknown.
 */
import type { GraphResource, Scope } from '../graph/types.js';
import { childKey } from '../graph/resource-id.js';
import { Unknown, equalsIgnoringCase, type KeyBelow, type ResourceHandle } from '../graph/value.js';
import { addTo } from '../graph/views.js';
import type { FunctionArg, FunctionContext } from './functions/index.js';

/** A resource name's '/'-separated segments, each a text or an unknown value. */
export type NameSegments = readonly (string | Unknown)[];

const sameScope = (a: Scope, b: Scope): boolean => a.level === b.level && a.subscription === b.subscription && a.resourceGroup === b.resourceGroup;

const sameSegment = (a: string | Unknown, b: string | Unknown): boolean => (a instanceof Unknown || b instanceof Unknown ? a === b : equalsIgnoringCase(a, b));

/** The resources of one read (a file with its nested deployments or modules) whose names are unknown, each with the segments it was declared with. */
export class NamedResources {
  /** undefined segments: the name isn't known as segments (`concat(parameters('p'), '-vnet')`) */
  private readonly declared = new Map<GraphResource, NameSegments | undefined>();
  /** every resource read, by type in lower case, once all are (and only if some name is unknown) */
  private byType: Map<string, GraphResource[]> | undefined;

  add(resource: GraphResource, segments: NameSegments | undefined): void {
    this.declared.set(resource, segments);
  }

  /** The segments of a child declared in its parent's `resources`: the parent's, then its own name's. */
  under(parent: GraphResource, ownName: string | Unknown): NameSegments | undefined {
    const leading = this.segmentsOf(parent);
    return leading && [...leading, ...(typeof ownName === 'string' ? ownName.split('/') : [ownName])];
  }

  /**
   * The walk is done: resources can be looked for, and a child declared at the
   * top level (`format('{0}/{1}', parameters('vnet'), 'aks')`) belongs to the
   * resource named with its leading segments.
   */
  walked(resources: readonly GraphResource[]): void {
    if (this.declared.size === 0) return;
    this.byType = new Map();
    for (const resource of resources) addTo(this.byType, resource.type.toLowerCase(), resource);
    for (const [resource, segments] of this.declared) {
      if (resource.parent || !segments || segments.length < 2) continue;
      const parent = this.unique(resource.scope, resource.type.slice(0, resource.type.lastIndexOf('/')), segments.slice(0, -1));
      if (parent) resource.parent = parent;
    }
  }

  /**
   * For the functions of a template deploying to `scope`: the resource a
   * `resourceId()` names, looked for when a rule asks (the walk is done by
   * then); none when no resource or more than one matches.
   */
  finder(scope: Scope): NonNullable<FunctionContext['resourceNamedBy']> {
    return (type, names) => {
      const slash = type.lastIndexOf('/');
      const parentType = type.slice(0, slash);
      return this.lookup(
        () => this.unique(scope, type, names),
        // a child type's name under a resource: the key below it, if no child resource of that name is declared
        () => (names.length < 2 ? undefined : this.unique(scope, parentType, names.slice(0, -1))),
        type.slice(slash + 1),
        names.slice(-1),
      );
    };
  }

  /**
   * For `'${vnet.id}/subnets/aks'` (Bicep) when the VNet's name is unknown:
   * the child of the resource `parent` refers to, by its types and own names
   * below it (`subnets`, `['aks']`). A property, so the functions can hold it: it closes over this registry alone.
   */
  readonly childOf = (parent: ResourceHandle, childTypes: string, ownNames: NameSegments): ResourceHandle => {
    const holder = (): GraphResource | undefined => parent.resource;
    return this.lookup(
      () => {
        const resource = holder();
        const leading = resource && this.segmentsOf(resource);
        return leading && this.unique(resource.scope, `${resource.type}/${childTypes}`, [...leading, ...ownNames]);
      },
      holder,
      childTypes,
      ownNames,
    );
  };

  /**
   * A handle looked up when a rule first asks (the read is done by then): the
   * resource `find` gives, else the key `types`/`names` below the one `holder` gives.
   */
  private lookup(find: () => GraphResource | undefined, holder: () => GraphResource | undefined, types: string, names: NameSegments): ResourceHandle {
    let found: GraphResource | undefined | null = null;
    let below: KeyBelow | undefined | null = null;
    const named = this;
    return {
      get resource() {
        if (found === null && named.byType) found = find();
        return found ?? undefined;
      },
      get below() {
        if (below === null && named.byType) below = keyBelow(holder(), types, names);
        return below ?? undefined;
      },
    };
  }

  private unique(scope: Scope, type: string, names: NameSegments): GraphResource | undefined {
    const matches = (this.byType?.get(type.toLowerCase()) ?? []).filter((r) => sameScope(r.scope, scope) && this.declaredWith(r, names));
    return matches.length === 1 ? matches[0] : undefined;
  }

  private segmentsOf(resource: GraphResource): NameSegments | undefined {
    return typeof resource.name === 'string' ? resource.name.split('/') : this.declared.get(resource);
  }

  /** An unknown segment the very same value, a known one the same text. */
  private declaredWith(resource: GraphResource, names: NameSegments): boolean {
    const declared = this.segmentsOf(resource);
    return declared !== undefined && declared.length === names.length && declared.every((segment, i) => sameSegment(segment, names[i]!));
  }
}

/** `{holder key}/subnets/aks` for types `subnets` and names `['aks']` (every name known), as the views key a subnet written inline. */
function keyBelow(holder: GraphResource | undefined, types: string, names: NameSegments): KeyBelow | undefined {
  const typeSteps = types.split('/');
  if (!holder || typeSteps.length !== names.length || !names.every((n): n is string => typeof n === 'string')) return undefined;
  let parentKey = holder.key;
  let key = holder.key;
  typeSteps.forEach((type, i) => {
    parentKey = key;
    key = childKey(key, type, names[i]!);
  });
  return { key, parentKey };
}

/** Texts and unknowns, in order, split at each '/'; undefined when an unknown shares a segment with text. */
export function joinSegments(pieces: readonly (FunctionArg | undefined)[]): NameSegments | undefined {
  const segments: (string | Unknown)[] = [];
  let current: string | Unknown = '';
  for (const piece of pieces) {
    if (piece instanceof Unknown) {
      if (current !== '') return undefined;
      current = piece;
      continue;
    }
    if (typeof piece !== 'string') return undefined;
    const parts = piece.split('/');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        segments.push(current);
        current = '';
      }
      if (parts[i] === '') continue;
      if (current instanceof Unknown) return undefined;
      current += parts[i];
    }
  }
  segments.push(current);
  return segments;
}

