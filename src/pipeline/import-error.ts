// The one error type of the import: it always names the file and the problem.

/** An import failure that names the source file it concerns. */
export class ImportError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ImportError';
    this.file = file;
  }
}
