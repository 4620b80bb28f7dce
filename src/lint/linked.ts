/**
 * Linked templates (`templateLink.relativePath`) join their parent's graph, so
 * cross-resource rules see the whole deployment: a private endpoint in the
 * parent and its DNS zone in a module belong together. A module deploys where
 * its linking deployment targets, with the parameter values that deployment
 * passes inline (as the ARM front end evaluates them); passed through a
 * parametersLink, or by a deployment moat can't match, each parameter is
 * unknown and rules stay silent about what depends on it. The module's
 * template facts are checked when the module itself is linted, not here.
 */
import path from 'node:path';
import { parseJsoncValue } from '../jsonc-text.js';
import type { Graph, GraphResource } from '../graph/types.js';
import { Unknown } from '../graph/value.js';
import { readArmTemplate, type ArmReadOptions, type LinkedDeployment } from '../frontends/arm/index.js';
import { LIMITS } from '../frontends/arm/limits.js';
import { readSourceText } from './files.js';
import { linkedTemplates } from './units.js';

export interface LinkedFile {
  shownAs: string;
  text: string;
}

/**
 * The parent's graph with the resources of every template it links, through
 * any depth up to ARM's nesting limit; each linked file read once. `onRead`
 * sees each linked file's text (for its suppressions); `links` are the
 * parent's linking deployments, which say where each module deploys.
 */
export function withLinkedTemplates(
  parent: Graph,
  file: string,
  shownAs: string,
  text: string,
  onRead: (linked: LinkedFile) => void,
  links: readonly LinkedDeployment[],
  options: Pick<ArmReadOptions, 'cloud' | 'dependencies'>,
): Graph {
  const seen = new Set<string>([path.resolve(file)]);
  const resources: GraphResource[] = [...parent.resources];
  const files = [...parent.files];
  const visit = (from: string, fromShown: string, fromText: string, fromLinks: readonly LinkedDeployment[], depth: number): void => {
    if (depth > LIMITS.deploymentDepth) return;
    for (const target of linkedTemplates(fromText, from)) {
      if (seen.has(target)) continue;
      seen.add(target);
      const linkedText = readIfPossible(target);
      // A missing module is the deployment's problem to report; the parent still lints.
      if (linkedText === undefined) continue;
      const linkedShown = path.join(path.dirname(fromShown), path.relative(path.dirname(from), target));
      onRead({ shownAs: linkedShown, text: linkedText });
      // the module deploys where the linking deployment targets, with the parameter values it passes inline
      const link = fromLinks.find((l) => path.resolve(path.dirname(from), l.relativePath) === target);
      const reading = readArmTemplate(linkedText, linkedShown, { ...options, parameters: link?.parameters ?? parametersFromParent(linkedText), parametersComplete: link?.parameters !== undefined, ...(link ? { scope: link.scope } : {}) });
      // A module that doesn't parse is reported when the module itself is linted.
      if (reading.errors.length > 0) continue;
      const deployment = path.basename(target);
      for (const resource of reading.graph.resources) resources.push({ ...resource, deployment: resource.deployment ? `${deployment}/${resource.deployment}` : deployment });
      files.push(linkedShown);
      visit(target, linkedShown, linkedText, reading.linked, depth + 1);
    }
  };
  visit(path.resolve(file), shownAs, text, links, 1);
  return resources.length === parent.resources.length ? parent : { ...parent, resources, files };
}

/** Every parameter the module declares, as unknown: the parent decides them in a way moat can't read. */
function parametersFromParent(text: string): Record<string, Unknown> {
  // jsonc-parser's plain parse is far cheaper than the front end's positioned tree: names are all that's needed.
  const template = parseJsoncValue(text, [], { allowTrailingComma: true }) as { parameters?: unknown } | undefined;
  const declared = template?.parameters;
  const names = typeof declared === 'object' && declared !== null ? Object.keys(declared) : [];
  return Object.fromEntries(names.map((name) => [name, new Unknown(`parameter ${name} is passed by the parent deployment`)]));
}

function readIfPossible(file: string): string | undefined {
  try {
    return readSourceText(file);
  } catch {
    return undefined;
  }
}
