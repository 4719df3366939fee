import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/** One item of the trash, as its `.trashinfo` file describes it. */
export interface TrashedItem {
  /** The item's name in `files/` (and of its info file, without `.trashinfo`). */
  readonly name: string;
  /** The absolute path it was deleted from. */
  readonly originalPath: string;
  /** Local time of deletion, `YYYY-MM-DDThh:mm:ss`. */
  readonly deletionDate: string;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The spec's DeletionDate: local time, `YYYY-MM-DDThh:mm:ss`. */
function deletionDate(now: Date): string {
  const day = `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
  return `${day}T${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}:${twoDigits(now.getSeconds())}`;
}

/** The spec's Path: the absolute path, URL-escaped segment by segment. */
function escapedPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The home trash of the freedesktop.org Trash specification (1.0), under a
 * chosen `XDG_DATA_HOME`: `Trash/files/<name>` holds the item, and
 * `Trash/info/<name>.trashinfo` its original path and deletion date. The info
 * file is created first with O_EXCL, which reserves the name atomically, as
 * the specification asks; a taken name gets a `.2`, `.3`, … before its extension.
 * The test harness uses it as the desktop's trash, so specs can find a deleted
 * post in a real trash layout and restore it, as a file manager would.
 */
export class FreedesktopTrash {
  readonly filesDir: string;
  readonly infoDir: string;

  constructor(readonly dataHome: string) {
    this.filesDir = join(dataHome, 'Trash', 'files');
    this.infoDir = join(dataHome, 'Trash', 'info');
  }

  /** Moves the file at `path` (absolute) into the trash and returns its name there. */
  async trash(path: string, now = new Date()): Promise<string> {
    await mkdir(this.filesDir, { recursive: true, mode: 0o700 });
    await mkdir(this.infoDir, { recursive: true, mode: 0o700 });
    const info = `[Trash Info]\nPath=${escapedPath(path)}\nDeletionDate=${deletionDate(now)}\n`;
    const name = await this.reserveName(basename(path), info);
    try {
      await rename(path, join(this.filesDir, name));
    } catch (error) {
      await unlink(this.infoPath(name)).catch(() => undefined);
      throw error;
    }
    return name;
  }

  /** Every item in the trash. */
  async list(): Promise<readonly TrashedItem[]> {
    const names = await readdir(this.infoDir).catch(() => []);
    const items: TrashedItem[] = [];
    for (const infoName of names.filter((entry) => entry.endsWith('.trashinfo')).sort()) {
      const text = await readFile(join(this.infoDir, infoName), 'utf8');
      const path = /^Path=(.*)$/m.exec(text)?.[1];
      const date = /^DeletionDate=(.*)$/m.exec(text)?.[1];
      if (!text.startsWith('[Trash Info]\n') || path === undefined || date === undefined) {
        throw new Error(`${join(this.infoDir, infoName)} is not a valid .trashinfo file`);
      }
      items.push({ name: infoName.slice(0, -'.trashinfo'.length), originalPath: decodeURIComponent(path), deletionDate: date });
    }
    return items;
  }

  /** Puts the item `name` back where it was deleted from (refusing to overwrite) and returns that path. */
  async restore(name: string): Promise<string> {
    const item = (await this.list()).find((candidate) => candidate.name === name);
    if (item === undefined) {
      throw new Error(`nothing named ${name} is in the trash`);
    }
    await writeFile(item.originalPath, '', { flag: 'wx' });
    await rename(join(this.filesDir, name), item.originalPath);
    await unlink(this.infoPath(name));
    return item.originalPath;
  }

  /** Removes the whole trash folder. */
  async remove(): Promise<void> {
    await rm(this.dataHome, { recursive: true, force: true });
  }

  private infoPath(name: string): string {
    return join(this.infoDir, `${name}.trashinfo`);
  }

  private async reserveName(wanted: string, info: string): Promise<string> {
    const extension = extname(wanted);
    const stem = wanted.slice(0, wanted.length - extension.length);
    for (let attempt = 1; attempt < 1000; attempt += 1) {
      const name = attempt === 1 ? wanted : `${stem}.${attempt}${extension}`;
      try {
        await writeFile(this.infoPath(name), info, { flag: 'wx', mode: 0o600 });
        return name;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw error;
        }
      }
    }
    throw new Error(`the trash holds 1000 items named like ${wanted}`);
  }
}
