/** A front matter problem with its position in the whole file (1-based line and column; the opening fence is line 1). */
export class FrontMatterError extends Error {
  /** 1-based line in the whole file. */
  readonly line: number;
  /** 1-based column on that line. */
  readonly column: number;
  /** The message without its position. */
  readonly reason: string;

  constructor(message: string, line: number, column: number) {
    super(`${line}:${column}: ${message}`);
    this.name = 'FrontMatterError';
    this.line = line;
    this.column = column;
    this.reason = message;
  }
}
