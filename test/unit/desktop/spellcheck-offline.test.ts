/**
 * Spellcheck needs no network: Chromium's own checker (which downloads its
 * dictionaries on Linux and Windows) is off and pointed at a local folder,
 * and the editor's checker uses the dictionary packaged in the built
 * renderer. Electron itself cannot run here; its session is a stand-in with
 * the same methods, and the end-to-end spec spellcheck.ts checks the
 * editor's checker in Chromium.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { keepSpellcheckOffline, type SpellcheckSession } from '../../../main/electron/spellcheck-offline';
import { createWindowOptions } from '../../../main/electron/window-options';
import { distDir, projectRoot } from '../../harness/paths';

function standInSession(): SpellcheckSession & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    setSpellCheckerEnabled: (enable) => calls.push(`enabled ${enable}`),
    setSpellCheckerDictionaryDownloadURL: (url) => calls.push(`download ${url}`),
  };
}

void test('Chromium\'s spellchecker is off and may fetch dictionaries from a local folder only', () => {
  const session = standInSession();
  const folder = pathToFileURL(join(distDir, 'renderer', 'assets')).href;
  keepSpellcheckOffline(session, folder);
  assert.deepEqual(session.calls, [`download ${folder}/`, 'enabled false']);
  for (const remote of ['https://redirector.gvt1.com/edgedl/chrome/dict/', 'http://127.0.0.1/dict/', 'inkpost-app://renderer/']) {
    assert.throws(() => keepSpellcheckOffline(standInSession(), remote), /local file: URL/, remote);
  }
  assert.equal(createWindowOptions({ preloadPath: '/p.js', darkMode: false }).webPreferences?.spellcheck, false);
});

void test('main switches it off first thing, and sets no spellchecker language (which would start a download)', async () => {
  const main = await readFile(join(projectRoot, 'main', 'electron', 'main.ts'), 'utf8');
  assert.match(main, /async function start\([^)]*\): Promise<void> \{\n\s*\/\/[^\n]*\n\s*keepSpellcheckOffline\(session\.defaultSession/);
  const sources = await readdir(join(projectRoot, 'main'), { recursive: true });
  for (const source of sources.filter((name) => name.endsWith('.ts'))) {
    assert.doesNotMatch(await readFile(join(projectRoot, 'main', source), 'utf8'), /setSpellCheckerLanguages\(/, source);
  }
});

void test('the built renderer carries the English dictionary and its licence, so the package does', async () => {
  const assets = await readdir(join(distDir, 'renderer', 'assets'));
  const dictionary = assets.find((name) => name.endsWith('.dic'));
  assert.ok(dictionary !== undefined, 'a .dic word list');
  assert.ok(assets.some((name) => name.endsWith('.aff')), 'an .aff affix file');
  assert.ok(assets.includes('dictionary-en-license.txt'), 'the dictionary\'s licence');
  assert.ok((await readFile(join(distDir, 'renderer', 'assets', dictionary), 'utf8')).length > 100_000, 'the whole word list');
});
