import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { renamedFileName } from '../../../main/services/posts/rename-post';
import { FreedesktopTrash } from '../../harness/freedesktop-trash';
import { HarnessDesktop } from '../../harness/harness-desktop';
import { makeTestHost, type TestHost } from '../../harness/test-host';
import { copyReferencePosts, copyTestBlog, copyTestPosts, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { referenceSkip } from '../../harness/paths';

/** A handler table over a fresh posts folder, as the app and the harness build it, with a trash of its own. */
async function workspaceOn(postsDir: string, blogDir: string | null = null): Promise<Omit<TestHost, 'close'> & { close: () => Promise<void> }> {
  const testHost = makeTestHost({ postsDir, blogDir }, new HarnessDesktop(await makeTempFolder('xdg-data')));
  return {
    ...testHost,
    close: async () => {
      testHost.close();
      await testHost.desktop.trash.remove();
    },
  };
}

describe('searchPosts', { skip: referenceSkip }, () => {
  let folder = '';
  let session: Awaited<ReturnType<typeof workspaceOn>>;
  before(async () => {
    folder = await makeTempFolder('search');
    await copyReferencePosts(folder);
    await writeFile(join(folder, 'zebra-notes.md'), '---\ntitle: Notes on Ejabberd\n---\nNothing here.\n');
    await writeFile(join(folder, 'stripes.md'), '---\ntitle: Stripes\nsummary: zebra\n---\nA ZEBRA crossed the Ejabberd road. Café.\n');
    session = await workspaceOn(folder);
  });
  after(async () => {
    await session.close();
    await removeFolder(folder);
  });

  test('title matches come first, then body matches, each newest first', async () => {
    const found = (await session.table.searchPosts('ejabberd')).map((path) => path.slice(folder.length + 1));
    const titleMatches = ['2008-08-28-writing-ejabberd-modules-presence-storms.markdown', '2008-08-27-migrating-to-ejabberd-the-gory-details.markdown'];
    // Undated drafts are ordered by modification time; the title match among them is zebra-notes.
    assert.deepEqual(found.filter((name) => titleMatches.includes(name) || name === 'zebra-notes.md').sort(), [...titleMatches, 'zebra-notes.md'].sort());
    assert.deepEqual(new Set(found.slice(0, 3)), new Set([...titleMatches, 'zebra-notes.md']), 'the title matches lead');
    assert.ok(found.includes('stripes.md'), 'a body match is found');
    assert.ok(found.indexOf('stripes.md') > 2);
  });

  test('every word must occur, case-insensitive, in the title or body; front matter is not searched', async () => {
    assert.deepEqual(await session.table.searchPosts('  ZEBRA   road '), [join(folder, 'stripes.md')]);
    assert.deepEqual(await session.table.searchPosts('café ejabberd'), [join(folder, 'stripes.md')]);
    assert.deepEqual(await session.table.searchPosts('summary'), []);
    assert.deepEqual(await session.table.searchPosts('zebra'), [join(folder, 'stripes.md')], 'zebra-notes matches only by file name, which is not searched');
    assert.deepEqual(await session.table.searchPosts('   '), []);
    assert.deepEqual(await session.table.searchPosts('no-such-word-anywhere'), []);
  });

  test('a body edited on disk is searched again', async () => {
    await writeFile(join(folder, 'stripes.md'), '---\ntitle: Stripes\n---\nNow about giraffes, at length.\n');
    // What the file watcher does within a second of the change.
    await session.host.service().refresh();
    assert.deepEqual(await session.table.searchPosts('giraffes'), [join(folder, 'stripes.md')]);
    assert.deepEqual(await session.table.searchPosts('zebra road'), []);
  });
});

describe('createPost', () => {
  test('in a plain posts folder: a draft with Jekyll defaults, listed at once; a taken name writes nothing', async () => {
    const folder = await makeTempFolder('create');
    const session = await workspaceOn(folder);
    try {
      const path = await session.table.createPost('Hello: "World"');
      assert.equal(path, join(folder, 'hello-world.md'));
      assert.equal(await readFile(path, 'utf8'), '---\nlayout: post\ntitle: "Hello: \\"World\\""\n---\n\n');
      assert.deepEqual((await session.table.listPosts()).posts.map((post) => post.path), [path]);
      await writeFile(path, 'mine\n');
      await assert.rejects(session.table.createPost('Hello World'), /hello-world\.md already exists; nothing was written/);
      assert.equal(await readFile(path, 'utf8'), 'mine\n');
      assert.deepEqual(await readdir(folder), ['hello-world.md']);
    } finally {
      await session.close();
      await removeFolder(folder);
    }
  });

  test("in a blog's drafts folder: follows the blog's extension and usual keys", async () => {
    const blog = await makeTempFolder('create-blog');
    await copyTestBlog(blog);
    const session = await workspaceOn(join(blog, '_drafts'), blog);
    try {
      const path = await session.table.createPost('Strophe tips');
      assert.equal(path, join(blog, '_drafts', 'strophe-tips.markdown'));
      assert.equal(await readFile(path, 'utf8'), '---\nlayout: post\ntitle: Strophe tips\nextended: ":EXTENDED:"\n---\n\n');
    } finally {
      await session.close();
      await removeFolder(blog);
    }
  });

  test('with the blog root as posts folder: the draft goes to _drafts', async () => {
    const blog = await makeTempFolder('create-root');
    await copyTestBlog(blog);
    const session = await workspaceOn(blog);
    try {
      const path = await session.table.createPost('Root draft');
      assert.equal(path, join(blog, '_drafts', 'root-draft.markdown'));
      const listed = (await session.table.listPosts()).posts.find((post) => post.path === path);
      assert.equal(listed?.kind, 'draft');
    } finally {
      await session.close();
      await removeFolder(blog);
    }
  });
});

describe('renamePost', () => {
  let folder = '';
  let session: Awaited<ReturnType<typeof workspaceOn>>;
  const hacks = '2012-04-14-kite-flying-on-a-windy-saturday.markdown';
  before(async () => {
    folder = await makeTempFolder('rename');
    await copyTestPosts(folder);
    session = await workspaceOn(folder);
  });
  after(async () => {
    await session.close();
    await removeFolder(folder);
  });

  test('the new name keeps the date and extension; a title is slugified', () => {
    assert.equal(renamedFileName(hacks, 'jekyll-tricks'), '2012-04-14-jekyll-tricks.markdown');
    assert.equal(renamedFileName(hacks, 'Jekyll Tricks, Again!'), '2012-04-14-jekyll-tricks-again.markdown');
    assert.equal(renamedFileName('draft.md', 'Über Straße'), 'uber-strasse.md');
    assert.equal(renamedFileName('draft.md', '日本語'), 'untitled.md');
    assert.throws(() => renamedFileName('draft.md', '  '), /a new name is required/);
  });

  test('renames with the bytes and mode untouched, and the index follows', async () => {
    const before = await readFile(join(folder, hacks));
    const mode = (await stat(join(folder, hacks))).mode;
    const renamed = await session.table.renamePost(join(folder, hacks), 'Jekyll Tricks');
    assert.equal(renamed, join(folder, '2012-04-14-jekyll-tricks.markdown'));
    assert.deepEqual(await readFile(renamed), before);
    assert.equal((await stat(renamed)).mode, mode);
    await assert.rejects(stat(join(folder, hacks)), { code: 'ENOENT' });
    const paths = (await session.table.listPosts()).posts.map((post) => post.path);
    assert.ok(paths.includes(renamed));
    assert.ok(!paths.includes(join(folder, hacks)));
    assert.equal(await session.table.renamePost(renamed, 'jekyll-tricks'), renamed, 'the same name changes nothing');
  });

  test('refuses when the target exists, whatever it is, and changes nothing', async () => {
    const source = join(folder, '2016-03-19-the-garden-in-march.markdown');
    const sourceBytes = await readFile(source);
    const taken = join(folder, '2016-03-19-taken.markdown');
    await writeFile(taken, 'someone else\n');
    await assert.rejects(session.table.renamePost(source, 'taken'), /2016-03-19-taken\.markdown already exists in .*; nothing was renamed/);
    assert.equal(await readFile(taken, 'utf8'), 'someone else\n');
    assert.deepEqual(await readFile(source), sourceBytes);
    await mkdir(join(folder, '2016-03-19-a-folder.markdown'));
    await symlink('/nonexistent', join(folder, '2016-03-19-dangling.markdown'));
    await assert.rejects(session.table.renamePost(source, 'a-folder'), /already exists/);
    await assert.rejects(session.table.renamePost(source, 'dangling'), /already exists/);
    assert.deepEqual(await readFile(source), sourceBytes);
  });

  test('refuses paths outside the posts folder and files that are not posts', async () => {
    await assert.rejects(session.table.renamePost('/etc/hostname', 'x'), /not inside the posts folder/);
    await writeFile(join(folder, 'notes.txt'), 'x');
    await assert.rejects(session.table.renamePost(join(folder, 'notes.txt'), 'x'), /is not a post file/);
    await assert.rejects(session.table.renamePost(join(folder, 'missing.md'), 'x'), /no such post/);
  });
});

describe('trashPost', () => {
  test('moves the post into a freedesktop.org trash with its original path; restoring gives back the same bytes', async () => {
    const folder = await makeTempFolder('trash');
    await copyTestPosts(folder);
    const session = await workspaceOn(folder);
    try {
      const name = '2012-04-14-kite-flying-on-a-windy-saturday.markdown';
      const path = join(folder, name);
      const bytes = await readFile(path);
      await session.table.trashPost(path);
      await assert.rejects(stat(path), { code: 'ENOENT' });
      assert.ok(!(await session.table.listPosts()).posts.some((post) => post.path === path));
      const trash = session.desktop.trash;
      const [item] = await trash.list();
      assert.equal(item?.name, name);
      assert.equal(item.originalPath, path);
      assert.match(item.deletionDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      assert.deepEqual(await readFile(join(trash.filesDir, name)), bytes);
      assert.match(await readFile(join(trash.infoDir, `${name}.trashinfo`), 'utf8'), /^\[Trash Info\]\nPath=\/.*\nDeletionDate=/);
      assert.equal(await trash.restore(name), path);
      assert.deepEqual(await readFile(path), bytes);
      assert.deepEqual(await trash.list(), []);
    } finally {
      await session.close();
      await removeFolder(folder);
    }
  });

  test('refuses what is outside the folder or not a post, and leaves it in place', async () => {
    const folder = await makeTempFolder('trash-refuse');
    const session = await workspaceOn(folder);
    try {
      await writeFile(join(folder, 'keep.txt'), 'x');
      await assert.rejects(session.table.trashPost(join(folder, 'keep.txt')), /is not a post file/);
      await assert.rejects(session.table.trashPost('/etc/hostname'), /not inside the posts folder/);
      assert.equal(await readFile(join(folder, 'keep.txt'), 'utf8'), 'x');
      assert.deepEqual(await session.desktop.trash.list(), []);
    } finally {
      await session.close();
      await removeFolder(folder);
    }
  });
});

describe('FreedesktopTrash', () => {
  test('two files of the same name get distinct trash names; names with spaces and unicode are escaped in Path', async () => {
    const folder = await makeTempFolder('trash-names');
    const trash = new FreedesktopTrash(await makeTempFolder('xdg'));
    try {
      await mkdir(join(folder, 'a b'));
      const first = join(folder, 'a b', 'été post.md');
      const second = join(folder, 'été post.md');
      await writeFile(first, 'one');
      await writeFile(second, 'two');
      assert.equal(await trash.trash(first), 'été post.md');
      assert.equal(await trash.trash(second), 'été post.2.md');
      const info = await readFile(join(trash.infoDir, 'été post.md.trashinfo'), 'utf8');
      assert.match(info, /Path=.*\/a%20b\/%C3%A9t%C3%A9%20post\.md\n/);
      assert.deepEqual((await trash.list()).map((item) => [item.name, item.originalPath]), [
        ['été post.2.md', second],
        ['été post.md', first],
      ]);
      await writeFile(second, 'in the way');
      await assert.rejects(trash.restore('été post.2.md'), { code: 'EEXIST' });
      assert.equal(await readFile(second, 'utf8'), 'in the way');
    } finally {
      await trash.remove();
      await removeFolder(folder);
    }
  });
});

describe('renamePost and the export record', () => {
  test('a renamed draft keeps its export: re-exporting it updates the same post, with no conflict and no second post', async () => {
    const blog = await makeTempFolder('rename-export');
    await copyTestBlog(blog);
    const session = await workspaceOn(blog, blog);
    try {
      const draft = join(blog, '_drafts', 'rename-me.markdown');
      await writeFile(draft, '---\ntitle: "Rename me"\ntime: "09:30"\n---\nFirst text.\n');
      const first = await session.table.exportPost({ path: draft, date: '2024-03-04' });
      assert.equal(first.status, 'written');
      const postsBefore = await readdir(join(blog, '_posts'));

      const renamed = await session.table.renamePost(draft, 'a-better-name');
      assert.equal(renamed, join(blog, '_drafts', 'a-better-name.markdown'));
      await writeFile(renamed, '---\ntitle: "Rename me"\ntime: "09:30"\n---\nSecond text.\n');
      const again = await session.table.exportPost({ path: renamed, date: '2024-03-04' });
      assert.equal(again.status, 'written', JSON.stringify(again));
      assert.equal('path' in again ? again.path : null, 'path' in first ? first.path : undefined);
      assert.deepEqual(await readdir(join(blog, '_posts')), postsBefore, 'no second post');
      assert.match(await readFile(join(blog, '_posts', '2024-03-04-rename-me.markdown'), 'utf8'), /Second text\.\n$/);
    } finally {
      await session.close();
      await removeFolder(blog);
    }
  });
});
