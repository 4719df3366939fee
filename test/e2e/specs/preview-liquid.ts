/**
 * Liquid in the live preview, end to end, on a copy of the test blog: a tag
 * of a plugin Inkpost does not have shows as a labelled placeholder (never as
 * raw text, never as a blank preview); a Liquid syntax error is marked at its
 * line in the preview and in the editor while the rest still renders;
 * `{{ site.title }}` and `{% post_url %}` resolve from the blog; and typing
 * inside a Liquid block that spans blank lines (or deleting a repeated
 * heading) ends where a fresh render of the same text does.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { saveScreenshot } from '../../harness/screenshots';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

const pluginPost = `---
layout: post
title: "Plugins and the site"
---
This blog is {{ site.title }}.

{% gist 8675309 %}

Before a plugin filter: {{ page.title | shout }}.

See [the kite post]({% post_url 2012-04-14-kite-flying-on-a-windy-saturday %}).

{% details "More" %}
Inside a plugin block, *still rendered*.
{% enddetails %}

The last paragraph renders too.
`;

/** Line 8 holds the error (an `if` never closed); the post's front matter takes lines 1-4. */
const brokenPost = `---
layout: post
title: "A broken tag"
---
The first paragraph renders.

Then a tag that is never closed:
{% if page.title %} and some text

The paragraph after the error renders too.
`;

const spanningPost = `---
layout: post
title: "Spanning blocks"
---
## Notes

{% highlight ruby %}
def kite

  puts "wind"
end
{% endhighlight %}

## Notes

{% if page.title %}
Shown because the post has a title.

Still inside the if.
{% endif %}

## Notes

Last words.
`;

/** Registers the Liquid preview specs. */
export function previewLiquidSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const post = (name: string): string => join(blog, '_posts', name);

  before(async () => {
    blog = await makeTempFolder('e2e-preview-liquid');
    await copyTestBlog(blog);
    await writeFile(post('2024-03-01-plugins.markdown'), pluginPost);
    await writeFile(post('2024-03-02-broken.markdown'), brokenPost);
    await writeFile(post('2024-03-03-spanning.markdown'), spanningPost);
    session = await launch({ postsDir: join(blog, '_posts') });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('a plugin tag or filter shows as a labelled placeholder; site.title and post_url resolve; the rest renders', async () => {
    await app.openPost(post('2024-03-01-plugins.markdown'));
    const preview = app.preview.root;
    await preview.getByText('The last paragraph renders too.').waitFor();
    // The blog's site and posts arrive after the post is first shown (the first paint does not wait for them):
    // the preview renders again with them.
    await preview.getByText('This blog is Field Notes.').waitFor();
    assert.equal(await preview.getByText('This blog is Field Notes.').count(), 1, '{{ site.title }} comes from _config.yml');
    const gist = preview.locator('.liquid-placeholder', { hasText: '{% gist 8675309 %}' });
    assert.match(String(await gist.getAttribute('title')), /Jekyll plugin tag “gist”: Inkpost cannot render it/);
    const filter = preview.locator('.liquid-placeholder', { hasText: 'Plugins and the site | shout' });
    assert.match(String(await filter.getAttribute('title')), /Jekyll plugin filter “shout”/);
    assert.equal(await preview.locator('em', { hasText: 'still rendered' }).count(), 1, 'a plugin block tag\'s body still renders');
    const text = await app.preview.text();
    assert.doesNotMatch(text, /enddetails|\{\{/, 'no raw Liquid left in the preview');
    assert.equal(await preview.getByRole('link', { name: 'the kite post' }).getAttribute('href'), '/2012/04/14/kite-flying-on-a-windy-saturday.html');
    await saveScreenshot(app.page, 'preview-liquid-placeholders');
  });

  test('a Liquid syntax error is marked at its line in the preview and in the editor; the other blocks still render', async () => {
    await app.openPost(post('2024-03-02-broken.markdown'));
    const preview = app.preview.root;
    const error = preview.locator('.liquid-error');
    await error.waitFor();
    assert.match(await error.innerText(), /^Liquid error on line 8: tag \{% if page\.title %\} not closed/);
    assert.equal(await preview.getByText('The first paragraph renders.').count(), 1);
    assert.equal(await preview.getByText('The paragraph after the error renders too.').count(), 1);
    const marked = app.editor.root.locator('[data-testid="editor-liquid-error"]');
    await marked.waitFor();
    assert.equal(await marked.count(), 1);
    assert.match(String(await marked.textContent()), /\{% if page\.title %\} and some text/);
    assert.match(String(await marked.getAttribute('title')), /^Liquid error: tag \{% if page\.title %\} not closed/);
    await saveScreenshot(app.page, 'preview-liquid-error');

    // Closing the tag clears both marks, and the if's text shows.
    await app.editor.lineWith('and some text').click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type(' {% endif %}');
    await preview.getByText('and some text').waitFor();
    await marked.waitFor({ state: 'detached' });
    assert.equal(await error.count(), 0);
    await app.editor.save();
  });

  test('typing inside Liquid blocks that span blank lines, and deleting a repeated heading, ends where a fresh render does', async () => {
    const path = post('2024-03-03-spanning.markdown');
    await app.openPost(path);
    const preview = app.preview.root;
    await preview.getByText('Last words.').waitFor();
    assert.deepEqual(await preview.locator('h2').evaluateAll((headings) => headings.map((heading) => heading.id)), ['user-content-notes', 'user-content-notes-1', 'user-content-notes-2']);
    // Inside the highlight block, on its blank line: the block must stay one unit (else Liquid sees an unclosed tag).
    await app.editor.lineWith('def kite').click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type('\n  gust = 3\n');
    await preview.locator('pre', { hasText: 'gust = 3' }).waitFor();
    // Inside the if, a new paragraph after a blank line.
    await app.editor.lineWith('Still inside the if.').click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type('\n\nA new paragraph inside the if.');
    await preview.getByText('A new paragraph inside the if.').waitFor();
    // Delete the first heading: the others are numbered again.
    await app.editor.line(5).click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('Shift+Home');
    await app.page.keyboard.press('Backspace');
    await app.page.keyboard.press('Delete');
    await preview.locator('h2').nth(2).waitFor({ state: 'detached' });
    assert.deepEqual(await preview.locator('h2').evaluateAll((headings) => headings.map((heading) => heading.id)), ['user-content-notes', 'user-content-notes-1']);
    assert.equal(await preview.locator('.liquid-error').count(), 0);
    const typed = await preview.innerHTML();

    await app.editor.save();
    await app.page.reload();
    await app.page.locator('.app[data-ready="true"]').waitFor({ state: 'attached' });
    await app.openPost(path);
    await preview.getByText('A new paragraph inside the if.').waitFor();
    assert.equal(await preview.innerHTML(), typed, 'the incremental preview equals a fresh render of the same text');
  });
}
