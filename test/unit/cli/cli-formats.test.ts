import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../harness/paths';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

const posts: Readonly<Record<string, string>> = {
  '2021-03-01-toml.md': '+++\ntitle = "From TOML: a test"\ntime = "07:15"\ntags = ["toml", "hugo"]\nlayout = "post"\n+++\nBody.\n',
  '2021-03-02-json.md': '{\n  "title": "From JSON",\n  "time": "08:30",\n  "tags": ["json"],\n  "layout": "page"\n}\nBody.\n',
  '2021-03-03-tagged-json.md': '---json\n{ "title": "Tagged JSON", "tags": ["json", "tagged"] }\n---\nBody.\n',
  '2021-03-04-yaml.md': '---\ntitle: "From YAML"\ntime: "09:45"\ntags: [yaml]\n---\nBody.\n',
};

void test('inkpost list reads YAML, TOML and JSON front matter; unchanged files stay byte-identical', async () => {
  const folder = await makeTempFolder('cli-formats');
  try {
    for (const [name, text] of Object.entries(posts)) {
      await writeFile(join(folder, name), text);
    }
    const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), 'list', folder, '--json'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const listed = (JSON.parse(run.stdout) as { path: string; title: string; time: string | null; tags: string[]; layout: string | null }[])
      .map(({ path, title, time, tags, layout }) => [path.slice(folder.length + 1), title, time, tags, layout]);
    assert.deepEqual(listed, [
      ['2021-03-04-yaml.md', 'From YAML', '09:45', ['yaml'], null],
      ['2021-03-03-tagged-json.md', 'Tagged JSON', null, ['json', 'tagged'], null],
      ['2021-03-02-json.md', 'From JSON', '08:30', ['json'], 'page'],
      ['2021-03-01-toml.md', 'From TOML: a test', '07:15', ['toml', 'hugo'], 'post'],
    ]);
    for (const [name, text] of Object.entries(posts)) {
      assert.equal(await readFile(join(folder, name), 'utf8'), text);
    }
  } finally {
    await removeFolder(folder);
  }
});
