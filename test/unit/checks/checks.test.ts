import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Problem } from '../../../shared/problem';
import { checkFolder } from '../../../main/services/checks/check-folder';
import { projectRoot, referenceBlogDir, referenceSkip, testBlogDir } from '../../harness/paths';
import { copyTestBlog, makeTempFolder, removeFolder, testPosts } from '../../harness/temp-folders';

const referenceBlog = referenceBlogDir;

void describe('inkpost check on the test blog', () => {
  void test('no errors; the one post declaring a marker it never uses gets a warning', async () => {
    const problems = await checkFolder(testBlogDir);
    assert.deepEqual(
      problems.map((problem) => [problem.path.slice(testBlogDir.length + 1), problem.line, problem.severity]),
      [[`_posts/${testPosts.markerUnused}`, 6, 'warning']],
    );
  });

  void test('the _posts folder alone is checked against the blog it belongs to', async () => {
    const problems = await checkFolder(join(testBlogDir, '_posts'));
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  });
});

void describe('inkpost check on the reference blog', { skip: referenceSkip }, () => {
  void test('its real posts have no errors; the one post declaring a marker it never uses gets a warning', async () => {
    const problems = await checkFolder(referenceBlog);
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
    assert.deepEqual(
      problems.map((problem) => [problem.path.slice(referenceBlog.length + 1), problem.line, problem.severity]),
      [
        ['_posts/2009-01-15-some-jekyll-hacks.markdown', 6, 'warning'],
        ['_posts/2009-03-11-upcoming-xmpp-talks-and-events.markdown', 6, 'warning'],
        ['_posts/2010-01-30-tankaar-a-new-xmpp-powered-game.markdown', 6, 'warning'],
      ],
    );
  });

  void test('the _posts folder alone is checked against the blog it belongs to', async () => {
    const problems = await checkFolder(join(referenceBlog, '_posts'));
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  });
});

