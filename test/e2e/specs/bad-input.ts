/**
 * Bad input end to end: a post with invalid front matter, one that is not
 * UTF-8 and a binary file. Each is reported with its place, the text stays
 * editable, and nothing is written that the user did not ask for.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

const badYaml = '---\nlayout: post\ntitle: Tankaar: A New Game\ntags: [game]\n---\nBody text.\n';
const latin1 = Buffer.from('---\ntitle: "Caf\xe9"\n---\nCaf\xe9 cr\xe8me.\n', 'latin1');
const binary = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]);

/** Registers the bad-input specs on a folder made for them. */
export function badInputSpecs(launch: Launcher): void {
  let folder = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;

  before(async () => {
    folder = await makeTempFolder('e2e-bad-input');
    await writeFile(join(folder, '2010-01-31-bad-yaml.markdown'), badYaml);
    await writeFile(join(folder, '2010-02-01-latin1.markdown'), latin1);
    await writeFile(join(folder, '2010-02-02-binary.markdown'), binary);
    session = await launch({ postsDir: folder });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(folder);
  });

  test('a binary file is reported with its place and is not listed', async () => {
    const binaryPath = join(folder, '2010-02-02-binary.markdown');
    await app.problems.file(binaryPath).waitFor();
    assert.deepEqual(await app.problems.problemsOf(binaryPath), ['2:1 looks binary (a NUL byte at offset 4, line 2, column 1)']);
    assert.deepEqual(await app.sidebar.listedPaths(), [join(folder, '2010-02-01-latin1.markdown'), join(folder, '2010-01-31-bad-yaml.markdown')]);
    assert.deepEqual(await readFile(join(folder, '2010-02-02-binary.markdown')), binary);
  });

  test('a post with invalid YAML opens with the problem located, and can be fixed and saved', async () => {
    const path = join(folder, '2010-01-31-bad-yaml.markdown');
    await app.openPost(path);
    const problems = app.status.postProblems;
    await problems.waitFor();
    assert.equal(await problems.innerText(), 'Line 3, column 8: Nested mappings are not allowed in compact mappings');
    await app.editor.cursorToEndOfLine(3);
    await app.page.keyboard.press('Shift+Home');
    await app.page.keyboard.type('title: "Tankaar: A New Game"');
    await app.editor.save();
    await problems.waitFor({ state: 'hidden' });
    assert.equal(await readFile(path, 'utf8'), badYaml.replace('title: Tankaar: A New Game', 'title: "Tankaar: A New Game"'));
    await app.sidebar.item(path).locator('.post-title', { hasText: 'Tankaar: A New Game' }).waitFor();
  });

  test('a post that is not UTF-8 opens as Latin-1 with the bad byte located, and saves back as Latin-1', async () => {
    const path = join(folder, '2010-02-01-latin1.markdown');
    await app.openPost(path);
    assert.equal(await app.status.postProblems.innerText(), 'Line 2, column 12: not valid UTF-8 (byte 15); opened as Latin-1 and saved back the same way');
    assert.match(await app.preview.text(), /Café crème\./);
    await app.editor.cursorToEndOfLine(4);
    await app.page.keyboard.type(' Très bien.');
    await app.editor.save();
    assert.deepEqual(await readFile(path), Buffer.from('---\ntitle: "Caf\xe9"\n---\nCaf\xe9 cr\xe8me. Tr\xe8s bien.\n', 'latin1'));
  });
}
