/** Seeded randomness and text mutations shared by the fuzz tests and the bench corpus, so failures replay. */

/** mulberry32: small, fast, seeded, reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random damage to a text: truncate, delete a span, insert a snippet, duplicate a span, or change a character. */
export function mutate(text: string, next: () => number, snippets: readonly string[]): string {
  const at = Math.floor(next() * text.length);
  switch (Math.floor(next() * 5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 40));
    case 2:
      return text.slice(0, at) + snippets[Math.floor(next() * snippets.length)]! + text.slice(at);
    case 3: {
      const end = Math.min(text.length, at + Math.floor(next() * 200));
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    }
    default:
      return text.slice(0, at) + String.fromCharCode(Math.floor(next() * 128)) + text.slice(at + 1);
  }
}

/** One to three mutations of a text, as the fuzz tests and the bench's fuzz run damage their inputs. */
export function mutated(text: string, next: () => number, snippets: readonly string[]): string {
  let result = text;
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) result = mutate(result, next, snippets);
  return result;
}

/** What mutate() inserts into ARM templates: JSON punctuation, limits and expressions each front-end bound must survive. */
export const ARM_SNIPPETS: readonly string[] = [
  '{', '}', '[', ']', ',', ':', '"', "'", '(', ')', '[[', '//', '/*', 'null', 'true', '-1', '801', '1e309', '0.5',
  '"copy": { "name": "n", "count": 800 },', '"copy": [{ "name": "p", "count": 3, "input": "[copyIndex(\'p\')]" }],',
  '"[concat(', '"[parameters(\'nope\')]"', '"[variables(variables(\'x\'))]"', '"[copyIndex()]"', '"[reference(\'x\').y[0]]"',
  '"[range(0, 10000)]"', '"[json(\'{\')]"', '"resources": [{}],', '"type": "Microsoft.Resources/deployments",',
  '"template": { "resources": [] },', '"expressionEvaluationOptions": { "scope": "inner" },', '"condition": "[x()]",',
  '\n', '\r\n', '"[reference(\'net\').outputs]"', '"[reference(resourceId(\'Microsoft.Resources/deployments\', \'net\'), \'1\', \'Full\').properties.outputs.subnetId.value]"',
  '"outputs": { "o": { "type": "string", "value": "[reference(\'net\').outputs.o.value]" } },', '"nullable": true,',
];
