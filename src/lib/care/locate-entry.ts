// Finds the line of an entry in a YAML file by its id, so a message can say "file:line".
import { readFileSync } from 'node:fs';

/** "file:line" of the entry whose id (or key) is `id`, or just the file when it is not found. */
export function locateEntry(root: string, file: string, id: string): string {
  try {
    const lines = readFileSync(`${root}/${file}`, 'utf8').split('\n');
    const index = lines.findIndex((l) => new RegExp(`^\\s*(- )?(id: ['"]?${id}['"]?\\s*$|${id}:\\s*$)`).test(l));
    return index >= 0 ? `${file}:${index + 1}` : file;
  } catch {
    return file;
  }
}
