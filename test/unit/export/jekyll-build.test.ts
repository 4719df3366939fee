import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportDraft } from '../../../main/services/export/export-draft';
import { ExportRecords } from '../../../main/services/export/export-record';
import { jekyllMissing } from '../../harness/jekyll';
import { copyReferenceBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { referenceSkip } from '../../harness/paths';

const skipReason = jekyllMissing();

/** A page listing every post's URL, title and excerpt, so the test reads what Jekyll made of them. */
const excerptsPage = `---
layout: null
---
{% for post in site.posts %}<post url="{{ post.url }}">
<title>{{ post.title }}</title>
<date>{{ post.date | date: "%Y-%m-%d" }}</date>
<excerpt>{{ post.excerpt }}</excerpt>
</post>
{% endfor %}`;

/** One post as the excerpts page shows it. */
interface BuiltPost {
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly excerpt: string;
}

function readExcerptsPage(html: string): Map<string, BuiltPost> {
  const posts = new Map<string, BuiltPost>();
  for (const match of html.matchAll(/<post url="([^"]*)">\n<title>([^]*?)<\/title>\n<date>([^<]*)<\/date>\n<excerpt>([^]*?)<\/excerpt>\n<\/post>/g)) {
    const [, url = '', title = '', date = '', excerpt = ''] = match;
    posts.set(url, { url, title, date, excerpt });
  }
  return posts;
}

