/**
 * How an ARM template writes a name or scope of unknown value, as segments
 * that the resources of unknown name (../named-resources.ts) are matched by.
 */
import type { Node } from 'jsonc-parser';
import { Unknown, UnknownResourceId, type Value } from '../../graph/value.js';
import type { FunctionArg } from '../functions/index.js';
import { joinSegments, type NameSegments } from '../named-resources.js';
import { typesAndNames } from '../resource-parts.js';
import type { Frame, TemplateScope } from './evaluator.js';

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

/**
 * An extension resource's `scope` written as a path of unknown name
 * (compiled Bicep's `format('Microsoft.Network/virtualNetworks/{0}', parameters('vnet'))`):
 * the unknown, still naming the resource the template declares with that name.
 */
export function scopeNamedBy(scope: TemplateScope, node: Node, frame: Frame, value: Unknown): Value {
  const segments = nameSegments(scope, node, frame, value);
  const resourceNamedBy = scope.functionContext.resourceNamedBy;
  if (!segments || !resourceNamedBy || segments.length < 3 || segments.length % 2 === 0) return value;
  const namespace = segments[0];
  const { types, names } = typesAndNames(segments);
  if (typeof namespace !== 'string' || !namespace.includes('.') || !types.every((t): t is string => typeof t === 'string')) return value;
  return new UnknownResourceId(value.why, resourceNamedBy([namespace, ...types].join('/'), names));
}
