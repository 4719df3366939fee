import { createHash } from 'node:crypto';
import { mkdir, realpath, rmdir, unlink } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomically } from '../disk/atomic-write';
import { ServiceError } from '../disk/service-error';
import { readIfExists } from './file-bytes';

/** Where Inkpost 0.1 kept a blog's export record, relative to the site root: read once, moved to the user-data folder, removed. */
export const legacyExportRecordRelativePath = join('.inkpost', 'exports.json');

/** The folder of the export records inside the user-data folder. */
export const exportRecordsFolderName = 'exports';

/** What one draft's last export wrote. */
export interface ExportEntry {
  /** The post file, relative to the site root, with `/` separators. */
  readonly post: string;
  /** SHA-256 (hex) of the bytes written. */
  readonly sha256: string;
}

/** The export record of a blog: for each draft (absolute path), what its last export wrote. */
export interface ExportRecord {
  readonly exports: Readonly<Record<string, ExportEntry>>;
}

/** The record of a blog that has no exports yet. */
export const emptyExportRecord: ExportRecord = { exports: {} };

/** A post's path as the record holds it: relative to the site root, `/`-separated. */
export function recordedPostPath(blogRoot: string, postPath: string): string {
  return relative(blogRoot, postPath).split(sep).join('/');
}

/** The absolute path of a post the record names. */
export function recordedPostLocation(blogRoot: string, entry: ExportEntry): string {
  return join(blogRoot, ...entry.post.split('/'));
}

function isEntry(value: unknown): value is ExportEntry {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { post, sha256 } = value as Record<string, unknown>;
  return typeof post === 'string' && post !== '' && !post.split('/').includes('..') && typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256);
}

/** The entries of a record file's text, or an `unreadable` error naming `path`. `version` is the format expected. */
function parseRecord(path: string, text: string, version: 1 | 2, blog: string): Record<string, ExportEntry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ServiceError('unreadable', `${path}: the export record is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix or remove it`);
  }
  const object = (parsed ?? {}) as { version?: unknown; blog?: unknown; exports?: unknown };
  const exports = object.exports;
  if (object.version !== version || typeof exports !== 'object' || exports === null || Array.isArray(exports)) {
    throw new ServiceError('unreadable', `${path}: not an Inkpost export record (version ${version}); fix or remove it`);
  }
  if (version === 2 && object.blog !== blog) {
    throw new ServiceError('unreadable', `${path}: the export record of ${String(object.blog)}, not of ${blog}; fix or remove it`);
  }
  const entries: Record<string, ExportEntry> = {};
  for (const [draft, entry] of Object.entries(exports)) {
    if (!isEntry(entry)) {
      throw new ServiceError('unreadable', `${path}: the entry of ${draft} is not { post, sha256 }; fix or remove it`);
    }
    entries[draft] = { post: entry.post, sha256: entry.sha256 };
  }
  return entries;
}

function sorted(exports: Readonly<Record<string, ExportEntry>>): Record<string, ExportEntry> {
  return Object.fromEntries(Object.entries(exports).sort(([left], [right]) => left.localeCompare(right)));
}

/** The real path of a blog's folder (as given when it is gone). */
async function realBlog(blogRoot: string): Promise<string> {
  return realpath(resolve(blogRoot)).catch(() => resolve(blogRoot));
}

/**
 * The export records of every blog, kept in the user-data folder (never in
 * the blog, where they would be committed to its repository):
 * `exports/<blog name>-<hash of its real path>.json`, holding the blog's
 * path and, for each draft (absolute path), the post its last export wrote
 * (blog-relative) and that post's SHA-256. The app and the CLI open the
 * same folder (see `userDataFolder`), so both know what the other exported.
 *
 * A record Inkpost 0.1 kept in the blog (`.inkpost/exports.json`) is read
 * the first time the blog's record is needed, merged into the user-data
 * record (whose entries win), written there, and then removed from the blog,
 * with its `.inkpost` folder when that is left empty.
 */
export class ExportRecords {
  /** `folder` is the records' own folder; see {@link ExportRecords.in}. */
  constructor(readonly folder: string) {}

  /** The export records of the user-data folder `userDataDir`. */
  static in(userDataDir: string): ExportRecords {
    return new ExportRecords(join(userDataDir, exportRecordsFolderName));
  }

  /** The record file of the blog whose real path is `blog`. */
  fileOf(blog: string): string {
    const hash = createHash('sha256').update(blog).digest('hex').slice(0, 16);
    const name = basename(blog).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'blog';
    return join(this.folder, `${name}-${hash}.json`);
  }

  /**
   * The export record of the site at `blogRoot` (empty when it has none),
   * after moving a record the blog still holds. A record that is not valid
   * JSON of the expected shape is an `unreadable` error naming the file:
   * guessing would risk overwriting a post.
   */
  async read(blogRoot: string): Promise<ExportRecord> {
    const blog = await realBlog(blogRoot);
    const path = this.fileOf(blog);
    const bytes = await readIfExists(path);
    const current = bytes === null ? {} : parseRecord(path, bytes.toString('utf8'), 2, blog);
    const legacyPath = join(blog, legacyExportRecordRelativePath);
    const legacy = await readIfExists(legacyPath);
    if (legacy === null) {
      return { exports: current };
    }
    const exports = { ...parseRecord(legacyPath, legacy.toString('utf8'), 1, blog), ...current };
    await this.write(blog, exports);
    await unlink(legacyPath).catch(ignoreMissing);
    await rmdir(join(blog, '.inkpost')).catch(() => undefined); // only when empty
    return { exports };
  }

  /**
   * Applies `change` to the record of the site at `blogRoot` (read afresh, so
   * other drafts' entries written meanwhile are kept) and writes it when
   * something changed.
   */
  async update(blogRoot: string, change: (exports: Record<string, ExportEntry>) => void): Promise<void> {
    const record = await this.read(blogRoot);
    const exports = { ...record.exports };
    change(exports);
    if (JSON.stringify(exports) !== JSON.stringify(record.exports)) {
      await this.write(await realBlog(blogRoot), exports);
    }
  }

  /**
   * Keeps the record true after a file was renamed from `from` to `to` (both
   * absolute, real paths): a renamed draft keeps its export, so re-exporting it
   * updates the same post instead of writing a second one; a renamed post stays
   * the post its draft exports to. A blog without a record is left without one.
   */
  async recordRename(blogRoot: string, from: string, to: string): Promise<void> {
    const fromPost = recordedPostPath(blogRoot, from);
    const toPost = recordedPostPath(blogRoot, to);
    await this.update(blogRoot, (exports) => {
      const entry = exports[from];
      if (entry !== undefined) {
        delete exports[from];
        exports[to] = entry;
      }
      for (const [draft, exported] of Object.entries(exports)) {
        if (exported.post === fromPost) {
          exports[draft] = { ...exported, post: toPost };
        }
      }
    });
  }

  private async write(blog: string, exports: Readonly<Record<string, ExportEntry>>): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomically(this.fileOf(blog), `${JSON.stringify({ version: 2, blog, exports: sorted(exports) }, null, 2)}\n`);
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
    throw error;
  }
}
