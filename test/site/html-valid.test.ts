// The built HTML is valid (html-validate's recommended rules, with the exceptions below).
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro minifies and emits its own attribute order and self-closing style.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // HTML allows ids that start with a digit; heading slugs such as "1-knee-pain…" do.
    'valid-id': ['error', { relaxed: true }],
    // React's server render writes boolean attributes as hidden="" and some names in camelCase
    // (readOnly); HTML treats both the same as the short lowercase forms.
    'attribute-empty-style': 'off',
    'attr-case': 'off',
  },
});

describe('valid HTML', () => {
  it.each(builtPages().map((p) => [p.path, p]))('%s passes html-validate', async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`));
    expect(messages, page.path).toEqual([]);
  });
});
