import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  homepage: string;
};

export const VERSION: string = pkg.version;
/** Rule docs live in README.md under `### <rule-id>`; `docs` anchors are relative to this. */
export const DOCS_URL: string = pkg.homepage.replace(/#.*$/, '');
