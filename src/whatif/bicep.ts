/** `.bicep` -> ARM JSON through the Bicep CLI, when one is on PATH. */
import { spawnSync } from 'node:child_process';
import { InputError } from '../errors.js';

const INSTALL_HINT =
  'install the Bicep CLI (https://aka.ms/bicep/install) so `bicep` is on PATH, ' +
  'or compile it yourself (`az bicep build --file FILE`) and pass the .json';

/** Bicep's diagnostics look like `/path/main.bicep(12,5) : Error BCP057: The name "x" does not exist`. */
const DIAGNOSTIC = /^(.*)\((\d+),(\d+)\)\s*:\s*Error\s+(\S+):\s*(.*)$/m;

export function compileBicep(file: string): string {
  const run = spawnSync('bicep', ['build', '--stdout', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'cannot compile Bicep: no `bicep` on PATH' : `cannot run bicep (${code ?? run.error.message})`, { file }, INSTALL_HINT);
  }
  if (run.status !== 0) {
    const diag = DIAGNOSTIC.exec(run.stderr);
    if (diag) {
      throw new InputError(`${diag[4]}: ${diag[5]}`, { file, line: Number(diag[2]), column: Number(diag[3]) }, 'bicep build rejected the file');
    }
    const first = run.stderr.split(/\r?\n/).find((l) => l.trim() !== '') ?? `exit code ${run.status}`;
    throw new InputError(`bicep build failed: ${first.trim()}`, { file });
  }
  return run.stdout;
}
