/**
 * The house's layout (issue #15): each runtime is grouped by domain, so a
 * newcomer finds a behaviour from the folder names. These tests keep the
 * figures that make that true: few entries at the top of `main/services` and
 * `renderer/src`, and every domain folder opening with a README line saying
 * what it owns.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../harness/paths';

const entries = (folder: string): string[] => readdirSync(join(projectRoot, folder), { withFileTypes: true }).map((entry) => entry.name);

const subfolders = (folder: string): string[] =>
  readdirSync(join(projectRoot, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name));

void test('main/services has at most 12 entries at its top level', () => {
  const names = entries('main/services');
  assert.ok(names.length <= 12, `main/services has ${names.length} entries: ${names.join(', ')}`);
});

void test('renderer/src has at most 10 files at its top level', () => {
  const files = readdirSync(join(projectRoot, 'renderer/src'), { withFileTypes: true }).filter((entry) => entry.isFile());
  assert.ok(files.length <= 10, `renderer/src has ${files.length} files: ${files.map((file) => file.name).join(', ')}`);
});

void test('every domain folder opens with a README line saying what it owns', () => {
  const folders = [...subfolders('main'), ...subfolders('main/services'), ...subfolders('renderer/src'), ...subfolders('shared')];
  const missing = folders.filter((folder) => folder !== 'main/services').flatMap((folder) => {
    const readme = join(projectRoot, folder, 'README.md');
    if (!existsSync(readme)) {
      return [`${folder}: no README.md`];
    }
    const first = readFileSync(readme, 'utf8').split('\n', 1)[0] ?? '';
    const name = folder.split('/').at(-1) ?? folder;
    return first.startsWith(`# ${name} — `) && first.length > `# ${name} — `.length + 10 ? [] : [`${folder}: first line is "${first}"`];
  });
  assert.deepEqual(missing, []);
});
