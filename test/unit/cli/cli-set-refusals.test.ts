// `inkpost set` on front matter it cannot edit safely: exit 2, a message naming the file and why,
// and not a byte written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/run-cli';
import { testFixturesDir } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';

async function setOn(fixture: string, args: readonly string[]): Promise<{ status: number; stderr: string; changed: boolean }> {
  return withTempFolder('cli-set-refusals', async (folder) => {
    await mkdir(join(folder, '_posts'));
    const path = join(folder, '_posts', fixture.split('/').pop() as string);
    await copyFile(join(testFixturesDir, fixture), path);
    const before = await readFile(path);
    let stderr = '';
    const status = await runCli(['set', path, ...args], { out: () => undefined, error: (text) => { stderr += text; } });
    return { status, stderr: stderr.replaceAll(folder, '<folder>'), changed: !(await readFile(path)).equals(before) };
  });
}

test('a key written twice: the file, the lines, and nothing written', async () => {
  const run = await setOn('edit-blog/_posts/2021-01-09-duplicate-title.md', ['--title', 'New']);
  assert.deepEqual({ status: run.status, changed: run.changed }, { status: 2, changed: false });
  assert.match(run.stderr, /^inkpost: <folder>\/_posts\/2021-01-09-duplicate-title\.md: the key "title" is written more than once \(lines 3 and 5; Jekyll uses the last\)/);
});

test('a character a Latin-1 file cannot hold: the file, the place, and nothing written', async () => {
  const run = await setOn('check-blog/_posts/2020-01-16-latin1.markdown', ['--title', 'Café — bar']);
  assert.deepEqual({ status: run.status, changed: run.changed }, { status: 2, changed: false });
  assert.match(run.stderr, /^inkpost: <folder>\/_posts\/2020-01-16-latin1\.markdown: line 3, column \d+: '—' cannot be saved in this Latin-1 file; nothing was written/);
});

test('an alias that would lose its anchor: the file, the key, where the result would break', async () => {
  const run = await setOn('edit-blog/_posts/2021-01-07-anchors.md', ['--tags', 'yaml']);
  assert.deepEqual({ status: run.status, changed: run.changed }, { status: 2, changed: false });
  assert.match(run.stderr, /^inkpost: <folder>\/_posts\/2021-01-07-anchors\.md: Inkpost could not change "tags" safely: the edited front matter would not read \(its line 7, column \d+: unknown alias \*tags\)/);
});
