/**
 * The template sources under templates/ (templates by path, partials by name)
 * and a hash of them together with the Handlebars version, which tells whether
 * the precompiled templates are still theirs.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { TEMPLATES_DIR } from '../../paths.js';

export interface TemplateSources {
  /** `modules/network.bicep.hbs` -> text */
  templates: Record<string, string>;
  /** `header` -> text (templates/partials/header.hbs) */
  partials: Record<string, string>;
  hash: string;
}

const PARTIALS = 'partials';

function hbsFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return hbsFiles(path.join(dir, entry.name), relative);
      return entry.name.endsWith('.hbs') ? [relative] : [];
    })
    .sort();
}

export function readTemplateSources(): TemplateSources {
  const templates: Record<string, string> = {};
  const partials: Record<string, string> = {};
  const hash = createHash('sha256').update(`handlebars ${(createRequire(import.meta.url)('handlebars/package.json') as { version: string }).version}\0`);
  for (const file of hbsFiles(TEMPLATES_DIR)) {
    const text = readFileSync(path.join(TEMPLATES_DIR, file), 'utf8');
    if (file.startsWith(`${PARTIALS}/`)) partials[path.posix.basename(file, '.hbs')] = text;
    else templates[file] = text;
    hash.update(`${file}\0${text}\0`);
  }
  return { templates, partials, hash: hash.digest('hex') };
}
