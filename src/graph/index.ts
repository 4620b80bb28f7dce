/**
 * One index over a graph, built once and shared by every rule, so that no rule
 * scans all resources for each resource it looks at.
 */
import type { Graph, GraphResource } from './types.js';
import { refKey } from './views.js';
import type { SourceLocation, Unknown, Value } from './value.js';

export class GraphIndex {
  private readonly byKeyMap = new Map<string, GraphResource>();
  private readonly byTypeMap = new Map<string, GraphResource[]>();
  /**
   * The views built over this graph, by name (see memoView). Kept here, not in
   * a WeakMap by index: V8's young-generation collector keeps a WeakMap's
   * values alive, so each graph, its views and its JSON tree survived into the
   * old generation; linting many files paid for them in full collections.
   */
  readonly views = new Map<string, unknown>();

  constructor(readonly graph: Graph) {
    // grouped by the type as written first: a graph has few distinct spellings, each lower-cased once
    const byWrittenType = new Map<string, GraphResource[]>();
    for (const resource of graph.resources) {
      this.byKeyMap.set(resource.key, resource);
      const list = byWrittenType.get(resource.type);
      if (list) list.push(resource);
      else byWrittenType.set(resource.type, [resource]);
    }
    for (const [written, resources] of byWrittenType) {
      const type = written.toLowerCase();
      if (!this.byTypeMap.has(type)) this.byTypeMap.set(type, resources);
      // a type spelled two ways: its list again, in graph order
      else this.byTypeMap.set(type, graph.resources.filter((resource) => resource.type.toLowerCase() === type));
    }
  }

  /** Resources of a type (case-insensitive), in graph order. */
  byType(type: string): readonly GraphResource[] {
    return this.byTypeMap.get(type.toLowerCase()) ?? [];
  }

  byKey(key: string): GraphResource | undefined {
    return this.byKeyMap.get(key);
  }

  /**
   * The resource a value refers to: a link, or a resource ID string.
   * `undefined` when it isn't in this graph; `Unknown` when the value is.
   */
  resolve(value: Value | undefined): GraphResource | Unknown | undefined {
    const key = refKey(value);
    return typeof key === 'string' ? this.byKeyMap.get(key) : key;
  }

  /** Children of a resource by child type suffix (e.g. 'subnets'). */
  children(parent: GraphResource, childType: string): GraphResource[] {
    const type = `${parent.type}/${childType}`;
    const prefix = parent.key.toLowerCase() + '/';
    return this.byType(type).filter((r) => r.key.startsWith(prefix));
  }
}

/** Where a value of a resource came from: the path, else its nearest ancestor, else the resource. */
export function sourceOf(resource: GraphResource, path?: string): SourceLocation {
  return (path ? resource.valueSources.locate(path) : undefined) ?? resource.source;
}
