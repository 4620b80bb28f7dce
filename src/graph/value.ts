/**
 * Values in the resource graph are plain JSON plus two markers: `Unknown` for
 * anything moat can't know statically, and `ResourceLink` for a reference to
 * another resource (so rules follow links instead of parsing ID strings).
 */
import { formatResourceId, parentKey, resourceKey, type ResourceId } from './resource-id.js';
import { memoized } from '../memo.js';
import type { GraphResource } from './types.js';

export interface SourceLocation {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export class Unknown {
  constructor(readonly why: string) {}
  toJSON(): { $unknown: string } {
    return { $unknown: this.why };
  }
}

/** The graph resource a reference names, filled in or looked for once the graph is built. */
export interface ResourceHandle {
  resource: GraphResource | undefined;
  /**
   * Else, for a child that is no graph resource of its own (a subnet written
   * inline in its VNet's `subnets`), its key below the resource that holds it
   * and that resource's key.
   */
  readonly below?: KeyBelow | undefined;
}

export interface KeyBelow {
  key: string;
  parentKey: string;
}

/**
 * The ID of a resource whose name or scope can't be known, referred to by
 * its symbol (Bicep's `registry.id`): unknown as a string, like any other
 * unknown, but the views still resolve it to that resource. A module that
 * takes every name as a parameter still has its private endpoint pointing at
 * its registry.
 */
export class UnknownResourceId extends Unknown {
  constructor(
    why: string,
    private readonly handle: ResourceHandle,
  ) {
    super(why);
  }

  /** undefined when the declaration deploys nothing the graph holds (a nested deployment) */
  get resource(): GraphResource | undefined {
    return this.handle.resource;
  }

  get below(): KeyBelow | undefined {
    return this.handle.below;
  }
}

/** An unknown as a part of another value (a string built from it, a function's result): no longer the resource it named. */
export const withoutResource = (unknown: Unknown): Unknown => (unknown instanceof UnknownResourceId ? new Unknown(unknown.why) : unknown);

export class ResourceLink {
  #key: string | undefined;
  /** null: the target has no parent */
  #parentKey: string | null | undefined;

  constructor(readonly target: ResourceId) {}

  /** resourceKey(target), made once: views and rules ask for it many times */
  get key(): string {
    return (this.#key ??= resourceKey(this.target));
  }

  /** The key of the target's parent (the VNet of a subnet), made once; undefined for a top-level resource. */
  get parentKey(): string | undefined {
    if (this.#parentKey === undefined) this.#parentKey = parentKey(this.target) ?? null;
    return this.#parentKey ?? undefined;
  }

  toString(): string {
    return formatResourceId(this.target);
  }
  toJSON(): { $link: string } {
    return { $link: formatResourceId(this.target) };
  }
}

export type Value =
  | string
  | number
  | boolean
  | null
  | Unknown
  | ResourceLink
  | Value[]
  | { [key: string]: Value };

export type ValueObject = { [key: string]: Value };

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;
export const isLink = (v: unknown): v is ResourceLink => v instanceof ResourceLink;

export function isObject(v: unknown): v is ValueObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof ResourceLink);
}

/**
 * Reads a dotted path (`properties.networkProfile.serviceCidr`, `subnets.0.name`).
 * Returns `undefined` when the path is absent and an `Unknown` when any step on the
 * way is unknown, so callers can tell "not set" from "can't tell". `fromStep`:
 * the path's first steps already taken (`root` is what they lead to).
 */
export function getPath(root: Value | undefined, path: string, fromStep = 0): Value | undefined {
  let current: Value | undefined = root;
  // a path always has steps (none for ''): the memo's undefined never comes
  const steps = stepsOf(path)!;
  for (let i = fromStep; i < steps.length; i++) {
    const step = steps[i]!;
    if (current === undefined || current === null) return undefined;
    if (current instanceof Unknown) return current;
    if (Array.isArray(current)) {
      const index = Number(step);
      current = Number.isInteger(index) ? current[index] : undefined;
    } else if (isObject(current)) {
      current = lookupKey(current, step) ?? unknownContent(current);
    } else {
      return undefined;
    }
  }
  return current;
}

/** A path's steps, split once: views and rules read the same few paths of every resource. */
const stepsOf = memoized((path: string): string[] => (path === '' ? [] : path.split('.')));

const UNKNOWN_CONTENT = Symbol('unknown content');

/**
 * An object whose content is unknown, for a slot typed as an object (a
 * resource's `properties` given as one unknown expression): it has no keys,
 * but reading any path through it gives the Unknown, and it prints as one.
 */
export function unknownObject(why: Unknown): ValueObject {
  const object: ValueObject = {};
  Object.defineProperty(object, UNKNOWN_CONTENT, { value: why });
  Object.defineProperty(object, 'toJSON', { value: () => why.toJSON() });
  return object;
}

/** The Unknown behind an object made by `unknownObject`, else undefined. */
export function unknownContent(object: ValueObject): Unknown | undefined {
  return (object as { [UNKNOWN_CONTENT]?: Unknown })[UNKNOWN_CONTENT];
}

/** ARM property names are case-insensitive; an exact match wins. */
function lookupKey(obj: ValueObject, key: string): Value | undefined {
  const found = findKey(obj, key);
  return found === undefined ? undefined : obj[found];
}

/** The object's own key for `key` (ARM names are case-insensitive; an exact match wins), if it has one. */
export function findKey(object: ValueObject, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(object, key)) return key;
  // most lookups are of fields a value doesn't have: only names of the same length are compared again
  for (const k in object) if (k.length === key.length && equalsIgnoringCase(k, key)) return k;
  return undefined;
}

/** `a.toLowerCase() === b.toLowerCase()` without making either string (ASCII letters folded here, others by toLowerCase). */
export function equalsIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x > 127 || y > 127) return a.toLowerCase() === b.toLowerCase();
    if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
  }
  return true;
}

/** A string value, `Unknown`, or `undefined` for absent/other types. */
export function asString(v: Value | undefined): string | Unknown | undefined {
  if (typeof v === 'string' || v instanceof Unknown) return v;
  if (v instanceof ResourceLink) return v.toString();
  return undefined;
}

export function asStringArray(v: Value | undefined): (string | Unknown)[] | Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (!Array.isArray(v)) return undefined;
  return v.map((item) => asString(item) ?? new Unknown('not a string'));
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/**
 * A value ARM only knows at deploy time but whose origin is known: the
 * tenant of the subscription, or a runtime property (`principalId`) of a
 * resource. Rules see an `Unknown` ("can't tell"); renderers write the
 * expression (`subscription().tenantId`, `reference(id).principalId`), and a
 * rule can still follow `ref.target` to the resource it comes from.
 */
export type RuntimeRef =
  | { kind: 'tenantId' }
  | { kind: 'property'; target: ResourceId; property: string };

export class RuntimeValue extends Unknown {
  constructor(readonly ref: RuntimeRef) {
    super(ref.kind === 'tenantId' ? 'the tenant ID, known at deploy time' : `${ref.property} of ${formatResourceId(ref.target)}, known at deploy time`);
  }
}
