// The built HTML follows html-validate's recommended rules, with the exceptions below (the Nu
// HTML Checker, nu-html-checker.test.ts, checks validity against the HTML standard itself).
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // HTML allows ids that start with a digit; heading slugs such as "1-knee-pain…" do.
    'valid-id': ['error', { relaxed: true }],
    // Style, not validity: React's server render (the islands) writes void elements as <input/>,
    // boolean attributes as hidden="" and readonly="", and some names in camelCase (readOnly);
    // HTML reads each the same as the short lowercase form, and we do not write that markup.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'attr-case': 'off',
    // Checkboxes of one question share a name, so a form sent without its script (GET) gives
    // "flags=a&flags=b", as HTML intends; html-validate allows that only for radios by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe('valid HTML', () => {
  it.each(builtPages().map((p) => [p.path, p]))('%s passes html-validate', async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`));
    expect(messages, page.path).toEqual([]);
  });
});
