/**
 * The render pipeline: a validated topology and its planned graph -> every
 * output file (relative path -> text) for the chosen target. renderAll is
 * pure; generateFromFile adds reading and validating the topology; write.ts
 * puts the result on disk.
 */
import type { Graph } from '../graph/types.js';
import type { Finding } from '../lint/types.js';
import type { Topology } from '../topology/types.js';
import { validateTopologyFile } from '../validate.js';
import { ARM_PARAMETERS_FILE, ARM_TEMPLATE_FILE, renderArm } from './arm/index.js';
import { renderBicep } from './bicep/index.js';
import { renderMetaFor, type RenderMeta } from './header.js';
import { POST_DEPLOY_FILE, renderPostDeploy } from './post-deploy.js';

export type Target = 'bicep' | 'arm' | 'both';

/** Whether a file of this name is one the target writes (post-deploy.sh belongs to every target). */
export function ownedBy(target: Target): (relative: string) => boolean {
  return (relative) =>
    relative === POST_DEPLOY_FILE ||
    (target !== 'arm' && /\.(bicep|bicepparam)$/.test(relative)) ||
    (target !== 'bicep' && (relative === ARM_TEMPLATE_FILE || relative === ARM_PARAMETERS_FILE));
}

export function renderAll(topology: Topology, graph: Graph, target: Target, meta: RenderMeta): Map<string, string> {
  const files = new Map<string, string>();
  if (target !== 'arm') for (const [path, text] of renderBicep(topology, graph, meta)) files.set(path, text);
  if (target !== 'bicep') for (const [path, text] of renderArm(graph, meta)) files.set(path, text);
  const postDeploy = renderPostDeploy(graph, topology.cloud, meta);
  if (postDeploy !== undefined) files.set(POST_DEPLOY_FILE, postDeploy);
  return files;
}

export interface Generation {
  /** schema findings, rule findings and planner notes, sorted */
  findings: Finding[];
  /** the files, or undefined when a finding is an error (nothing may be generated then) */
  files: Map<string, string> | undefined;
}

/**
 * Load, validate, plan and render a topology file: what `moat generate` does
 * before writing. Headers name the topology relative to `headerBase`.
 */
export function generateFromFile(topologyPath: string, target: Target, headerBase = process.cwd()): Generation {
  const { loaded, graph, findings } = validateTopologyFile(topologyPath);
  if (!loaded.topology || !graph || findings.some((f) => f.level === 'error')) return { findings, files: undefined };
  return { findings, files: renderAll(loaded.topology, graph, target, renderMetaFor(topologyPath, headerBase)) };
}
