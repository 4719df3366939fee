import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../disk/atomic-write';
import type { IndexEntry } from './post-index-entry';

/**
 * The format of the cache files. Bump it whenever a summary would come out
 * differently from the same file (a new field, another word count): older
 * caches are then ignored and rebuilt, never shown.
 */
export const indexCacheFormat = 1;

const problemSchema = z.object({
  path: z.string(),
  line: z.number(),
  column: z.number(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

const summarySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  time: z.string().nullable(),
  tags: z.array(z.string()),
  layout: z.string().nullable(),
  slug: z.string(),
  kind: z.enum(['published', 'draft']),
  hasMarker: z.boolean(),
  words: z.number(),
  modifiedMs: z.number(),
});

const cacheSchema = z.object({
  format: z.literal(indexCacheFormat),
  root: z.string(),
  entries: z.record(z.string(), z.object({ size: z.number(), modifiedMs: z.number(), summary: summarySchema.nullable(), problems: z.array(problemSchema) })),
});

/**
 * The posts index of each folder, kept between launches in the user-data
 * folder (`index/<folder name>-<hash of its path>.json`), so opening a large
 * blog again stats its files and reads only those whose size or modification
 * time changed, instead of reading every post. It is only a cache: a file
 * that is missing, unreadable, of another format or for another folder is
 * ignored (the folder is read in full, and the file written anew).
 */
export class IndexCache {
  constructor(readonly folder: string) {}

  /** The index cache of the user-data folder `userDataDir`. */
  static in(userDataDir: string): IndexCache {
    return new IndexCache(join(userDataDir, 'index'));
  }

  /** The cache file of the folder at `root`. */
  fileOf(root: string): string {
    const hash = createHash('sha256').update(root).digest('hex').slice(0, 16);
    const name = basename(root).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'folder';
    return join(this.folder, `${name}-${hash}.json`);
  }

  /** The entries cached for `root`, by path; null when there is no usable cache. */
  async load(root: string): Promise<Map<string, IndexEntry> | null> {
    let text: string;
    try {
      text = await readFile(this.fileOf(root), 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = cacheSchema.safeParse(JSON.parse(text));
      if (!parsed.success || parsed.data.root !== root) {
        return null;
      }
      return new Map(Object.entries(parsed.data.entries));
    } catch {
      return null;
    }
  }

  /** Writes the entries of `root` (atomically: a crash leaves the old cache or the new one). */
  async save(root: string, entries: ReadonlyMap<string, IndexEntry>): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomically(this.fileOf(root), JSON.stringify({ format: indexCacheFormat, root, entries: Object.fromEntries(entries) }));
  }
}
