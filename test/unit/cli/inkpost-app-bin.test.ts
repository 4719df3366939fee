/**
 * `inkpost-app` (bin/inkpost-app.js), run as a real process. Electron is
 * replaced through its own ELECTRON_OVERRIDE_DIST_PATH: an empty folder is a
 * missing binary; a folder with a stand-in executable records how it was run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { projectRoot } from '../../harness/paths';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

const bin = join(projectRoot, 'bin', 'inkpost-app.js');
const electronPackage = join(projectRoot, 'node_modules', 'electron');
// The executable's path inside the dist folder, as the electron package names it on this platform.
const executable = existsSync(join(electronPackage, 'path.txt')) ? readFileSync(join(electronPackage, 'path.txt'), 'utf8') : 'electron';

describe('inkpost-app', () => {
  let work = '';
  let posts = '';
  before(async () => {
    work = await makeTempFolder('inkpost-app');
    posts = join(work, 'my posts');
    await mkdir(posts);
  });
  after(async () => {
    await removeFolder(work);
  });

  const run = (args: readonly string[], distPath: string) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: work,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distPath, ELECTRON_RUN_AS_NODE: '1' },
    });

  test('without Electrons binary it says so and what to run, and exits 1', async () => {
    const empty = join(work, 'no-electron');
    await mkdir(empty);
    const result = run([posts], empty);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Electron's binary is not installed/);
    assert.match(result.stderr, /node node_modules\/electron\/install\.js/);
    assert.match(result.stderr, /npx inkpost list <folder>/);
  });

  test('a folder that does not exist is refused before anything starts, naming it', () => {
    const result = run(['no such folder'], join(work, 'unused'));
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `inkpost-app: ${join(work, 'no such folder')} is not a folder. Give the folder your posts are in (a blog's _drafts, or any folder).\n`);
    assert.equal(run(['--blog-dir', 'missing-blog'], join(work, 'unused')).status, 2);
  });

  test('runs Electron on the built app with the command line, without ELECTRON_RUN_AS_NODE, and passes its exit code back', async () => {
    const dist = join(work, 'stand-in');
    const standIn = join(dist, executable);
    await mkdir(join(standIn, '..'), { recursive: true });
    const record = join(work, 'launched.json');
    await writeFile(
      standIn,
      `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));\nprocess.exit(3);\n`,
    );
    await chmod(standIn, 0o755);
    const result = run(['my posts', '--blog-dir', '.'], dist);
    assert.equal(result.status, 3, result.stderr);
    assert.deepEqual(JSON.parse(await readFile(record, 'utf8')), { args: [projectRoot, 'my posts', '--blog-dir', '.'], runAsNode: null });
  });
});
