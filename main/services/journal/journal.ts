import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rename, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  journalFileSchema,
  journalState,
  type JournaledPost,
  type JournalEntry,
  type JournalFile,
  type JournalListing,
  type JournalProblem,
  type JournalWrite,
} from '../../../shared/journal';
import { syncFolder, writeFileAtomically } from '../disk/atomic-write';
import { isPathInside } from '../disk/folder-scope';
import { readPost } from '../posts/post-store';
import { ServiceError } from '../disk/service-error';

/** The journal's folder inside a user-data folder. */
export function journalFolder(userDataDir: string): string {
  return join(userDataDir, 'journal');
}

/** A journal file's name: the SHA-256 of the post's path, so any path maps to one safe file name. */
export function journalFileName(postPath: string): string {
  return `${createHash('sha256').update(postPath).digest('hex')}.json`;
}

const journalFileNamePattern = /^[0-9a-f]{64}\.json$/;

/** What reading the whole journal found. */
export interface JournalContents {
  /** Every readable entry, oldest first. */
  readonly entries: readonly JournalEntry[];
  /** Files that were not valid journal entries, each set aside as `<name>.corrupt-<time>`. */
  readonly problems: readonly JournalProblem[];
}

/**
 * The journal of unsaved edits in one folder (`<userData>/journal`): one JSON
 * file per post, named by {@link journalFileName}, holding the post's path,
 * the version its edit started from, the text and when it was written. Files
 * are replaced atomically, so a crash mid-write leaves the previous journal
 * or the new one. The post files themselves are never touched.
 */
export class PostJournal {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  /** Journals `write`'s text for its post, replacing the post's earlier journal; returns the stored entry. */
  async write(write: JournalWrite, now: Date = new Date()): Promise<JournalEntry> {
    const file: JournalFile = {
      format: 'inkpost-journal',
      formatVersion: 1,
      path: write.path,
      baseVersion: write.baseVersion,
      text: write.text,
      savedAt: now.toISOString(),
    };
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomically(join(this.folder, journalFileName(write.path)), `${JSON.stringify(file)}\n`);
    return entryOf(file);
  }

  /** Removes the journal of the post at `postPath`; no journal is not an error. */
  async discard(postPath: string): Promise<void> {
    try {
      await unlink(join(this.folder, journalFileName(postPath)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return;
      }
      throw error;
    }
    await syncFolder(this.folder);
  }

  /**
   * Reads every journal entry. A file that is not valid JSON, not a journal,
   * or stored under another post's name is renamed aside and reported, so one
   * bad file never hides the others or stops the app, and nothing is deleted.
   */
  async read(): Promise<JournalContents> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { entries: [], problems: [] };
      }
      throw error;
    }
    const entries: JournalEntry[] = [];
    const problems: JournalProblem[] = [];
    for (const name of names.filter((candidate) => journalFileNamePattern.test(candidate)).sort()) {
      const path = join(this.folder, name);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          continue; // discarded while we read
        }
        throw error;
      }
      try {
        const file = journalFileSchema.parse(JSON.parse(text));
        if (journalFileName(file.path) !== name) {
          throw new Error(`it names ${file.path}, whose journal would be ${journalFileName(file.path)}`);
        }
        entries.push(entryOf(file));
      } catch (error) {
        const aside = `${path}.corrupt-${Date.now()}`;
        await rename(path, aside);
        problems.push({ file: aside, message: `${path} is not a readable journal entry (${reason(error)}); kept it as ${aside}` });
      }
    }
    entries.sort((left, right) => left.savedAt.localeCompare(right.savedAt));
    return { entries, problems };
  }
}

function entryOf(file: JournalFile): JournalEntry {
  return { path: file.path, baseVersion: file.baseVersion, text: file.text, savedAt: file.savedAt };
}

function reason(error: unknown): string {
  if (error instanceof z.ZodError) {
    return z.prettifyError(error).replace(/\n\s*/g, ' ');
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

/**
 * The journaled edits of posts in `postsDir`, each with the post as it is on
 * disk now and its {@link journalState}: an edit whose file changed since is a
 * conflict, one whose file is gone is missing. Entries of other folders stay
 * in the journal for when that folder is opened. A post that can no longer be
 * read is reported as a problem and its journal kept.
 */
export async function listJournaledPosts(journal: PostJournal, postsDir: string): Promise<JournalListing> {
  const { entries, problems } = await journal.read();
  const folders = [resolve(postsDir), await realpath(postsDir).catch(() => resolve(postsDir))];
  const posts: JournaledPost[] = [];
  const unreadable: JournalProblem[] = [];
  for (const entry of entries) {
    if (!folders.some((folder) => isPathInside(folder, resolve(entry.path)))) {
      continue;
    }
    try {
      const disk = await readPost(postsDir, entry.path);
      const state = journalState(entry, disk.version);
      posts.push({ ...entry, state: state === 'restorable' ? 'restorable' : 'conflict', diskText: disk.text, diskVersion: disk.version });
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not-found') {
        posts.push({ ...entry, state: 'missing', diskText: null, diskVersion: null });
      } else {
        unreadable.push({ file: entry.path, message: `the unsaved edit of ${entry.path} is kept in the journal, but the post cannot be read now: ${reason(error)}` });
      }
    }
  }
  return { posts, problems: [...problems, ...unreadable] };
}
