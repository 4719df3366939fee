import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';

function inkpost(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const longAgo = new Date('2001-02-03T04:05:06Z');

/** Posts whose tags lists hold items that are not plain tag strings. */
const posts: Readonly<Record<string, string>> = {
  '2020-01-01-mixed.md': '---\ntitle: Mixed\ntags: [2009, ruby, ~, yes]\n---\nbody\n',
  '2020-01-02-nested.md': '---\ntitle: Nested\ntags: [ruby, [a, b]]\n---\nbody\n',
  '2020-01-03-block.md': '---\ntitle: Block\ntags:\n  - 2009\n  - "ruby"\n  - [a, b]\n  - no\n---\nbody\n',
  '2020-01-04-words.md': '---\ntitle: Words\ntags: ruby   rails\n---\nbody\n',
  '2020-01-05-crlf.md': '---\r\ntitle: CRLF\r\ntags: [ruby, ~]\r\n---\r\nbody\r\n',
};

async function writeBlog(blog: string): Promise<void> {
  await mkdir(join(blog, '_posts'));
  await writeFile(join(blog, '_config.yml'), 'title: t\n');
  for (const [name, text] of Object.entries(posts)) {
    await writeFile(join(blog, '_posts', name), text);
  }
}

void describe('inkpost tags rename edits only the renamed items', () => {
  void test('ruby to rb changes only the ruby items, and back is byte-identical', async () => {
    await withTempFolder('tag-items', async (blog) => {
      await writeBlog(blog);
      const there = inkpost(['tags', 'rename', 'ruby', 'rb', blog]);
      assert.equal(there.status, 0, there.stderr);
      const read = (name: string): Promise<string> => readFile(join(blog, '_posts', name), 'utf8');
      assert.equal(await read('2020-01-01-mixed.md'), '---\ntitle: Mixed\ntags: [2009, rb, ~, yes]\n---\nbody\n');
      assert.equal(await read('2020-01-02-nested.md'), '---\ntitle: Nested\ntags: [rb, [a, b]]\n---\nbody\n');
      assert.equal(await read('2020-01-03-block.md'), '---\ntitle: Block\ntags:\n  - 2009\n  - "rb"\n  - [a, b]\n  - no\n---\nbody\n');
      assert.equal(await read('2020-01-04-words.md'), '---\ntitle: Words\ntags: rb   rails\n---\nbody\n');
      assert.equal(await read('2020-01-05-crlf.md'), '---\r\ntitle: CRLF\r\ntags: [rb, ~]\r\n---\r\nbody\r\n');
      const back = inkpost(['tags', 'rename', 'rb', 'ruby', blog]);
      assert.equal(back.status, 0, back.stderr);
      for (const [name, text] of Object.entries(posts)) {
        assert.equal(await read(name), text, name);
      }
    });
  });

  void test('renaming a tag to itself writes nothing', async () => {
    await withTempFolder('tag-items-self', async (blog) => {
      await writeBlog(blog);
      for (const name of Object.keys(posts)) {
        await utimes(join(blog, '_posts', name), longAgo, longAgo);
      }
      const run = inkpost(['tags', 'rename', 'ruby', 'ruby', blog]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      for (const [name, text] of Object.entries(posts)) {
        assert.equal(await readFile(join(blog, '_posts', name), 'utf8'), text);
        assert.equal((await stat(join(blog, '_posts', name))).mtimeMs, longAgo.getTime(), name);
      }
    });
  });

  void test('a number tag is renamed as the text Jekyll reads; the other items stay', async () => {
    await withTempFolder('tag-items-number', async (blog) => {
      await writeBlog(blog);
      const run = inkpost(['tags', 'rename', '2009', 'y2009', blog]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(await readFile(join(blog, '_posts', '2020-01-01-mixed.md'), 'utf8'), '---\ntitle: Mixed\ntags: [y2009, ruby, ~, yes]\n---\nbody\n');
    });
  });
});
