// Articles are MDX only for the allowed components: everything else written as MDX code fails
// the compile with the line and column, and the allowed components pass with valid attributes.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleTopics } from '../../../src/lib/topics/read-topic-files.ts';
import { articleRenderer } from '../../support/render-article.ts';

const render = articleRenderer(readArticleTopics(resolve('content/topics')));

describe('the article guard', () => {
  it.each([
    ['an import', 'Text.\n\nimport X from "y"\n', /:3:1: MDX code \(import\/export\)/],
    ['an export', 'Text.\n\nexport const a = 1\n', /:3:1: MDX code \(import\/export\)/],
    ['an expression', 'Sum: {1 + 1}\n', /:1:6: MDX code \(\{expression\}\)/],
    ['an unknown component', 'Text.\n\n<Widget />\n', /:3:1: <Widget> is not a component articles may use/],
    ['a lower-case element', 'Text <b>bold</b>.\n', /<b> is not a component/],
    ['an expression attribute', '<NerveFigure root={"L4"} />\n', /attributes must be plain strings/],
    ['a spread attribute', '<NerveFigure {...x} />\n', /attributes must be plain strings/],
    ['both root and nerve', '<NerveFigure root="L4" nerve="femoral" />\n', /exactly one of root= or nerve=/],
    ['an unknown root', '<NerveFigure root="L9" />\n', /root="L9" is not one of/],
    ['an unknown attribute', '<NerveFigure root="L4" size="big" />\n', /unknown attribute size=/],
    ['children', '<NerveFigure root="L4">text</NerveFigure>\n', /must be self-closing/],
    ['an unknown sign', '<CheckYourSigns signs="numbness-or-tingling,not-a-sign" />\n', /"not-a-sign" is not a sign topic/],
    ['no signs', '<CheckYourSigns signs="" />\n', /at least one sign/],
  ])('refuses %s', async (_name, body, message) => {
    await expect(render(body)).rejects.toThrow(message);
  });

  it('lists every problem, not only the first', async () => {
    await expect(render('{a}\n\n<Widget />\n')).rejects.toThrow(/:1:1:.*\n.*:3:1:/);
  });

  it('allows the components with valid attributes', async () => {
    const html = await render('Text.\n\n<NerveFigure root="L4" />\n\n<NerveFigure nerve="femoral" />\n\n<CheckYourSigns signs="numbness-or-tingling,trouble-with-stairs" />\n');
    expect(html).toContain('NerveFigure(root=L4)');
    expect(html).toContain('NerveFigure(nerve=femoral)');
    expect(html).toContain('CheckYourSigns(signs=numbness-or-tingling,trouble-with-stairs)');
  });
});
