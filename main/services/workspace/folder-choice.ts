import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DraftAfterExport } from '../../../shared/export/export-result';
import type { Workspace } from '../../../shared/post';
import type { PreferencesView } from '../../../shared/preferences';
import type { Desktop } from '../desktop/desktop';
import { isBlogRoot } from '../posts/post-files';
import { recognisedBlogOf } from '../blog/blog-root';
import { ServiceError } from '../disk/service-error';
import type { WorkspaceHost } from './workspace-host';

/** The preferences that apply to the posts folder open now, with the notices about the preferences file. */
export async function preferencesView(host: WorkspaceHost): Promise<PreferencesView> {
  const { postsDir, blogDir } = host.workspace();
  return {
    postsDir,
    blogDir,
    afterExport: host.preferences.folder(postsDir).afterExport ?? 'keep',
    recentFolders: await host.preferences.existingRecentFolders(),
    notices: host.preferences.notices,
  };
}

/** Remembers whether exports from the open posts folder keep or move the draft. */
export async function setAfterExport(host: WorkspaceHost, choice: DraftAfterExport): Promise<PreferencesView> {
  await host.preferences.rememberForFolder(host.postsDir(), { afterExport: choice });
  return preferencesView(host);
}

/** What the export of the open posts folder does with the draft: the user's choice for that folder, `keep` until one is made. */
export function afterExportOf(host: WorkspaceHost): DraftAfterExport {
  return host.preferences.folder(host.postsDir()).afterExport ?? 'keep';
}

async function requireFolder(path: string, what: string): Promise<string> {
  const folder = resolve(path);
  const info = await stat(folder).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ServiceError(code === 'ENOENT' ? 'not-found' : 'unreadable', `${what} ${folder} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`}`);
  });
  if (!info.isDirectory()) {
    throw new ServiceError('invalid-argument', `${what} ${folder} is a file, not a folder`);
  }
  return folder;
}

/**
 * Opens `path` as the posts folder: it becomes the last and most recent
 * folder, its remembered blog comes back (else the blog it plainly belongs
 * to, `recognisedBlogOf`), and the window switches to it
 * (the renderer hears `workspaceChanged`).
 */
export async function openPostsFolder(host: WorkspaceHost, path: string): Promise<Workspace> {
  const folder = await requireFolder(path, 'the posts folder');
  await host.preferences.rememberOpened(folder);
  const blogDir = host.preferences.folder(folder).blogDir ?? (await recognisedBlogOf(folder));
  return host.open(folder, blogDir).workspace;
}

/**
 * Chooses `path` as the blog of the open posts folder: it must be a Jekyll
 * site root (a `_config.yml` or a `_posts` folder). Remembered for that posts
 * folder; the window switches to it (`workspaceChanged`).
 */
export async function chooseBlogFolder(host: WorkspaceHost, path: string): Promise<Workspace> {
  const folder = await requireFolder(path, 'the blog folder');
  if (!(await isBlogRoot(folder).catch(() => false))) {
    throw new ServiceError('invalid-argument', `${folder} is not a Jekyll site: it has no _config.yml and no _posts folder; choose the blog's root folder`);
  }
  const postsDir = host.postsDir();
  await host.preferences.rememberForFolder(postsDir, { blogDir: folder });
  return host.open(postsDir, folder).workspace;
}

/**
 * The `openFolder` call. Without a path the user picks the folder in the
 * system's dialog (null when they cancel). A path from the renderer must be
 * one of the recent folders, which the user chose before in a dialog or on
 * the command line, so a page that went wrong cannot open any folder it names.
 */
export async function openFolderCall(host: WorkspaceHost, desktop: Desktop, path?: string): Promise<Workspace | null> {
  if (path === undefined) {
    const chosen = await desktop.chooseFolder({ title: 'Open Posts Folder', buttonLabel: 'Open', defaultPath: host.postsDir() });
    return chosen === null ? null : openPostsFolder(host, chosen);
  }
  const folder = resolve(path);
  if (!host.preferences.get().recentFolders.includes(folder)) {
    throw new ServiceError('invalid-argument', `${folder} is not one of the recent folders; open it with Open Posts Folder…`);
  }
  return openPostsFolder(host, folder);
}

/**
 * The `chooseBlog` call. Without a path the user picks the blog's root in the
 * system's dialog (null when they cancel); a path from the renderer must be a
 * blog remembered before for some posts folder.
 */
export async function chooseBlogCall(host: WorkspaceHost, desktop: Desktop, path?: string): Promise<Workspace | null> {
  if (path === undefined) {
    const { postsDir, blogDir } = host.workspace();
    // A posts folder is often the blog's _drafts, so its parent is a good place to start.
    const chosen = await desktop.chooseFolder({ title: 'Choose the Blog (its Jekyll site folder)', buttonLabel: 'Choose Blog', defaultPath: blogDir ?? dirname(postsDir) });
    return chosen === null ? null : chooseBlogFolder(host, chosen);
  }
  const folder = resolve(path);
  const remembered = Object.values(host.preferences.get().folders).some((folderPreferences) => folderPreferences.blogDir === folder);
  if (!remembered) {
    throw new ServiceError('invalid-argument', `${folder} is not a blog chosen before; choose it with Choose Blog…`);
  }
  return chooseBlogFolder(host, folder);
}
