import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (holds package.json, templates/, schemas/), found from the compiled file's place. */
function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('moat: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
export const SCHEMAS_DIR = path.join(PACKAGE_ROOT, 'schemas');
