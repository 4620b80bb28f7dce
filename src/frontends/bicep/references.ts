/**
 * What a Bicep file refers to, read cheaply from its text (no parse), for
 * planning lint units: the local files it calls as modules or imports from,
 * and for a .bicepparam file the template it applies to.
 */
import path from 'node:path';
import { isExternalModule } from './modules.js';

const MODULE = /^[ \t]*module[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]+'([^'\r\n]*)'/gm;
// `import {a, b} from 'x'` (the list may span lines) and `import * as ns from 'x'`; not an extension's `import 'az@1'`
const IMPORT = /^[ \t]*import\b[^'/]*\bfrom[ \t]+'([^'\r\n]*)'/gm;
const USING = /^[ \t]*using[ \t]+'([^'\r\n]*)'/m;

/** Absolute paths of the local files a .bicep file reads: the modules it calls, and the files it imports from. */
export function bicepLocalReferences(text: string, file: string): { modules: string[]; imports: string[] } {
  const local = (matches: Iterable<RegExpMatchArray>): string[] =>
    [...matches].map((m) => m[1]!).filter((p) => !isExternalModule(p)).map((p) => path.resolve(path.dirname(file), p));
  return {
    modules: text.includes('module') ? local(text.matchAll(MODULE)) : [],
    imports: text.includes('import') ? local(text.matchAll(IMPORT)) : [],
  };
}

const DEPLOYS = /^[ \t]*(resource|module)[ \t]/m;

/** Whether a .bicep file declares resources or modules, which it deploys only when deployed itself (not when imported from). */
export function bicepDeploysAnything(text: string): boolean {
  return DEPLOYS.test(text);
}

/** The template a .bicepparam file applies to (absolute); undefined for `using none` or a registry target. */
export function bicepparamTarget(text: string, file: string): string | undefined {
  const target = USING.exec(text)?.[1];
  return target === undefined || isExternalModule(target) ? undefined : path.resolve(path.dirname(file), target);
}
