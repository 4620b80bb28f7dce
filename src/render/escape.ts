/**
 * The one escape function per output language. Every user-written string
 * (names, tags, prefixes, descriptions) reaches generated text only through
 * one of these, so a quote, `${`, backslash or newline in a topology can't
 * break out of its literal or turn into an expression.
 */

const BICEP_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A Bicep single-quoted string literal. `${` would start an interpolation, so
 * its `$` is escaped; other control characters become `\u{..}` so the literal
 * stays on one line and survives editors that normalise whitespace.
 */
export function bicepString(text: string): string {
  const body = text.replace(/[\\'\n\r\t]|\$\{|[\u0000-\u001f\u007f\u2028\u2029]/g, (match) => {
    if (match === '${') return '\\${';
    return BICEP_ESCAPES[match] ?? `\\u{${match.charCodeAt(0).toString(16).toUpperCase()}}`;
  });
  return `'${body}'`;
}

/** A Bicep object key: bare when it is an identifier, else a string literal. */
export function bicepKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : bicepString(key);
}

/**
 * The value an ARM template must hold so that ARM reads `text` back as a
 * literal: ARM evaluates a string that starts with `[` and ends with `]` as an
 * expression, and its escape for that is a doubled `[[`. JSON.stringify of the
 * whole document then does the JSON escaping.
 */
export function armLiteral(text: string): string {
  return text.startsWith('[') && text.endsWith(']') ? `[${text}` : text;
}

/** A POSIX shell word that the shell reads back as exactly `text` (single quotes; `'` as `'\''`). */
export function shellString(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
