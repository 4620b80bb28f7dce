/**
 * Template facts for the hygiene rules, read from the syntax (not the
 * evaluated graph): declared parameters, variables and outputs, what refers to
 * them, every string literal, and hard-coded resource locations. A nested
 * deployment with inner scope is a template of its own; one with outer scope
 * belongs to its parent.
 */
import type { Node } from 'jsonc-parser';
import type { HardcodedLocationFact, OutputFact, ParameterFact, TemplateFacts, VariableFact } from '../../graph/types.js';
import { equalsIgnoringCase, type Value } from '../../graph/value.js';
import { LiteralList, NO_LITERALS } from '../../graph/template-literals.js';
import { isListFunction } from '../functions/index.js';
import { jsonToValue } from '../functions/json.js';
import { isPlainText, type FileState } from './evaluator.js';
import { forEachCall, type Call, type Expr } from './expression.js';
import { child, entries, literalString } from './jsonc.js';
import { isDeploymentType } from '../resource-parts.js';

interface References {
  parameters: Set<string>;
  variables: Set<string>;
  /** a `parameters(expr)` with a computed name: any parameter may be used */
  anyParameter: boolean;
  anyVariable: boolean;
}

const SECURE_TYPES = new Set(['securestring', 'secureobject']);

export function collectFacts(file: FileState, root: Node): TemplateFacts[] {
  const out: TemplateFacts[] = [];
  // every string literal of the file, inner templates' too, is the root template's
  const literals = new LiteralList<Node>(file.locator);
  const pending = [root];
  while (pending.length > 0) {
    const template = pending.shift()!;
    const facts = templateFacts(file, template, pending, literals);
    if (template === root) facts.literals = literals;
    out.push(facts);
  }
  return out;
}

function templateFacts(file: FileState, template: Node, innerTemplates: Node[], literals: LiteralList<Node>): TemplateFacts {
  const refs: References = { parameters: new Set(), variables: new Set(), anyParameter: false, anyVariable: false };
  // User functions' parameters() calls name the function's own parameters: their literals count, their references don't.
  for (const [key, node] of entries(template)) scan(file, node, key.toLowerCase() === 'functions' ? undefined : refs, innerTemplates, literals);
  const parameters: ParameterFact[] = entries(child(template, 'parameters')).map(([name, node, keyNode]) => {
    const type = literalString(child(node, 'type')) ?? '';
    const fallback = child(node, 'defaultValue');
    const fact: ParameterFact = {
      name,
      type,
      secure: SECURE_TYPES.has(type.toLowerCase()),
      hasDefault: fallback !== undefined,
      referenced: refs.anyParameter || refs.parameters.has(name.toLowerCase()),
      source: file.locate(keyNode),
    };
    const literal = fallback && literalValue(file, fallback);
    if (literal !== undefined) fact.literalDefault = literal;
    return fact;
  });
  const secure = new Set(parameters.filter((p) => p.secure).map((p) => p.name.toLowerCase()));
  const variables: VariableFact[] = variableDeclarations(template).map(([name, keyNode]) => ({
    name,
    referenced: refs.anyVariable || refs.variables.has(name.toLowerCase()),
    source: file.locate(keyNode),
  }));
  const outputs: OutputFact[] = entries(child(template, 'outputs')).map(([name, node, keyNode]) => outputFact(file, name, node, keyNode, secure));
  return {
    file: file.doc.file,
    language: 'arm',
    parameters,
    variables,
    outputs,
    literals: NO_LITERALS,
    hardcodedLocations: hardcodedLocations(file, template),
  };
}

function variableDeclarations(template: Node): [string, Node][] {
  const out: [string, Node][] = [];
  for (const [name, node, keyNode] of entries(child(template, 'variables'))) {
    if (name.toLowerCase() !== 'copy' || node.type !== 'array') out.push([name, keyNode]);
    else for (const loop of node.children ?? []) {
      const nameNode = child(loop, 'name');
      const loopName = literalString(nameNode);
      if (loopName !== undefined) out.push([loopName, nameNode!]);
    }
  }
  return out;
}

