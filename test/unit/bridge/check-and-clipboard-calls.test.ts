// The calls behind the link picker and the problems panel, through the dispatcher as the renderer
// makes them: only a lone http(s) or mailto URL leaves the clipboard, and the check calls stay
// inside the posts folder.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { HarnessDesktop } from '../../harness/harness-desktop';
import { makeTestHost, type TestHost } from '../../harness/test-host';
import { copyTestBlog, makeTempFolder, removeFolder, testPosts } from '../../harness/temp-folders';

let blog = '';
let host: TestHost;
const desktop = new HarnessDesktop();
const ignore = (): void => undefined;

before(async () => {
  blog = await makeTempFolder('check-calls');
  await copyTestBlog(blog);
  host = makeTestHost({ postsDir: blog, blogDir: blog }, desktop);
});

after(async () => {
  host.close();
  await removeFolder(blog);
});

void test('readClipboardUrl gives the clipboard only when it holds one http, https or mailto URL', async () => {
  const cases: [string, string | null][] = [
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['  mailto:someone@example.org\n', 'mailto:someone@example.org'],
    ['http://example.org', 'http://example.org'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['/2012/04/14/kite.html', null],
    ['https://example.org/a and more words', null],
    ['my bank password', null],
    ['', null],
  ];
  for (const [clipboard, expected] of cases) {
    desktop.clipboardText = clipboard;
    assert.deepEqual(await dispatchCall(host.table, 'readClipboardUrl', [], ignore), { ok: true, value: expected }, JSON.stringify(clipboard));
  }
});

void test('checkPost checks the text given, and only for a path inside the posts folder', async () => {
  const path = join(blog, '_posts', testPosts.noExtended);
  const outcome = await dispatchCall(host.table, 'checkPost', [path, '---\nlayout: post\ntitle: T\n---\n{% post_url 2001-01-01-none %}\n'], ignore);
  assert.ok(outcome.ok);
  assert.deepEqual((outcome.value as readonly { line: number; severity: string }[]).map((problem) => [problem.line, problem.severity]), [[5, 'error']]);
  const outside = await dispatchCall(host.table, 'checkPost', ['/etc/passwd', 'x'], ignore);
  assert.equal(outside.ok, false);
  assert.equal(outside.ok ? '' : outside.error.code, 'outside-folder');
  const folder = await dispatchCall(host.table, 'checkPosts', [], ignore);
  assert.ok(folder.ok);
  assert.deepEqual((folder.value as readonly { path: string }[]).map((problem) => problem.path), [join(blog, '_posts', testPosts.markerUnused)]);
});
