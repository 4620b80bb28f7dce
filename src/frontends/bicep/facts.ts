/**
 * Template facts for the hygiene rules, read from the syntax of one Bicep
 * file (not the evaluated graph): declared parameters, variables and outputs
 * and whether anything uses them, every string literal, and resource
 * locations written as literals, recorded as the ARM side records them so
 * the six hygiene rules behave alike on both languages.
 */
import type { HardcodedLocationFact, OutputFact, ParameterFact, TemplateFacts, VariableFact } from '../../graph/types.js';
import type { Value } from '../../graph/value.js';
import { isListFunction } from '../functions/index.js';
import { LiteralList } from '../../graph/template-literals.js';
import type { Decorator, Expression, Node, ResourceDecl, Span, TypeExpression } from './ast.js';
import { bodyObject, literalText, nestedResources, property, propertyKey, spanLocation, type BicepFile } from './source-file.js';

/** The file's facts, computed once per parsed file (a module is linted with each caller and alone). */
export function bicepFacts(source: BicepFile): TemplateFacts {
  source.facts ??= readFacts(source);
  return source.facts;
}

function readFacts(source: BicepFile): TemplateFacts {
  const { used, literals } = referencesAndLiterals(source);
  const secure = new Set([...source.params.values()].filter((p) => isSecure(p.decorators)).map((p) => p.name.name));

  const parameters: ParameterFact[] = [...source.params.values()].map((decl) => {
    const fact: ParameterFact = {
      name: decl.name.name,
      type: typeText(decl.type),
      secure: secure.has(decl.name.name),
      hasDefault: decl.defaultValue !== null,
      referenced: used.has(decl.name.name),
      source: source.locate(decl.name.span),
    };
    const literal = decl.defaultValue ? literalValue(decl.defaultValue) : undefined;
    if (literal !== undefined) fact.literalDefault = literal;
    return fact;
  });
  // An @export() variable is used by the files that import it, as Bicep's linter counts it.
  const variables: VariableFact[] = [...source.vars.values()].map((decl) => ({
    name: decl.name.name,
    referenced: used.has(decl.name.name) || hasDecorator(decl.decorators, 'export'),
    source: source.locate(decl.name.span),
  }));
  const outputs: OutputFact[] = [...source.outputs.values()].map((decl) => {
    const secureUsed = new Set<string>();
    const listUsed = new Set<string>();
    const type = typeText(decl.type);
    // A @secure() output is Bicep's way to return a secret safely.
    const secureOutput = isSecure(decl.decorators) || SECURE_TYPES.has(type.toLowerCase());
    if (!secureOutput) {
      walk(decl.value, (node) => {
        if (node.kind === 'Variable' && secure.has(node.name)) secureUsed.add(node.name);
        else if ((node.kind === 'Call' || node.kind === 'InstanceCall') && isListFunction(node.name.name)) listUsed.add(node.name.name);
      });
    }
    return { name: decl.name.name, type, secure: secureOutput, usesSecureParameters: [...secureUsed], usesListFunctions: [...listUsed], source: source.locate(decl.name.span) };
  });
  return {
    file: source.file,
    language: 'bicep',
    parameters,
    variables,
    outputs,
    literals,
    hardcodedLocations: hardcodedLocations(source),
  };
}

/** ARM's secure type names, which a Bicep type can also name (a decompiled file's, or a type alias of that name). */
const SECURE_TYPES = new Set(['securestring', 'secureobject']);

const hasDecorator = (decorators: Decorator[], name: string): boolean => decorators.some((d) => d.name === name && (d.namespace === null || d.namespace === 'sys'));
const isSecure = (decorators: Decorator[]): boolean => hasDecorator(decorators, 'secure');

/**
 * In one pass: the names expressions refer to, and the string literals as
 * Bicep's no-hardcoded-env-urls reads them (not in descriptions or metadata,
 * resource types or module paths).
 */
