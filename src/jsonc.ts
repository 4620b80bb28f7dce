/**
 * jsonc-parser's functions, required rather than imported: the package is
 * CommonJS, and an ESM import of it makes Node scan its source for export
 * names at every start (a few ms of each `moat lint`). Types still come
 * from 'jsonc-parser' itself (`import type`), as do its const enums.
 */
import { createRequire } from 'node:module';
import type * as JsoncParser from 'jsonc-parser';

const jsoncParser = createRequire(import.meta.url)('jsonc-parser') as typeof JsoncParser;

export const { createScanner, getNodeValue, parse, printParseErrorCode, visit } = jsoncParser;
