// The one error type of the import: it names the source file as the manifest writes it, the
// line where that helps, the problem, and what to do about it.

/** What an editor can do when a source cannot be published as it is. */
export const GET_A_NEW_COPY = 'raw sources are kept byte for byte, so get a corrected copy of the page (and its new sha256), or leave it out of content/sources/sources.yaml';

/** An import failure that names the source file it concerns and the fix. */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly fix: string;
  constructor(file: string, problem: string, fix: string, line?: number, column?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}${line === undefined || column === undefined ? '' : `:${column}`}: ${problem} — ${fix}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.fix = fix;
  }
}

/** Runs one step on one source; an unexpected error becomes an ImportError naming the file. */
export function forSource<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, `the importer failed on this file (${(error as Error).message})`, 'this is a bug in the importer: report it with this file');
  }
}
