import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { conventionsFromPosts, isNearlyAll, jekyllDefaultConventions, type PostConventionSample } from '../../../shared/blog/blog-conventions';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { inferBlogConventions } from '../../../main/services/export/blog-conventions';
import { newDraftText } from '../../../main/services/export/new-draft';
import { referenceBlogDir, referenceSkip, testBlogDir } from '../../harness/paths';
import { testPostNames } from '../../harness/temp-folders';
import { withTempFolder } from '../../harness/temp-folders';

const referenceBlog = referenceBlogDir;

void describe('inferBlogConventions', () => {
  void test('the test blog: .markdown, its key order, layout and extended as usual keys, flow tags, a quoted time', async () => {
    const conventions = await inferBlogConventions(testBlogDir);
    assert.deepEqual(conventions, {
      extension: 'markdown',
      keyOrder: ['layout', 'title', 'tags', 'time', 'extended'],
      usualKeys: { layout: 'post', extended: ':EXTENDED:' },
      titleQuoting: 'as-needed',
      titleQuote: 'double',
      tagsStyle: 'flow',
      marker: { key: 'extended', value: ':EXTENDED:' },
      knownMarkers: [':EXTENDED:'],
      timeKey: 'time',
      postCount: testPostNames.length,
    });
  });

  void test('the reference blog: the same conventions, from its nine posts', { skip: referenceSkip }, async () => {
    const conventions = await inferBlogConventions(referenceBlog);
    assert.deepEqual(conventions, {
      extension: 'markdown',
      keyOrder: ['layout', 'title', 'tags', 'time', 'extended'],
      usualKeys: { layout: 'post', extended: ':EXTENDED:' },
      titleQuoting: 'as-needed',
      titleQuote: 'double',
      tagsStyle: 'flow',
      marker: { key: 'extended', value: ':EXTENDED:' },
      knownMarkers: [':EXTENDED:'],
      timeKey: 'time',
      postCount: 9,
    });
  });

  void test('a blog without posts gets Jekyll\'s defaults', async () => {
    await withTempFolder('conventions-empty', async (blog) => {
      await writeFile(join(blog, '_config.yml'), 'title: Empty\n');
      const conventions = await inferBlogConventions(blog);
      assert.deepEqual(conventions, jekyllDefaultConventions);
      assert.equal(conventions.extension, 'md');
      assert.deepEqual(conventions.usualKeys, { layout: 'post' });
      assert.equal(conventions.marker, null);
    });
  });

  void test('another style: .md, block tags, always-quoted single titles, excerpt_separator, date keys; drafts do not count', async () => {
    await withTempFolder('conventions-other', async (blog) => {
      await mkdir(join(blog, '_posts'));
      await mkdir(join(blog, '_drafts'));
      for (let index = 1; index <= 6; index += 1) {
        const day = String(index).padStart(2, '0');
        await writeFile(
          join(blog, '_posts', `2021-02-${day}-post-${index}.md`),
          `---\ntitle: 'Post ${index}'\ndate: 2021-02-${day} 10:00:00 +0100\nlayout: article\ncomments: true\nexcerpt_separator: <!--more-->\ntags:\n  - one\n  - two\n---\nA\n<!--more-->\nB\n`,
        );
      }
      await writeFile(join(blog, '_posts', '2021-03-01-odd.markdown'), '---\ntitle: Odd\nlayout: page\n---\nA\n');
      await writeFile(join(blog, '_drafts', 'x.markdown'), '---\ntitle: "X"\nlayout: draft\n---\n');
      const conventions = await inferBlogConventions(blog);
      assert.equal(conventions.extension, 'md');
      assert.deepEqual(conventions.keyOrder, ['title', 'date', 'layout', 'comments', 'excerpt_separator', 'tags']);
      // layout is "article" in 6 of 7 posts: all but one in a blog of five or more.
      assert.deepEqual(conventions.usualKeys, { layout: 'article', comments: true, excerpt_separator: '<!--more-->' });
      assert.equal(conventions.titleQuoting, 'always');
      assert.equal(conventions.titleQuote, 'single');
      assert.equal(conventions.tagsStyle, 'block');
      assert.deepEqual(conventions.marker, { key: 'excerpt_separator', value: '<!--more-->' });
      assert.equal(conventions.timeKey, 'date');
      assert.equal(conventions.postCount, 7);
    });
  });
});

