/**
 * Bicep syntax tree. Nodes stay close to Bicep's own syntax (so an evaluator can
 * walk them one construct at a time); every node carries its span. A piece of
 * source the parser could not make sense of becomes an `ErrorNode`, so the tree
 * is always complete and the errors live in the parse result.
 */

/** Start and end of a node: offsets (end exclusive) and 1-based line/column. */
export interface Span {
  offset: number;
  line: number;
  column: number;
  endOffset: number;
  endLine: number;
  endColumn: number;
}

interface NodeBase {
  span: Span;
}

export interface Identifier extends NodeBase {
  kind: 'Identifier';
  name: string;
}

/** Unparseable source, kept so the tree has no holes. */
export interface ErrorNode extends NodeBase {
  kind: 'Error';
  message: string;
}

// ---------------------------------------------------------------- program

export interface Program extends NodeBase {
  kind: 'Program';
  file: string;
  statements: Statement[];
}

export type Statement =
  | TargetScopeDecl
  | MetadataDecl
  | ParamDecl
  | VarDecl
  | ResourceDecl
  | ModuleDecl
  | OutputDecl
  | TypeDecl
  | FuncDecl
  | ImportDecl
  | ExtensionDecl
  | UsingDecl
  | ExtendsDecl
  | ExtensionConfigDecl
  | AssertDecl
  | TestDecl
  | MissingDecl
  | ErrorNode;

/**
 * `@name(args)` or `@ns.name(args)`. `name`, `namespace` and `args` are read off
 * `expression` for convenience; `expression` keeps the exact syntax.
 */
export interface Decorator extends NodeBase {
  kind: 'Decorator';
  name: string;
  namespace: string | null;
  args: Expression[];
  expression: Expression;
}

interface DeclBase extends NodeBase {
  decorators: Decorator[];
}

export interface TargetScopeDecl extends DeclBase {
  kind: 'TargetScope';
  value: Expression;
}

export interface MetadataDecl extends DeclBase {
  kind: 'Metadata';
  name: Identifier;
  value: Expression;
}

export interface ParamDecl extends DeclBase {
  kind: 'Param';
  name: Identifier;
  /** null only in a .bicepparam assignment `param x = value` */
  type: TypeExpression | null;
  defaultValue: Expression | null;
}

export interface VarDecl extends DeclBase {
  kind: 'Var';
  name: Identifier;
  /** `var x string = ...` (typed variables) */
  type: TypeExpression | null;
  value: Expression;
}

/** The body of a resource or module: an object, `if (...) {...}` or a `[for ...]` loop. */
export type DeclBody = ObjectExpr | IfExpr | ForExpr | ErrorNode;

export interface ResourceDecl extends DeclBase {
  kind: 'Resource';
  name: Identifier;
  /** `'Microsoft.Network/virtualNetworks@2023-09-01'` */
  resourceType: StringExpr | ErrorNode;
  existing: boolean;
  body: DeclBody;
}

export interface ModuleDecl extends DeclBase {
  kind: 'Module';
  name: Identifier;
  /** `'./mod.bicep'`, `'br/public:...'`, `'ts:...'` */
  path: StringExpr | ErrorNode;
  body: DeclBody;
}

export interface OutputDecl extends DeclBase {
  kind: 'Output';
  name: Identifier;
  type: TypeExpression;
  value: Expression;
}

export interface TypeDecl extends DeclBase {
  kind: 'TypeDecl';
  name: Identifier;
  value: TypeExpression;
}

export interface FuncParam extends NodeBase {
  kind: 'FuncParam';
  name: Identifier;
  type: TypeExpression;
}

export interface FuncDecl extends DeclBase {
  kind: 'Func';
  name: Identifier;
  params: FuncParam[];
  returnType: TypeExpression;
  body: Expression;
}

export interface ImportedSymbol extends NodeBase {
  kind: 'ImportedSymbol';
  /** An identifier, or a quoted name `'a.b' as c` */
  original: Identifier | StringExpr;
  alias: Identifier | null;
}

/** `import {a, b as c} from 'x.bicep'` / `import * as ns from 'x.bicep'` */
export interface ImportDecl extends DeclBase {
  kind: 'Import';
  symbols: ImportedSymbol[] | null;
  /** Set for `import * as alias` */
  wildcardAlias: Identifier | null;
  from: StringExpr | ErrorNode;
}

/** `extension 'spec' with {...} as alias` (also the older `provider` and `import 'spec'` spellings) */
export interface ExtensionDecl extends DeclBase {
  kind: 'Extension';
  keyword: 'extension' | 'provider' | 'import';
  specification: StringExpr | Identifier | ErrorNode;
  config: ObjectExpr | null;
  alias: Identifier | null;
}

/** `.bicepparam`: `using './main.bicep'` or `using none` */
export interface UsingDecl extends DeclBase {
  kind: 'Using';
  path: StringExpr | null;
  config: ObjectExpr | null;
}

/** `.bicepparam`: `extends './base.bicepparam'` */
export interface ExtendsDecl extends DeclBase {
  kind: 'Extends';
  path: StringExpr | ErrorNode;
}

