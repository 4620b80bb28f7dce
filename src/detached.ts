/**
 * A copy of a string that shares no memory with the one it came from. V8
 * keeps a substring (and a string built from one) as a view of its parent, so
 * a name read from a template keeps the whole file's text alive for as long
 * as anything holds it: a finding's message, a memo key. What outlives the
 * file it was read from goes through here.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
