import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readPost } from '../../../main/services/posts/post-store';
import { filterPosts } from '../../../renderer/src/sidebar/post-filter';
import { readingMinutes, textStats, wordsPerMinute } from '../../../renderer/src/status/text-stats';
import type { PostSummary } from '../../../shared/post';
import { postSets } from '../../harness/temp-folders';

describe('textStats', () => {
  const cases: readonly (readonly [string, string, { words: number; excerptWords: number | null; readingMinutes: number }])[] = [
    ['an empty text', '', { words: 0, excerptWords: null, readingMinutes: 0 }],
    ['no front matter', 'Three little words.\n', { words: 3, excerptWords: null, readingMinutes: 1 }],
    ['front matter does not count', '---\ntitle: Many many words here\n---\nOne two.\n', { words: 2, excerptWords: null, readingMinutes: 1 }],
    // The marker line is not a word, in the status bar as in the post index (shared/posts/body-words.ts).
    ['a marker line splits the excerpt', '---\nextended: ":EXTENDED:"\n---\nOne two three.\n\n:EXTENDED:\n\nFour five.\n', { words: 5, excerptWords: 3, readingMinutes: 1 }],
    ['excerpt_separator counts as the marker', '---\nexcerpt_separator: <!--more-->\n---\nOne.\n<!--more-->\nTwo three.\n', { words: 3, excerptWords: 1, readingMinutes: 1 }],
    ['a marker in prose is not the marker', '---\nextended: ":EXTENDED:"\n---\nSee :EXTENDED: here.\n', { words: 3, excerptWords: null, readingMinutes: 1 }],
    ['a declared marker without its line gives no excerpt count', '---\nextended: ":EXTENDED:"\n---\nJust text.\n', { words: 2, excerptWords: null, readingMinutes: 1 }],
    ['a marker on the first body line: an empty excerpt', '---\nextended: ":EXTENDED:"\n---\n:EXTENDED:\nRest.\n', { words: 1, excerptWords: 0, readingMinutes: 1 }],
    ['a block never closed is all body', '---\ntitle: x\nword\n', { words: 3, excerptWords: null, readingMinutes: 1 }],
    ['TOML front matter does not count', '+++\ntitle = "a b c"\n+++\nOne two.\n', { words: 2, excerptWords: null, readingMinutes: 1 }],
    ['markup and URLs do not count, as in the index', '<p>Read [this](http://example.com/a-b) at https://x.org now.</p>\n', { words: 4, excerptWords: null, readingMinutes: 1 }],
  ];
  for (const [title, text, expected] of cases) {
    test(title, () => {
      assert.deepEqual(textStats(text), expected);
    });
  }

  test('the reading time is whole minutes at 230 words a minute, rounded up', () => {
    assert.equal(wordsPerMinute, 230);
    assert.deepEqual([0, 1, 230, 231, 460, 461].map(readingMinutes), [0, 1, 1, 2, 2, 3]);
    assert.equal(textStats('word '.repeat(231)).readingMinutes, 2);
  });

  for (const set of postSets) {
    test(`agrees with the post index on every post of the ${set.label}`, { skip: set.skip }, async () => {
      const names = (await readdir(set.dir)).filter((name) => name.endsWith('.markdown'));
      assert.equal(names.length, set.names.length);
      for (const name of names) {
        const document = await readPost(set.dir, join(set.dir, name));
        const stats = textStats(document.text);
        assert.equal(stats.words, document.summary.words, name);
        assert.equal(stats.excerptWords !== null, document.summary.hasMarker, name);
        if (stats.excerptWords !== null) {
          assert.ok(stats.excerptWords > 0 && stats.excerptWords <= stats.words, name);
        }
      }
    });
  }
});

describe('filterPosts', () => {
  const post = (name: string, tags: readonly string[]): PostSummary => ({
    path: `/p/${name}.md`,
    fileName: `${name}.md`,
    title: name,
    date: null,
    time: null,
    tags,
    layout: null,
    slug: name,
    kind: 'draft',
    hasMarker: false,
    words: 0,
    modifiedMs: 0,
  });
  const posts = [post('a', ['x']), post('b', ['x', 'y']), post('c', [])];
  const names = (shown: readonly PostSummary[]): string[] => shown.map((shownPost) => shownPost.title);

  test('without a search: the posts in their order, narrowed by the tag', () => {
    assert.deepEqual(names(filterPosts(posts, { tag: '', found: null })), ['a', 'b', 'c']);
    assert.deepEqual(names(filterPosts(posts, { tag: 'x', found: null })), ['a', 'b']);
    assert.deepEqual(names(filterPosts(posts, { tag: 'none', found: null })), []);
  });

  test("with a search: the search's order, narrowed by the tag; paths no longer listed are skipped", () => {
    const found = ['/p/c.md', '/p/gone.md', '/p/b.md'];
    assert.deepEqual(names(filterPosts(posts, { tag: '', found })), ['c', 'b']);
    assert.deepEqual(names(filterPosts(posts, { tag: 'y', found })), ['b']);
    assert.deepEqual(names(filterPosts(posts, { tag: '', found: [] })), []);
  });
});
