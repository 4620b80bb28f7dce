/**
 * What a Bicep file refers to, read cheaply from its text (no parse), for
 * planning lint units: the local modules it calls, and for a .bicepparam file
 * the template it applies to.
 */
import path from 'node:path';
import { isExternalModule } from './modules.js';

const MODULE = /^[ \t]*module[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]+'([^'\r\n]*)'/gm;
const USING = /^[ \t]*using[ \t]+'([^'\r\n]*)'/m;

/** Absolute paths of the local modules a .bicep file calls. */
export function bicepModulePaths(text: string, file: string): string[] {
  if (!text.includes('module')) return [];
  return [...text.matchAll(MODULE)].map((m) => m[1]!).filter((p) => !isExternalModule(p)).map((p) => path.resolve(path.dirname(file), p));
}

/** The template a .bicepparam file applies to (absolute); undefined for `using none` or a registry target. */
export function bicepparamTarget(text: string, file: string): string | undefined {
  const target = USING.exec(text)?.[1];
  return target === undefined || isExternalModule(target) ? undefined : path.resolve(path.dirname(file), target);
}
