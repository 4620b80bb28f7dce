/**
 * A progress line on stderr for long lint runs, only on a terminal: after a
 * short delay (quick runs stay silent) and redrawn at most ten times a second.
 */
const DELAY_MS = 500;
const REDRAW_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** erases the line before results are printed */
  finish(): void;
}

export function progressLine(stream: NodeJS.WriteStream, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { update: () => {}, finish: () => {} };
  const start = now();
  let drawnAt = 0;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - start < DELAY_MS || time - drawnAt < REDRAW_MS) return;
      drawnAt = time;
      drawn = true;
      stream.write(`\rmoat lint: ${done}/${total} templates`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
