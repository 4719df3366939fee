import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { helpHint, usage } from '../../../main/cli/run-cli';
import { distDir, projectRoot } from '../../harness/paths';
import { copyReferencePosts, referencePostNamesNewestFirst, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { referenceSkip } from '../../harness/paths';

const launcher = join(projectRoot, 'bin', 'inkpost.js');
const builtCli = join(distDir, 'cli', 'inkpost.js');


interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `inkpost` command as a real process. */
function inkpost(args: readonly string[], cwd = projectRoot): Run {
  const result = spawnSync(process.execPath, [launcher, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('inkpost CLI (built)', { skip: referenceSkip }, () => {
  let root = '';
  let folder = '';
  let troubled = '';
  let badYaml = '';
  let latin1 = '';

  before(async () => {
    if (!existsSync(builtCli)) {
      assert.fail(`the CLI is not built (${builtCli} is missing): run \`npm run build\` first`);
    }
    root = await makeTempFolder('cli');
    folder = join(root, 'posts');
    await mkdir(folder);
    await copyReferencePosts(folder);
    troubled = join(root, 'troubled');
    await mkdir(troubled);
    await copyReferencePosts(troubled);
    badYaml = join(troubled, '2010-01-31-bad-yaml.markdown');
    await writeFile(badYaml, '---\nlayout: post\ntitle: Tankaar: A New Game\n---\nBody\n');
    latin1 = join(troubled, '2010-02-01-latin1.markdown');
    await writeFile(latin1, Buffer.from('---\ntitle: caf\xe9\n---\n', 'latin1'));
  });

  after(async () => {
    await removeFolder(root);
  });

  test('list --json prints every post, newest first, with exactly the documented keys', () => {
    const run = inkpost(['list', folder, '--json']);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    const posts = JSON.parse(run.stdout) as unknown;
    assert.equal(Array.isArray(posts), true);
    const list = posts as Record<string, unknown>[];
    assert.equal(list.length, 9);
    for (const post of list) {
      assert.deepEqual(Object.keys(post), ['path', 'title', 'date', 'time', 'tags', 'layout']);
    }
    assert.deepEqual(
      list.map((post) => post['path']),
      referencePostNamesNewestFirst.map((name) => join(folder, name)),
    );
    assert.deepEqual(list[0], {
      path: join(folder, '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown'),
      title: 'Tankaar: A New XMPP-powered Game',
      date: '2010-01-30',
      time: '21:50',
      tags: ['jabber', 'xmpp', 'game'],
      layout: 'post',
    });
    assert.deepEqual(list[3], {
      path: join(folder, '2009-01-07-emacs-and-jabber-happy-together.markdown'),
      title: 'Emacs and Jabber: Happy Together',
      date: '2009-01-07',
      time: '23:50',
      tags: ['emacs', 'xmpp', 'jabber'],
      layout: 'post',
    });
    assert.equal(run.stdout.endsWith(']\n'), true);
  });

  test('list prints tab-separated lines: path, title, date, time, tags, layout', () => {
    const run = inkpost(['list', folder]);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.equal(run.stdout.endsWith('\n'), true);
    const lines = run.stdout.slice(0, -1).split('\n');
    assert.equal(lines.length, 9);
    assert.deepEqual(
      lines.map((line) => line.split('\t')[0]),
      referencePostNamesNewestFirst.map((name) => join(folder, name)),
    );
    for (const line of lines) {
      assert.equal(line.split('\t').length, 6, line);
    }
    assert.equal(lines[0], `${join(folder, referencePostNamesNewestFirst[0] ?? '')}\tTankaar: A New XMPP-powered Game\t2010-01-30\t21:50\tjabber,xmpp,game\tpost`);
    assert.equal(lines[8], `${join(folder, referencePostNamesNewestFirst[8] ?? '')}\tDebugging with Data Visualization\t2007-03-28\t10:55\tchesspark,debugging,startups,visualization\tpost`);
  });

  test('a relative folder is resolved against the working directory', () => {
    const run = inkpost(['list', basename(folder), '--json'], dirname(folder));
    assert.equal(run.status, 0);
    const list = JSON.parse(run.stdout) as { path: string }[];
    assert.equal(list[0]?.path, join(folder, referencePostNamesNewestFirst[0] ?? ''));
  });

  for (const json of [true, false]) {
    test(`unreadable and invalid posts are reported on stderr, exit 1, the rest still listed${json ? ' (--json)' : ''}`, () => {
      const run = inkpost(json ? ['list', troubled, '--json'] : ['list', troubled]);
      assert.equal(
        run.stderr,
        `${badYaml}:3:8: error: Nested mappings are not allowed in compact mappings\n` +
          `${latin1}:2:11: error: not valid UTF-8 (byte 14); opened as Latin-1 and saved back the same way\n`,
      );
      assert.equal(run.status, 1);
      const paths = json
        ? (JSON.parse(run.stdout) as { path: string }[]).map((post) => post.path)
        : run.stdout.slice(0, -1).split('\n').map((line) => line.split('\t')[0]);
      // Posts with invalid YAML or not in UTF-8 are still listed (by its file name's date), so it can be opened and fixed.
      assert.deepEqual(paths, [latin1, badYaml, ...referencePostNamesNewestFirst.map((name) => join(troubled, name))]);
    });
  }

  test('a missing folder exits 2 with a message', () => {
    const missing = join(root, 'no-such-folder');
    const run = inkpost(['list', missing]);
    assert.deepEqual(run, { status: 2, stdout: '', stderr: `inkpost: ${missing}: no such folder\n` });
  });

  test('a file instead of a folder exits 2 with a message', () => {
    const file = join(folder, referencePostNamesNewestFirst[0] ?? '');
    assert.deepEqual(inkpost(['list', file, '--json']), { status: 2, stdout: '', stderr: `inkpost: ${file}: no such folder\n` });
  });

  test('no command says so and names --help, exit 2', () => {
    assert.deepEqual(inkpost([]), { status: 2, stdout: '', stderr: `inkpost: no command given\n${helpHint}` });
    assert.equal(usage.startsWith('Usage: inkpost <command> [options]\n'), true);
  });

  test('--help and -h print the usage and exit 0', () => {
    assert.deepEqual(inkpost(['--help']), { status: 0, stdout: usage, stderr: '' });
    assert.deepEqual(inkpost(['-h']), { status: 0, stdout: usage, stderr: '' });
    assert.deepEqual(inkpost(['list', folder, '--help']), { status: 0, stdout: usage, stderr: '' });
  });

  test('an unknown flag exits 2 with the reason and the --help line on stderr', () => {
    const run = inkpost(['list', folder, '--bogus']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr.startsWith("inkpost: Unknown option '--bogus'"), true, run.stderr);
    assert.equal(run.stderr.endsWith(`\n${helpHint}`), true, run.stderr);
  });

  test('wrong commands and argument counts exit 2 with the reason and the --help line', () => {
    assert.deepEqual(inkpost(['frobnicate', folder]), { status: 2, stdout: '', stderr: `inkpost: unknown command "frobnicate"\n${helpHint}` });
    assert.deepEqual(inkpost(['list']), { status: 2, stdout: '', stderr: `inkpost: list takes 1 argument, got 0\n${helpHint}` });
    assert.deepEqual(inkpost(['list', folder, troubled]), { status: 2, stdout: '', stderr: `inkpost: list takes 1 argument, got 2\n${helpHint}` });
  });
});
