/**
 * `npm run security` (scripts/security.mjs): Electronegativity over main,
 * preload and renderer must find no high or medium issue in Inkpost, and must
 * fail on a project that has one (so a passing run means something).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../harness/paths';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

function scan(root?: string) {
  const args = [join(projectRoot, 'scripts', 'security.mjs'), ...(root === undefined ? [] : ['--root', root])];
  return spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 });
}

void test('Inkpost has no high or medium Electronegativity finding', () => {
  const run = scan();
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /0 high or medium finding\(s\)/);
  assert.match(run.stdout, /0 unparsed file\(s\)/);
});

void test('a window with Node integration and no context isolation fails the scan, naming the file and line', async () => {
  const project = await makeTempFolder('security');
  try {
    for (const part of ['main', 'preload', 'renderer']) {
      await cp(join(projectRoot, part), join(project, part), { recursive: true });
    }
    await writeFile(
      join(project, 'main', 'electron', 'careless.ts'),
      "import { BrowserWindow } from 'electron';\nexport const careless = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const run = scan(project);
    assert.equal(run.status, 1, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stderr, /HIGH \w+ CONTEXT_ISOLATION_JS_CHECK main\/electron\/careless\.ts:2/);
    assert.match(run.stderr, /MEDIUM \w+ SANDBOX_JS_CHECK main\/electron\/careless\.ts:2/);
  } finally {
    await removeFolder(project);
  }
});
