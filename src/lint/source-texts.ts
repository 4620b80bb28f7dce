/**
 * The texts of the files one lint run reads, each read from disk once:
 * planning reads a .bicep file for the modules it calls, its unit reads it
 * again, and so does every caller that deploys it as a module. Only texts
 * read successfully are kept, so a failed read fails (and is reported) where
 * it did before.
 */
import { readFileSync } from 'node:fs';

export class SourceTexts {
  private readonly texts = new Map<string, string>();

  /** The file's text as on disk (with any byte-order mark); throws as readFileSync does. */
  raw(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      text = readFileSync(file, 'utf8');
      this.texts.set(file, text);
    }
    return text;
  }

  /** The file's text without its byte-order mark, as readSourceText gives it. */
  source(file: string): string {
    const text = this.raw(file);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** The file's text as on disk; undefined when it can't be read. */
  rawIfPossible(file: string): string | undefined {
    try {
      return this.raw(file);
    } catch {
      return undefined;
    }
  }
}
