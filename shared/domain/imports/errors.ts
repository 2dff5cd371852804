/** A file that cannot be read as the export it claims to be; `line` is 1-based (the header is line 1). */
export class ImportFileError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'ImportFileError';
  }
}
