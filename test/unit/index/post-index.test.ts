import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexFolder } from '../../../main/services/index/post-index';
import { referencePostNames, referencePostNamesNewestFirst, withReferenceCopy } from '../../harness/temp-folders';
import { referenceSkip } from '../../harness/paths';


/** What the list shows for each fixture post: title, time, tags, layout. */
const fixtureSummaries: Readonly<Record<string, readonly [string, string, readonly string[], string]>> = {
  '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown': ['Tankaar: A New XMPP-powered Game', '21:50', ['jabber', 'xmpp', 'game'], 'post'],
  '2009-03-11-upcoming-xmpp-talks-and-events.markdown': ['Upcoming XMPP Talks and Events', '13:48', ['xmpp', 'jabber', 'conference'], 'post'],
  '2009-01-15-some-jekyll-hacks.markdown': ['Some Jekyll Hacks', '21:20', ['jekyll', 'ruby', 'code'], 'post'],
  '2009-01-07-emacs-and-jabber-happy-together.markdown': ['Emacs and Jabber: Happy Together', '23:50', ['emacs', 'xmpp', 'jabber'], 'post'],
  '2008-10-21-xmpp-at-the-sf-music-tech-summit.markdown': ['XMPP At The SF Music Tech Summit', '00:25', ['jabber', 'sfmusictech', 'xmpp'], 'post'],
  '2008-08-28-writing-ejabberd-modules-presence-storms.markdown': [
    'Writing Ejabberd Modules: Presence Storms',
    '18:00',
    ['code', 'ejabberd', 'erlang', 'jabber', 'module', 'presence', 'server', 'tutorial', 'xmpp'],
    'post',
  ],
  '2008-08-27-migrating-to-ejabberd-the-gory-details.markdown': [
    'Migrating To Ejabberd: The Gory Details',
    '10:51',
    ['chesspark', 'code', 'ejabberd', 'jabber', 'jabberd', 'server', 'upgrade', 'wuchess', 'xmpp'],
    'post',
  ],
  '2008-06-06-on-moderation-of-chats.markdown': ['On Moderation Of Chats', '08:20', ['chat', 'chesspark', 'community', 'jabber', 'moderation', 'startups', 'xmpp'], 'post'],
  '2007-03-28-debugging-with-data-visualization.markdown': ['Debugging with Data Visualization', '10:55', ['chesspark', 'debugging', 'startups', 'visualization'], 'post'],
};

