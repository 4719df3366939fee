/**
 * Packaging, as far as it can be tested without downloading Electron or the
 * packaging tools: electron-builder validates electron-builder.yml and makes
 * an unpacked `--dir` build around a stand-in Electron folder, and the
 * resulting app.asar must hold exactly the built app.
 */
import { listPackage } from '@electron/asar';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { distDir, projectRoot } from '../harness/paths';
import { makeTempFolder, removeFolder } from '../harness/temp-folders';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

void test('a --dir build packs exactly the built main (with the index worker), preload and renderer (no maps, CLI, harness or node_modules)', async () => {
  const work = await makeTempFolder('packaging');
  try {
    const standIn = join(work, 'electron-dist');
    await mkdir(standIn);
    await copyFile(process.execPath, join(standIn, 'electron'));
    await chmod(join(standIn, 'electron'), 0o755);
    await writeFile(join(standIn, 'LICENSE'), 'stand-in\n');
    const output = join(work, 'release');
    const builder = join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
    const run = spawnSync(process.execPath, [builder, '--linux', '--dir', `-c.electronDist=${standIn}`, '-c.electronVersion=41.7.1', `-c.directories.output=${output}`], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' },
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    const packed = listPackage(join(output, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false })
      .map((entry) => entry.replace(/^[\\/]/, '').split(sep).join('/'));
    const packedFiles = packed.filter((entry) => !packed.some((other) => other.startsWith(`${entry}/`)));
    const built = (await Promise.all(['main', 'preload', 'renderer'].map((part) => filesUnder(join(distDir, part)))))
      .flat()
      .filter((path) => !path.endsWith('.map'))
      .map((path) => relative(projectRoot, path).split(sep).join('/'));
    assert.deepEqual([...packedFiles].sort(), ['package.json', ...built].sort());
    assert.ok(packedFiles.includes('dist/main/post-index-worker.js'), "the index's worker script sits beside main.js in app.asar");
    assert.equal((await readdir(join(output, 'linux-unpacked'))).includes('inkpost-app'), true, 'the executable is named inkpost-app');
  } finally {
    await removeFolder(work);
  }
});