/** `.bicepparam`: `extensionConfig alias with {...}` */
export interface ExtensionConfigDecl extends DeclBase {
  kind: 'ExtensionConfig';
  alias: Identifier;
  config: ObjectExpr;
}

export interface AssertDecl extends DeclBase {
  kind: 'Assert';
  name: Identifier;
  value: Expression;
}

export interface TestDecl extends DeclBase {
  kind: 'Test';
  name: Identifier;
  path: StringExpr | ErrorNode;
  body: ObjectExpr | ErrorNode;
}

/** Decorators with no declaration after them. */
export interface MissingDecl extends DeclBase {
  kind: 'MissingDecl';
}

// ------------------------------------------------------------ expressions

export type Expression =
  | StringExpr
  | IntegerLiteral
  | BooleanLiteral
  | NullLiteral
  | ArrayExpr
  | ObjectExpr
  | VariableRef
  | CallExpr
  | InstanceCallExpr
  | PropertyAccess
  | IndexAccess
  | ResourceAccess
  | NonNullAssertion
  | UnaryExpr
  | BinaryExpr
  | TernaryExpr
  | ParenExpr
  | LambdaExpr
  | ForExpr
  | IfExpr
  | ErrorNode;

/**
 * A string literal, interpolated or not: `segments[0] ${expressions[0]} segments[1] ...`.
 * Always `segments.length === expressions.length + 1`; segments are decoded (escapes applied).
 */
export interface StringExpr extends NodeBase {
  kind: 'String';
  segments: string[];
  expressions: Expression[];
  multiline: boolean;
}

export interface IntegerLiteral extends NodeBase {
  kind: 'Integer';
  /** Exact for |n| <= 2^53; `raw` keeps the digits. */
  value: number;
  raw: string;
}

export interface BooleanLiteral extends NodeBase {
  kind: 'Boolean';
  value: boolean;
}

export interface NullLiteral extends NodeBase {
  kind: 'Null';
}

export interface SpreadExpr extends NodeBase {
  kind: 'Spread';
  value: Expression;
}

export interface ArrayExpr extends NodeBase {
  kind: 'Array';
  items: (Expression | SpreadExpr)[];
}

export interface ObjectProperty extends NodeBase {
  kind: 'Property';
  key: Identifier | StringExpr | ErrorNode;
  value: Expression;
}

export interface ObjectExpr extends NodeBase {
  kind: 'Object';
  /** Nested child resources appear here, in source order, inside a resource body. */
  properties: (ObjectProperty | SpreadExpr | ResourceDecl | ErrorNode)[];
}

/** A bare name: a parameter, variable, resource, module, loop variable, namespace (`sys`, `az`)... */
export interface VariableRef extends NodeBase {
  kind: 'Variable';
  name: string;
}

/** `name(args)` */
export interface CallExpr extends NodeBase {
  kind: 'Call';
  name: Identifier;
  args: Expression[];
}

/** `base.name(args)`: namespaced calls (`sys.concat(...)`, `az.resourceGroup()`) and resource methods (`kv.getSecret('x')`). */
export interface InstanceCallExpr extends NodeBase {
  kind: 'InstanceCall';
  base: Expression;
  name: Identifier;
  args: Expression[];
}

/** `base.name`, or with `safe` `base.?name` */
export interface PropertyAccess extends NodeBase {
  kind: 'PropertyAccess';
  base: Expression;
  name: Identifier;
  safe: boolean;
}

/** `base[index]`; `safe` for `[?...]`, `fromEnd` for `[^...]` */
export interface IndexAccess extends NodeBase {
  kind: 'IndexAccess';
  base: Expression;
  index: Expression;
  safe: boolean;
  fromEnd: boolean;
}

/** `parent::child` */
export interface ResourceAccess extends NodeBase {
  kind: 'ResourceAccess';
  base: Expression;
  name: Identifier;
}

/** Postfix `base!` */
export interface NonNullAssertion extends NodeBase {
  kind: 'NonNull';
  base: Expression;
}

export type UnaryOperator = '!' | '-' | '+';

export interface UnaryExpr extends NodeBase {
  kind: 'Unary';
  operator: UnaryOperator;
  operand: Expression;
}

