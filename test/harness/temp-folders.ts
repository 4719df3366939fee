// Helpers for tests that work on real files: fresh temporary folders and writable copies of the
// fixtures. The test blog (test/fixtures/blog) is always there; the reference blog (../shared)
// may not be: tests on it take `referenceSkip` from ./paths.
import { existsSync, readdirSync } from 'node:fs';
import { chmod, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceBlogDir, referencePostsDir, referenceSkip, testBlogDir, testPostsDir } from './paths';

/** The test blog's post file names, sorted (oldest first, since the names start with the date). */
export const testPostNames: readonly string[] = readdirSync(testPostsDir).sort();

/** The test blog's posts in the order Inkpost lists them, newest first, spelled out so tests state what they expect. */
export const testPostNamesNewestFirst: readonly string[] = [
  '2016-03-19-the-garden-in-march.markdown',
  '2015-11-05-notes-from-a-long-train-journey.markdown',
  '2014-02-27-shell-tricks-for-tidy-folders.markdown',
  '2013-06-11-reading-list-for-the-summer.markdown',
  '2013-01-20-tabs-a-short-note.markdown',
  '2012-09-03-sourdough-notes-a-year-of-starters.markdown',
  '2012-04-14-kite-flying-on-a-windy-saturday.markdown',
];

/** The test blog's posts by what each shows, so tests name the case rather than the file. */
export const testPosts = {
  /** An image by site-root path (/images/kite.gif), a marker in the middle, an unquoted title. */
  withImage: '2012-04-14-kite-flying-on-a-windy-saturday.markdown',
  /** A quoted title with a colon, raw HTML (a table), UTF-8 text (accents, Japanese, a dash). */
  colonTitle: '2012-09-03-sourdough-notes-a-year-of-starters.markdown',
  /** No extended key and no marker; time before tags; short. */
  noExtended: '2013-01-20-tabs-a-short-note.markdown',
  /** The marker on the last line, nothing after it. */
  markerLast: '2013-06-11-reading-list-for-the-summer.markdown',
  /** Indented code blocks and inline HTML. */
  code: '2014-02-27-shell-tricks-for-tidy-folders.markdown',
  /** About 26 KB: a colon title, 24 sections. */
  large: '2015-11-05-notes-from-a-long-train-journey.markdown',
  /** Declares the marker but never uses it (the checker warns). */
  markerUnused: '2016-03-19-the-garden-in-march.markdown',
} as const;

/**
 * The reference blog's post file names, sorted; empty when `../shared` is
 * absent (tests on them skip with `referenceSkip`).
 */
export const referencePostNames: readonly string[] = existsSync(referencePostsDir) ? readdirSync(referencePostsDir).sort() : [];

/** The reference posts in the order Inkpost lists them, newest first. */
export const referencePostNamesNewestFirst: readonly string[] = [
  '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown',
  '2009-03-11-upcoming-xmpp-talks-and-events.markdown',
  '2009-01-15-some-jekyll-hacks.markdown',
  '2009-01-07-emacs-and-jabber-happy-together.markdown',
  '2008-10-21-xmpp-at-the-sf-music-tech-summit.markdown',
  '2008-08-28-writing-ejabberd-modules-presence-storms.markdown',
  '2008-08-27-migrating-to-ejabberd-the-gory-details.markdown',
  '2008-06-06-on-moderation-of-chats.markdown',
  '2007-03-28-debugging-with-data-visualization.markdown',
];

/** A folder of posts that tests run over whole: its name, folder, file names, and why it is skipped (or false). */
export interface PostSet {
  readonly label: string;
  readonly dir: string;
  readonly names: readonly string[];
  readonly skip: string | false;
}

/** The test blog's posts, always there, then the reference posts, skipped with the reason when `../shared` is absent. */
export const postSets: readonly PostSet[] = [
  { label: 'test blog', dir: testPostsDir, names: testPostNames, skip: false },
  { label: 'reference blog', dir: referencePostsDir, names: referencePostNames, skip: referenceSkip },
];

/** Makes an empty temporary folder named after the test. */
export function makeTempFolder(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `inkpost-${label}-`));
}

/** Makes a copied tree writable: copies keep their modes, and the reference fixtures are read-only. */
async function makeWritable(folder: string): Promise<void> {
  await chmod(folder, 0o755);
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      await makeWritable(path);
    } else {
      await chmod(path, 0o644);
    }
  }
}

async function copyWritable(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  await makeWritable(to);
}

/** Copies the test blog's posts into `folder`, writable. */
export function copyTestPosts(folder: string): Promise<void> {
  return copyWritable(testPostsDir, folder);
}

/** Copies the whole test blog (config, posts, drafts, layouts, includes, images) into `folder`, writable. */
export function copyTestBlog(folder: string): Promise<void> {
  return copyWritable(testBlogDir, folder);
}

/** Copies the reference blog's posts into `folder`, writable; only in tests that skip with `referenceSkip`. */
export function copyReferencePosts(folder: string): Promise<void> {
  return copyWritable(referencePostsDir, folder);
}

/** Copies the whole reference blog into `folder`, writable; only in tests that skip with `referenceSkip`. */
export function copyReferenceBlog(folder: string): Promise<void> {
  return copyWritable(referenceBlogDir, folder);
}

/** Runs `body` with a fresh temporary folder holding writable copies of what `source` holds, then removes it. */
export async function withCopyOf<Result>(source: string, label: string, body: (folder: string) => Promise<Result>): Promise<Result> {
  const folder = await makeTempFolder(label);
  try {
    await copyWritable(source, folder);
    return await body(folder);
  } finally {
    await removeFolder(folder);
  }
}

/** Runs `body` with a fresh temporary folder holding writable copies of the test blog's posts, then removes it. */
export function withTestPostsCopy<Result>(label: string, body: (folder: string) => Promise<Result>): Promise<Result> {
  return withCopyOf(testPostsDir, label, body);
}

/** Runs `body` with a fresh empty temporary folder, then removes it. */
export async function withTempFolder<Result>(label: string, body: (folder: string) => Promise<Result>): Promise<Result> {
  const folder = await makeTempFolder(label);
  try {
    return await body(folder);
  } finally {
    await removeFolder(folder);
  }
}

/** Removes a temporary folder, first making it writable again in case a test locked it. */
export async function removeFolder(folder: string): Promise<void> {
  await chmod(folder, 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
}

/** Runs `body` with a fresh temporary folder holding writable copies of the reference posts; only in tests that skip with `referenceSkip`. */
export function withReferenceCopy<Result>(label: string, body: (folder: string) => Promise<Result>): Promise<Result> {
  return withCopyOf(referencePostsDir, label, body);
}
