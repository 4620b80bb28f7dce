/**
 * Template facts for the hygiene rules, read from the syntax (not the
 * evaluated graph): declared parameters, variables and outputs, what refers to
 * them, every string literal, and hard-coded resource locations. A nested
 * deployment with inner scope is a template of its own; one with outer scope
 * belongs to its parent.
 */
import type { Node } from 'jsonc-parser';
import type { HardcodedLocationFact, OutputFact, ParameterFact, TemplateFacts, VariableFact } from '../../graph/types.js';
import type { Value } from '../../graph/value.js';
import { isListFunction } from '../functions/index.js';
import { jsonToValue } from '../functions/json.js';
import type { FileState } from './evaluator.js';
import { forEachCall, forEachStringLiteral, type Call, type Expr } from './expression.js';
import { child, entries, literalString } from './jsonc.js';

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
  const pending = [root];
  while (pending.length > 0) {
    const template = pending.shift()!;
    const facts = templateFacts(file, template, pending);
    if (template === root) facts.literals = literals(file, root);
    out.push(facts);
  }
  return out;
}

function templateFacts(file: FileState, template: Node, innerTemplates: Node[]): TemplateFacts {
  const refs: References = { parameters: new Set(), variables: new Set(), anyParameter: false, anyVariable: false };
  for (const [key, node] of entries(template)) {
    // User functions' parameters() calls name the function's own parameters.
    if (key.toLowerCase() !== 'functions') scanReferences(file, node, refs, innerTemplates);
  }
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
    literals: [],
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

function expressionsIn(file: FileState, node: Node, visit: (expr: Expr, at: Node) => void, innerTemplates?: Node[]): void {
  switch (node.type) {
    case 'string': {
      const parsed = file.parse(node);
      if (parsed.kind === 'expression') visit(parsed.expr, node);
      return;
    }
    case 'array':
      for (const item of node.children ?? []) expressionsIn(file, item, visit, innerTemplates);
      return;
    case 'object': {
      const innerTemplate = innerTemplates && isInnerScope(node) ? child(node, 'template') : undefined;
      if (innerTemplate) innerTemplates!.push(innerTemplate);
      for (const [, value] of entries(node)) if (value !== innerTemplate) expressionsIn(file, value, visit, innerTemplates);
      return;
    }
    default:
      return;
  }
}

/** The `properties` of a nested deployment whose template sees only its own parameters. */
function isInnerScope(properties: Node): boolean {
  return literalString(child(child(properties, 'expressionEvaluationOptions'), 'scope'))?.toLowerCase() === 'inner' && child(properties, 'template') !== undefined;
}

function scanReferences(file: FileState, node: Node, refs: References, innerTemplates: Node[]): void {
  const visitCall = (call: Call): void => {
    const name = call.name.toLowerCase();
    if (name !== 'parameters' && name !== 'variables') return;
    const arg = call.args[0];
    const set = name === 'parameters' ? refs.parameters : refs.variables;
    if (arg?.kind === 'string') set.add(arg.value.toLowerCase());
    else if (name === 'parameters') refs.anyParameter = true;
    else refs.anyVariable = true;
  };
  expressionsIn(file, node, (expr) => forEachCall(expr, visitCall), innerTemplates);
}

function outputFact(file: FileState, name: string, node: Node, keyNode: Node, secure: Set<string>): OutputFact {
  const secureUsed = new Set<string>();
  const listUsed = new Set<string>();
  for (const valueNode of [child(node, 'value'), child(child(node, 'copy'), 'input')]) {
    if (!valueNode) continue;
    expressionsIn(file, valueNode, (expr) =>
      forEachCall(expr, (call) => {
        const arg = call.args[0];
        if (call.name.toLowerCase() === 'parameters' && arg?.kind === 'string' && secure.has(arg.value.toLowerCase())) secureUsed.add(arg.value);
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

function literals(file: FileState, root: Node): TemplateFacts['literals'] {
  const out: TemplateFacts['literals'] = [];
  const visit = (node: Node): void => {
    if (node.type === 'string') {
      const parsed = file.parse(node);
      const source = file.locate(node);
      if (parsed.kind === 'literal') out.push({ value: parsed.value, source });
      else if (parsed.kind === 'expression') forEachStringLiteral(parsed.expr, (value) => out.push({ value, source }));
    } else if (node.type === 'array') {
      (node.children ?? []).forEach(visit);
    } else if (node.type === 'object') {
      for (const [, value] of entries(node)) visit(value);
    }
  };
  visit(root);
  return out;
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
      if (child(properties, 'template') && !isInnerScope(properties!)) visit(child(child(properties, 'template'), 'resources'));
    }
  };
  visit(child(template, 'resources'));
  return out;
}

function hardcodedLocations(file: FileState, template: Node): HardcodedLocationFact[] {
  const out: HardcodedLocationFact[] = [];
  const variables = child(template, 'variables');
  for (const resource of resourceNodes(template)) {
    const location = child(resource, 'location');
    if (location?.type !== 'string') continue;
    const parsed = file.parse(location);
    const resourceType = literalString(child(resource, 'type'));
    const fact = (value: string, via: HardcodedLocationFact['via']): HardcodedLocationFact => ({
      value,
      via,
      source: file.locate(location),
      ...(resourceType === undefined ? {} : { resourceType }),
    });
    if (parsed.kind === 'literal') out.push(fact(parsed.value, 'literal'));
    else if (parsed.kind === 'expression') {
      const expr = parsed.expr;
      if (expr.kind !== 'call' || expr.name.toLowerCase() !== 'variables' || expr.args[0]?.kind !== 'string') continue;
      const variable = child(variables, expr.args[0].value);
      const literal = variable?.type === 'string' ? file.parse(variable) : undefined;
      if (literal?.kind === 'literal') out.push(fact(literal.value, 'variable'));
    }
  }
  return out;
}
