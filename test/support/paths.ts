import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root, whether tests run from dist/test or elsewhere. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixture = (...parts: string[]): string => path.join(ROOT, 'test', 'fixtures', ...parts);
export const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
