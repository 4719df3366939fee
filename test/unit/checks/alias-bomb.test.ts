import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FrontMatterError } from '../../../shared/front-matter/front-matter-error';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { readPost } from '../../../main/services/posts/post-store';
import { projectRoot } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';

/** Front matter whose aliases expand to 9^9 strings: the "billion laughs" of YAML. */
function aliasBomb(): string {
  const lines = ['---', 'title: A bomb', 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  let previous = 'a';
  for (const name of 'bcdefghi') {
    lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`);
    previous = name;
  }
  return `${lines.join('\n')}\n---\nThe words are still here.\n`;
}

function inkpost(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

void describe('a YAML alias bomb in front matter', () => {
  void test('is an ordinary front matter error placed at its first alias', () => {
    assert.throws(() => parsePost(aliasBomb()), (error: unknown) => {
      assert.ok(error instanceof FrontMatterError, String(error));
      assert.equal(error.line, 4);
      assert.equal(error.column, 8);
      assert.match(error.message, /alias/);
      return true;
    });
  });

  void test('the post still opens as text, with the problem located', async () => {
    await withTempFolder('alias-bomb-open', async (folder) => {
      const path = join(folder, '2020-01-03-bomb.md');
      await writeFile(path, aliasBomb());
      const document = await readPost(folder, path);
      assert.equal(document.text, aliasBomb());
      assert.deepEqual(document.problems.map((problem) => [problem.line, problem.column, problem.severity]), [[4, 8, 'error']]);
    });
  });

  void test('inkpost check reports it with file, line and column, and every other problem, exit code 1', async () => {
    await withTempFolder('alias-bomb-check', async (blog) => {
      await mkdir(join(blog, '_posts'));
      await writeFile(join(blog, '_config.yml'), 'title: t\n');
      await writeFile(join(blog, '_posts', '2020-01-03-bomb.md'), aliasBomb());
      // A second error (a date that is no date stops jekyll build) must still be reported beside the bomb.
      await writeFile(join(blog, '_posts', '2020-01-04-other.md'), '---\ntitle: Other\ndate: someday\n---\nbody\n');
      const run = inkpost(['check', blog]);
      assert.equal(run.status, 1, run.stderr);
      const lines = run.stdout.trim().split('\n');
      assert.match(lines[0] ?? '', /2020-01-03-bomb\.md:4:8: error: .*alias/);
      assert.match(lines[1] ?? '', /2020-01-04-other\.md:3:\d+: error: .*date/);
      assert.match(lines[2] ?? '', /^2 posts: 2 errors in 2 posts/);
      assert.equal(lines.length, 3, run.stdout);
    });
  });
});
