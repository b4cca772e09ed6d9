// Reads a YAML content file that is a list of entries (the shape Astro's file() loader takes)
// and checks each entry against its schema, for code that runs outside the content collections
// (astro.config's article plugin, unit tests). Errors name the file, the line and the entry.
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

/** The entries of `file`, each checked by `schema`; throws naming file:line, the entry's id and the field. */
export function readYamlEntries<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  return parseYamlEntries(readFileSync(file, 'utf8'), file, schema);
}

/** As readYamlEntries, from the file's text (`file` is the name errors show). */
export function parseYamlEntries<T extends z.ZodType>(text: string, file: string, schema: T): z.infer<T>[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new Error(`${file}:${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]}`);
  }
  if (!isSeq(doc.contents)) throw new Error(`${file}:1: the file must be a list of entries (each starting with "- id: …")`);
  const ids = new Set<string>();
  return doc.contents.items.map((node, i) => {
    const line = lines.linePos(node && isMap(node) && node.range ? node.range[0] : 0).line;
    const value = (node as { toJSON(): unknown } | null)?.toJSON?.() as Record<string, unknown> | undefined;
    const name = `${file}:${line}: entry ${typeof value?.id === 'string' ? `"${value.id}"` : i + 1}`;
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${name}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
    }
    const id = (result.data as { id?: string }).id;
    if (id !== undefined) {
      if (ids.has(id)) throw new Error(`${name}: the id "${id}" is used twice`);
      ids.add(id);
    }
    return result.data;
  });
}
