import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import type { PostsChangedEvent } from '../../../shared/post';
import { copyTestPosts, testPostNames, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { makeTestHost, type TestHost } from '../../harness/test-host';

let first = '';
let second = '';
let testHost: TestHost;

before(async () => {
  first = await makeTempFolder('host-first');
  second = await makeTempFolder('host-second');
  await copyTestPosts(first);
  await writeFile(join(second, '2024-05-01-only-here.md'), '---\ntitle: "Only here"\n---\nText.\n');
  testHost = makeTestHost({ postsDir: first, blogDir: null });
});

after(async () => {
  testHost.close();
  await removeFolder(first);
  await removeFolder(second);
});

async function call(name: string, ...args: unknown[]): Promise<unknown> {
  const outcome = await dispatchCall(testHost.table, name, args);
  if (!outcome.ok) {
    throw new Error(outcome.error.message);
  }
  return outcome.value;
}

async function listedNames(): Promise<string[]> {
  const listing = (await call('listPosts')) as { posts: readonly { path: string }[] };
  return listing.posts.map((post) => post.path.slice(post.path.lastIndexOf('/') + 1)).sort();
}

test('after open, every call of the same table goes to the new folder and the renderer is told', async () => {
  assert.deepEqual(await listedNames(), [...testPostNames]);
  testHost.host.open(second, null);
  assert.deepEqual(testHost.events.at(-1), { name: 'workspaceChanged', payload: { workspace: { postsDir: second, blogDir: null } } });
  assert.deepEqual(await call('getWorkspace'), { postsDir: second, blogDir: null });
  assert.deepEqual(await listedNames(), ['2024-05-01-only-here.md']);
  const post = (await call('readPost', join(second, '2024-05-01-only-here.md'))) as { text: string };
  assert.match(post.text, /Only here/);
  await assert.rejects(call('readPost', join(first, testPostNames[0] ?? '')), /outside|not inside|posts folder/i);
});

test('the old folder is no longer watched: its changes send no events', async () => {
  const before = testHost.events.length;
  await writeFile(join(first, '2030-01-01-late.md'), '---\ntitle: "Late"\n---\n');
  await writeFile(join(second, '2030-01-02-new.md'), '---\ntitle: "New"\n---\n');
  const deadline = Date.now() + 5000;
  const changed = (): PostsChangedEvent[] =>
    testHost.events.slice(before).filter((event) => event.name === 'postsChanged').map((event) => event.payload as PostsChangedEvent);
  while (!changed().some((event) => event.added.some((path) => path.endsWith('2030-01-02-new.md'))) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.ok(changed().length > 0, 'the new folder announces its change');
  assert.ok(changed().every((event) => event.folder === second), JSON.stringify(changed()));
});
