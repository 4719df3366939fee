import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { journalFileName, journalFolder, listJournaledPosts, PostJournal } from '../../../main/services/journal/journal';
import { readPost } from '../../../main/services/posts/post-store';
import type { JournalListing } from '../../../shared/journal';
import { HarnessDesktop } from '../../harness/harness-desktop';
import { makeTestHost } from '../../harness/test-host';
import { copyTestPosts, makeTempFolder, removeFolder, withTempFolder } from '../../harness/temp-folders';

const hacks = '2012-04-14-kite-flying-on-a-windy-saturday.markdown';
const tankaar = '2012-09-03-sourdough-notes-a-year-of-starters.markdown';

/** Runs `body` with a posts folder (copies of the fixtures) and a separate user-data folder. */
async function withFolders(label: string, body: (postsDir: string, journal: PostJournal) => Promise<void>): Promise<void> {
  const postsDir = await makeTempFolder(`${label}-posts`);
  const userDataDir = await makeTempFolder(`${label}-user-data`);
  try {
    await copyTestPosts(postsDir);
    await body(postsDir, new PostJournal(journalFolder(userDataDir)));
  } finally {
    await removeFolder(postsDir);
    await removeFolder(userDataDir);
  }
}

describe('the journal of unsaved edits', () => {
  test('an edit is stored outside the post, in <userData>/journal/<sha256 of the path>.json, and read back', async () => {
    await withTempFolder('journal-write', async (userDataDir) => {
      const journal = new PostJournal(journalFolder(userDataDir));
      const path = '/home/jack/posts/2009-01-15-some-jekyll-hacks.markdown';
      const entry = await journal.write({ path, baseVersion: 'v1', text: 'Unsaved words ✍\n' }, new Date('2026-12-06T01:02:03.000Z'));
      assert.deepEqual(entry, { path, baseVersion: 'v1', text: 'Unsaved words ✍\n', savedAt: '2026-12-06T01:02:03.000Z' });
      const name = `${createHash('sha256').update(path).digest('hex')}.json`;
      assert.equal(journalFileName(path), name);
      assert.deepEqual(await readdir(join(userDataDir, 'journal')), [name]);
      assert.deepEqual(JSON.parse(await readFile(join(userDataDir, 'journal', name), 'utf8')), {
        format: 'inkpost-journal',
        formatVersion: 1,
        ...entry,
      });
      assert.deepEqual(await journal.read(), { entries: [entry], problems: [] });
    });
  });

  test('reading a journal that was never written finds nothing and creates nothing', async () => {
    await withTempFolder('journal-empty', async (userDataDir) => {
      assert.deepEqual(await new PostJournal(journalFolder(userDataDir)).read(), { entries: [], problems: [] });
      assert.deepEqual(await readdir(userDataDir), []);
    });
  });

  test('a rewrite replaces the file atomically: a reader never sees half a journal, no temporary file is left', async () => {
    await withTempFolder('journal-atomic', async (userDataDir) => {
      const journal = new PostJournal(journalFolder(userDataDir));
      const path = '/posts/long.md';
      const texts = ['a'.repeat(3_000_000), 'b'.repeat(2_000_000)];
      await journal.write({ path, baseVersion: 'v', text: texts[0] ?? '' });
      const file = join(journalFolder(userDataDir), journalFileName(path));
      const firstInode = (await stat(file)).ino;
      let writing = true;
      let inodeAfterFirstRewrite: number | undefined;
      const writer = (async () => {
        for (let round = 1; round <= 12; round += 1) {
          await journal.write({ path, baseVersion: 'v', text: texts[round % 2] ?? '' });
          // Only the first rewrite's inode is telling: later temp files may reuse the numbers of unlinked ones.
          inodeAfterFirstRewrite ??= (await stat(file)).ino;
        }
        writing = false;
      })();
      let reads = 0;
      while (writing) {
        const stored = JSON.parse(await readFile(file, 'utf8')) as { text: string };
        assert.ok(stored.text === texts[0] || stored.text === texts[1], 'a whole version');
        reads += 1;
      }
      await writer;
      assert.ok(reads > 0);
      assert.notEqual(inodeAfterFirstRewrite, firstInode, 'the file was replaced by a rename, not rewritten in place');
      assert.deepEqual(await readdir(journalFolder(userDataDir)), [journalFileName(path)]);
    });
  });

  test('discard removes only that post\'s journal; discarding twice is fine', async () => {
    await withTempFolder('journal-discard', async (userDataDir) => {
      const journal = new PostJournal(journalFolder(userDataDir));
      await journal.write({ path: '/posts/a.md', baseVersion: 'v', text: 'A' });
      const kept = await journal.write({ path: '/posts/b.md', baseVersion: 'v', text: 'B' });
      await journal.discard('/posts/a.md');
      await journal.discard('/posts/a.md');
      await journal.discard('/posts/never-journaled.md');
      assert.deepEqual(await journal.read(), { entries: [kept], problems: [] });
    });
  });

  test('a corrupt journal file is reported and set aside, never deleted, and the others still read', async () => {
    await withTempFolder('journal-corrupt', async (userDataDir) => {
      const journal = new PostJournal(journalFolder(userDataDir));
      const good = await journal.write({ path: '/posts/good.md', baseVersion: 'v', text: 'kept' });
      const folder = journalFolder(userDataDir);
      const truncated = journalFileName('/posts/truncated.md');
      const wrongShape = journalFileName('/posts/wrong-shape.md');
      const misnamed = journalFileName('/posts/misnamed.md');
      await writeFile(join(folder, truncated), '{"format":"inkpost-journal","formatVersion":1,"path":"/po');
      await writeFile(join(folder, wrongShape), JSON.stringify({ format: 'inkpost-journal', formatVersion: 1, path: '/posts/wrong-shape.md', text: 3 }));
      await writeFile(join(folder, misnamed), JSON.stringify({ format: 'inkpost-journal', formatVersion: 1, path: '/posts/other.md', baseVersion: 'v', text: '', savedAt: good.savedAt }));
      await writeFile(join(folder, 'notes.txt'), 'not a journal name: ignored');

      const { entries, problems } = await journal.read();
      assert.deepEqual(entries, [good]);
      assert.equal(problems.length, 3);
      const byName = (name: string) => problems.find((problem) => problem.file.startsWith(join(folder, `${name}.corrupt-`)));
      assert.match(byName(truncated)?.message ?? '', /is not a readable journal entry \(.*JSON.*\); kept it as .*\.corrupt-\d+/);
      assert.match(byName(wrongShape)?.message ?? '', /baseVersion|text/);
      assert.match(byName(misnamed)?.message ?? '', /it names \/posts\/other\.md/);
      for (const problem of problems) {
        assert.notEqual(await readFile(problem.file, 'utf8'), '', 'the bad file is kept with its bytes');
      }
      // Set aside, so the next start does not report them again.
      assert.deepEqual(await journal.read(), { entries: [good], problems: [] });
    });
  });

  test('listJournaledPosts: restorable while the post is unchanged, a conflict once it changed, missing once it is gone', async () => {
    await withFolders('journal-states', async (postsDir, journal) => {
      const hacksPath = join(postsDir, hacks);
      const tankaarPath = join(postsDir, tankaar);
      const gonePath = join(postsDir, 'gone.markdown');
      await writeFile(gonePath, '---\ntitle: Gone\n---\n');
      const hacksDoc = await readPost(postsDir, hacksPath);
      const tankaarDoc = await readPost(postsDir, tankaarPath);
      const goneDoc = await readPost(postsDir, gonePath);
      await journal.write({ path: hacksPath, baseVersion: hacksDoc.version, text: `${hacksDoc.text}More.\n` }, new Date('2026-12-06T01:00:00Z'));
      await journal.write({ path: tankaarPath, baseVersion: tankaarDoc.version, text: 'mine' }, new Date('2026-12-06T01:00:01Z'));
      await journal.write({ path: gonePath, baseVersion: goneDoc.version, text: 'orphan' }, new Date('2026-12-06T01:00:02Z'));
      await journal.write({ path: '/elsewhere/post.md', baseVersion: 'v', text: 'another folder' }, new Date('2026-12-06T01:00:03Z'));
      await writeFile(tankaarPath, 'changed by another program\n');
      await rm(gonePath);

      const listing = await listJournaledPosts(journal, postsDir);
      assert.deepEqual(listing.problems, []);
      assert.deepEqual(
        listing.posts.map((post) => [post.path, post.state, post.diskText]),
        [
          [hacksPath, 'restorable', hacksDoc.text],
          [tankaarPath, 'conflict', 'changed by another program\n'],
          [gonePath, 'missing', null],
        ],
      );
      assert.equal(listing.posts[0]?.text, `${hacksDoc.text}More.\n`);
      assert.equal(listing.posts[1]?.diskVersion, (await readPost(postsDir, tankaarPath)).version);
      // Another folder's entry is not listed here but stays in the journal.
      assert.equal((await journal.read()).entries.length, 4);
    });
  });

  test('over the bridge: writeJournal only for posts of the folder, listJournal and discardJournal', async () => {
    await withFolders('journal-bridge', async (postsDir, journal) => {
      const testHost = makeTestHost({ postsDir, blogDir: null }, new HarnessDesktop(), undefined, journal);
      const { table } = testHost;
      try {
        const path = join(postsDir, hacks);
        const { version } = await readPost(postsDir, path);
        const postBytes = await readFile(path);
        const written = await dispatchCall(table, 'writeJournal', [{ path, baseVersion: version, text: 'unsaved' }]);
        assert.deepEqual(written, { ok: true, value: undefined });
        const outside = await dispatchCall(table, 'writeJournal', [{ path: '/etc/hostname', baseVersion: version, text: 'x' }]);
        assert.equal(outside.ok ? 'ok' : outside.error.code, 'outside-folder');
        const extraKey = await dispatchCall(table, 'writeJournal', [{ path, baseVersion: version, text: 'x', savedAt: 'now' }]);
        assert.equal(extraKey.ok ? 'ok' : extraKey.error.code, 'invalid-argument');
        const listed = await dispatchCall(table, 'listJournal', []);
        assert.ok(listed.ok);
        assert.deepEqual((listed.value as JournalListing).posts.map((post) => [post.path, post.state, post.text]), [[path, 'restorable', 'unsaved']]);
        const discardOutside = await dispatchCall(table, 'discardJournal', ['/etc/hostname']);
        assert.equal(discardOutside.ok ? 'ok' : discardOutside.error.code, 'outside-folder');
        assert.deepEqual(await dispatchCall(table, 'discardJournal', [path]), { ok: true, value: undefined });
        assert.deepEqual(await journal.read(), { entries: [], problems: [] });
        assert.deepEqual(await readFile(path), postBytes, 'the journal never touches the post file');
      } finally {
        testHost.close();
      }
    });
  });
});