function referencesAndLiterals(source: BicepFile): { used: Set<string>; literals: TemplateFacts['literals'] } {
  const used = new Set<string>();
  // located from the span alone: the list outlives the syntax tree, and must not keep it alive
  const file = source.file;
  const literals = new LiteralList<Span>((span) => spanLocation(file, span));
  const notLiteral = new Set<Node>();
  const addReference = (node: Node): void => {
    if (node.kind === 'Variable') used.add(node.name);
  };
  walk(source.program, (node) => {
    switch (node.kind) {
      case 'Variable':
        used.add(node.name);
        return true;
      case 'Metadata':
        // below a description or metadata, strings are not literals: only references are read there
        walk(node, addReference);
        return false;
      case 'Decorator':
        if (node.name !== 'description' && node.name !== 'metadata') return true;
        walk(node, addReference);
        return false;
      case 'Resource':
        notLiteral.add(node.resourceType);
        return true;
      case 'Module':
        notLiteral.add(node.path);
        return true;
      case 'String':
        if (notLiteral.has(node)) return true;
        for (const segment of node.segments) if (segment !== '') literals.add(segment, node.span);
        return true;
      default:
        return true;
    }
  });
  return { used, literals };
}

function typeText(type: TypeExpression | null): string {
  if (!type) return '';
  switch (type.kind) {
    case 'TypeRef':
      return type.name;
    case 'ArrayType':
      return 'array';
    case 'ObjectType':
      return 'object';
    case 'NullableType':
      return typeText(type.inner);
    default:
      return type.kind;
  }
}

/** A default with no expression in it; undefined if anything in it is computed. */
function literalValue(expr: Expression): Value | undefined {
  switch (expr.kind) {
    case 'String':
      return literalText(expr);
    case 'Integer':
    case 'Boolean':
      return expr.value;
    case 'Null':
      return null;
    case 'Array': {
      const items = expr.items.map((item) => (item.kind === 'Spread' ? undefined : literalValue(item)));
      return items.every((i) => i !== undefined) ? (items as Value[]) : undefined;
    }
    case 'Object': {
      const out: Record<string, Value> = {};
      for (const entry of expr.properties) {
        if (entry.kind !== 'Property') return undefined;
        const key = propertyKey(entry.key);
        const value = literalValue(entry.value);
        if (key === undefined || value === undefined) return undefined;
        out[key] = value;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** Resource locations written as literals (at the literal), and variables holding one that a location uses (once each, at the variable). */
function hardcodedLocations(source: BicepFile): HardcodedLocationFact[] {
  const out: HardcodedLocationFact[] = [];
  const variablesSeen = new Set<string>();
  const visit = (decl: ResourceDecl): void => {
    const location = property(bodyObject(decl.body), 'location');
    const typeText = literalText(decl.resourceType);
    const resourceType = typeText?.split('@')[0];
    const typed = resourceType === undefined ? {} : { resourceType };
    const literal = literalText(location);
    if (literal !== undefined) out.push({ value: literal, via: 'literal', source: source.locate(location!.span), ...typed });
    else if (location?.kind === 'Variable' && !variablesSeen.has(location.name)) {
      const variable = source.vars.get(location.name);
      const value = variable ? literalText(variable.value) : undefined;
      if (value !== undefined) {
        variablesSeen.add(location.name);
        out.push({ value, via: 'variable', variable: location.name, source: source.locate(variable!.name.span), ...typed });
      }
    }
    nestedResources(decl).forEach(visit);
  };
  for (const decl of source.resources.values()) visit(decl);
  return out;
}

/** Every node under `root` (without recursion, so deep input can't exhaust the stack); `visit` returning false skips a node's children. */
export function walk(root: Node, visit: (node: Node) => boolean | void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (visit(node as unknown as Node) === false) continue;
    // for...in over the node's own fields: no per-node arrays, which dominate on large files
    for (const key in node) {
      if (key === 'span') continue;
      const value = node[key];
      if (typeof value !== 'object' || value === null) continue;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push(value[i]);
      } else if (isNode(value)) stack.push(value);
    }
  }
}

const isNode = (value: unknown): boolean => typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
