/**
 * Bicep's diagnostics pragmas as moat suppressions: `#disable-next-line ID...`
 * silences the next line; `#disable-diagnostics ID...` silences from its line
 * until `#restore-diagnostics` names the ID again (or the file ends).
 * Read from the text by line, so linting doesn't lex a file twice.
 */

/** Suppressed rule IDs by the 1-based line they apply to. */
export type LineSuppressions = Map<number, Set<string>>;

const PRAGMA = /^[ \t]*#(disable-next-line|disable-diagnostics|restore-diagnostics)\b([^\r\n]*)/;

export function bicepSuppressions(text: string): LineSuppressions {
  const found: LineSuppressions = new Map();
  if (!text.includes('#disable-')) return found;
  const lines = text.split('\n');
  /** rule ID -> line its #disable-diagnostics starts at */
  const open = new Map<string, number>();
  const add = (line: number, id: string): void => {
    const set = found.get(line) ?? new Set<string>();
    set.add(id);
    found.set(line, set);
  };
  const close = (id: string, endLine: number): void => {
    const start = open.get(id);
    if (start === undefined) return;
    for (let line = start; line <= endLine; line++) add(line, id);
    open.delete(id);
  };
  lines.forEach((text, i) => {
    const match = PRAGMA.exec(text);
    if (!match) return;
    const line = i + 1;
    const ids = ruleIds(match[2]!);
    if (match[1] === 'disable-next-line') {
      for (let target = line + 1; target <= decoratedDeclarationLine(lines, line + 1); target++) ids.forEach((id) => add(target, id));
    }
    else if (match[1] === 'disable-diagnostics') ids.forEach((id) => open.has(id) || open.set(id, line));
    else ids.forEach((id) => close(id, line));
  });
  for (const id of [...open.keys()]) close(id, lines.length);
  return found;
}

const DECLARATION = /^[ \t]*(param|var|output|resource|module|type|func|metadata|import|extension|assert|test)\b/;
const MAX_DECORATOR_LINES = 100;

/**
 * Bicep reports a declaration's diagnostics from its first decorator, so a pragma above
 * `@description(...)` covers the declaration below its decorators; moat's findings sit on the
 * declaration's own line. Returns the last line the pragma covers (1-based).
 */
function decoratedDeclarationLine(lines: string[], next: number): number {
  if (!/^[ \t]*@/.test(lines[next - 1] ?? '')) return next;
  for (let line = next + 1; line <= Math.min(lines.length, next + MAX_DECORATOR_LINES); line++) {
    if (DECLARATION.test(lines[line - 1]!)) return line;
  }
  return next;
}

/** IDs after the pragma; a `//` comment or text after `--` is a reason. */
function ruleIds(text: string): string[] {
  const reason = /\/\/|--/.exec(text);
  return (reason ? text.slice(0, reason.index) : text).split(/[\s,]+/).filter((id) => id !== '');
}
