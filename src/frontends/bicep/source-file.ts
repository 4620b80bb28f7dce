/**
 * One parsed Bicep file and its declarations by name, built once per file and
 * shared by every module instance that uses it (a module called in a loop is
 * parsed once).
 */
import type { ScopeLevel } from '../../graph/resource-id.js';
import type { SourceLocation } from '../../graph/value.js';
import type { TemplateFacts } from '../../graph/types.js';
import type { Directive } from './lexer.js';
import type { FuncDecl, ImportDecl, ModuleDecl, ObjectExpr, OutputDecl, ParamDecl, Program, ResourceDecl, Span, TypeDecl, TypeExpression, VarDecl, DeclBody } from './ast.js';

/** A name brought in by `import {...} from 'file.bicep'`: its declaration's name in that file. */
export interface ImportedName {
  decl: ImportDecl;
  original: string;
}

export class BicepFile {
  readonly params = new Map<string, ParamDecl>();
  readonly vars = new Map<string, VarDecl>();
  /** top-level resources; nested ones are in `nested` */
  readonly resources = new Map<string, ResourceDecl>();
  /** nested child resources by name, and the resource each is nested in */
  readonly nestedParent = new Map<ResourceDecl, ResourceDecl>();
  readonly nested = new Map<string, ResourceDecl>();
  readonly modules = new Map<string, ModuleDecl>();
  readonly outputs = new Map<string, OutputDecl>();
  readonly functions = new Map<string, FuncDecl>();
  /** user-defined types (`type x = ...`) by name */
  readonly types = new Map<string, TypeDecl>();
  /** `import { a, b as c } from '...'` by local name */
  readonly imported = new Map<string, ImportedName>();
  /** `import * as ns from '...'` by alias */
  readonly namespaces = new Map<string, ImportDecl>();
  readonly targetScope: ScopeLevel | undefined;
  /** the file's template facts, read once (see facts.ts) */
  facts: TemplateFacts | undefined;

  constructor(
    /** as findings name it */
    readonly file: string,
    /** absolute, for module paths and cycle detection */
    readonly path: string,
    readonly text: string,
    readonly program: Program,
    readonly directives: Directive[],
  ) {
    let targetScope: ScopeLevel | undefined;
    for (const statement of program.statements) {
      switch (statement.kind) {
        case 'Param':
          this.params.set(statement.name.name, statement);
          break;
        case 'Var':
          this.vars.set(statement.name.name, statement);
          break;
        case 'Resource':
          this.resources.set(statement.name.name, statement);
          this.indexNested(statement);
          break;
        case 'Module':
          this.modules.set(statement.name.name, statement);
          break;
        case 'Output':
          this.outputs.set(statement.name.name, statement);
          break;
        case 'Func':
          this.functions.set(statement.name.name, statement);
          break;
        case 'TypeDecl':
          this.types.set(statement.name.name, statement);
          break;
        case 'Import':
          if (statement.wildcardAlias) this.namespaces.set(statement.wildcardAlias.name, statement);
          for (const symbol of statement.symbols ?? []) {
            const original = symbol.original.kind === 'Identifier' ? symbol.original.name : literalText(symbol.original);
            if (original !== undefined) this.imported.set(symbol.alias?.name ?? original, { decl: statement, original });
          }
          break;
        case 'TargetScope':
          if (statement.value.kind === 'String' && statement.value.expressions.length === 0) targetScope = scopeLevel(statement.value.segments[0]!);
          break;
        default:
          break;
      }
    }
    this.targetScope = targetScope;
    this.facts = undefined;
  }

  locate(span: Span): SourceLocation {
    return spanLocation(this.file, span);
  }

  /**
   * Whether a value of this type may be null (`T?`, a union with null, or a
   * type of this file's that is one). An imported type isn't followed: false.
   */
  isNullable(type: TypeExpression, depth = 0): boolean {
    if (depth > MAX_TYPE_DEPTH) return false;
    switch (type.kind) {
      case 'NullableType':
      case 'NullType':
        return true;
      case 'ParenType':
        return this.isNullable(type.inner, depth + 1);
      case 'UnionType':
        return type.members.some((member) => this.isNullable(member, depth + 1));
      case 'TypeRef': {
        const declared = this.types.get(type.name);
        return declared !== undefined && this.isNullable(declared.value, depth + 1);
      }
      default:
        return false;
    }
  }

  private indexNested(parent: ResourceDecl): void {
    for (const child of nestedResources(parent)) {
      this.nestedParent.set(child, parent);
      this.nested.set(child.name.name, child);
      this.indexNested(child);
    }
  }
}

/** Type declarations followed one into another: more is a cycle (a Bicep error) or not worth reading. */
const MAX_TYPE_DEPTH = 16;

function scopeLevel(text: string): ScopeLevel | undefined {
  switch (text) {
    case 'resourceGroup':
    case 'subscription':
    case 'tenant':
    case 'managementGroup':
      return text;
    default:
      return undefined;
  }
}

/** The object of a resource or module body, under its `if` or `for`. */
export function bodyObject(body: DeclBody): ObjectExpr | undefined {
  if (body.kind === 'Object') return body;
  if (body.kind === 'If') return body.body.kind === 'Object' ? body.body : undefined;
  if (body.kind === 'For') {
    const inner = body.body;
    if (inner.kind === 'Object') return inner;
    if (inner.kind === 'If' && inner.body.kind === 'Object') return inner.body;
  }
  return undefined;
}

export function nestedResources(decl: ResourceDecl): ResourceDecl[] {
  return (bodyObject(decl.body)?.properties ?? []).filter((p): p is ResourceDecl => p.kind === 'Resource');
}

/** A property of an object literal by key (`name`, `'name'`). */
export function property(object: ObjectExpr | undefined, key: string): import('./ast.js').Expression | undefined {
  for (const p of object?.properties ?? []) {
    if (p.kind === 'Property' && propertyKey(p.key) === key) return p.value;
  }
  return undefined;
}

/** A literal key's text; undefined for an interpolated or broken key. */
export function propertyKey(key: import('./ast.js').ObjectProperty['key']): string | undefined {
  if (key.kind === 'Identifier') return key.name;
  if (key.kind === 'String' && key.expressions.length === 0) return key.segments[0];
  return undefined;
}

/** A string literal without interpolation. */
export function literalText(expr: import('./ast.js').Expression | import('./ast.js').ErrorNode | null | undefined): string | undefined {
  return expr?.kind === 'String' && expr.expressions.length === 0 ? expr.segments[0] : undefined;
}

/** Where a span starts, in `file`. */
export function spanLocation(file: string, span: Span): SourceLocation {
  return { file, line: span.line, column: span.column };
}
