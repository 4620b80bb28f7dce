/**
 * A what-if result as text, in the layout az prints (`az deployment group
 * what-if`): the noise note, the legend, changes per scope, the summary line,
 * potential changes, diagnostics. moat adds one thing: known noise (noise.ts)
 * is dimmed, listed one line per property and counted apart, unless
 * `showNoise` asks for az's output as it is.
 */
import { isNoiseOnly, type ClassifiedChange, type NoisyProperty } from './noise.js';
import type { ChangeType, Diagnostic, Json, PropertyChange, PropertyChangeType } from './types.js';
import { CHANGE_TYPES } from './types.js';
import { countByType, type WhatIfView } from './view.js';

/** az's 256-colour palette. */
const COLOR = {
  green: '\x1b[38;5;77m',
  orange: '\x1b[38;5;208m',
  purple: '\x1b[38;5;141m',
  blue: '\x1b[38;5;39m',
  gray: '\x1b[38;5;246m',
  red: '\x1b[38;5;203m',
  darkYellow: '\x1b[38;5;136m',
  reset: '\x1b[0m',
} as const;
type Color = (typeof COLOR)[keyof typeof COLOR];

type LegendType = ChangeType | 'NoEffect';

const CHANGE: Record<LegendType, { symbol: string; color: Color; weight: number; title: string }> = {
  Delete: { symbol: '-', color: COLOR.orange, weight: 0, title: 'Delete' },
  Create: { symbol: '+', color: COLOR.green, weight: 1, title: 'Create' },
  Deploy: { symbol: '!', color: COLOR.blue, weight: 2, title: 'Deploy' },
  Modify: { symbol: '~', color: COLOR.purple, weight: 3, title: 'Modify' },
  NoChange: { symbol: '=', color: COLOR.reset, weight: 4, title: 'Nochange' },
  Unsupported: { symbol: 'x', color: COLOR.gray, weight: 5, title: 'Unsupported' },
  Ignore: { symbol: '*', color: COLOR.gray, weight: 6, title: 'Ignore' },
  NoEffect: { symbol: 'x', color: COLOR.gray, weight: 7, title: 'Noeffect' },
};

const PROPERTY: Record<PropertyChangeType, { symbol: string; color: Color; weight: number }> = {
  Delete: { symbol: '-', color: COLOR.orange, weight: 0 },
  Create: { symbol: '+', color: COLOR.green, weight: 1 },
  Modify: { symbol: '~', color: COLOR.purple, weight: 2 },
  Array: { symbol: '~', color: COLOR.purple, weight: 2 },
  NoEffect: { symbol: 'x', color: COLOR.gray, weight: 3 },
};

const DIAGNOSTIC_COLOR: Record<Diagnostic['level'], Color> = { Error: COLOR.red, Warning: COLOR.darkYellow, Info: COLOR.reset };

const COUNT_WORDS: Record<ChangeType, string> = {
  Create: 'to create',
  Delete: 'to delete',
  Deploy: 'to deploy',
  Modify: 'to modify',
  Ignore: 'to ignore',
  NoChange: 'no change',
  Unsupported: 'unsupported',
};

/** Appends text with a stack of colours; with colour off it is a plain string builder. */
class Out {
  private readonly parts: string[] = [];
  private readonly colors: Color[] = [];
  constructor(private readonly color: boolean) {}

  text(value: string, color?: Color): this {
    if (color) this.push(color);
    this.parts.push(value);
    if (color) this.pop();
    return this;
  }
  line(value = '', color?: Color): this {
    return this.text(`${value}\n`, color);
  }
  scoped(color: Color, body: () => void): void {
    this.push(color);
    body();
    this.pop();
  }
  indent(level = 1): this {
    return this.text('  '.repeat(level));
  }
  build(): string {
    return this.parts.join('');
  }
  private push(color: Color): void {
    if (!this.color) return;
    this.colors.push(color);
    this.parts.push(color);
  }
  private pop(): void {
    if (!this.color) return;
    this.colors.pop();
    this.parts.push(this.colors[this.colors.length - 1] ?? COLOR.reset);
  }
}

export interface TextOptions {
  color: boolean;
  /** Print known noise as az does: not dimmed, counted with the rest. */
  showNoise: boolean;
}

