// Readers' other names for the tools (content/tool-names.yaml), read with the project's YAML
// entry reader: a bad entry stops the build with the file, the line and the field.
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readYamlEntries } from '../content/yaml-entries.ts';

/** The file, relative to the project folder. */
export const TOOL_NAMES_FILE = 'content/tool-names.yaml';

const entrySchema = z.object({
  id: z.string().regex(/^\/tools\/[a-z0-9-]+\/$/, "not a tool's address (such as /tools/nerve-map/)"),
  names: z.array(z.string().trim().min(3, 'a name of at least 3 letters')).min(1, 'at least one name'),
}).strict();

/** Tool address (from the site's root, no base path) → readers' other names for it. */
export function readToolNames(root: string): Record<string, string[]> {
  return Object.fromEntries(readYamlEntries(join(root, TOOL_NAMES_FILE), entrySchema).map((e) => [e.id, e.names]));
}
