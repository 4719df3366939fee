import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parseLaunchArguments } from '../../../main/services/desktop/launch-arguments';

const packaged = { packaged: true, workingDirectory: resolve('/home/ada') };
const development = { packaged: false, workingDirectory: resolve('/home/ada') };

describe('launch arguments', () => {
  test('the packaged app: `inkpost-app <folder>` opens the folder, resolved against the working folder', () => {
    assert.deepEqual(parseLaunchArguments(['/opt/Inkpost/inkpost-app', 'blog/_drafts'], packaged), {
      postsDir: resolve('/home/ada/blog/_drafts'),
      blogDir: undefined,
      userDataDir: undefined,
    });
    assert.equal(parseLaunchArguments(['/opt/Inkpost/inkpost-app', '/srv/posts'], packaged).postsDir, resolve('/srv/posts'));
  });

  test('development: `electron <app> <folder>` skips the app path', () => {
    assert.equal(parseLaunchArguments(['/x/electron', '/repo', 'posts'], development).postsDir, resolve('/home/ada/posts'));
    assert.equal(parseLaunchArguments(['/x/electron', '/repo'], development).postsDir, undefined);
  });

  test('--posts-dir, --blog-dir and --user-data-dir, in both spellings; --posts-dir wins over a bare folder', () => {
    const parsed = parseLaunchArguments(['inkpost-app', 'ignored', '--posts-dir', 'drafts', '--blog-dir=../site', '--user-data-dir', '/tmp/profile'], packaged);
    assert.deepEqual(parsed, { postsDir: resolve('/home/ada/drafts'), blogDir: resolve('/home/site'), userDataDir: resolve('/tmp/profile') });
  });

  test("Chromium's switches and macOS's process serial number are not folders", () => {
    const argv = ['inkpost-app', '--no-sandbox', '-psn_0_12345', '--original-process-start-time=13312', '--enable-logging', 'notes'];
    assert.equal(parseLaunchArguments(argv, packaged).postsDir, resolve('/home/ada/notes'));
    assert.equal(parseLaunchArguments(['inkpost-app', '--no-sandbox'], packaged).postsDir, undefined);
  });

  test('an empty value means no folder, not the working folder', () => {
    assert.equal(parseLaunchArguments(['inkpost-app', '--posts-dir='], packaged).postsDir, undefined);
    assert.equal(parseLaunchArguments(['inkpost-app', ''], packaged).postsDir, undefined);
  });
});
