import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const ROOT = PACKAGE_ROOT;
export const fixture = (...parts: string[]): string => path.join(ROOT, 'test', 'fixtures', ...parts);
/** The bundled CLI, as users run it, beside this compiled test: dist/bin (or bin in a helper's own build folder). */
export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/main.js');
