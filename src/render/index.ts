/**
 * The render pipeline: a validated topology and its planned graph -> every
 * output file (relative path -> text) for the chosen target. Pure; write.ts
 * puts the result on disk.
 */
import type { Graph } from '../graph/types.js';
import type { Topology } from '../topology/types.js';
import { renderArm } from './arm/index.js';
import { renderBicep } from './bicep/index.js';
import type { RenderMeta } from './header.js';
import { POST_DEPLOY_FILE, renderPostDeploy } from './post-deploy.js';

export const TARGETS = ['bicep', 'arm', 'both'] as const;
export type Target = (typeof TARGETS)[number];

export function renderAll(topology: Topology, graph: Graph, target: Target, meta: RenderMeta): Map<string, string> {
  const files = new Map<string, string>();
  if (target !== 'arm') for (const [path, text] of renderBicep(topology, graph, meta)) files.set(path, text);
  if (target !== 'bicep') for (const [path, text] of renderArm(graph, meta)) files.set(path, text);
  const postDeploy = renderPostDeploy(graph, meta);
  if (postDeploy !== undefined) files.set(POST_DEPLOY_FILE, postDeploy);
  return files;
}