export type BinaryOperator =
  | '??' | '||' | '&&'
  | '==' | '!=' | '=~' | '!~'
  | '<' | '<=' | '>' | '>='
  | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr extends NodeBase {
  kind: 'Binary';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface TernaryExpr extends NodeBase {
  kind: 'Ternary';
  condition: Expression;
  whenTrue: Expression;
  whenFalse: Expression;
}

export interface ParenExpr extends NodeBase {
  kind: 'Paren';
  inner: Expression;
}

/** `x => body` or `(a, b) => body` */
export interface LambdaExpr extends NodeBase {
  kind: 'Lambda';
  params: Identifier[];
  body: Expression;
}

/** `[for item in iterable: body]`, `[for (item, index) in iterable: body]`; body may be `if (cond) {...}` */
export interface ForExpr extends NodeBase {
  kind: 'For';
  item: Identifier | null;
  index: Identifier | null;
  iterable: Expression;
  body: Expression;
}

/** `if (condition) { ... }` as the body of a resource, module or resource loop. */
export interface IfExpr extends NodeBase {
  kind: 'If';
  condition: Expression;
  body: ObjectExpr | ErrorNode;
}

// ------------------------------------------------------------------ types

export type TypeExpression =
  | TypeRef
  | TypePropertyAccess
  | TypeIndexAccess
  | TypeItemsAccess
  | TypeAdditionalPropertiesAccess
  | ParameterizedType
  | StringLiteralType
  | IntegerLiteralType
  | BooleanLiteralType
  | NullLiteralType
  | UnaryLiteralType
  | ArrayType
  | NullableType
  | NonNullableType
  | UnionType
  | ObjectType
  | TupleType
  | ParenType
  | ResourceTypeRef
  | ErrorNode;

/** `string`, `int`, `myType`, `ns` (before `.x`) */
export interface TypeRef extends NodeBase {
  kind: 'TypeRef';
  name: string;
}

/** `ns.myType`, `sys.string`, `myType.prop` */
export interface TypePropertyAccess extends NodeBase {
  kind: 'TypePropertyAccess';
  base: TypeExpression;
  name: Identifier;
}

/** `myTuple[0]` */
export interface TypeIndexAccess extends NodeBase {
  kind: 'TypeIndexAccess';
  base: TypeExpression;
  index: Expression;
}

/** `myArray[*]` */
export interface TypeItemsAccess extends NodeBase {
  kind: 'TypeItemsAccess';
  base: TypeExpression;
}

/** `myObject.*` */
export interface TypeAdditionalPropertiesAccess extends NodeBase {
  kind: 'TypeAdditionalPropertiesAccess';
  base: TypeExpression;
}

/** `resourceInput<'T@v'>`, `resourceOutput<'T@v'>.properties`, `sys.resourceInput<...>` */
export interface ParameterizedType extends NodeBase {
  kind: 'ParameterizedType';
  /** Set for the `sys.resourceInput<...>` form */
  base: TypeExpression | null;
  name: Identifier;
  args: TypeExpression[];
}

export interface StringLiteralType extends NodeBase {
  kind: 'StringType';
  value: StringExpr;
}

export interface IntegerLiteralType extends NodeBase {
  kind: 'IntegerType';
  value: number;
  raw: string;
}

export interface BooleanLiteralType extends NodeBase {
  kind: 'BooleanType';
  value: boolean;
}

export interface NullLiteralType extends NodeBase {
  kind: 'NullType';
}

/** `-1`, `!true` as literal types */
export interface UnaryLiteralType extends NodeBase {
  kind: 'UnaryType';
  operator: UnaryOperator;
  operand: TypeExpression;
}

/** `T[]` */
export interface ArrayType extends NodeBase {
  kind: 'ArrayType';
  element: TypeExpression;
}

/** `T?` */
export interface NullableType extends NodeBase {
  kind: 'NullableType';
  inner: TypeExpression;
}

/** `T!` */
export interface NonNullableType extends NodeBase {
  kind: 'NonNullableType';
  inner: TypeExpression;
}

/** `'a' | 'b'` (a leading `|` is allowed) */
export interface UnionType extends NodeBase {
  kind: 'UnionType';
  members: TypeExpression[];
}

export interface ObjectTypeProperty extends NodeBase {
  kind: 'ObjectTypeProperty';
  decorators: Decorator[];
  key: Identifier | StringExpr;
  value: TypeExpression;
}

/** `*: T` */
export interface ObjectTypeAdditionalProperties extends NodeBase {
  kind: 'ObjectTypeAdditionalProperties';
  decorators: Decorator[];
  value: TypeExpression;
}

export interface ObjectType extends NodeBase {
  kind: 'ObjectType';
  properties: (ObjectTypeProperty | ObjectTypeAdditionalProperties | ErrorNode)[];
}

export interface TupleTypeItem extends NodeBase {
  kind: 'TupleTypeItem';
  decorators: Decorator[];
  value: TypeExpression;
}

/** `[string, int]` */
export interface TupleType extends NodeBase {
  kind: 'TupleType';
  items: (TupleTypeItem | ErrorNode)[];
}

export interface ParenType extends NodeBase {
  kind: 'ParenType';
  inner: TypeExpression;
}

/** `param p resource 'T@v'`, `output o resource 'T@v' = ...` (the type string is optional for outputs) */
export interface ResourceTypeRef extends NodeBase {
  kind: 'ResourceTypeRef';
  resourceType: StringExpr | null;
}

export type Node =
  | Program
  | Statement
  | Decorator
  | Identifier
  | Expression
  | SpreadExpr
  | ObjectProperty
  | TypeExpression
  | FuncParam
  | ImportedSymbol
  | ObjectTypeProperty
  | ObjectTypeAdditionalProperties
  | TupleTypeItem;
