import type { SourceLocation } from './graph/value.js';

/**
 * Input that can't be read or parsed, or a bad command line: exit 2 with one
 * line `file:line:col: message (hint)`. Everything the CLI prints for a failure
 * goes through this type, never a stack trace.
 */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly location?: Partial<SourceLocation> & { file: string },
    readonly hint?: string,
  ) {
    super(message);
  }

  /** The one line the CLI prints. */
  describe(): string {
    const where = this.location
      ? [this.location.file, this.location.line, this.location.column].filter((p) => p !== undefined).join(':') + ': '
      : '';
    return `${where}${this.message}${this.hint ? ` (hint: ${this.hint})` : ''}`;
  }
}

/** A remote operation (what-if) failed: exit 1. */
export class RemoteError extends Error {
  readonly exitCode = 1;
}
