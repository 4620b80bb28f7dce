/**
 * Two views of the topology schema for the TypeScript types: what a user may
 * write (interface names end in Input), and the effective topology after the
 * loader's defaults (every defaulted field required, derived defaults non-null).
 * The validation-only keywords go: they don't change a value's shape.
 */
export type SchemaObject = { [key: string]: unknown };

/** Keywords that constrain values but don't change the TypeScript shape. */
const VALIDATION_ONLY = ['if', 'then', 'else', 'allOf', 'contains', '$id', '$schema'];

const isNode = (v: unknown): v is SchemaObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rewrites every subschema: `rename` gives the interface name from its title, and
 * `effective` makes defaulted properties required (a derived default also drops `null`).
 */
function transform(node: SchemaObject, rename: (title: string) => string, effective: boolean): SchemaObject {
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (VALIDATION_ONLY.includes(key)) continue;
    if (key === 'title' && typeof value === 'string') out[key] = rename(value);
    else if (key === 'properties' && isNode(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, isNode(sub) ? transform(sub, rename, effective) : sub]),
      );
    } else if ((key === 'items' || key === 'additionalProperties' || key === 'propertyNames') && isNode(value)) {
      out[key] = transform(value, rename, effective);
    } else out[key] = value;
  }
  if (effective && isNode(node.properties)) {
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    const properties = out.properties as Record<string, SchemaObject>;
    for (const [name, sub] of Object.entries(properties)) {
      const derived = 'x-derivedDefault' in sub;
      if (!derived && !('default' in sub)) continue;
      required.add(name);
      if (derived && Array.isArray(sub.type)) {
        const types = sub.type.filter((t) => t !== 'null');
        sub.type = types.length === 1 ? types[0] : types;
      }
    }
    out.required = [...required];
  }
  return out;
}


export const inputView = (schema: SchemaObject): SchemaObject => transform(schema, (title) => `${title}Input`, false);

export const effectiveView = (schema: SchemaObject): SchemaObject => transform(schema, (title) => title, true);
