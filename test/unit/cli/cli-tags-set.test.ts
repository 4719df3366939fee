import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { projectRoot } from '../../harness/paths';
import { copyReferencePosts, referencePostNames, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { referenceSkip } from '../../harness/paths';

function inkpost(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function snapshot(folder: string): Promise<Map<string, string>> {
  return new Map(await Promise.all(referencePostNames.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const)));
}

/** The line numbers (1-based) where two texts differ; both must have the same number of lines. */
function changedLines(before: string, after: string): number[] {
  const left = before.split('\n');
  const right = after.split('\n');
  assert.equal(right.length, left.length, 'no line was added or removed');
  return left.flatMap((line, index) => (line === right[index] ? [] : [index + 1]));
}

const emacs = '2009-01-07-emacs-and-jabber-happy-together.markdown';
const ejabberd = '2008-08-27-migrating-to-ejabberd-the-gory-details.markdown';

void describe('inkpost tags and set', { skip: referenceSkip }, () => {
  let folder = '';
  beforeEach(async () => {
    if (folder !== '') {
      await removeFolder(folder);
    }
    folder = await makeTempFolder('cli-tags');
    await copyReferencePosts(folder);
  });
  after(async () => {
    await removeFolder(folder);
  });

  void test('tags lists the catalogue, most used first', () => {
    const run = inkpost(['tags', folder, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const catalogue = JSON.parse(run.stdout) as { tag: string; count: number }[];
    assert.deepEqual(catalogue.slice(0, 7), [
      { tag: 'jabber', count: 7 },
      { tag: 'xmpp', count: 7 },
      { tag: 'chesspark', count: 3 },
      { tag: 'code', count: 3 },
      { tag: 'ejabberd', count: 2 },
      { tag: 'server', count: 2 },
      { tag: 'startups', count: 2 },
    ]);
    assert.equal(catalogue.length, 25);
    assert.equal(inkpost(['tags', folder]).stdout.split('\n')[0], '7\tjabber');
  });

  void test('renaming a tag changes only tags lines, and renaming back restores every file byte for byte', async () => {
    const before = await snapshot(folder);
    const run = inkpost(['tags', 'rename', 'xmpp', 'XMPP', folder]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim().split('\n').length, 7);
    const renamed = await snapshot(folder);
    for (const [name, text] of renamed) {
      const original = before.get(name) ?? '';
      if (text !== original) {
        const lines = changedLines(original, text);
        assert.equal(lines.length, 1, name);
        assert.match(text.split('\n')[(lines[0] ?? 1) - 1] ?? '', /^tags: \[.*\bXMPP\b.*\]$/, name);
      }
    }
    assert.equal(inkpost(['tags', 'rename', 'XMPP', 'xmpp', folder]).status, 0);
    assert.deepEqual(await snapshot(folder), before);
  });

  void test('renaming onto an existing tag merges them in place', async () => {
    assert.equal(inkpost(['tags', 'rename', 'jabber', 'xmpp', folder]).status, 0);
    const text = await readFile(join(folder, emacs), 'utf8');
    assert.match(text, /\ntags: \[emacs, xmpp\]\n/);
  });

  void test('set changes only the line of each flag, in the file\'s style', async () => {
    const before = await readFile(join(folder, emacs), 'utf8');
    const run = inkpost(['set', join(folder, emacs), '--time', '09:05']);
    assert.equal(run.status, 0, run.stderr);
    const after = await readFile(join(folder, emacs), 'utf8');
    assert.deepEqual(changedLines(before, after), [4]);
    assert.equal(after.split('\n')[3], 'time: "09:05"');

    assert.equal(inkpost(['set', join(folder, emacs), '--title', 'Emacs: still happy', '--tags', 'emacs,xmpp']).status, 0);
    const titled = await readFile(join(folder, emacs), 'utf8');
    assert.deepEqual(changedLines(after, titled), [3, 5]);
    assert.equal(titled.split('\n')[2], 'title: "Emacs: still happy"');
    assert.equal(titled.split('\n')[4], 'tags: [emacs, xmpp]');
  });

  void test('tags may hold spaces, as Jekyll keeps them in a list ("open standards")', async () => {
    const path = join(folder, emacs);
    assert.equal(inkpost(['set', path, '--tags', 'open standards, xmpp']).status, 0);
    assert.equal((await readFile(path, 'utf8')).split('\n')[4], 'tags: [open standards, xmpp]');
    assert.equal(inkpost(['tags', 'rename', 'xmpp', 'group chat', folder]).status, 0);
    assert.equal((await readFile(path, 'utf8')).split('\n')[4], 'tags: [open standards, group chat]');
    const string = join(folder, '2020-03-03-string-tags.markdown');
    await writeFile(string, '---\ntitle: S\ntags: jabber xmpp\n---\nBody\n');
    assert.equal(inkpost(['tags', 'rename', 'jabber', 'instant messaging', folder]).status, 0);
    // A string of tags splits on spaces in Jekyll: a name with a space needs the list form.
    assert.equal(await readFile(string, 'utf8'), '---\ntitle: S\ntags: [instant messaging, xmpp]\n---\nBody\n');
  });

  void test('set on an unchanged value writes nothing', async () => {
    const before = await readFile(join(folder, ejabberd));
    const run = inkpost(['set', join(folder, ejabberd), '--layout', 'post', '--time', '10:51']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(await readFile(join(folder, ejabberd)), before);
  });

  void test('a key the post lacks goes where its siblings put it', async () => {
    const path = join(folder, '2020-01-01-no-time.markdown');
    await writeFile(path, '---\nlayout: post\ntitle: "No time"\ntags: [a]\nextended: ":EXTENDED:"\n---\nBody\n');
    assert.equal(inkpost(['set', path, '--time', '07:30']).status, 0);
    assert.equal(await readFile(path, 'utf8'), '---\nlayout: post\ntitle: "No time"\ntags: [a]\ntime: "07:30"\nextended: ":EXTENDED:"\n---\nBody\n');
  });

  void test('bad input exits non-zero with a message on stderr and writes nothing', async () => {
    const path = join(folder, emacs);
    const before = await readFile(path);
    for (const args of [
      ['set', path, '--time', '7:30'],
      ['set', path, '--time', '24:00'],
      ['set', path, '--tags'],
      ['set', path],
      ['set', join(folder, 'missing.markdown'), '--title', 'X'],
      ['tags', 'rename', 'xmpp', 'a,b', folder],
      ['list', folder, '--title', 'X'],
    ]) {
      const run = inkpost(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^inkpost: /, args.join(' '));
    }
    assert.deepEqual(await readFile(path), before);
    await writeFile(join(folder, '2020-02-02-broken.markdown'), '---\ntitle: [unclosed\ntags: [xmpp]\n---\n');
    const blocked = inkpost(['tags', 'rename', 'xmpp', 'XMPP', folder]);
    assert.equal(blocked.status, 2);
    assert.match(blocked.stderr, /2020-02-02-broken\.markdown: .*no post was changed/);
    assert.deepEqual(await readFile(path), before, 'nothing was renamed');
  });
});
