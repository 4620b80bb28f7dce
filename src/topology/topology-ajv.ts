/**
 * The ajv that knows the topology schema's formats and keywords. Only build
 * time (gen-validator.ts) and tests compile with it: at run time the loader uses
 * the standalone validator generated from it, so a run doesn't load ajv.
 */
import { Ajv, type CodeOptions } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { IPV4_CIDR, NSG_SOURCE } from './formats.js';

// ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;

export interface TopologyAjvOptions {
  useDefaults: boolean;
  /** ajv's code options: `{ source: true }` keeps the generated code for standalone output */
  code?: CodeOptions;
}

export function createTopologyAjv(options: TopologyAjvOptions): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    useDefaults: options.useDefaults,
    verbose: true,
    strict: true,
    strictRequired: false,
    ...(options.code ? { code: options.code } : {}),
  });
  addFormats(ajv, ['ipv4', 'uuid']);
  ajv.addFormat('ipv4-cidr', IPV4_CIDR);
  ajv.addFormat('nsg-source', NSG_SOURCE);
  // Documents a default computed in code (defaults.ts); ajv only needs to accept it.
  ajv.addKeyword({ keyword: 'x-derivedDefault', schemaType: 'string' });
  return ajv;
}
