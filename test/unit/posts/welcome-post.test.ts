import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexFolder } from '../../../main/services/index/post-index';
import { ensurePostsFolder, welcomePostFileName } from '../../../main/services/posts/welcome-post';
import { testPostsDir } from '../../harness/paths';
import { testPostNames, withTempFolder, withTestPostsCopy } from '../../harness/temp-folders';

describe('ensurePostsFolder', () => {
  test('creates a missing nested folder with one welcome post', async () => {
    await withTempFolder('welcome-new', async (root) => {
      const folder = join(root, 'Documents', 'Inkpost', 'posts');
      await ensurePostsFolder(folder);
      assert.equal((await stat(folder)).isDirectory(), true);
      assert.deepEqual(await readdir(folder), ['welcome-to-inkpost.markdown']);
      assert.equal(welcomePostFileName, 'welcome-to-inkpost.markdown');

      const listing = await indexFolder(folder);
      assert.deepEqual(listing.problems, []);
      assert.equal(listing.posts.length, 1);
      const [welcome] = listing.posts;
      assert.deepEqual(
        [welcome?.title, welcome?.date, welcome?.kind, welcome?.time, welcome?.tags, welcome?.layout],
        ['Welcome to Inkpost', null, 'draft', '09:00', ['inkpost'], 'post'],
      );

      const text = await readFile(join(folder, welcomePostFileName), 'utf8');
      const lines = text.split('\n');
      assert.equal(lines.filter((line) => line === ':EXTENDED:').length, 1);
      assert.equal(lines.includes('extended: ":EXTENDED:"'), true);
      assert.equal(text.endsWith('\n'), true);
      assert.equal(text.includes('\r'), false);
    });
  });

  test('calling it twice does not add a second post or change the first', async () => {
    await withTempFolder('welcome-twice', async (root) => {
      const folder = join(root, 'posts');
      await ensurePostsFolder(folder);
      const first = await readFile(join(folder, welcomePostFileName));
      const firstModified = (await stat(join(folder, welcomePostFileName))).mtimeMs;
      await ensurePostsFolder(folder);
      assert.deepEqual(await readdir(folder), [welcomePostFileName]);
      assert.deepEqual(await readFile(join(folder, welcomePostFileName)), first);
      assert.equal((await stat(join(folder, welcomePostFileName))).mtimeMs, firstModified);
    });
  });

  test('an existing empty folder gets the welcome post', async () => {
    await withTempFolder('welcome-empty', async (folder) => {
      await ensurePostsFolder(folder);
      assert.deepEqual(await readdir(folder), [welcomePostFileName]);
    });
  });

  test('an existing folder with posts is left exactly as it is', async () => {
    await withTestPostsCopy('welcome-existing', async (folder) => {
      await ensurePostsFolder(folder);
      assert.deepEqual((await readdir(folder)).sort(), [...testPostNames]);
      for (const name of testPostNames) {
        assert.deepEqual(await readFile(join(folder, name)), await readFile(join(testPostsDir, name)), name);
      }
    });
  });

  test('a folder holding any file, even a non-post, is left alone', async () => {
    await withTempFolder('welcome-nonpost', async (folder) => {
      await writeFile(join(folder, 'notes.txt'), 'mine');
      await ensurePostsFolder(folder);
      assert.deepEqual(await readdir(folder), ['notes.txt']);
      assert.equal(await readFile(join(folder, 'notes.txt'), 'utf8'), 'mine');
    });
  });
});
