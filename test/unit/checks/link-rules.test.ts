import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkFolder } from '../../../main/services/checks/check-folder';
import { projectRoot } from '../../harness/paths';

const blog = join(projectRoot, 'test', 'fixtures', 'check-blog');

async function problemsOf(name: string): Promise<string[]> {
  const problems = await checkFolder(blog);
  return problems.filter((problem) => problem.path === join(blog, '_posts', name)).map((problem) => `${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`);
}

test('post_url, link, site-root links and images that resolve are fine (posts in category folders, pages by permalink, static files)', async () => {
  assert.deepEqual(await problemsOf('2020-04-01-good-links.markdown'), []);
});

test('a post_url naming no post stops the build: an error at the tag', async () => {
  assert.deepEqual(await problemsOf('2020-04-02-missing-post-url.markdown'), ['5:15: error: {% post_url 2019-01-01-nowhere %} names no post of the blog: Jekyll stops the build']);
});

test('a link tag naming no file stops the build: an error at the tag', async () => {
  assert.deepEqual(await problemsOf('2020-04-03-missing-link.markdown'), ['5:15: error: {% link nowhere.md %} names no file of the blog: Jekyll stops the build']);
});

test('an image or link to a site path that is nowhere in the blog: a warning at the path', async () => {
  assert.deepEqual(await problemsOf('2020-04-04-missing-image.markdown'), [
    '5:9: warning: the image /images/gone.png is nowhere in the blog (no file, post or page): readers would see it broken',
    '5:45: warning: the link /no/such/page/ is nowhere in the blog (no file, post or page): readers would see it broken',
  ]);
});