export function renderText(view: WhatIfView, options: TextOptions): string {
  const out = new Out(options.color);
  out.line('Note: The result may contain false positive predictions (noise).');
  out.line('You can help us improve the accuracy of the result by opening an issue here: https://aka.ms/WhatIfIssues');
  out.line();
  legend(out, view.changes);
  resourceChanges(out, view.changes, true);
  stats(out, view.changes, true);
  noiseStats(out, [...view.changes, ...view.potentialChanges], options.showNoise);
  resourceChanges(out, view.potentialChanges, false);
  stats(out, view.potentialChanges, false);
  diagnostics(out, view);
  return `${out.build()}\n`;
}

function legend(out: Out, changes: ClassifiedChange[]): void {
  if (changes.length === 0) return;
  const present = new Set<LegendType>();
  const addProperties = (props: PropertyChange[]): void => {
    for (const p of props) {
      present.add(p.propertyChangeType === 'Array' ? 'Modify' : p.propertyChangeType);
      addProperties(p.children ?? []);
    }
  };
  for (const c of changes) {
    present.add(c.change.changeType);
    addProperties(c.signal);
    addProperties(c.noise.map((n) => n.change));
  }
  const types = [...present].sort((a, b) => CHANGE[a].weight - CHANGE[b].weight);
  out.text('Resource and property changes are indicated with ').line(types.length === 1 ? 'this symbol:' : 'these symbols:');
  for (const type of types) {
    out.indent().text(CHANGE[type].symbol, CHANGE[type].color).text(' ').line(CHANGE[type].title);
  }
}

/** `/subscriptions/s/resourceGroups/rg/providers/A.B/c/d` -> scope `/subscriptions/s/resourceGroups/rg`, relative `A.B/c/d`. */
export function splitResourceId(resourceId: string): { scope: string; relative: string } {
  const at = resourceId.toLowerCase().lastIndexOf('/providers/');
  if (at >= 0) return { scope: resourceId.slice(0, at), relative: resourceId.slice(at + '/providers/'.length) };
  const rg = /^(\/subscriptions\/[^/]+)\/(resourceGroups\/[^/]+)$/i.exec(resourceId);
  if (rg) return { scope: rg[1]!, relative: rg[2]! };
  return { scope: resourceId, relative: resourceId };
}

function resourceChanges(out: Out, changes: ClassifiedChange[], definite: boolean): void {
  if (changes.length === 0) return;
  const byScope = new Map<string, ClassifiedChange[]>();
  for (const c of changes) {
    const key = splitResourceId(c.change.resourceId).scope.toUpperCase();
    byScope.set(key, [...(byScope.get(key) ?? []), c]);
  }
  out.line();
  out.text(definite ? 'The deployment will update the following ' : 'The following change MAY OR MAY NOT be deployed to the following ');
  out.line(byScope.size === 1 ? 'scope:' : 'scopes:');
  for (const key of [...byScope.keys()].sort()) {
    const inScope = byScope.get(key)!;
    out.line().line(`Scope: ${splitResourceId(inScope[0]!.change.resourceId).scope}`);
    const sorted = [...inScope].sort(
      (a, b) =>
        CHANGE[a.change.changeType].weight - CHANGE[b.change.changeType].weight ||
        compare(splitResourceId(a.change.resourceId).relative, splitResourceId(b.change.resourceId).relative),
    );
    for (const c of sorted) resourceChange(out, c, c === sorted[sorted.length - 1]);
  }
}

function resourceChange(out: Out, c: ClassifiedChange, isLast: boolean): void {
  const { change } = c;
  const dim = isNoiseOnly(c);
  const color = dim ? COLOR.gray : CHANGE[change.changeType].color;
  out.scoped(color, () => {
    out.line();
    out.indent().text(`${CHANGE[change.changeType].symbol} ${splitResourceId(change.resourceId).relative}`);
    const apiVersion = (change.before ?? change.after)?.apiVersion;
    if (typeof apiVersion === 'string') out.scoped(COLOR.reset, () => out.text(` [${apiVersion}]`));
    if (change.changeType === 'Create' && change.after) {
      json(out, change.after, 2);
    } else if (change.changeType === 'Delete' && change.before) {
      json(out, change.before, 2);
    } else if (c.signal.length > 0 || c.noise.length > 0) {
      out.scoped(COLOR.reset, () => {
        out.line();
        propertyChanges(out, sortProperties(c.signal), 2);
        noiseLines(out, c.noise, 2);
      });
    } else if (isLast) {
      out.line();
    }
  });
}