void describe('each rule, in a copy of the blog', () => {
  let blog = '';
  let problems: Problem[] = [];
  const post = (name: string): string => join(blog, '_posts', name);
  const problemsOf = (name: string): string[] =>
    problems.filter((problem) => problem.path === post(name)).map((problem) => `${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`);

  before(async () => {
    blog = await makeTempFolder('checks');
    await copyTestBlog(blog);
    const write = (name: string, text: string | Buffer): Promise<void> => writeFile(post(name), text);
    await write('2011-01-01-bad-yaml.markdown', '---\nlayout: post\ntitle: A: B\n---\nBody\n');
    await write('2011-01-02-unquoted-time.markdown', '---\nlayout: post\ntitle: T\ntime: 13:48\n---\nBody\n');
    await write('2011-01-03-bad-time.markdown', '---\nlayout: post\ntitle: T\ntime: "25:00"\n---\nBody\n');
    await write('2011-01-04-tags-string.markdown', '---\nlayout: post\ntitle: T\ntags: one two\n---\nBody\n');
    await write('not-dated.markdown', '---\nlayout: post\ntitle: T\n---\nBody\n');
    await write('2011-01-05-same.markdown', '---\nlayout: post\ntitle: One\n---\nBody\n');
    await write('2011-01-05-same.md', '---\nlayout: post\ntitle: Two\n---\nBody\n');
    await write('2011-01-06-two-markers.markdown', '---\nlayout: post\ntitle: T\nextended: ":EXTENDED:"\n---\nA\n:EXTENDED:\nB\n:EXTENDED:\nC\n');
    await write('2011-01-07-marker-no-key.markdown', '---\nlayout: post\ntitle: T\n---\nA\n\n:EXTENDED:\nB\n');
    await write('2011-01-08-key-no-marker.markdown', '---\nlayout: post\ntitle: T\nextended: ":EXTENDED:"\n---\nA\n');
    await write('2011-01-09-unknown-layout.markdown', '---\nlayout: page-wide\ntitle: T\n---\nA\n');
    await write('2011-01-10-latin1.markdown', Buffer.from('---\nlayout: post\ntitle: Caf\xe9\n---\nA\n', 'latin1'));
    await write('2011-01-11-date-key.markdown', '---\nlayout: post\ntitle: T\ndate: 2011-02-11 10:00\n---\nA\n');
    await write('2011-02-30-impossible-date.markdown', '---\nlayout: post\ntitle: T\n---\nA\n');
    await write('2011-01-12-unclosed.markdown', '---\nlayout: post\ntitle: T\nBody without a closing fence\n');
    await write('2011-01-13-number-taxonomy.markdown', '---\nlayout: post\ntitle: T\ntags: 42\ncategories: 2024\n---\nA\n');
    problems = await checkFolder(blog);
  });

  after(async () => {
    await removeFolder(blog);
  });

  const expectations: readonly (readonly [string, readonly string[]])[] = [
    ['2011-01-01-bad-yaml.markdown', ['3:8: error: Nested mappings are not allowed in compact mappings']],
    ['2011-01-02-unquoted-time.markdown', ['4:7: warning: time is unquoted: Jekyll reads 13:48 as the number 49680; write time: "13:48"']],
    ['2011-01-03-bad-time.markdown', ['4:7: warning: time should be "HH:MM" (00:00 to 23:59), not "25:00"']],
    ['2011-01-04-tags-string.markdown', ['4:7: warning: tags is a string: Jekyll splits it on spaces into 2 (one, two); write a list, e.g. tags: [one, two]']],
    ['not-dated.markdown', ['1:1: error: a post in _posts needs a name starting with a date, YYYY-MM-DD-slug.markdown: Jekyll skips this file']],
    ['2011-01-06-two-markers.markdown', ['9:1: warning: a second marker line :EXTENDED: (the first is on line 7); only the first splits the post']],
    ['2011-01-07-marker-no-key.markdown', ['7:1: warning: the line :EXTENDED: splits nothing: the post has no extended or excerpt_separator key']],
    ['2011-01-08-key-no-marker.markdown', ['4:1: warning: extended: ":EXTENDED:" declares a marker, but no line of the body is ":EXTENDED:", so the post has no extended part']],
    ['2011-01-09-unknown-layout.markdown', ['2:9: error: layout "page-wide" is not in _layouts (found: base, post)']],
    ['2011-01-10-latin1.markdown', ['3:11: error: not valid UTF-8 (byte 27); Jekyll expects UTF-8']],
    ['2011-01-11-date-key.markdown', ['4:7: warning: the date key says 2011-02-11 but the file name says 2011-01-11: Jekyll dates the post, and its URL, by the date key']],
    ['2011-02-30-impossible-date.markdown', ['1:1: warning: 2011-02-30 is not a day of that month: Jekyll dates the post 2011-03-02']],
    ['2011-01-12-unclosed.markdown', ['1:1: error: front matter opened on line 1 is never closed']],
    ['2011-01-13-number-taxonomy.markdown', [
      '4:7: warning: tags is a number (42): Jekyll ignores it and the post gets no tags; write a list, e.g. tags: ["42"]',
      '5:13: error: categories is a number (2024): Jekyll cannot read the post; write a list, e.g. categories: ["2024"]',
    ]],
  ];
  for (const [name, expected] of expectations) {
    void test(name, () => {
      assert.deepEqual(problemsOf(name), expected);
    });
  }

  void test('two posts Jekyll publishes at one URL are each reported, naming the other by its path in the blog', () => {
    assert.deepEqual(problemsOf('2011-01-05-same.markdown'), ['1:1: error: published at the same URL as _posts/2011-01-05-same.md (/2011/01/05/same.html): Jekyll writes only one of them']);
    assert.deepEqual(problemsOf('2011-01-05-same.md'), ['1:1: error: published at the same URL as _posts/2011-01-05-same.markdown (/2011/01/05/same.html): Jekyll writes only one of them']);
  });

  void test('without a _layouts folder, layouts are not checked', async () => {
    const folder = await makeTempFolder('checks-no-layouts');
    try {
      await mkdir(join(folder, '_posts'));
      await writeFile(join(folder, '_posts', '2011-01-01-x.markdown'), '---\nlayout: anything\ntitle: T\n---\nA\n');
      assert.deepEqual(await checkFolder(folder), []);
    } finally {
      await removeFolder(folder);
    }
  });

  void test('the CLI prints path:line:col: severity: message and exits 1 on errors, 0 on warnings only', () => {
    const cli = join(projectRoot, 'bin', 'inkpost.js');
    const failing = spawnSync(process.execPath, [cli, 'check', blog], { encoding: 'utf8' });
    assert.equal(failing.status, 1);
    assert.ok(failing.stdout.includes(`${post('2011-01-02-unquoted-time.markdown')}:4:7: warning: time is unquoted`));
    assert.ok(failing.stdout.includes(`${post('2011-01-09-unknown-layout.markdown')}:2:9: error: layout "page-wide"`));
    const json = spawnSync(process.execPath, [cli, 'check', blog, '--json'], { encoding: 'utf8' });
    assert.equal(json.status, 1);
    const parsed = JSON.parse(json.stdout) as Problem[];
    assert.deepEqual(Object.keys(parsed[0] ?? {}).sort(), ['column', 'line', 'message', 'path', 'severity']);
    assert.equal(parsed.length, problems.length);
    const clean = spawnSync(process.execPath, [cli, 'check', testBlogDir], { encoding: 'utf8' });
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(clean.stdout.split('\n').filter(Boolean).length, 2, 'one warning and the counts');
    assert.match(clean.stdout, /\n7 posts: 1 warning in 1 post\n$/);
  });
});