/**
 * One walk over a template's values: the parameters and variables its
 * expressions refer to (`refs`, when they count) and every string literal,
 * written or inside an expression (`literals`; none below a `metadata`, which
 * ARM doesn't read, as Bicep's rule skips descriptions). An inner-scope nested
 * template is left for a walk of its own (`innerTemplates`).
 */
function scan(file: FileState, node: Node, refs: References | undefined, innerTemplates: Node[], literals: LiteralList<Node> | undefined): void {
  switch (node.type) {
    case 'string': {
      if (isPlainText(node)) {
        literals?.add(node.value as string, node);
        return;
      }
      const parsed = file.parse(node);
      if (parsed.kind === 'literal') literals?.add(parsed.value, node);
      else if (parsed.kind === 'expression') scanExpression(parsed.expr, node, refs, literals);
      return;
    }
    case 'array':
      for (const item of node.children ?? []) scan(file, item, refs, innerTemplates, literals);
      return;
    case 'object': {
      // the property nodes directly: listing every object's entries cost more than the walk
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        const value = property.children?.[1];
        const name = key?.value;
        if (typeof name !== 'string' || !value) continue;
        // a name can be an expression too (Bicep's `'${key}': value` compiles to one)
        if (name.charCodeAt(0) === OPEN_BRACKET) {
          const parsed = file.parse(key!);
          if (parsed.kind === 'expression') scanExpression(parsed.expr, key!, refs, literals);
        }
        // both names of interest have 8 letters and an object value: most properties are ruled out at once
        if (value.type === 'object' && name.length === 8) {
          const lower = name.toLowerCase();
          if (lower === 'template' && isInnerScope(node)) {
            innerTemplates.push(value);
            continue;
          }
          if (lower === 'metadata') {
            scan(file, value, refs, innerTemplates, undefined);
            continue;
          }
        }
        scan(file, value, refs, innerTemplates, literals);
      }
      return;
    }
    default:
      return;
  }
}

const OPEN_BRACKET = 91;

function scanExpression(expr: Expr, at: Node, refs: References | undefined, literals: LiteralList<Node> | undefined): void {
  switch (expr.kind) {
    case 'string':
      literals?.add(expr.value, at);
      return;
    case 'call':
      if (refs) addReference(expr, refs);
      for (const arg of expr.args) scanExpression(arg, at, refs, literals);
      return;
    case 'property':
      scanExpression(expr.target, at, refs, literals);
      return;
    case 'index':
      scanExpression(expr.target, at, refs, literals);
      scanExpression(expr.index, at, refs, literals);
      return;
    default:
      return;
  }
}

function addReference(call: Call, refs: References): void {
  const name = call.key;
  if (name !== 'parameters' && name !== 'variables') return;
  const arg = call.args[0];
  const set = name === 'parameters' ? refs.parameters : refs.variables;
  if (arg?.kind === 'string') set.add(arg.value.toLowerCase());
  else if (name === 'parameters') refs.anyParameter = true;
  else refs.anyVariable = true;
}

/** The `properties` of a nested deployment whose template sees only its own parameters. */
function isInnerScope(properties: Node): boolean {
  return literalString(child(child(properties, 'expressionEvaluationOptions'), 'scope'))?.toLowerCase() === 'inner' && child(properties, 'template') !== undefined;
}

/** The expressions in a value, each with the string node that holds it. */
function expressionsIn(file: FileState, node: Node, visit: (expr: Expr, at: Node) => void): void {
  switch (node.type) {
    case 'string': {
      const parsed = file.parse(node);
      if (parsed.kind === 'expression') visit(parsed.expr, node);
      return;
    }
    case 'array':
      for (const item of node.children ?? []) expressionsIn(file, item, visit);
      return;
    case 'object':
      for (const [, value] of entries(node)) expressionsIn(file, value, visit);
      return;
    default:
      return;
  }
}

