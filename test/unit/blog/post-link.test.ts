// Links to other posts in the blog's own style: the style learned from the blog's posts, the
// target written in it, and the preview resolving it to the URL Jekyll itself gives the post.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRenderContext } from '../../../main/services/blog/render-context';
import { renderPostHtml } from '../../../renderer/src/preview/post-html';
import { inferLinkStyle, markdownLink, postLinkTarget, postUrlName, usesPostUrl } from '../../../shared/blog/post-link';
import { referenceFixturesDir, referenceSkip, testBlogDir, testFixturesDir } from '../../harness/paths';
import { psychMissing } from '../../harness/psych/psych-oracle';
import { jekyllSiteReport } from '../../harness/psych/site-oracle';

const jekyllNews = join(referenceFixturesDir, 'jekyll-news');
const metajack = join(referenceFixturesDir, 'metajack-blog');
const newsSkip = existsSync(jekyllNews) ? false : `needs ${jekyllNews} (../shared/fixtures beside the repository); absent here`;

void test('the link style: post_url where some post uses the tag, else the URL', () => {
  assert.equal(usesPostUrl('See [this]({% post_url 2010-01-08-x %}).'), true);
  assert.equal(usesPostUrl('See [this]({%- post_url news/2010-01-08-x -%}).'), true);
  assert.equal(usesPostUrl('See [this](/2010/01/09/y/) and <a href="https://example.org/2010/01/10/z.html">that</a>.'), false);
  assert.equal(usesPostUrl('{% raw %}`{% post_url 2010-01-08-x %}`{% endraw %} shows the tag'), false, 'Liquid shown in raw is no link');
  assert.equal(usesPostUrl('`{% post_url %}` with no name'), false);
  assert.equal(inferLinkStyle(0), 'url');
  assert.equal(inferLinkStyle(1), 'post_url');
});

void test('a link target in each style, and the Markdown link around it', () => {
  const post = { path: 'news/_posts/2013-05-06-hello.md', url: '/news/2013/05/06/hello/' };
  assert.equal(postUrlName('_posts/2009/2009-01-02-x.markdown'), '2009/2009-01-02-x');
  assert.equal(postLinkTarget(post, 'post_url', ''), '{% post_url news/2013-05-06-hello %}');
  assert.equal(postLinkTarget(post, 'url', undefined), '/news/2013/05/06/hello/');
  assert.equal(postLinkTarget(post, 'url', '/blog'), '{{ site.baseurl }}/news/2013/05/06/hello/');
  assert.equal(postLinkTarget(post, 'url', '/'), '/news/2013/05/06/hello/');
  assert.equal(markdownLink('Notes [draft]', '/a/b.html'), '[Notes \\[draft\\]](/a/b.html)');
  assert.equal(markdownLink('x', '/a b/(c).html'), '[x](</a b/(c).html>)');
  assert.equal(markdownLink('x', '{% post_url 2010-01-08-x %}'), '[x]({% post_url 2010-01-08-x %})');
});

/** The blogs the style and URLs are checked on, with the style each one's posts show. */
const blogs: { name: string; dir: string; style: 'url' | 'post_url'; skip: string | false }[] = [
  { name: 'the test blog (no links between posts)', dir: testBlogDir, style: 'url', skip: false },
  { name: 'the check cases (post_url)', dir: join(testFixturesDir, 'check-blog'), style: 'post_url', skip: false },
  { name: 'the render cases (post_url, a baseurl)', dir: join(testFixturesDir, 'render-blog'), style: 'post_url', skip: false },
  { name: 'metajack-blog (links by absolute URL)', dir: metajack, style: 'url', skip: referenceSkip },
  { name: 'jekyll-news (post_url in one post, URLs in four)', dir: jekyllNews, style: 'post_url', skip: newsSkip },
];

for (const blog of blogs) {
  void test(`${blog.name}: the style, and every post's link resolves in the preview to Jekyll's own URL`, { skip: blog.skip || (psychMissing() ?? false) }, async () => {
    const work = await mkdtemp(join(tmpdir(), 'inkpost-post-link-'));
    try {
      const copy = join(work, 'site');
      await cp(blog.dir, copy, { recursive: true });
      const context = await readRenderContext(copy);
      assert.equal(context.linkStyle, blog.style);
      const report = jekyllSiteReport(copy, join(work, '_site'));
      const baseurl = typeof context.config?.['baseurl'] === 'string' ? context.config['baseurl'].replace(/\/+$/, '') : '';
      const built = context.posts.filter((post) => report[post.path]?.status === 'built');
      assert.ok(built.length > 0, 'Jekyll builds some posts');
      for (const post of built) {
        assert.equal(post.url, report[post.path]?.url, `${post.path}: the URL Jekyll gives it`);
        for (const style of ['post_url', 'url'] as const) {
          const html = renderPostHtml(`${markdownLink(post.title, postLinkTarget(post, style, context.config?.['baseurl']))}\n`, context);
          const href = /<a href="([^"]*)"/.exec(html)?.[1];
          assert.equal(href, `${baseurl}${post.url}`, `${post.path} linked with ${style}: ${html}`);
        }
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
}