describe('indexFolder', { skip: referenceSkip }, () => {
  test('lists the fixture posts newest first with their front matter', async () => {
    await withReferenceCopy('list-fixtures', async (folder) => {
      const listing = await indexFolder(folder);
      assert.equal(listing.folder, folder);
      assert.deepEqual(listing.problems, []);
      assert.deepEqual(listing.posts.map((post) => post.fileName), referencePostNamesNewestFirst);
      for (const post of listing.posts) {
        const expected = fixtureSummaries[post.fileName];
        assert.deepEqual([post.title, post.time, post.tags, post.layout], expected, post.fileName);
        assert.equal(post.path, join(folder, post.fileName));
        assert.equal(post.date, post.fileName.slice(0, 10));
        // A plain folder is not a `_posts` folder: Jekyll would treat these as drafts.
        assert.equal(post.kind, 'draft');
      }
    });
  });

  test('the whole summary of the Emacs and Tankaar posts', async () => {
    await withReferenceCopy('list-summary', async (folder) => {
      const emacs = '2009-01-07-emacs-and-jabber-happy-together.markdown';
      const tankaar = '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown';
      const when = new Date('2009-01-08T00:00:00Z');
      await utimes(join(folder, emacs), when, when);
      await utimes(join(folder, tankaar), when, when);
      const listing = await indexFolder(folder);
      assert.deepEqual(
        listing.posts.find((post) => post.fileName === emacs),
        {
          path: join(folder, emacs),
          fileName: emacs,
          title: 'Emacs and Jabber: Happy Together',
          date: '2009-01-07',
          time: '23:50',
          tags: ['emacs', 'xmpp', 'jabber'],
          layout: 'post',
          slug: 'emacs-and-jabber-happy-together',
          // Outside a `_posts` folder a post is a draft, as Jekyll sees it.
          kind: 'draft',
          // No `extended` key and no marker line.
          hasMarker: false,
          words: 58,
          modifiedMs: when.getTime(),
        },
      );
      assert.deepEqual(
        listing.posts.find((post) => post.fileName === tankaar),
        {
          path: join(folder, tankaar),
          fileName: tankaar,
          title: 'Tankaar: A New XMPP-powered Game',
          date: '2010-01-30',
          time: '21:50',
          tags: ['jabber', 'xmpp', 'game'],
          layout: 'post',
          slug: 'tankaar-a-new-xmpp-powered-game',
          kind: 'draft',
          // The post declares `extended` but has no marker line.
          hasMarker: false,
          // Hyphenated words (peer-to-peer, e-mailing) count once.
          words: 130,
          modifiedMs: when.getTime(),
        },
      );
    });
  });

  test('ignores files that are not posts and does not descend into folders', async () => {
    await withReferenceCopy('list-ignored', async (folder) => {
      await writeFile(join(folder, 'README'), 'Not a post.\n');
      await writeFile(join(folder, 'notes.txt'), '---\ntitle: Notes\n---\n');
      await writeFile(join(folder, '.hidden.markdown'), '---\ntitle: Hidden\n---\n');
      await writeFile(join(folder, '.2009-01-15-some-jekyll-hacks.markdown.inkpost-0a1b2c3d4e5f.tmp'), 'partial');
      await writeFile(join(folder, 'index.html'), '<p>hi</p>\n');
      await mkdir(join(folder, '2012-01-01-a-folder.markdown'));
      await mkdir(join(folder, 'sub'));
      await writeFile(join(folder, 'sub', '2012-01-01-nested.markdown'), '---\ntitle: Nested\n---\n');
      const listing = await indexFolder(folder);
      assert.deepEqual(listing.posts.map((post) => post.fileName), referencePostNamesNewestFirst);
      assert.deepEqual(listing.problems, []);
    });
  });

  test('unreadable posts are problems with a reason and place; posts with bad front matter stay listed so they can be fixed', async () => {
    await withReferenceCopy('list-problems', async (folder) => {
      const badYaml = join(folder, '2010-01-31-bad-yaml.markdown');
      // The bad line is line 3 of the file (the opening `---` is line 1); column 8 is the second colon.
      await writeFile(badYaml, '---\nlayout: post\ntitle: Tankaar: A New Game\n---\nBody\n');
      const latin1 = join(folder, '2010-02-01-latin1.markdown');
      await writeFile(latin1, Buffer.from('---\ntitle: caf\xe9\n---\n', 'latin1'));
      const binary = join(folder, '2010-02-02-binary.md');
      await writeFile(binary, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
      const list = join(folder, '2010-02-03-list.md');
      await writeFile(list, '---\n- one\n- two\n---\n');
      const unclosedFlow = join(folder, '2010-02-04-unclosed.md');
      await writeFile(unclosedFlow, '---\r\ntitle: x\r\n\r\ntags: [a, b\r\n---\r\nBody\r\n');

      const listing = await indexFolder(folder);
      assert.deepEqual(listing.posts.map((post) => post.fileName), [
        '2010-02-04-unclosed.md',
        '2010-02-03-list.md',
        '2010-02-01-latin1.markdown',
        '2010-01-31-bad-yaml.markdown',
        ...referencePostNamesNewestFirst,
      ]);
      assert.deepEqual(listing.problems, [
        { path: badYaml, line: 3, column: 8, severity: 'error', message: 'Nested mappings are not allowed in compact mappings' },
        { path: latin1, line: 2, column: 11, severity: 'error', message: 'not valid UTF-8 (byte 14); opened as Latin-1 and saved back the same way' },
        { path: binary, line: 2, column: 1, severity: 'error', message: 'looks binary (a NUL byte at offset 4, line 2, column 1)' },
        { path: list, line: 2, column: 1, severity: 'error', message: 'front matter is a list; Jekyll expects keys and values' },
        // The parser notices the missing `]` where the block ends: line 5, the closing fence.
        { path: unclosedFlow, line: 5, column: 1, severity: 'error', message: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
      ]);
    });
  });

  test('a `...` closing fence is front matter as Jekyll reads it', async () => {
    await withReferenceCopy('list-dots', async (folder) => {
      await writeFile(join(folder, '2011-05-05-dots.md'), '---\ntitle: Dotted\ntime: "10:00"\n...\nBody\n');
      const listing = await indexFolder(folder);
      assert.deepEqual(listing.problems, []);
      const [first] = listing.posts;
      assert.deepEqual([first?.fileName, first?.title, first?.time], ['2011-05-05-dots.md', 'Dotted', '10:00']);
    });
  });

  test('values as Jekyll reads them: unquoted time is Psych base 60, a string of tags splits on spaces', async () => {
    await withReferenceCopy('list-yaml11', async (folder) => {
      await writeFile(join(folder, '2011-06-06-unquoted.md'), '---\ntitle: 2011\ntime: 13:48\ntags: one two  three\nlayout: page\n---\n');
      await writeFile(join(folder, '2011-06-07-no-front-matter.md'), 'Just text.\n');
      const listing = await indexFolder(folder);
      const [noFrontMatter, unquoted] = listing.posts;
      assert.deepEqual(
        [noFrontMatter?.fileName, noFrontMatter?.title, noFrontMatter?.time, noFrontMatter?.tags, noFrontMatter?.layout],
        ['2011-06-07-no-front-matter.md', 'no-front-matter', null, [], null],
      );
      assert.deepEqual(
        [unquoted?.fileName, unquoted?.title, unquoted?.time, unquoted?.tags, unquoted?.layout],
        ['2011-06-06-unquoted.md', '2011', '49680', ['one', 'two', 'three'], 'page'],
      );
    });
  });

  test('undated drafts come first, most recently modified first; same-date posts by time, latest first', async () => {
    await withReferenceCopy('list-drafts', async (folder) => {
      const older = join(folder, 'older-draft.md');
      const newer = join(folder, 'newer-draft.markdown');
      await writeFile(older, '---\ntitle: Older draft\n---\n');
      await writeFile(newer, '---\ntitle: Newer draft\n---\n');
      await utimes(older, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
      await utimes(newer, new Date('2020-06-01T00:00:00Z'), new Date('2020-06-01T00:00:00Z'));
      // Same date as the Tankaar post (21:50): an earlier time, and no time at all.
      await writeFile(join(folder, '2010-01-30-morning.md'), '---\ntitle: Morning\ntime: "08:00"\n---\n');
      await writeFile(join(folder, '2010-01-30-timeless.md'), '---\ntitle: Timeless\n---\n');
      // An impossible date makes the post an undated draft.
      const impossible = join(folder, '2009-02-29-not-a-date.md');
      await writeFile(impossible, '---\ntitle: Not a date\n---\n');
      await utimes(impossible, new Date('2019-01-01T00:00:00Z'), new Date('2019-01-01T00:00:00Z'));

      const listing = await indexFolder(folder);
      assert.deepEqual(listing.posts.map((post) => post.fileName), [
        'newer-draft.markdown',
        'older-draft.md',
        '2009-02-29-not-a-date.md',
        '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown',
        '2010-01-30-morning.md',
        '2010-01-30-timeless.md',
        ...referencePostNamesNewestFirst.slice(1),
      ]);
      assert.deepEqual(
        listing.posts.slice(0, 3).map((post) => [post.kind, post.date, post.title]),
        [
          ['draft', null, 'Newer draft'],
          ['draft', null, 'Older draft'],
          ['draft', null, 'Not a date'],
        ],
      );
      assert.equal((await readdir(folder)).length, referencePostNames.length + 5);
    });
  });
});