function noiseLines(out: Out, noise: NoisyProperty[], level: number): void {
  for (const n of noise) {
    out.scoped(COLOR.gray, () => {
      out.indent(level).line(`${PROPERTY[n.change.propertyChangeType].symbol} ${n.path}  (noise: ${n.why})`);
    });
  }
}

function stats(out: Out, changes: ClassifiedChange[], definite: boolean): void {
  if (definite) {
    out.line().text('Resource changes: ');
    if (changes.length === 0) {
      out.text('no change.');
      return;
    }
  } else if (changes.length > 0) {
    out.line().text('Potential changes: ');
  } else {
    return;
  }
  const counts = countByType(changes);
  out.text(CHANGE_TYPES.filter((t) => counts[t] > 0).map((t) => `${counts[t]} ${COUNT_WORDS[t]}`).join(', ')).text('.');
}

function noiseStats(out: Out, changes: ClassifiedChange[], showNoise: boolean): void {
  const properties = changes.reduce((n, c) => n + c.noise.length, 0);
  if (showNoise || properties === 0) return;
  const resources = changes.filter((c) => c.noise.length > 0).length;
  const only = changes.filter(isNoiseOnly).length;
  out.line();
  out.text(
    `Known noise (dimmed, not counted above): ${plural(properties, 'property change')} on ${plural(resources, 'resource')}` +
      (only > 0 ? `, ${only} of them changed by noise alone` : '') +
      '; --show-noise prints them as az does.',
    COLOR.gray,
  );
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function diagnostics(out: Out, view: WhatIfView): void {
  const unsupported = [...view.changes, ...view.potentialChanges].filter((c) => c.change.changeType === 'Unsupported');
  const total = unsupported.length + view.diagnostics.length;
  if (total === 0) return;
  out.line().line();
  out.line(`Diagnostics (${total}): `);
  for (const c of unsupported) {
    out.line(`${splitResourceId(c.change.resourceId).relative} (Unsupported) ${c.change.unsupportedReason ?? ''}`, COLOR.darkYellow);
  }
  for (const d of view.diagnostics) {
    out.line(`${d.target} (${d.code}) ${d.message}`, DIAGNOSTIC_COLOR[d.level]);
  }
}

// --- property changes -------------------------------------------------------

function sortProperties(changes: PropertyChange[]): PropertyChange[] {
  return [...changes].sort((a, b) => PROPERTY[a.propertyChangeType].weight - PROPERTY[b.propertyChangeType].weight || compare(a.path, b.path));
}

function propertyChanges(out: Out, changes: PropertyChange[], level: number): void {
  const width = Math.max(0, ...changes.filter(alignsPath).map((c) => c.path.length));
  for (const change of changes) {
    propertyChange(out, change, width, level);
    out.line();
  }
}

/** Only leaf values line up their colons; arrays, objects and nested changes don't. */
function alignsPath(c: PropertyChange): boolean {
  switch (c.propertyChangeType) {
    case 'Create':
      return isLeaf(c.after);
    case 'Delete':
    case 'Modify':
      return isLeaf(c.before);
    default:
      return !c.children || c.children.length === 0;
  }
}

function propertyChange(out: Out, change: PropertyChange, width: number, level: number): void {
  const { before, after, children } = change;
  switch (change.propertyChangeType) {
    case 'Create':
      propertyPath(out, change, after, width, level);
      colored(out, COLOR.green, after, level + 1);
      return;
    case 'Delete':
      propertyPath(out, change, before, width, level);
      colored(out, COLOR.orange, before, level + 1);
      return;
    case 'Modify':
      propertyPath(out, change, before, width, level);
      if (children && children.length > 0) {
        out.line().line();
        propertyChanges(out, sortProperties(children), level + 1);
        return;
      }
      colored(out, COLOR.orange, before, level + 1);
      if (isNonEmptyObject(before)) out.line().indent(level + 1);
      else out.text(' ');
      out.text('=>');
      if (!isNonEmptyObject(after)) out.text(' ');
      colored(out, COLOR.green, after, level + 1);
      if (!isLeaf(before) && isLeaf(after)) out.line();
      return;
    case 'Array':
      propertyPath(out, change, children, width, level);
      arrayChange(out, change, children ?? [], level + 1);
      return;
    case 'NoEffect':
      propertyPath(out, change, after, width, level);
      colored(out, COLOR.gray, after, level + 1);
      return;
  }
}

function propertyPath(out: Out, change: PropertyChange, value: unknown, width: number, level: number): void {
  if (!change.path) return;
  let padding = width - change.path.length + 1;
  if (Array.isArray(value) && value.length > 0) padding = 1;
  if (isNonEmptyObject(value)) padding = 0;
  if (change.propertyChangeType === 'Modify' && change.children && change.children.length > 0) padding = 0;
  const style = PROPERTY[change.propertyChangeType];
  out.indent(level).text(style.symbol, style.color).text(' ').text(change.path).text(':', COLOR.reset).text(' '.repeat(Math.max(0, padding)));
}

function arrayChange(out: Out, parent: PropertyChange, children: PropertyChange[], level: number): void {
  let at = level;
  if (!parent.path) {
    // A nested array change has no path of its own: its bracket goes where the path would.
    at -= 1;
    out.indent(at);
  }
  if (children.length === 0) {
    out.line('[]');
    return;
  }
  out.text('[').line();
  const sorted = [...children].sort((a, b) => Number(a.path) - Number(b.path) || PROPERTY[a.propertyChangeType].weight - PROPERTY[b.propertyChangeType].weight);
  propertyChanges(out, sorted, at);
  out.indent(at).text(']');
}

function colored(out: Out, color: Color, value: Json | undefined, level: number): void {
  out.scoped(color, () => json(out, value ?? null, level));
}

// --- JSON values, az style --------------------------------------------------

function json(out: Out, value: Json, level: number, path = '', width = 0): void {
  if (isLeaf(value)) {
    jsonPath(out, path, width - path.length + 1, level);
    leaf(out, value);
  } else if (Array.isArray(value)) {
    jsonPath(out, path, 1, level);
    jsonArray(out, value, level);
  } else if (isNonEmptyObject(value)) {
    jsonObject(out, value, level, path, width);
  }
}

function leaf(out: Out, value: Json): void {
  if (value === null) out.text('null');
  else if (typeof value === 'string') out.text(`"${value}"`);
  else if (Array.isArray(value)) out.text('[]');
  else if (typeof value === 'object') out.text('{}');
  else out.text(String(value));
}

function jsonArray(out: Out, value: Json[], level: number): void {
  out.text('[', COLOR.reset).line();
  const lastLeaf = value.reduce<number>((max, v, i) => (isLeaf(v) ? i : max), 0);
  const width = String(lastLeaf).length;
  value.forEach((child, index) => {
    if (isNonEmptyObject(child)) {
      jsonPath(out, String(index), 0, level + 1);
      jsonObject(out, child, level + 1);
    } else {
      json(out, child, level + 1, String(index), width);
    }
    out.line();
  });
  out.indent(level).text(']', COLOR.reset);
}

function jsonObject(out: Out, value: { [key: string]: Json }, level: number, path = '', width = 0): void {
  const root = path === '';
  let at = level;
  let w = width;
  if (root) {
    out.line().line();
    w = objectPathWidth(value);
    at += 1;
  }
  for (const [key, child] of Object.entries(value)) {
    json(out, child, at, root ? key : `${path}.${key}`, w);
    if (!isNonEmptyObject(child)) out.line();
  }
}

function jsonPath(out: Out, path: string, padding: number, level: number): void {
  if (!path) return;
  out.indent(level).text(path).text(':', COLOR.reset).text(' '.repeat(Math.max(0, padding)));
}

/** Arrays don't widen the column: a long path to an array would push every value far right. */
function objectPathWidth(value: { [key: string]: Json }): number {
  let width = 0;
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child) && child.length > 0) continue;
    width = Math.max(width, isNonEmptyObject(child) ? key.length + 1 + objectPathWidth(child) : key.length);
  }
  return width;
}

function isLeaf(value: unknown): boolean {
  return value === undefined || value === null || typeof value !== 'object' || (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0);
}

function isNonEmptyObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
}

/** Python's default string order (code points), which az sorts by. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
