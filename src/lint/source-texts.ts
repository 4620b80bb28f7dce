/**
 * The texts of the files one lint run reads, each read from disk once:
 * planning reads a template to tell what it is and what it links, a .bicep
 * file for the modules it calls, then its unit reads it again, and so does
 * every caller that deploys it as a module. Only what planning read is kept
 * (the set being linted, not every file a unit reaches), and only texts read
 * successfully, so a failed read fails where it did before. A run over more
 * text than its budget keeps its first files' texts and reads the rest again.
 */
import { readFileSync } from 'node:fs';
import { readSourceText, withoutByteOrderMark } from './files.js';

/** UTF-16 code units kept at most (64 MiB of a one-byte text) */
const KEPT_CHARS = 64 * 1024 * 1024;

export class SourceTexts {
  private readonly kept = new Map<string, string>();
  private keptChars = 0;

  constructor(private readonly budget = KEPT_CHARS) {}

  /** Planning's read: the text without its byte-order mark (as readSourceText), kept for the units. Throws as readFileSync does. */
  keep(file: string): string {
    let text = this.kept.get(file);
    if (text === undefined) {
      text = readFileSync(file, 'utf8');
      if (this.keptChars + text.length <= this.budget) {
        this.kept.set(file, text);
        this.keptChars += text.length;
      }
    }
    return withoutByteOrderMark(text);
  }

  /** Lets a kept text go: planning found nothing in the file to lint. */
  forget(file: string): void {
    const text = this.kept.get(file);
    if (text === undefined) return;
    this.kept.delete(file);
    this.keptChars -= text.length;
  }

  /** The file's text as on disk (with any byte-order mark); throws as readFileSync does. */
  raw(file: string): string {
    return this.kept.get(file) ?? readFileSync(file, 'utf8');
  }

  /** The file's text without its byte-order mark, as readSourceText gives it. */
  source(file: string): string {
    const text = this.kept.get(file);
    return text === undefined ? readSourceText(file) : withoutByteOrderMark(text);
  }

  /** The file's text as on disk; undefined when it can't be read. */
  rawIfPossible(file: string): string | undefined {
    try {
      return this.raw(file);
    } catch {
      return undefined;
    }
  }

  /** Lets the texts go: worker threads read their own. */
  clear(): void {
    this.kept.clear();
    this.keptChars = 0;
  }
}
