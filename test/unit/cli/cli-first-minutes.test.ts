/**
 * Issue #13, CLI points: `set` and `draft` follow the blog's key order,
 * `check` ends with counts and points its marker warning at the key, and a
 * usage error is its reason plus one line naming --help.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { helpHint, runCli } from '../../../main/cli/run-cli';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function inkpost(args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { out: (text) => (stdout += text), error: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

void describe('inkpost in a blog, as a new user meets it', () => {
  let root = '';
  let blog = '';

  before(async () => {
    root = await makeTempFolder('cli-first-minutes');
    blog = join(root, 'blog');
    await copyTestBlog(blog);
  });
  after(async () => {
    await removeFolder(root);
  });

  void test('draft then set in _drafts: the keys land in the blog\'s order, not the _drafts folder\'s', async () => {
    // Another draft in _drafts with its own order must not win over the blog's published posts.
    await writeFile(join(blog, '_drafts', 'odd-order.markdown'), '---\nlayout: post\ntitle: Odd\nextended: ":EXTENDED:"\ntime: "08:00"\ntags: [x]\n---\nBody\n');
    const draft = await inkpost(['draft', 'Fresh start', '--blog', blog]);
    assert.equal(draft.status, 0, draft.stderr);
    const path = draft.stdout.trim();
    assert.deepEqual(Object.keys(parsePost(await readFile(path, 'utf8')).data), ['layout', 'title', 'extended'], 'the blog\'s usual keys, in its order');
    const set = await inkpost(['set', path, '--tags', 'xmpp,jabber', '--time', '10:30']);
    assert.equal(set.status, 0, set.stderr);
    assert.equal(
      await readFile(path, 'utf8'),
      '---\nlayout: post\ntitle: Fresh start\ntags: [xmpp, jabber]\ntime: "10:30"\nextended: ":EXTENDED:"\n---\n\n',
    );
  });

  void test('set on a draft in a subfolder of _drafts also follows the blog', async () => {
    await mkdir(join(blog, '_drafts', 'ideas'), { recursive: true });
    const path = join(blog, '_drafts', 'ideas', 'later.markdown');
    await writeFile(path, '---\nlayout: post\ntitle: Later\n---\n\nText\n');
    assert.equal((await inkpost(['set', path, '--time', '09:00', '--tags', 'a'])).status, 0);
    assert.deepEqual(Object.keys(parsePost(await readFile(path, 'utf8')).data), ['layout', 'title', 'tags', 'time']);
  });

  void test('check on a clean folder says how many posts and that there are no problems', async () => {
    const clean = join(root, 'clean');
    await mkdir(clean);
    await writeFile(join(clean, '2020-01-01-one.md'), '---\nlayout: post\ntitle: One\n---\nBody\n');
    await writeFile(join(clean, '2020-01-02-two.md'), '---\nlayout: post\ntitle: Two\n---\nBody\n');
    assert.deepEqual(await inkpost(['check', clean]), { status: 0, stdout: '2 posts, no problems\n', stderr: '' });
  });

  void test('check ends with counts, and the marker warning points at the extended: line in plain words', async () => {
    const folder = join(root, 'marked');
    await mkdir(folder);
    const keyNoMarker = join(folder, '2020-01-01-key-no-marker.md');
    await writeFile(keyNoMarker, '---\nlayout: post\ntitle: T\ntags: [a]\nextended: ":EXTENDED:"\n---\nNo marker line.\n');
    // A date that is no date stops jekyll build: an error (an unquoted time is only a warning).
    await writeFile(join(folder, '2020-01-02-bad-date.md'), '---\nlayout: post\ntitle: T\ndate: someday\n---\nBody\n');
    await writeFile(join(folder, '2020-01-03-fine.md'), '---\nlayout: post\ntitle: T\n---\nBody\n');
    const run = await inkpost(['check', folder]);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 3, run.stdout);
    assert.equal(lines[0]?.startsWith(`${join(folder, '2020-01-01-key-no-marker.md')}:5:1: warning: extended: ":EXTENDED:" declares a marker`), true, lines[0]);
    assert.equal(lines[0]?.includes('::'), false, 'no double colon after the marker');
    assert.equal(lines[2], '3 posts: 1 error, 1 warning in 2 posts');
  });

  void test('check --json stays a bare array of problems', async () => {
    const run = await inkpost(['check', join(root, 'clean'), '--json']);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  for (const args of [[], ['list'], ['frobnicate', 'x'], ['list', '.', '--bogus'], ['set', 'x.md'], ['check', '.', '--title', 'x']]) {
    void test(`a usage error is the reason and one line naming --help: inkpost ${args.join(' ')}`, async () => {
      const run = await inkpost(args);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2, run.stderr);
      assert.match(lines[0] ?? '', /^inkpost: \S/);
      assert.equal(`${lines[1]}\n`, helpHint);
      assert.match(helpHint, /--help/);
    });
  }

  void test('--help still prints the whole usage', async () => {
    const run = await inkpost(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: inkpost <command>/);
    assert.ok(run.stdout.split('\n').length > 20);
  });
});