void describe('conventionsFromPosts', () => {
  const sample = (data: Record<string, unknown>, extension = 'md'): PostConventionSample => ({
    extension,
    keys: Object.keys(data),
    data,
    titleQuoting: typeof data['title'] === 'string' ? 'plain' : null,
    titleCouldBePlain: true,
    tagsStyle: null,
  });

  void test('"nearly every post": 90%, or all but one from five posts up', () => {
    assert.equal(isNearlyAll(9, 10), true);
    assert.equal(isNearlyAll(8, 9), true);
    assert.equal(isNearlyAll(4, 5), true);
    assert.equal(isNearlyAll(3, 4), false);
    assert.equal(isNearlyAll(1, 2), false);
    assert.equal(isNearlyAll(17, 20), false);
    assert.equal(isNearlyAll(18, 20), true);
    assert.equal(isNearlyAll(0, 0), false);
  });

  void test('a key with two values, or carried by too few posts, is not usual; per-post keys never are', () => {
    const posts = [
      ...Array.from({ length: 6 }, (_, index) => sample({ layout: 'post', title: 'Same', author: index < 3 ? 'ann' : 'bob', share: index < 4 })),
    ];
    const conventions = conventionsFromPosts(posts);
    assert.deepEqual(conventions.usualKeys, { layout: 'post' });
  });

  void test('ties in the extension go to md; a majority wins', () => {
    assert.equal(conventionsFromPosts([sample({}, 'markdown'), sample({}, 'md')]).extension, 'md');
    assert.equal(conventionsFromPosts([sample({}, 'markdown'), sample({}, 'markdown'), sample({}, 'md')]).extension, 'markdown');
  });

  void test('time goes to time when half the posts have one, to date when half have a date key, else nowhere', () => {
    assert.equal(conventionsFromPosts([sample({ time: '10:00' }), sample({})]).timeKey, 'time');
    assert.equal(conventionsFromPosts([sample({ date: '2020-01-01' }), sample({})]).timeKey, 'date');
    assert.equal(conventionsFromPosts([sample({}), sample({}), sample({ time: '10:00' })]).timeKey, null);
  });
});

void describe('newDraftText', () => {
  void test('for the test blog: usual keys and the title in the blog\'s order, quoted where YAML needs it', async () => {
    const conventions = await inferBlogConventions(testBlogDir);
    assert.equal(newDraftText('Tankaar: A New Game', conventions), '---\nlayout: post\ntitle: "Tankaar: A New Game"\nextended: ":EXTENDED:"\n---\n\n');
    assert.equal(newDraftText('Plain title', conventions), '---\nlayout: post\ntitle: Plain title\nextended: ":EXTENDED:"\n---\n\n');
    for (const title of ['yes', '18:30', '2024-01-01', '"quoted"', '#hash', 'a: b', 'Ünïcödé ✓', "it's", '- dash', '[x]']) {
      const text = newDraftText(title, conventions);
      assert.equal(parsePost(text).data['title'], title, text);
    }
  });

  void test('always-quoted single titles, and Jekyll\'s defaults', () => {
    const single = { ...jekyllDefaultConventions, titleQuoting: 'always' as const, titleQuote: 'single' as const };
    assert.equal(newDraftText("It's here", single), "---\nlayout: post\ntitle: 'It''s here'\n---\n\n");
    assert.equal(newDraftText('Hello', jekyllDefaultConventions), '---\nlayout: post\ntitle: Hello\n---\n\n');
  });
});
