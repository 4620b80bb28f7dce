/** Writes a folder tree into a fresh temp folder: the lint tests need .git and node_modules, which git can't hold. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../support/scratch.js';

export type Tree = Record<string, string>;

export function writeTree(tree: Tree): string {
  const root = scratchDir('lint');
  for (const [file, text] of Object.entries(tree)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

/** The smallest ARM template, with `resources` given as JSON text. */
export const armTemplate = (resources = '[]', extra = ''): string =>
  `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",${extra}\n  "resources": ${resources}\n}\n`;

export const armParameters = (values: Record<string, unknown>): string =>
  JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])),
    },
    null,
    2,
  );
