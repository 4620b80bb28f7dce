/**
 * A resource's value sources read from its JSON node when a finding asks
 * (see graph/value-sources.ts): a path is followed through the template's
 * objects and arrays, a property copy loop's `name.i` leads to its `input`,
 * and the walk stops at an expression string, whose location then stands for
 * everything computed from it.
 */
import type { Node } from 'jsonc-parser';
import type { ValueSources } from '../../graph/value-sources.js';
import type { SourceLocation } from '../../graph/value.js';
import { VALUE_FIELDS } from '../resource-parts.js';
import { child, literalString } from './jsonc.js';

/** The resource fields whose values the graph keeps, and so whose paths can be asked for. */
const SOURCED_FIELDS: ReadonlySet<string> = new Set(['name', 'properties', ...VALUE_FIELDS]);

/** (Its fields are #private: JSON nodes link to their parents, and a resource must still print as JSON.) */
export class TemplateValueSources implements ValueSources {
  readonly #resource: Node;
  readonly #locateNode: (node: Node) => SourceLocation;

  constructor(resource: Node, locateNode: (node: Node) => SourceLocation) {
    this.#resource = resource;
    this.#locateNode = locateNode;
  }

  locate(path: string): SourceLocation | undefined {
    const steps = path.split('.');
    const field = steps[0]!.toLowerCase();
    if (!SOURCED_FIELDS.has(field)) return undefined;
    // an extension resource's `scope` is the graph's `properties.scope`
    const extensionScope = field === 'properties' && steps[1]?.toLowerCase() === 'scope' && !child(child(this.#resource, 'properties'), 'scope') ? child(this.#resource, 'scope') : undefined;
    if (extensionScope) return this.#locateNode(follow(extensionScope, steps, 2));
    const root = child(this.#resource, steps[0]!);
    return root ? this.#locateNode(follow(root, steps, 1)) : undefined;
  }
}

/** The deepest node `steps` (from `from`) lead to. */
function follow(start: Node, steps: readonly string[], from: number): Node {
  let node = start;
  for (let i = from; i < steps.length; i++) {
    const step = steps[i]!;
    let next: Node | undefined;
    if (node.type === 'object') {
      next = child(node, step);
      if (!next) {
        const loop = copyLoop(node, step);
        if (!loop) break;
        const input = child(loop, 'input');
        const index = Number(steps[i + 1]);
        // `name.i` is the loop's input evaluated with copyIndex() = i: the same node for every i
        if (input && Number.isInteger(index) && index >= 0) {
          next = input;
          i++;
        } else {
          next = loop;
        }
      }
    } else if (node.type === 'array') {
      next = node.children?.[Number(step)];
    }
    if (!next) break;
    node = next;
  }
  return node;
}

/** A property copy loop of an object node, by its name. */
function copyLoop(node: Node, name: string): Node | undefined {
  const loops = child(node, 'copy');
  if (loops?.type !== 'array') return undefined;
  const lower = name.toLowerCase();
  return loops.children?.find((loop) => literalString(child(loop, 'name'))?.toLowerCase() === lower);
}