void describe('exported posts in a real Jekyll build', { skip: referenceSkip || (skipReason ?? false) }, () => {
  let root = '';
  let blog = '';
  let site = '';
  let drafts = '';
  let exported: Record<string, string> = {};
  let moving = '';
  let movedAway = '';
  let build: { status: number | null; output: string } = { status: null, output: '' };

  before(async () => {
    root = await makeTempFolder('jekyll-build');
    blog = join(root, 'blog');
    site = join(root, 'site');
    drafts = join(root, 'drafts');
    await copyReferenceBlog(blog);
    await mkdir(drafts);
    // The slice's layouts include break.html, which it does not have; Jekyll's default permalink is kept:
    // /:categories/:year/:month/:day/:title.html.
    await writeFile(join(blog, '_includes', 'break.html'), '');
    // The blog's post layout prints `post`, which its Jekyll hacks set on a post's own page; stock Jekyll needs it assigned.
    const layout = join(blog, '_layouts', 'post.html');
    await writeFile(layout, (await readFile(layout, 'utf8')).replace('{% include post.html %}', '{% assign post = page %}\n{% include post.html %}'));
    await writeFile(join(blog, '_config.yml'), 'title: Inkpost export test\nexcerpt_separator: ":EXTENDED:"\n');
    await writeFile(join(blog, 'excerpts.html'), excerptsPage);

    const write = async (name: string, text: string): Promise<string> => {
      const path = join(drafts, name);
      await writeFile(path, text);
      return path;
    };
    const now = new Date(2024, 2, 5, 9, 7);
    const records = ExportRecords.in(join(root, 'user-data'));
    const tankaar = await write('tankaar.md', '---\ntitle: "Tankaar: A New Game"\ntags: [game, xmpp]\n---\nThe excerpt about **tanks**.\n\n:EXTENDED:\n\nThe secret extended part.\n');
    const unicode = await write('2023-11-02-unicode.md', '---\ntitle: "Über Café — ß & Ørsted"\ntags: [unicode, café]\ntime: "21:30"\n---\nGrüße aus Köln.\n\n:EXTENDED:\n\nNur auf der Seite.\n');
    moving = await write('moving.md', '---\ntitle: Moving Day\ndate: 2022-05-01\ntags: [move]\n---\nBefore the move.\n\n:EXTENDED:\n\nAfter the move.\n');
    exported = {};
    for (const path of [tankaar, unicode, moving]) {
      const result = await exportDraft(path, blog, records, { now });
      assert.equal(result.status, 'written', JSON.stringify(result));
      exported[path] = result.status === 'written' ? result.path : '';
    }
    // The date changes: the re-export writes the new file and removes the old one.
    movedAway = exported[moving] ?? '';
    await writeFile(moving, (await readFile(moving, 'utf8')).replace('date: 2022-05-01', 'date: 2022-06-15'));
    const again = await exportDraft(moving, blog, records, { now });
    assert.equal(again.status === 'written' && again.removedPath, movedAway);
    exported[moving] = again.status === 'written' ? again.path : '';

    const run = spawnSync('jekyll', ['build', '--source', blog, '--destination', site], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', JEKYLL_ENV: 'production' },
    });
    build = { status: run.status, output: `${run.stdout}\n${run.stderr}\n${run.error?.message ?? ''}` };
  });
  after(async () => {
    await removeFolder(root);
  });

  void test('the export wrote the names its dates and slugs give', () => {
    assert.deepEqual(Object.values(exported).map((path) => path.slice(blog.length + 1)), [
      '_posts/2024-03-05-tankaar-a-new-game.markdown',
      '_posts/2023-11-02-uber-cafe-ss-orsted.markdown',
      '_posts/2022-06-15-moving-day.markdown',
    ]);
  });

  void test('jekyll build succeeds', () => {
    assert.equal(build.status, 0, build.output);
  });

  void test('each post\'s page is at the URL of its date and slug, with its title and tags', async () => {
    const pages: readonly (readonly [string, string, readonly string[], string])[] = [
      ['2024/03/05/tankaar-a-new-game.html', 'Tankaar: A New Game', ['game', 'xmpp'], 'The secret extended part.'],
      ['2023/11/02/uber-cafe-ss-orsted.html', 'Über Café — ß & Ørsted', ['unicode', 'café'], 'Nur auf der Seite.'],
      ['2022/06/15/moving-day.html', 'Moving Day', ['move'], 'After the move.'],
    ];
    for (const [url, title, tags, extendedText] of pages) {
      const path = join(site, ...url.split('/'));
      assert.ok(existsSync(path), `${url} was built`);
      const html = await readFile(path, 'utf8');
      assert.ok(html.includes(`<title>${title}</title>`), `${url}: the page title`);
      assert.ok(html.includes(`<a href='/${url}'>${title}</a>`), `${url}: the heading links to itself`);
      for (const tag of tags) {
        assert.ok(html.includes(`>${tag}</a>`), `${url}: tag ${tag}`);
      }
      assert.ok(html.includes(extendedText), `${url}: the post's own page shows the extended part`);
    }
  });

  void test('after the date changed, only the new page exists', () => {
    assert.ok(!existsSync(movedAway), 'the old post file is gone');
    assert.ok(!existsSync(join(site, '2022', '05', '01', 'moving-day.html')), 'no page at the old date');
    assert.ok(existsSync(join(site, '2022', '06', '15', 'moving-day.html')));
  });

  void test('with excerpt_separator set to the marker, each excerpt is the text before it', async () => {
    const posts = readExcerptsPage(await readFile(join(site, 'excerpts.html'), 'utf8'));
    assert.equal(posts.size, 12, 'nine reference posts and three exported ones');
    const expected: readonly (readonly [string, string, string, string, string])[] = [
      ['/2024/03/05/tankaar-a-new-game.html', 'Tankaar: A New Game', '2024-03-05', '<strong>tanks</strong>', 'secret extended'],
      ['/2023/11/02/uber-cafe-ss-orsted.html', 'Über Café — ß & Ørsted', '2023-11-02', 'Grüße aus Köln.', 'Nur auf der Seite'],
      ['/2022/06/15/moving-day.html', 'Moving Day', '2022-06-15', 'Before the move.', 'After the move'],
    ];
    for (const [url, title, date, inExcerpt, notInExcerpt] of expected) {
      const post = posts.get(url);
      assert.ok(post !== undefined, `${url} is listed`);
      assert.equal(post.title, title);
      assert.equal(post.date, date);
      assert.ok(post.excerpt.includes(inExcerpt), `${url}: excerpt ${post.excerpt}`);
      assert.ok(!post.excerpt.includes(notInExcerpt), `${url}: excerpt stops at the marker: ${post.excerpt}`);
      assert.ok(!post.excerpt.includes(':EXTENDED:'), `${url}: the marker itself is not in the excerpt`);
    }
  });

  void test('the front page shows the newest post, the one dated by now', async () => {
    const html = await readFile(join(site, 'index.html'), 'utf8');
    assert.ok(html.includes("<a href='/2024/03/05/tankaar-a-new-game.html'>Tankaar: A New Game</a>"));
    assert.ok(html.includes('The excerpt about <strong>tanks</strong>.'));
    assert.ok(html.includes('<a href="/2023/11/02/uber-cafe-ss-orsted.html">Über Café — ß & Ørsted</a>'), 'the unicode post is among the recent ones');
  });
});
