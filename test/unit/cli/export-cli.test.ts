import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { localDateOf } from '../../../shared/export/export-date';
import { ExportRecords } from '../../../main/services/export/export-record';
import { distDir, projectRoot } from '../../harness/paths';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';


interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `$XDG_CONFIG_HOME` of the CLI runs, so their user-data folder is `<it>/Inkpost` in the test's temporary folder. */
let configHome = '';

/** Runs the built `inkpost` command as a real process. */
function inkpost(args: readonly string[], cwd = projectRoot): Run {
  const env = { ...process.env, XDG_CONFIG_HOME: configHome };
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

void describe('inkpost draft, publish and unpublish (built CLI)', () => {
  let root = '';
  let blog = '';
  const post = (name: string): string => join(blog, '_posts', name);
  const postNames = (): Promise<string[]> => readdir(join(blog, '_posts')).then((names) => names.sort());

  before(async () => {
    assert.ok(existsSync(join(distDir, 'cli', 'inkpost.js')), 'the CLI is built: run `npm run build` first');
    root = await makeTempFolder('export-cli');
    blog = join(root, 'blog');
    configHome = join(root, 'config');
    await copyTestBlog(blog);
  });
  after(async () => {
    await removeFolder(root);
  });

  void test('the usage text lists the three commands', () => {
    const run = inkpost(['--help']);
    assert.equal(run.status, 0);
    for (const command of ['draft "<title>" [--dir <folder>] [--blog <blog>]', 'publish <draft>', 'unpublish <post>']) {
      assert.ok(run.stdout.includes(command), command);
    }
  });

  void test('draft creates <blog>/_drafts/<slug>.<ext> with the blog\'s usual keys, and refuses to overwrite it', async () => {
    const run = inkpost(['draft', 'Tankaar: A New Game', '--blog', blog]);
    assert.equal(run.status, 0, run.stderr);
    const path = join(blog, '_drafts', 'tankaar-a-new-game.markdown');
    assert.equal(run.stdout, `${path}\n`);
    assert.equal(await readFile(path, 'utf8'), '---\nlayout: post\ntitle: "Tankaar: A New Game"\nextended: ":EXTENDED:"\n---\n\n');

    await writeFile(path, '---\nlayout: post\ntitle: "Tankaar: A New Game"\nextended: ":EXTENDED:"\n---\nMy words.\n');
    const again = inkpost(['draft', 'Tankaar: a new game!', '--blog', blog]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /^inkpost: .*tankaar-a-new-game\.markdown already exists; nothing was written\n$/);
    assert.match(await readFile(path, 'utf8'), /My words\./);
  });

  void test('draft follows the blog a --dir lies in, the blog it runs in, or else Jekyll\'s defaults', async () => {
    const inBlog = inkpost(['draft', 'Café Notes'], blog);
    assert.equal(inBlog.status, 0, inBlog.stderr);
    assert.equal(inBlog.stdout, `${join(blog, '_drafts', 'cafe-notes.markdown')}\n`);

    const nested = inkpost(['draft', 'Nested', '--dir', join(blog, '_drafts', 'ideas')]);
    assert.equal(nested.stdout, `${join(blog, '_drafts', 'ideas', 'nested.markdown')}\n`);

    const notes = join(root, 'notes');
    await mkdir(notes);
    const plain = inkpost(['draft', 'Hello: World'], notes);
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(plain.stdout, `${join(notes, 'hello-world.md')}\n`);
    assert.equal(await readFile(join(notes, 'hello-world.md'), 'utf8'), '---\nlayout: post\ntitle: "Hello: World"\n---\n\n');

    assert.equal(inkpost(['draft', '   ', '--dir', notes]).status, 2);
    assert.equal(inkpost(['draft', 'X', '--blog', notes]).status, 2, 'a --blog that is not a Jekyll site');
  });

  void test('publish writes the post in the blog\'s style and prints its path; the draft\'s date is used, not today\'s', async () => {
    const draft = join(blog, '_drafts', 'dated.markdown');
    await writeFile(draft, '---\ntitle: Dated\ndate: 2011-02-03 04:05\ntags: [a]\n---\nBody\n');
    const run = inkpost(['publish', draft]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${post('2011-02-03-dated.markdown')}\n`);
    assert.equal(await readFile(post('2011-02-03-dated.markdown'), 'utf8'), '---\nlayout: post\ntitle: Dated\ndate: 2011-02-03 04:05\ntags: [a]\ntime: "04:05"\nextended: ":EXTENDED:"\n---\nBody\n');
    assert.match(run.stderr, /published .*2011-02-03-dated\.markdown \(2011-02-03 04:05\)/);
  });

  void test('publish keeps the export record in the user-data folder, never in the blog; --user-data-dir moves it', async () => {
    const draft = join(blog, '_drafts', 'recorded.markdown');
    await writeFile(draft, '---\ntitle: Recorded\ndate: 2011-03-04\n---\nBody\n');
    const run = inkpost(['publish', draft]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(existsSync(join(blog, '.inkpost')), false, 'nothing of Inkpost\'s own in the blog');
    const records = ExportRecords.in(join(configHome, 'Inkpost'));
    assert.deepEqual((await records.read(blog)).exports[draft]?.post, '_posts/2011-03-04-recorded.markdown');

    const elsewhere = join(root, 'other-user-data');
    const moved = inkpost(['publish', draft, '--user-data-dir', elsewhere, '--date', '2011-03-05']);
    assert.equal(moved.status, 0, moved.stderr);
    assert.equal((await ExportRecords.in(elsewhere).read(blog)).exports[draft]?.post, '_posts/2011-03-05-recorded.markdown');
    assert.equal((await records.read(blog)).exports[draft]?.post, '_posts/2011-03-04-recorded.markdown', 'the other folder\'s record is untouched');
  });

  void test('publish --date and --time; an undated draft takes today\'s date', async () => {
    const outside = join(root, 'posts');
    await mkdir(outside, { recursive: true });
    const flagged = join(outside, 'flagged.md');
    await writeFile(flagged, '---\ntitle: Flagged\n---\nBody\n');
    const run = inkpost(['publish', flagged, '--blog', blog, '--date', '2012-07-08', '--time', '06:30']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${post('2012-07-08-flagged.markdown')}\n`);
    assert.match(await readFile(post('2012-07-08-flagged.markdown'), 'utf8'), /\ntime: "06:30"\n/);

    const undated = join(outside, 'undated.md');
    await writeFile(undated, '---\ntitle: Undated\n---\nBody\n');
    const before = localDateOf(new Date());
    const today = inkpost(['publish', undated, '--blog', blog]);
    const afterwards = localDateOf(new Date());
    assert.equal(today.status, 0, today.stderr);
    assert.ok([before, afterwards].some((date) => today.stdout === `${post(`${date}-undated.markdown`)}\n`), today.stdout);
    assert.match(await readFile(today.stdout.trim(), 'utf8'), /\ntime: "\d\d:\d\d"\n/);
  });

  void test('a conflict exits 1 naming the file and the flags; --keep-both and --replace resolve it', async () => {
    const existing = post('2013-01-20-tabs-a-short-note.markdown');
    const original = await readFile(existing);
    const draft = join(root, 'posts', 'tabs.md');
    await mkdir(join(root, 'posts'), { recursive: true });
    await writeFile(draft, '---\ntitle: "Tabs: A Short Note"\n---\nMine.\n');
    const before = await postNames();
    const conflict = inkpost(['publish', draft, '--blog', blog, '--date', '2013-01-20']);
    assert.equal(conflict.status, 1);
    assert.equal(conflict.stdout, '');
    assert.ok(conflict.stderr.includes(`${existing} already exists with other content`), conflict.stderr);
    assert.match(conflict.stderr, /--replace/);
    assert.match(conflict.stderr, /--keep-both/);
    assert.deepEqual(await postNames(), before);
    assert.deepEqual(await readFile(existing), original);

    const both = inkpost(['publish', draft, '--blog', blog, '--date', '2013-01-20', '--keep-both']);
    assert.equal(both.status, 0, both.stderr);
    assert.equal(both.stdout, `${post('2013-01-20-tabs-a-short-note-2.markdown')}\n`);
    assert.deepEqual(await readFile(existing), original);

    const other = join(root, 'posts', 'tabs-other.md');
    await writeFile(other, '---\ntitle: "Tabs: A Short Note"\n---\nReplacement.\n');
    const replaced = inkpost(['publish', other, '--blog', blog, '--date', '2013-01-20', '--replace']);
    assert.equal(replaced.status, 0, replaced.stderr);
    assert.equal(replaced.stdout, `${existing}\n`);
    assert.match(await readFile(existing, 'utf8'), /Replacement\./);

    const both2 = inkpost(['publish', other, '--blog', blog, '--replace', '--keep-both']);
    assert.equal(both2.status, 2);
    assert.match(both2.stderr, /exclude each other/);
  });

  void test('a check error exits 1 with path:line:col problems, and writes nothing', async () => {
    const draft = join(root, 'posts', 'broken.md');
    // A {{ left open stops jekyll build: the export refuses it.
    await writeFile(draft, '---\ntitle: Broken\n---\nBody {{ open\n');
    const before = await postNames();
    const run = inkpost(['publish', draft, '--blog', blog]);
    assert.equal(run.status, 1);
    assert.ok(run.stderr.startsWith(`${draft}:4:6: error: Liquid syntax error`), run.stderr);
    assert.match(run.stderr, /was not published: fix the errors above/);
    assert.deepEqual(await postNames(), before);
  });

  void test('--move deletes the draft once the post is written', async () => {
    const draft = join(blog, '_drafts', 'moving-on.markdown');
    await writeFile(draft, '---\ntitle: Moving On\n---\nBody\n');
    const run = inkpost(['publish', draft, '--date', '2013-01-01', '--move']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${post('2013-01-01-moving-on.markdown')}\n`);
    await assert.rejects(stat(draft), { code: 'ENOENT' });
  });

  void test('usage errors exit 2 and write nothing', async () => {
    const draft = join(root, 'posts', 'usage.md');
    await writeFile(draft, '---\ntitle: Usage\n---\nBody\n');
    const before = await postNames();
    for (const args of [
      ['publish', draft],
      ['publish', draft, '--blog', blog, '--date', '2013-1-1'],
      ['publish', draft, '--blog', blog, '--time', '25:00'],
      ['publish', join(root, 'posts', 'missing.md'), '--blog', blog],
      ['publish', draft, '--blog', join(root, 'posts')],
      ['draft', 'X', '--date', '2013-01-01'],
      ['unpublish', draft],
      ['unpublish', draft, '--blog', blog],
    ]) {
      const run = inkpost(args);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^inkpost: /, args.join(' '));
    }
    assert.deepEqual(await postNames(), before);
  });

  void test('unpublish moves a post back to _drafts byte for byte and names its date', async () => {
    const path = post('2012-04-14-kite-flying-on-a-windy-saturday.markdown');
    const bytes = await readFile(path);
    const run = inkpost(['unpublish', path]);
    assert.equal(run.status, 0, run.stderr);
    const draft = join(blog, '_drafts', 'kite-flying-on-a-windy-saturday.markdown');
    assert.equal(run.stdout, `${draft}\n`);
    assert.deepEqual(await readFile(draft), bytes);
    await assert.rejects(stat(path), { code: 'ENOENT' });
    assert.match(run.stderr, /it was dated 2012-04-14; publish it with --date 2012-04-14/);

    const back = inkpost(['publish', draft, '--date', '2012-04-14', '--move']);
    assert.equal(back.status, 0, back.stderr);
    assert.deepEqual(await readFile(path), bytes, 'publishing it back on its date restores the very same file');
  });
});
