/**
 * Test support: tree-sitter-bicep (through web-tree-sitter and the package's
 * WASM build) as an independent check that generated Bicep is classic,
 * editor-friendly syntax, and a decoder for Bicep string literals so tests
 * can compare what a template says with what the user wrote.
 */
import path from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { ROOT } from '../support/paths.js';

let parser: Promise<Parser> | undefined;

function loadParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const bicep = await Language.load(path.join(ROOT, 'node_modules', 'tree-sitter-bicep', 'tree-sitter-bicep.wasm'));
    return new Parser().setLanguage(bicep);
  })();
  return parser;
}

/** Every ERROR and MISSING node of the parse, as `line:column kind "text"`. */
export async function syntaxProblems(text: string): Promise<string[]> {
  const tree = (await loadParser()).parse(text);
  if (!tree) return ['tree-sitter returned no tree'];
  const problems: string[] = [];
  const visit = (node: Node): void => {
    if (node.isError || node.isMissing) {
      problems.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.isMissing ? 'MISSING' : 'ERROR'} ${JSON.stringify(node.text.slice(0, 60))}`);
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return problems;
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' };

/** The text a Bicep single-quoted literal (`'O\'Brien'`) stands for; throws on anything else. */
export function decodeBicepString(literal: string): string {
  if (!literal.startsWith("'") || !literal.endsWith("'") || literal.length < 2) throw new Error(`not a Bicep string literal: ${literal}`);
  return literal.slice(1, -1).replace(/\\(u\{([0-9A-Fa-f]+)\}|.)/gsu, (whole, escape: string, hex: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    const decoded = SIMPLE_ESCAPES[escape];
    if (decoded === undefined) throw new Error(`unknown escape ${whole} in ${literal}`);
    return decoded;
  });
}
