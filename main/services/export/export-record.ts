import { mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { writeFileAtomically } from '../disk/atomic-write';
import { ServiceError } from '../disk/service-error';
import { readIfExists } from './file-bytes';

/** Where a blog keeps its export record, relative to the site root (Jekyll skips dot folders). */
export const exportRecordRelativePath = join('.inkpost', 'exports.json');

/** What one draft's last export wrote. */
export interface ExportEntry {
  /** The post file, relative to the site root, with `/` separators. */
  readonly post: string;
  /** SHA-256 (hex) of the bytes written. */
  readonly sha256: string;
}

/** The export record of a blog: for each draft (absolute path), what its last export wrote. */
export interface ExportRecord {
  readonly version: 1;
  readonly exports: Readonly<Record<string, ExportEntry>>;
}

/** The record of a blog that has no exports yet. */
export const emptyExportRecord: ExportRecord = { version: 1, exports: {} };

/** The absolute path of the export record of the site at `blogRoot`. */
export function exportRecordPath(blogRoot: string): string {
  return join(blogRoot, exportRecordRelativePath);
}

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

/**
 * Reads the export record of the site at `blogRoot` (empty when it has none).
 * A record that is not valid JSON of the expected shape is an `unreadable`
 * error naming the file: guessing would risk overwriting a post.
 */
export async function readExportRecord(blogRoot: string): Promise<ExportRecord> {
  const path = exportRecordPath(blogRoot);
  const bytes = await readIfExists(path);
  if (bytes === null) {
    return emptyExportRecord;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new ServiceError('unreadable', `${path}: the export record is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix or remove it`);
  }
  const exports = (parsed as { exports?: unknown } | null)?.exports;
  if ((parsed as { version?: unknown } | null)?.version !== 1 || typeof exports !== 'object' || exports === null || Array.isArray(exports)) {
    throw new ServiceError('unreadable', `${path}: not an Inkpost export record (version 1); fix or remove it`);
  }
  const entries: Record<string, ExportEntry> = {};
  for (const [draft, entry] of Object.entries(exports)) {
    if (!isEntry(entry)) {
      throw new ServiceError('unreadable', `${path}: the entry of ${draft} is not { post, sha256 }; fix or remove it`);
    }
    entries[draft] = { post: entry.post, sha256: entry.sha256 };
  }
  return { version: 1, exports: entries };
}

/** Writes the export record of the site at `blogRoot` atomically (creating `.inkpost/`), entries sorted by draft. */
export async function writeExportRecord(blogRoot: string, record: ExportRecord): Promise<void> {
  const path = exportRecordPath(blogRoot);
  await mkdir(join(blogRoot, '.inkpost'), { recursive: true });
  const sorted = Object.fromEntries(Object.entries(record.exports).sort(([left], [right]) => left.localeCompare(right)));
  await writeFileAtomically(path, `${JSON.stringify({ version: 1, exports: sorted }, null, 2)}\n`);
}

/**
 * Applies `change` to the record of the site at `blogRoot` (read afresh, so
 * other drafts' entries written meanwhile are kept) and writes it when
 * something changed.
 */
export async function updateExportRecord(blogRoot: string, change: (exports: Record<string, ExportEntry>) => void): Promise<void> {
  const record = await readExportRecord(blogRoot);
  const exports = { ...record.exports };
  change(exports);
  if (JSON.stringify(exports) !== JSON.stringify(record.exports)) {
    await writeExportRecord(blogRoot, { version: 1, exports });
  }
}

/**
 * Keeps the record true after a file was renamed from `from` to `to` (both
 * absolute, real paths): a renamed draft keeps its export, so re-exporting it
 * updates the same post instead of writing a second one; a renamed post stays
 * the post its draft exports to. A blog without a record is left without one.
 */
export async function recordRename(blogRoot: string, from: string, to: string): Promise<void> {
  const fromPost = recordedPostPath(blogRoot, from);
  const toPost = recordedPostPath(blogRoot, to);
  await updateExportRecord(blogRoot, (exports) => {
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
