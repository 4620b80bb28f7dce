import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const ROOT = PACKAGE_ROOT;
export const fixture = (...parts: string[]): string => path.join(ROOT, 'test', 'fixtures', ...parts);
/** The compiled CLI next to this compiled test (dist/ or a helper's dist-*). */
export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/cli/main.js');
