// The differential rendering test: each fixture blog is built with the real Jekyll (Liquid, kramdown,
// Rouge) and every post's HTML is compared with what Inkpost's preview renders for it, after
// normalising whitespace and attribute order (test/harness/html-compare.ts). Rouge's colouring
// spans inside code are reduced to their text: the preview shows code unhighlighted.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRenderContext } from '../../../main/services/blog/render-context';
import { renderPostHtml } from '../../../renderer/src/preview/post-html';
import { firstDifference, normaliseHtml } from '../../harness/html-compare';
import { jekyllMissing } from '../../harness/jekyll';
import { jekyllPostBodies } from '../../harness/jekyll-post-bodies';
import { extraBlogDirs, projectRoot, referenceBlogDir, referenceFixturesDir } from '../../harness/paths';

interface Blog {
  readonly name: string;
  readonly dir: string;
  /** The excerpt marker its posts' front matter names, which Jekyll leaves in the page as a paragraph. */
  readonly marker: string | null;
  /** Posts known to render differently, with the reason; each must still differ, so the list stays true. */
  readonly knownDifferences: Readonly<Record<string, string>>;
}

/** The project's blogs of one `_config.yml` setting each (test/fixtures/render-settings/README.md). */
const settingsDir = join(projectRoot, 'test', 'fixtures', 'render-settings');
const settingsBlogs = readdirSync(settingsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

const blogs: readonly Blog[] = [
  { name: 'render-blog (the project\'s own)', dir: join(projectRoot, 'test', 'fixtures', 'render-blog'), marker: null, knownDifferences: {} },
  ...settingsBlogs.map((name) => ({ name: `render-settings/${name}`, dir: join(settingsDir, name), marker: null, knownDifferences: {} })),
  { name: 'metajack-blog', dir: referenceBlogDir, marker: ':EXTENDED:', knownDifferences: {} },
  { name: 'jekyll-news', dir: join(referenceFixturesDir, 'jekyll-news'), marker: null, knownDifferences: {} },
  // INKPOST_EXTRA_BLOGS: other sites, each compared in full (no known differences).
  ...extraBlogDirs.map((dir) => ({ name: dir, dir, marker: null, knownDifferences: {} })),
];

/** Compares every post of `blog`; returns the posts that differ, with where. */
async function compareBlog(blog: Blog): Promise<{ posts: number; differing: Map<string, string> }> {
  const context = await readRenderContext(blog.dir);
  const differing = new Map<string, string>();
  const bodies = jekyllPostBodies(blog.dir);
  for (const [path, html] of bodies) {
    const ours = renderPostHtml(readFileSync(join(blog.dir, path), 'utf8'), context);
    const expected = normaliseHtml(html, blog.marker);
    const actual = normaliseHtml(ours, blog.marker);
    const difference = firstDifference(expected.text, actual.text) ?? firstDifference(expected.structure, actual.structure);
    if (difference !== null) {
      differing.set(path, difference);
    }
  }
  return { posts: bodies.size, differing };
}

for (const blog of blogs) {
  void test(`the preview renders the posts of ${blog.name} as Jekyll does (text and element structure)`, async (context) => {
    const missing = jekyllMissing() ?? (existsSync(blog.dir) ? null : `${blog.dir} is absent (../shared holds the real fixtures)`);
    if (missing !== null) {
      context.skip(missing);
      return;
    }
    const { posts, differing } = await compareBlog(blog);
    assert.ok(posts > 0, `Jekyll built no posts of ${blog.dir}`);
    const unexplained = [...differing].filter(([path]) => !Object.hasOwn(blog.knownDifferences, path));
    assert.deepEqual(unexplained.map(([path, where]) => `${path}: ${where}`), [], `posts that render differently from Jekyll (${posts - differing.size} of ${posts} equal)`);
    for (const path of Object.keys(blog.knownDifferences)) {
      assert.ok(differing.has(path), `${path} is listed as differing but now renders as Jekyll does: take it off the list`);
    }
    assert.ok((posts - differing.size) / posts >= 0.98, `${posts - differing.size} of ${posts} posts equal Jekyll's output, fewer than 98%`);
  });
}
