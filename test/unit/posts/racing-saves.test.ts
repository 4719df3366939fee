// Saves of one file are ordered (a per-file queue in main): two saves from one version never both win.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readPost, savePost } from '../../../main/services/posts/post-store';
import { withTempFolder } from '../../harness/temp-folders';

void test('50 pairs of saves from one version: one saved, the other a conflict carrying the saved text', () =>
  withTempFolder('racing-saves', async (folder) => {
    const path = join(folder, 'post.md');
    await writeFile(path, '---\ntitle: Race\n---\nStart.\n');
    let version = (await readPost(folder, path)).version;
    for (let pair = 0; pair < 50; pair += 1) {
      const texts = [`---\ntitle: Race\n---\n${pair} left\n`, `---\ntitle: Race\n---\n${pair} right\n`];
      const results = await Promise.all(texts.map((text) => savePost(folder, { path, text, baseVersion: version })));
      const winner = results.findIndex((result) => result.status === 'saved');
      const loser = results[1 - winner];
      assert.equal(results.filter((result) => result.status === 'saved').length, 1, `pair ${pair}`);
      assert.equal(loser?.status === 'conflict' ? loser.diskText : null, texts[winner]);
      assert.equal(await readFile(path, 'utf8'), texts[winner]);
      const won = results[winner];
      version = won?.status === 'saved' ? won.version : '';
    }
  }));
