import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { classifyImageUrl, defaultImageConvention, imageConventionFrom, imageFolderFor, imageLinkText, imageReferencesIn } from '../../../shared/blog/image-conventions';
import { inferImageConvention } from '../../../main/services/images/image-folder';
import { referenceBlogDir, referenceFixturesDir, referenceSkip, testBlogDir, testFixturesDir } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';

const jekyllNewsDir = join(referenceFixturesDir, 'jekyll-news');
const jekyllNewsSkip = existsSync(jekyllNewsDir) ? false : `needs ${jekyllNewsDir} (../shared/fixtures beside the repository, as in CI); absent here`;

/** Writes a blog in a temporary folder: `_config.yml` and one post per body, newest last. */
async function blogWith(folder: string, bodies: readonly string[], config = 'title: T\n'): Promise<string> {
  await mkdir(join(folder, '_posts'), { recursive: true });
  await writeFile(join(folder, '_config.yml'), config);
  await Promise.all(bodies.map((body, index) => writeFile(join(folder, '_posts', `2024-01-${String(index + 10)}-post-${index}.md`), `---\ntitle: Post ${index}\n---\n${body}\n`)));
  return folder;
}

void describe('image references in a post', () => {
  void test('Markdown images and HTML img, in order; remote, data and other Liquid are no local pictures', () => {
    const text = [
      '![a](/images/a.png) and ![b](</assets/img/b c.png> "title")',
      '<img src="https://example.com/x.png"> <img alt=x src=\'{{ site.baseurl }}/images/d.gif\'>',
      '![e]({{ "/assets/images/2024/e.png" | relative_url }}) ![f](../images/f.png) ![g](data:image/png;base64,AA==)',
      '![h]({{ page.image }}) ![i](//cdn.example.com/i.png) [not an image](/images/j.png)',
    ].join('\n');
    assert.deepEqual(imageReferencesIn(text), [
      { style: 'site-root', sitePath: '/images/a.png', relativePrefix: '' },
      { style: 'site-root', sitePath: '/assets/img/b c.png', relativePrefix: '' },
      { style: 'baseurl', sitePath: '/images/d.gif', relativePrefix: '' },
      { style: 'relative-url', sitePath: '/assets/images/2024/e.png', relativePrefix: '' },
      { style: 'relative', sitePath: '/images/f.png', relativePrefix: '../' },
    ]);
  });

  void test('paths that climb, hide or sit in a folder Jekyll does not publish are no pictures of the blog', () => {
    assert.equal(classifyImageUrl('/images/../x.png'), null);
    assert.equal(classifyImageUrl('/.git/x.png'), null);
    assert.equal(classifyImageUrl('/_site/images/x.png'), null);
    assert.deepEqual(classifyImageUrl('/images/x.png?v=2#top'), { style: 'site-root', sitePath: '/images/x.png', relativePrefix: '' });
  });
});

void describe('imageConventionFrom', () => {
  const refs = (...urls: string[]) => urls.map((url) => classifyImageUrl(url)).filter((reference) => reference !== null);

  void test('the folder most references use, and the style most of those use', () => {
    const convention = imageConventionFrom(refs('{{ site.baseurl }}/img/a.png', '/img/b.png', '{{ site.baseurl }}/img/c.png', '/other/d.png'), '');
    assert.deepEqual(convention, { folder: '/img/', dateFolders: null, style: 'baseurl', relativePrefix: '', referenceCount: 4 });
  });

  void test('folders by year and by year and month', () => {
    assert.deepEqual(imageConventionFrom(refs('/assets/images/2023/a.png', '/assets/images/2024/b.png'), ''), {
      folder: '/assets/images/', dateFolders: 'year', style: 'site-root', relativePrefix: '', referenceCount: 2,
    });
    const monthly = imageConventionFrom(refs('{{ "/uploads/2019/03/a.png" | relative_url }}', '{{ "uploads/2020/11/b.png" | relative_url }}'), '');
    assert.equal(monthly.dateFolders, 'year-month');
    assert.equal(imageFolderFor(monthly, '2024-05-01'), '/uploads/2024/05/');
    assert.equal(imageLinkText(monthly, '/uploads/2024/05/x.png'), '{{ "/uploads/2024/05/x.png" | relative_url }}');
  });

  void test('relative paths keep their prefix', () => {
    const convention = imageConventionFrom(refs('../images/a.png', '../images/b.png', 'images/c.png'), '');
    assert.equal(convention.style, 'relative');
    assert.equal(imageLinkText(convention, '/images/x.png'), '../images/x.png');
  });

  void test('no local picture: /assets/images/, site-root paths, or relative_url when the blog has a baseurl', () => {
    assert.deepEqual(imageConventionFrom(refs('https://example.com/x.png'), ''), defaultImageConvention(''));
    assert.equal(defaultImageConvention('').folder, '/assets/images/');
    assert.equal(defaultImageConvention('').style, 'site-root');
    assert.equal(defaultImageConvention('/blog').style, 'relative-url');
  });
});

void describe('inferImageConvention on real blogs', () => {
  void test('the test blog: /images/, site-root paths', async () => {
    assert.deepEqual(await inferImageConvention(testBlogDir), { folder: '/images/', dateFolders: null, style: 'site-root', relativePrefix: '', referenceCount: 1 });
  });

  void test('the check blog: /images/, site-root paths, from its two posts with pictures', async () => {
    const convention = await inferImageConvention(join(testFixturesDir, 'check-blog'));
    assert.equal(convention.folder, '/images/');
    assert.equal(convention.style, 'site-root');
  });

  void test('the reference blog (metajack.im): /images/, site-root paths', { skip: referenceSkip }, async () => {
    assert.deepEqual(await inferImageConvention(referenceBlogDir), { folder: '/images/', dateFolders: null, style: 'site-root', relativePrefix: '', referenceCount: 1 });
  });

  void test('Jekyll\'s news posts: /img/, site-root paths', { skip: jekyllNewsSkip }, async () => {
    assert.deepEqual(await inferImageConvention(jekyllNewsDir), { folder: '/img/', dateFolders: null, style: 'site-root', relativePrefix: '', referenceCount: 2 });
  });

  void test('a blog with {{ site.baseurl }} paths by year', async () => {
    await withTempFolder('image-convention-baseurl', async (folder) => {
      const blog = await blogWith(folder, ['![a]({{ site.baseurl }}/assets/images/2023/a.png)', 'Text.', '![b]({{ site.baseurl }}/assets/images/2024/b.jpg)']);
      const convention = await inferImageConvention(blog);
      assert.deepEqual(convention, { folder: '/assets/images/', dateFolders: 'year', style: 'baseurl', relativePrefix: '', referenceCount: 2 });
      assert.equal(imageLinkText(convention, `${imageFolderFor(convention, '2025-02-03')}x.png`), '{{ site.baseurl }}/assets/images/2025/x.png');
    });
  });

  void test('a blog with relative_url paths, and one with no pictures but a baseurl', async () => {
    await withTempFolder('image-convention-relative-url', async (folder) => {
      await blogWith(join(folder, 'a'), ['<img src="{{ \'/assets/img/a.png\' | relative_url }}">']);
      assert.equal((await inferImageConvention(join(folder, 'a'))).style, 'relative-url');
      await blogWith(join(folder, 'b'), ['No pictures.'], 'baseurl: /blog\n');
      assert.deepEqual(await inferImageConvention(join(folder, 'b')), defaultImageConvention('/blog'));
    });
  });
});
