/**
 * Resources whose names are unknown, found again by the values they are named
 * with: ARM names a resource `[parameters('registryName')]` and refers to it
 * as `resourceId('...registries', parameters('registryName'))`, so a template
 * linted without its parameter values still has its private endpoint pointing
 * at its registry. A parameter, variable or default is one value for all its
 * uses, so "the same value" is the same object; a name computed again in each
 * place (`concat(parameters('p'), 'cr')` twice) is not, and stays unknown.
 */
import type { Node } from 'jsonc-parser';
import type { GraphResource, Scope } from '../../graph/types.js';
import { Unknown, UnknownResourceId, equalsIgnoringCase, type ResourceHandle, type Value } from '../../graph/value.js';
import { addTo } from '../../graph/views.js';
import type { FunctionArg, FunctionContext } from '../functions/index.js';
import type { Frame, TemplateScope } from './evaluator.js';

/** A resource name's '/'-separated segments, each a text or an unknown value. */
export type NameSegments = readonly (string | Unknown)[];

const sameScope = (a: Scope, b: Scope): boolean => a.level === b.level && a.subscription === b.subscription && a.resourceGroup === b.resourceGroup;

const sameSegment = (a: string | Unknown, b: string | Unknown): boolean => (a instanceof Unknown || b instanceof Unknown ? a === b : equalsIgnoringCase(a, b));

/** One file's walk: each resource of unknown name with the segments it was declared with. */
export class NamedResources {
  /** undefined segments: the name isn't known as segments (`concat(parameters('p'), '-vnet')`) */
  private readonly declared = new Map<GraphResource, NameSegments | undefined>();
  /** every resource of the walk by type in lower case, once it is done (and only if a name is unknown) */
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
      let found: GraphResource | undefined | null = null;
      const named = this;
      return {
        get resource() {
          if (found === null && named.byType) found = named.unique(scope, type, names);
          return found ?? undefined;
        },
      } satisfies ResourceHandle;
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

/**
 * The segments of a name whose value is unknown, from how it is written:
 * `format('{0}/{1}', parameters('vnet'), 'aks')` (compiled Bicep),
 * `concat(parameters('vnet'), '/', parameters('subnet'))`, or one value; undefined
 * when a segment mixes an unknown with text (`concat(parameters('p'), '-vnet')`).
 */
export function nameSegments(scope: TemplateScope, node: Node, frame: Frame, value: Unknown): NameSegments | undefined {
  const parsed = node.type === 'string' ? scope.file.parse(node) : undefined;
  const expr = parsed?.kind === 'expression' ? parsed.expr : undefined;
  if (expr?.kind !== 'call' || (expr.key !== 'format' && expr.key !== 'concat')) return [value];
  const argument = (i: number): FunctionArg | undefined => (expr.args[i] ? scope.expression(expr.args[i]!, frame, node) : undefined);
  if (expr.key === 'concat') return joinSegments(expr.args.map((_, i) => argument(i)));
  const pattern = expr.args[0]?.kind === 'string' ? expr.args[0].value : undefined;
  if (pattern === undefined || /\{\d+:/.test(pattern)) return undefined;
  return joinSegments(pattern.split(/(\{\d+\})/).map((part) => (/^\{\d+\}$/.test(part) ? argument(Number(part.slice(1, -1)) + 1) : part)));
}

/** Texts and unknowns, in order, split at each '/'; undefined when an unknown shares a segment with text. */
function joinSegments(pieces: readonly (FunctionArg | undefined)[]): NameSegments | undefined {
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

/**
 * An extension resource's `scope` written as a path of unknown name
 * (compiled Bicep's `format('Microsoft.Network/virtualNetworks/{0}', parameters('vnet'))`):
 * the unknown, still naming the resource the template declares with that name.
 */
export function scopeNamedBy(scope: TemplateScope, node: Node, frame: Frame, value: Unknown): Value {
  const segments = nameSegments(scope, node, frame, value);
  const resourceNamedBy = scope.functionContext.resourceNamedBy;
  if (!segments || !resourceNamedBy || segments.length < 3 || segments.length % 2 === 0) return value;
  const [namespace, ...rest] = segments;
  const types = rest.filter((_, i) => i % 2 === 0);
  const names = rest.filter((_, i) => i % 2 === 1);
  if (typeof namespace !== 'string' || !namespace.includes('.') || !types.every((t): t is string => typeof t === 'string')) return value;
  return new UnknownResourceId(value.why, resourceNamedBy([namespace, ...types].join('/'), names));
}
