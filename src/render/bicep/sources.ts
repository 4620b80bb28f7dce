/**
 * The template sources under templates/ (templates by path, partials by name),
 * read when templates.generated.ts is written or checked, never by a run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR } from '../../paths.js';

export interface TemplateSources {
  /** `modules/network.bicep.hbs` -> text */
  templates: Record<string, string>;
  /** `header` -> text (templates/partials/header.hbs) */
  partials: Record<string, string>;
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
  for (const file of hbsFiles(TEMPLATES_DIR)) {
    const text = readFileSync(path.join(TEMPLATES_DIR, file), 'utf8');
    if (file.startsWith(`${PARTIALS}/`)) partials[path.posix.basename(file, '.hbs')] = text;
    else templates[file] = text;
  }
  return { templates, partials };
}