function outputFact(file: FileState, name: string, node: Node, keyNode: Node, secure: Set<string>): OutputFact {
  const secureUsed = new Set<string>();
  const listUsed = new Set<string>();
  for (const valueNode of [child(node, 'value'), child(child(node, 'copy'), 'input')]) {
    if (!valueNode) continue;
    expressionsIn(file, valueNode, (expr) =>
      forEachCall(expr, (call) => {
        const arg = call.args[0];
        if (call.key === 'parameters' && arg?.kind === 'string' && secure.has(arg.value.toLowerCase())) secureUsed.add(arg.value);
        if (isListFunction(call.name)) listUsed.add(call.name);
      }),
    );
  }
  const type = literalString(child(node, 'type')) ?? '';
  return {
    name,
    type,
    secure: SECURE_TYPES.has(type.toLowerCase()),
    usesSecureParameters: [...secureUsed],
    usesListFunctions: [...listUsed],
    source: file.locate(keyNode),
  };
}

/** A JSON value with no expression in it, as written (`[[` unescaped); undefined if any string is an expression. */
function literalValue(file: FileState, node: Node): Value | undefined {
  switch (node.type) {
    case 'string': {
      const parsed = file.parse(node);
      return parsed.kind === 'literal' ? parsed.value : undefined;
    }
    case 'array': {
      const items = (node.children ?? []).map((item) => literalValue(file, item));
      return items.every((i) => i !== undefined) ? (items as Value[]) : undefined;
    }
    case 'object': {
      const out: Record<string, Value> = {};
      for (const [key, value] of entries(node)) {
        const literal = literalValue(file, value);
        if (literal === undefined) return undefined;
        out[key] = literal;
      }
      return out;
    }
    default:
      return jsonToValue(node.value);
  }
}

/** Resource nodes of a template: top level, children, and those of outer-scope nested deployments. */
function resourceNodes(template: Node): Node[] {
  const out: Node[] = [];
  const visit = (resources: Node | undefined): void => {
    const list = resources?.type === 'object' ? entries(resources).map(([, n]) => n) : resources?.children ?? [];
    for (const resource of list) {
      if (resource.type !== 'object') continue;
      out.push(resource);
      visit(child(resource, 'resources'));
      const properties = child(resource, 'properties');
      // a template spec's template is not deployed here: only a nested deployment's is
      const type = literalString(child(resource, 'type'));
      if (type !== undefined && isDeploymentType(type) && child(properties, 'template') && !isInnerScope(properties!)) visit(child(child(properties, 'template'), 'resources'));
    }
  };
  visit(child(template, 'resources'));
  return out;
}

/** Resource locations written as literals (at the literal), and variables holding one that a location uses (once each, at the variable's name). */
function hardcodedLocations(file: FileState, template: Node): HardcodedLocationFact[] {
  const out: HardcodedLocationFact[] = [];
  const variables = child(template, 'variables');
  const variablesSeen = new Set<Node>();
  for (const resource of resourceNodes(template)) {
    const location = child(resource, 'location');
    if (location?.type !== 'string') continue;
    const parsed = file.parse(location);
    if (parsed.kind === 'literal') out.push(locationFact(file, resource, location, parsed.value, 'literal'));
    else if (parsed.kind === 'expression') {
      const expr = parsed.expr;
      if (expr.kind !== 'call' || expr.key !== 'variables' || expr.args[0]?.kind !== 'string') continue;
      const declared = variableDeclaration(variables, expr.args[0].value);
      if (!declared || variablesSeen.has(declared.key)) continue;
      const literal = declared.value.type === 'string' ? file.parse(declared.value) : undefined;
      if (literal?.kind !== 'literal') continue;
      variablesSeen.add(declared.key);
      out.push({ ...locationFact(file, resource, declared.key, literal.value, 'variable'), variable: declared.name });
    }
  }
  return out;
}

/** A variable's name as declared, its name node and its value node (ARM names are case-insensitive, the exact one first). */
function variableDeclaration(variables: Node | undefined, name: string): { name: string; key: Node; value: Node } | undefined {
  const declarations = entries(variables);
  const found = declarations.find(([declared]) => declared === name) ?? declarations.find(([declared]) => equalsIgnoringCase(declared, name));
  return found && { name: found[0], key: found[2], value: found[1] };
}

function locationFact(file: FileState, resource: Node, at: Node, value: string, via: HardcodedLocationFact['via']): HardcodedLocationFact {
  const fact: HardcodedLocationFact = { value, via, source: file.locate(at) };
  const resourceType = literalString(child(resource, 'type'));
  if (resourceType !== undefined) fact.resourceType = resourceType;
  return fact;
}
