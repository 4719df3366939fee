import { readFile, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { DraftAfterExport } from '../../../shared/export/export-result';
import { recentFoldersLimit } from '../../../shared/preferences';
import { writeFileAtomically } from '../disk/atomic-write';

/** What Inkpost remembers for one posts folder. */
export interface FolderPreferences {
  /** The blog (Jekyll site root) this folder's posts are exported to. */
  readonly blogDir?: string | undefined;
  /** Whether an export keeps or moves the draft. */
  readonly afterExport?: DraftAfterExport | undefined;
}

/**
 * The preferences file, `preferences.json` in the user-data folder. Keys a
 * later Inkpost adds to version 2 are kept as they are when the file is
 * written again.
 */
export interface Preferences {
  readonly version: 2;
  /** The posts folder opened last, or null before the first start. */
  readonly lastPostsDir: string | null;
  /** Posts folders opened, most recent first, at most {@link recentFoldersLimit}. */
  readonly recentFolders: readonly string[];
  /** Per posts folder (its absolute path): the blog and the after-export choice. */
  readonly folders: Readonly<Record<string, FolderPreferences>>;
}

export const preferencesFileName = 'preferences.json';
/** The file of Inkpost 0.1's first slice, read once and replaced by the preferences. */
const legacySettingsFileName = 'settings.json';

/** Preferences of a first start. */
export const defaultPreferences: Preferences = { version: 2, lastPostsDir: null, recentFolders: [], folders: {} };

const folderPath = z.string().min(1).max(4096).refine((value) => !value.includes('\0'), 'a path cannot contain NUL');

const preferencesSchema = z.looseObject({
  version: z.literal(2),
  lastPostsDir: folderPath.nullable(),
  recentFolders: z.array(folderPath),
  folders: z.record(folderPath, z.looseObject({ blogDir: folderPath.optional(), afterExport: z.enum(['keep', 'move']).optional() })),
});

const legacySettingsSchema = z.object({ version: z.literal(1), postsDir: folderPath.nullable() });

/** The preferences file's path in a user-data folder. */
export function preferencesPath(userDataDir: string): string {
  return join(userDataDir, preferencesFileName);
}

/** `2026-12-06T00-53-07-123Z`: a time for file names (no colons, which Windows refuses). */
function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function reasonOf(error: unknown): string {
  // A ZodError's message is its issues as JSON; prettifyError says it in words.
  if (error instanceof z.ZodError) {
    return z.prettifyError(error).replace(/\n\s*/g, ' ');
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
}

/** The version a parsed file claims, when it is an object with a whole-number `version`. */
function claimedVersion(data: unknown): number | null {
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const version = (data as { version?: unknown }).version;
    return typeof version === 'number' && Number.isInteger(version) ? version : null;
  }
  return null;
}

/** Renames `path` aside as `<stem>.<label>-<time>.json` and returns the new path. */
async function setAside(userDataDir: string, path: string, stem: string, label: string): Promise<string> {
  const backup = join(userDataDir, `${stem}.${label}-${fileStamp(new Date())}.json`);
  await rename(path, backup);
  return backup;
}

/** The preferences a first-slice `settings.json` held (its last posts folder), or null when there is none to migrate. */
async function migrateLegacySettings(userDataDir: string, notices: string[]): Promise<Preferences | null> {
  const path = join(userDataDir, legacySettingsFileName);
  const text = await readIfPresent(path);
  if (text === null) {
    return null;
  }
  try {
    const { postsDir } = legacySettingsSchema.parse(JSON.parse(text));
    return { ...defaultPreferences, lastPostsDir: postsDir, recentFolders: postsDir === null ? [] : [postsDir] };
  } catch (error) {
    const backup = await setAside(userDataDir, path, 'settings', 'corrupt');
    notices.push(`The old settings file was unreadable (${reasonOf(error)}); kept it as ${backup} and started with defaults.`);
    return null;
  }
}

/**
 * The user's preferences, loaded from and saved to `preferences.json` in the
 * user-data folder. Every change is written at once, atomically (a crash
 * leaves the old file or the new one), one write after another.
 *
 * Loading never fails on the file's content: a file that is not valid JSON or
 * not valid preferences is renamed aside as `preferences.corrupt-<time>.json`,
 * and a file written by a newer Inkpost (a higher `version`) as
 * `preferences.newer-<time>.json`, so nothing the user had is lost or
 * overwritten; the defaults are used and {@link notices} says where the file went.
 */
export class PreferencesStore {
  private current: Preferences;
  private writing: Promise<void> = Promise.resolve();

  private readonly messages: string[];

  private constructor(
    private readonly path: string | null,
    preferences: Preferences,
    notices: readonly string[],
  ) {
    this.current = preferences;
    this.messages = [...notices];
  }

  /** What the user should be told at start: the file was set aside, the last folder is gone, ... */
  get notices(): readonly string[] {
    return [...this.messages];
  }

  /** Adds a notice for the user, shown with the others when the window starts. */
  addNotice(message: string): void {
    this.messages.push(message);
  }

  /** Preferences kept in memory only, never written (the CLI and unit tests of other parts). */
  static inMemory(preferences: Preferences = defaultPreferences): PreferencesStore {
    return new PreferencesStore(null, preferences, []);
  }

  /** Loads the preferences of `userDataDir`, migrating a first-slice `settings.json`, setting aside what cannot be read. */
  static async load(userDataDir: string): Promise<PreferencesStore> {
    const path = preferencesPath(userDataDir);
    const notices: string[] = [];
    const text = await readIfPresent(path);
    if (text === null) {
      const migrated = await migrateLegacySettings(userDataDir, notices);
      const store = new PreferencesStore(path, migrated ?? defaultPreferences, notices);
      if (migrated !== null) {
        await store.save(migrated);
        await unlink(join(userDataDir, legacySettingsFileName));
      }
      return store;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
      const version = claimedVersion(data);
      if (version !== null && version > defaultPreferences.version) {
        const backup = await setAside(userDataDir, path, 'preferences', 'newer');
        notices.push(`The preferences file was written by a newer Inkpost (format version ${version}); kept it as ${backup} and started with defaults.`);
        return new PreferencesStore(path, defaultPreferences, notices);
      }
      return new PreferencesStore(path, preferencesSchema.parse(data), notices);
    } catch (error) {
      const backup = await setAside(userDataDir, path, 'preferences', 'corrupt');
      notices.push(`The preferences file was unreadable (${reasonOf(error)}); kept it as ${backup} and started with defaults.`);
      return new PreferencesStore(path, defaultPreferences, notices);
    }
  }

  /** The preferences now. */
  get(): Preferences {
    return this.current;
  }

  /** What is remembered for the posts folder `postsDir`. */
  folder(postsDir: string): FolderPreferences {
    return this.current.folders[resolve(postsDir)] ?? {};
  }

  /** Adds `postsDir` to the front of the recent folders without making it the last one opened (a second launch named it; the window opens it next). */
  async rememberRecent(postsDir: string): Promise<void> {
    await this.save({ ...this.current, recentFolders: this.recentWith(resolve(postsDir)) });
  }

  /** Remembers `postsDir` as the folder opened last and first of the recent folders. */
  async rememberOpened(postsDir: string): Promise<void> {
    const folder = resolve(postsDir);
    await this.save({ ...this.current, lastPostsDir: folder, recentFolders: this.recentWith(folder) });
  }

  private recentWith(folder: string): string[] {
    return [folder, ...this.current.recentFolders.filter((path) => path !== folder)].slice(0, recentFoldersLimit);
  }

  /** Remembers something for the posts folder `postsDir` (other folders' preferences are untouched). */
  async rememberForFolder(postsDir: string, change: FolderPreferences): Promise<void> {
    const folder = resolve(postsDir);
    const folders = { ...this.current.folders, [folder]: { ...this.current.folders[folder], ...change } };
    await this.save({ ...this.current, folders });
  }

  /** The recent folders that still exist as folders, most recent first. */
  async existingRecentFolders(): Promise<string[]> {
    const present = await Promise.all(
      this.current.recentFolders.map(async (path) => (await stat(path).then((info) => info.isDirectory(), () => false)) ? path : null),
    );
    return present.filter((path): path is string => path !== null);
  }

  private async save(preferences: Preferences): Promise<void> {
    this.current = preferences;
    const path = this.path;
    if (path === null) {
      return;
    }
    const text = `${JSON.stringify(preferences, null, 2)}\n`;
    const write = this.writing.then(() => writeFileAtomically(path, text));
    this.writing = write.catch(() => undefined);
    await write;
  }
}
