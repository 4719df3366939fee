import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { defaultPermalinkPattern, permalinkPattern, postPermalink, type PermalinkPost } from '../../../shared/blog/permalink';
import { jekyllMissing } from '../../harness/jekyll';
import { withTempFolder } from '../../harness/temp-folders';

const plain: PermalinkPost = { date: '2009-01-07', time: '18:30', slug: 'new-years-eve' };

void describe('permalinkPattern', () => {
  const cases: readonly (readonly [unknown, string | null])[] = [
    [undefined, defaultPermalinkPattern],
    [null, defaultPermalinkPattern],
    ['date', '/:categories/:year/:month/:day/:title:output_ext'],
    ['pretty', '/:categories/:year/:month/:day/:title/'],
    ['none', '/:categories/:title:output_ext'],
    ['/blog/:year/:title/', '/blog/:year/:title/'],
    ['fancy', null],
    [42, null],
    [{ posts: '/x' }, null],
  ];
  for (const [setting, expected] of cases) {
    void test(`${JSON.stringify(setting)} → ${String(expected)}`, () => {
      assert.equal(permalinkPattern(setting), expected);
    });
  }
});

void describe('postPermalink', () => {
  const cases: readonly (readonly [string, PermalinkPost, string, string])[] = [
    ['Jekyll default without categories', plain, defaultPermalinkPattern, '/2009/01/07/new-years-eve.html'],
    ['categories lowercased and joined', { ...plain, categories: ['Tech', 'XMPP'] }, defaultPermalinkPattern, '/tech/xmpp/2009/01/07/new-years-eve.html'],
    ['categories as a space-separated string', { ...plain, categories: 'news tech' }, defaultPermalinkPattern, '/news/tech/2009/01/07/new-years-eve.html'],
    ['category and categories together, no repeats', { ...plain, category: 'News', categories: ['news', 'more'] }, defaultPermalinkPattern, '/news/more/2009/01/07/new-years-eve.html'],
    ['pretty', plain, '/:categories/:year/:month/:day/:title/', '/2009/01/07/new-years-eve/'],
    ['unpadded month and day, short year', plain, '/:short_year/:i_month/:i_day/:slug', '/09/1/7/new-years-eve'],
    ['time of day', plain, '/:year/:hour:minute-:title:output_ext', '/2009/1830-new-years-eve.html'],
    ['no time is midnight', { ...plain, time: null }, '/:hour/:minute/:title', '/00/00/new-years-eve'],
    ['ordinal day of the year', { ...plain, date: '2008-12-31' }, '/:year/:y_day/:title', '/2008/366/new-years-eve'],
    ['month and day names', plain, '/:short_month/:long_day/:title', '/Jan/Wednesday/new-years-eve'],
    ['ISO week', { ...plain, date: '2010-01-03' }, '/:year/W:week/:title', '/2010/W53/new-years-eve'],
    ['a pattern without a leading slash', plain, ':year/:title.html', '/2009/new-years-eve.html'],
  ];
  for (const [name, post, pattern, expected] of cases) {
    void test(name, () => {
      assert.equal(postPermalink(post, pattern), expected);
    });
  }
});


void describe('postPermalink agrees with a real Jekyll build', { skip: jekyllMissing() ?? false }, () => {
  const posts: readonly { readonly name: string; readonly frontMatter: string; readonly post: PermalinkPost }[] = [
    { name: '2009-01-07-new-years-eve.md', frontMatter: 'title: One\ntime: "18:30"', post: { date: '2009-01-07', time: '18:30', slug: 'new-years-eve' } },
    { name: '2010-01-03-with-categories.md', frontMatter: 'title: Two\ncategories: [Tech, XMPP]', post: { date: '2010-01-03', time: null, slug: 'with-categories', categories: ['Tech', 'XMPP'] } },
    { name: '2008-12-31-string-category.md', frontMatter: 'title: Three\ncategory: News', post: { date: '2008-12-31', time: null, slug: 'string-category', category: 'News' } },
  ];
  for (const setting of ['date', 'pretty', 'none', 'ordinal', '/blog/:year/:i_month/:title/']) {
    void test(`permalink: ${setting}`, () =>
      withTempFolder('permalink', async (folder) => {
        const source = join(folder, 'site');
        await mkdir(join(source, '_posts'), { recursive: true });
        await writeFile(join(source, '_config.yml'), `permalink: "${setting}"\n`);
        await writeFile(join(source, 'urls.txt'), '---\nlayout: null\npermalink: /urls.txt\n---\n{% for post in site.posts %}{{ post.url }}\n{% endfor %}');
        for (const post of posts) {
          await writeFile(join(source, '_posts', post.name), `---\n${post.frontMatter}\n---\nBody.\n`);
        }
        const run = spawnSync('jekyll', ['build', '--source', source, '--destination', join(folder, '_site')], { encoding: 'utf8', timeout: 120_000 });
        assert.equal(run.status, 0, run.stderr);
        const built = (await readFile(join(folder, '_site', 'urls.txt'), 'utf8')).split('\n').filter((line) => line !== '').sort();
        const pattern = permalinkPattern(setting);
        assert.ok(pattern !== null);
        assert.deepEqual(posts.map((post) => postPermalink(post.post, pattern)).sort(), built);
      }));
  }
});
