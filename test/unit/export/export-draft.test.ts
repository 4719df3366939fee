import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ExportResult } from '../../../shared/export/export-result';
import { checkFolder } from '../../../main/services/checks/check-folder';
import { exportDraft, type ExportOptions } from '../../../main/services/export/export-draft';
import { ExportRecords } from '../../../main/services/export/export-record';
import { copyReferenceBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { referenceSkip } from '../../harness/paths';

const referencePostNames = [
  '2007-03-28-debugging-with-data-visualization.markdown',
  '2008-06-06-on-moderation-of-chats.markdown',
  '2008-08-27-migrating-to-ejabberd-the-gory-details.markdown',
  '2008-08-28-writing-ejabberd-modules-presence-storms.markdown',
  '2008-10-21-xmpp-at-the-sf-music-tech-summit.markdown',
  '2009-01-07-emacs-and-jabber-happy-together.markdown',
  '2009-01-15-some-jekyll-hacks.markdown',
  '2009-03-11-upcoming-xmpp-talks-and-events.markdown',
  '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown',
];

const now = new Date(2024, 2, 5, 9, 7);

void describe('exportDraft into a copy of the reference blog', { skip: referenceSkip }, () => {
  let root = '';
  let blog = '';
  let drafts = '';
  let counter = 0;
  let records: ExportRecords;
  const posts = (): Promise<string[]> => readdir(join(blog, '_posts')).then((names) => names.sort());
  const post = (name: string): string => join(blog, '_posts', name);
  /** A new draft file in the drafts folder (a fresh name each time, so tests do not share records). */
  const draft = async (text: string | Buffer, name?: string): Promise<string> => {
    counter += 1;
    const folder = join(drafts, String(counter));
    await mkdir(folder);
    const path = join(folder, name ?? 'draft.md');
    await writeFile(path, text);
    return path;
  };
  const run = (path: string, options: ExportOptions = {}): Promise<ExportResult> => exportDraft(path, blog, records, { now, ...options });
  const written = (result: ExportResult): Extract<ExportResult, { status: 'written' }> => {
    assert.ok(result.status === 'written', JSON.stringify(result));
    return result;
  };

  before(async () => {
    root = await makeTempFolder('export');
    blog = join(root, 'blog');
    drafts = join(root, 'drafts');
    records = ExportRecords.in(join(root, 'user-data'));
    await copyReferenceBlog(blog);
    await mkdir(drafts);
  });
  after(async () => {
    await removeFolder(root);
  });

  void test('a draft becomes _posts/YYYY-MM-DD-slug.markdown in the blog\'s style: layout, title, tags, time, extended', async () => {
    const text = '---\ntitle: "Tankaar: A New Game"\ntags: [game, xmpp]\n---\nThe excerpt.\n\n:EXTENDED:\n\nThe rest.\n';
    const path = await draft(text);
    const result = await run(path);
    assert.deepEqual(result, {
      status: 'written',
      mode: 'created',
      path: post('2024-03-05-tankaar-a-new-game.markdown'),
      date: '2024-03-05',
      time: '09:07',
      slug: 'tankaar-a-new-game',
      removedPath: null,
      draftRemoved: false,
      warnings: [],
      images: [],
    });
    assert.equal(
      await readFile(post('2024-03-05-tankaar-a-new-game.markdown'), 'utf8'),
      '---\nlayout: post\ntitle: "Tankaar: A New Game"\ntags: [game, xmpp]\ntime: "09:07"\nextended: ":EXTENDED:"\n---\nThe excerpt.\n\n:EXTENDED:\n\nThe rest.\n',
    );
    assert.equal(await readFile(path, 'utf8'), text, 'the draft is kept as it was');
    const record = await records.read(blog);
    assert.equal(record.exports[path]?.post, '_posts/2024-03-05-tankaar-a-new-game.markdown');
    assert.match(record.exports[path]?.sha256 ?? '', /^[0-9a-f]{64}$/);
    for (const name of referencePostNames) {
      assert.ok((await posts()).includes(name));
    }
  });

  void test('the draft\'s own date and time win over now; its lines keep their own style', async () => {
    const path = await draft("---\ntime: '23:05'\ntitle:   Über   Café\nlayout: post\n---\nBody\n", '2023-11-02-old-idea.md');
    const result = written(await run(path));
    assert.equal(result.path, post('2023-11-02-uber-cafe.markdown'));
    // A new key goes after the nearest key before it in the blog's order: extended follows time.
    assert.equal(await readFile(result.path, 'utf8'), "---\ntime: '23:05'\nextended: \":EXTENDED:\"\ntitle:   Über   Café\nlayout: post\n---\nBody\n");
  });

  void test('a date key is brought into agreement with the name; a one-digit month still gives a padded name', async () => {
    const padded = written(await run(await draft('---\ntitle: Dated key\ndate: 2023-1-5\n---\nBody\n')));
    assert.equal(padded.path, post('2023-01-05-dated-key.markdown'));
    assert.equal(await readFile(padded.path, 'utf8'), '---\nlayout: post\ntitle: Dated key\nextended: ":EXTENDED:"\ndate: 2023-1-5\n---\nBody\n');

    const moved = written(await run(await draft('---\ntitle: Moved key\ndate: 2023-01-05 10:30\n---\nBody\n'), { date: '2023-02-01' }));
    assert.equal(moved.path, post('2023-02-01-moved-key.markdown'));
    assert.equal(await readFile(moved.path, 'utf8'), '---\nlayout: post\ntitle: Moved key\ntime: "10:30"\nextended: ":EXTENDED:"\ndate: "2023-02-01 10:30"\n---\nBody\n');

    const retimed = written(await run(await draft('---\ntitle: Retimed\ntime: "08:00"\n---\nBody\n'), { time: '18:45' }));
    assert.match(await readFile(retimed.path, 'utf8'), /\ntime: "18:45"\n/);
    assert.match(retimed.path, /2024-03-05-retimed\.markdown$/);
  });

  void test('the slug comes from the slug key, else the title, else the file name', async () => {
    assert.equal(written(await run(await draft('---\ntitle: Something\nslug: my-own-slug\n---\nB\n'))).path, post('2024-03-05-my-own-slug.markdown'));
    assert.equal(written(await run(await draft('Just a body, no front matter.\n', 'Notes from the Road.md'))).path, post('2024-03-05-notes-from-the-road.markdown'));
  });

  void test('a draft without front matter gets one; BOM and CRLF line endings are kept', async () => {
    const result = written(await run(await draft(Buffer.from('\uFEFF---\r\ntitle: Windows\r\n---\r\nLine one\r\nLine two\r\n', 'utf8'))));
    const bytes = await readFile(result.path);
    assert.equal(bytes.toString('utf8'), '\uFEFF---\r\nlayout: post\r\ntitle: Windows\r\ntime: "09:07"\r\nextended: ":EXTENDED:"\r\n---\r\nLine one\r\nLine two\r\n');
  });

  void test('a check error stops the export with the problems and their line:col; nothing is written', async () => {
    const before = await posts();
    const recordBefore = await readFile(records.fileOf(blog), 'utf8');
    const path = await draft('---\ntitle: Broken\nlayout: wide\ntime: 13:48\n---\nBody\n');
    const result = await run(path);
    assert.equal(result.status, 'invalid');
    assert.deepEqual(
      result.status === 'invalid' ? result.problems.map((problem) => `${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`) : [],
      [
        '3:9: error: layout "wide" is not in _layouts (found: base, post)',
        '4:7: warning: time is unquoted: Jekyll reads 13:48 as the number 49680; write time: "13:48"',
      ],
    );
    const unclosed = await run(await draft('---\ntitle: Unclosed\nBody\n'));
    assert.equal(unclosed.status, 'invalid');
    const toml = await run(await draft('+++\ntitle = "Toml"\n+++\nBody\n'));
    assert.equal(toml.status, 'invalid');
    assert.match(toml.status === 'invalid' ? toml.problems[0]?.message ?? '' : '', /Jekyll reads only YAML/);
    assert.deepEqual(await posts(), before);
    assert.equal(await readFile(records.fileOf(blog), 'utf8'), recordBefore);
  });

  void test('a marker line without a marker key is fine: the export adds the blog\'s marker key', async () => {
    const result = written(await run(await draft('---\ntitle: Marker only\n---\nA\n:EXTENDED:\nB\n')));
    assert.match(await readFile(result.path, 'utf8'), /\nextended: ":EXTENDED:"\n/);
    const own = written(await run(await draft('---\ntitle: Own marker\nexcerpt_separator: <!--more-->\n---\nA\n<!--more-->\nB\n')));
    assert.doesNotMatch(await readFile(own.path, 'utf8'), /extended/, 'a post with its own marker key gets no second one');
  });

  void test('never clobber: identical → unchanged; other content → conflict; replace; keep-both', async () => {
    const existing = post('2009-01-07-emacs-and-jabber-happy-together.markdown');
    const original = await readFile(existing);
    const text = '---\ntitle: "Emacs and Jabber: Happy Together"\n---\nMine.\n';
    const mine = await draft(text);
    const conflict = await run(mine, { date: '2009-01-07' });
    assert.deepEqual(conflict, {
      status: 'conflict',
      path: existing,
      reason: 'exists',
      message: `${existing} already exists with other content that did not come from this draft; nothing was written`,
    });
    assert.deepEqual(await readFile(existing), original);
    assert.equal((await records.read(blog)).exports[mine], undefined);

    const kept = written(await run(mine, { date: '2009-01-07', onConflict: 'keep-both' }));
    assert.equal(kept.path, post('2009-01-07-emacs-and-jabber-happy-together-2.markdown'));
    assert.deepEqual(await readFile(existing), original);
    const other = written(await run(await draft(`${text}Another.\n`), { date: '2009-01-07', onConflict: 'keep-both' }));
    assert.equal(other.path, post('2009-01-07-emacs-and-jabber-happy-together-3.markdown'));
    // The keep-both draft goes on updating its own -2 file.
    await writeFile(mine, `${text}More.\n`);
    const again = written(await run(mine, { date: '2009-01-07' }));
    assert.deepEqual([again.path, again.mode], [kept.path, 'updated']);
    assert.equal((await records.read(blog)).exports[mine]?.post, '_posts/2009-01-07-emacs-and-jabber-happy-together-2.markdown');

    const identicalDraft = await draft(original);
    const identical = await run(identicalDraft, { date: '2009-01-07' });
    assert.equal(identical.status, 'unchanged');
    assert.equal(identical.status === 'unchanged' ? identical.path : '', existing);

    const replacer = await draft('---\ntitle: "Emacs and Jabber: Happy Together"\n---\nReplaced.\n');
    const replaced = written(await run(replacer, { date: '2009-01-07', time: '23:50', onConflict: 'replace' }));
    assert.deepEqual([replaced.path, replaced.mode], [existing, 'replaced']);
    assert.match(await readFile(existing, 'utf8'), /\nReplaced\.\n$/);
    assert.equal((await records.read(blog)).exports[identicalDraft], undefined, 'the record forgets the draft whose file was replaced');
  });

  void test('unchanged really writes nothing', async () => {
    const path = await draft('---\ntitle: Stay put\n---\nBody\n');
    const first = written(await run(path));
    const before = await stat(first.path);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await run(path);
    assert.equal(second.status, 'unchanged');
    assert.equal((await stat(first.path)).mtimeMs, before.mtimeMs);
  });

  void test('re-export updates its own file; an undated draft keeps its first date; a new date writes the new file first, then removes the old', async () => {
    const path = await draft('---\ntitle: Evolving\n---\nVersion 1\n');
    const first = written(await run(path));
    assert.equal(first.path, post('2024-03-05-evolving.markdown'));

    await writeFile(path, '---\ntitle: Evolving\n---\nVersion 2\n');
    const later = new Date(2024, 3, 9, 17, 30);
    const second = written(await run(path, { now: later }));
    assert.deepEqual([second.path, second.mode, second.removedPath], [first.path, 'updated', null]);
    assert.match(await readFile(first.path, 'utf8'), /\ntime: "09:07"\n[^]*Version 2/);

    await writeFile(path, '---\ntitle: Evolving\ndate: 2024-04-01\n---\nVersion 3\n');
    const third = written(await run(path));
    assert.equal(third.path, post('2024-04-01-evolving.markdown'));
    assert.equal(third.removedPath, first.path);
    assert.ok(!(await posts()).includes('2024-03-05-evolving.markdown'));
    assert.equal((await records.read(blog)).exports[path]?.post, '_posts/2024-04-01-evolving.markdown');

    await writeFile(path, '---\ntitle: Evolved Title\ndate: 2024-04-01\n---\nVersion 3\n');
    const renamed = written(await run(path));
    assert.deepEqual([renamed.path, renamed.removedPath], [post('2024-04-01-evolved-title.markdown'), third.path]);
  });

  void test('an export edited since is other content: a conflict, at the same name or when the date moves', async () => {
    const path = await draft('---\ntitle: Hand edited\n---\nDraft text\n');
    const first = written(await run(path));
    await writeFile(first.path, `${await readFile(first.path, 'utf8')}A line added in the blog.\n`);
    const edited = await readFile(first.path);

    const same = await run(path);
    assert.deepEqual(same.status === 'conflict' ? [same.path, same.reason] : same, [first.path, 'edited-since-export']);
    assert.deepEqual(await readFile(first.path), edited);

    const moving = await run(path, { date: '2024-06-01' });
    assert.deepEqual(moving.status === 'conflict' ? [moving.path, moving.reason] : moving, [first.path, 'edited-since-export']);
    assert.ok(!(await posts()).includes('2024-06-01-hand-edited.markdown'), 'nothing written');

    const keptBoth = written(await run(path, { date: '2024-06-01', onConflict: 'keep-both' }));
    assert.deepEqual([keptBoth.path, keptBoth.removedPath], [post('2024-06-01-hand-edited.markdown'), null]);
    assert.deepEqual(await readFile(first.path), edited, 'the edited file is kept');

    await writeFile(keptBoth.path, 'edited again\n');
    const replaced = written(await run(path, { date: '2024-06-01', onConflict: 'replace' }));
    assert.equal(replaced.mode, 'replaced');
    assert.match(await readFile(replaced.path, 'utf8'), /Draft text/);
  });

  void test('move deletes the draft only after the post is on disk; keep keeps it', async () => {
    const kept = await draft('---\ntitle: Kept draft\n---\nBody\n');
    assert.equal(written(await run(kept, { draftAfterExport: 'keep' })).mode, 'created');
    assert.ok((await stat(kept)).isFile());

    const moved = await draft('---\ntitle: Moved draft\n---\nBody\n');
    const result = await run(moved, { draftAfterExport: 'move' });
    assert.equal(result.status === 'written' && result.draftRemoved, true);
    await assert.rejects(stat(moved), { code: 'ENOENT' });
    assert.match(await readFile(post('2024-03-05-moved-draft.markdown'), 'utf8'), /title: Moved draft/);
    assert.equal((await records.read(blog)).exports[moved], undefined);

    const blocked = await draft('---\ntitle: Blocked move\nlayout: nope\n---\nBody\n');
    assert.equal((await run(blocked, { draftAfterExport: 'move' })).status, 'invalid');
    assert.ok((await stat(blocked)).isFile(), 'an export that fails keeps the draft');
  });

  void test('refusals: a post already in _posts, bad options, a folder that is not a blog, a broken record', async () => {
    await assert.rejects(run(post(referencePostNames[0] ?? '')), /already a post/);
    const path = await draft('---\ntitle: Options\n---\nB\n');
    await assert.rejects(run(path, { date: '2024-2-30' }), /YYYY-MM-DD/);
    await assert.rejects(run(path, { time: '7:30' }), /HH:MM/);
    await assert.rejects(exportDraft(path, drafts, records, { now }), /not a Jekyll site/);
    await assert.rejects(run(join(drafts, 'missing.md')), /no such file/);
    const recordPath = records.fileOf(blog);
    const record = await readFile(recordPath);
    await writeFile(recordPath, '{ not json');
    const before = await posts();
    await assert.rejects(run(path), /export record is not valid JSON/);
    assert.deepEqual(await posts(), before);
    await writeFile(recordPath, record);
    const flow = await draft('---\n{title: Flow, layout: post}\n---\nBody\n');
    await assert.rejects(run(flow), /flow mapping[^]*nothing was written/);
    assert.deepEqual(await posts(), before);
  });

  void test('every post the export wrote passes inkpost check', async () => {
    const problems = await checkFolder(join(blog, '_posts'));
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  });
});

void describe('exportDraft into a blog without posts', () => {
  void test('Jekyll\'s defaults: .md, layout post, the time in a date key', async () => {
    const root = await makeTempFolder('export-empty');
    try {
      await writeFile(join(root, '_config.yml'), 'title: New blog\n');
      const path = join(root, 'first.md');
      await writeFile(path, '---\ntitle: Hello, World\n---\nHi.\n');
      const result = await exportDraft(path, root, ExportRecords.in(join(root, '.user-data')), { now });
      assert.equal(result.status, 'written');
      const target = join(root, '_posts', '2024-03-05-hello-world.md');
      assert.equal(await readFile(target, 'utf8'), '---\nlayout: post\ntitle: Hello, World\ndate: "2024-03-05 09:07"\n---\nHi.\n');
    } finally {
      await removeFolder(root);
    }
  });
});
