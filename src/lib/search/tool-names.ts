// Readers' other names for the tools (content/tool-names.yaml), checked: an address that is not
// a tool's, or an entry without names, stops the build with the file, the line and the problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** The file, relative to the project folder. */
export const TOOL_NAMES_FILE = 'content/tool-names.yaml';

const TOOL_PATH = /^\/tools\/[a-z0-9-]+\/$/;
const namesSchema = z.array(z.string().trim().min(3, 'a name of at least 3 letters')).min(1, 'at least one name');

/** Tool address (from the site's root, no base path) → readers' other names for it. */
export function readToolNames(root: string): Record<string, string[]> {
  const text = readFileSync(join(root, TOOL_NAMES_FILE), 'utf8');
  const raw: unknown = parse(text) ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${TOOL_NAMES_FILE}: expected tool addresses, each with a list of names`);
  const lineOf = (key: string) => text.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 1;
  return Object.fromEntries(
    Object.entries(raw).map(([path, names]) => {
      const where = `${TOOL_NAMES_FILE}:${lineOf(path)}: ${path}`;
      if (!TOOL_PATH.test(path)) throw new Error(`${where}: not a tool's address (such as /tools/nerve-map/)`);
      const parsed = namesSchema.safeParse(names);
      if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      return [path, parsed.data];
    }),
  );
}
