// Helpers for unit tests that work on real files: fresh temporary folders and writable copies of
// the read-only fixture posts.
import { readdirSync } from 'node:fs';
import { chmod, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureBlogDir, fixturePostsDir } from './paths';

/** The nine fixture post file names, sorted (oldest first, since the names start with the date). */
export const fixturePostNames: readonly string[] = readdirSync(fixturePostsDir).sort();

/** The fixture posts in the order Inkpost lists them, newest first, spelled out so tests state what they expect. */
export const fixturePostNamesNewestFirst: readonly string[] = [
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

/** Makes an empty temporary folder named after the test. */
export function makeTempFolder(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `inkpost-${label}-`));
}

/** Copies the fixture posts into `folder` and makes the copies writable (the fixtures are read-only). */
export async function copyFixturePosts(folder: string): Promise<void> {
  await cp(fixturePostsDir, folder, { recursive: true });
  await chmod(folder, 0o755);
  for (const name of await readdir(folder)) {
    await chmod(join(folder, name), 0o644);
  }
}

/** Makes a copied tree writable again: the fixtures are read-only, and copies keep their modes. */
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

/** Copies the whole reference blog (posts, drafts, layouts, includes, images) into `folder`, writable. */
export async function copyFixtureBlog(folder: string): Promise<void> {
  await cp(fixtureBlogDir, folder, { recursive: true });
  await makeWritable(folder);
}

/** Runs `body` with a fresh temporary folder holding writable copies of the fixture posts, then removes it. */
export async function withFixtureCopy<Result>(label: string, body: (folder: string) => Promise<Result>): Promise<Result> {
  const folder = await makeTempFolder(label);
  try {
    await copyFixturePosts(folder);
    return await body(folder);
  } finally {
    await removeFolder(folder);
  }
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
