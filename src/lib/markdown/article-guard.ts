// A Sätteri mdast plugin that refuses, before anything is rendered, every piece of MDX code an
// article may not have: imports and exports, {expressions}, and any JSX but the allowed
// components with literal attributes. The error names the file, line and column.
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, MdastNode } from 'satteri';
import { componentProblems, type ComponentContext } from './article-components.ts';

const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** One problem found in an article's tree. */
export interface GuardProblem {
  line: number | undefined;
  column: number | undefined;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Every disallowed piece of MDX in a Markdown tree, in document order. */
export function guardProblems(root: Node, context: ComponentContext): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const walk = (node: Node) => {
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    if (CODE.has(node.type)) {
      problems.push({ ...at, message: `MDX code (${node.type === 'mdxjsEsm' ? 'import/export' : '{expression}'}) is not allowed in an article; write it as text` });
    } else if (JSX.has(node.type)) {
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
          problems.push({ ...at, message: `<${node.name ?? ''}>: attributes must be plain strings (name="value")` });
        } else attributes[attribute.name!] = attribute.value;
      }
      if ((node.children ?? []).length > 0) problems.push({ ...at, message: `<${node.name ?? ''}> must be self-closing` });
      for (const message of componentProblems({ name: node.name ?? '(fragment)', attributes }, context)) problems.push({ ...at, message });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return problems;
}

/** The plugin: fails the compile with every problem, each as "file:line:column: message". */
export function articleGuard(context: ComponentContext): MdastPluginEntry {
  return {
    name: 'back-to-knee:article-guard',
    options: { position: true },
    before(root: Readonly<MdastNode>, ctx) {
      const problems = guardProblems(root as unknown as Node, context);
      if (problems.length === 0) return;
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(article)';
      throw new Error(problems.map((p) => `${file}:${p.line ?? '?'}:${p.column ?? '?'}: ${p.message}`).join('\n'));
    },
  };
}
