import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, sep } from 'node:path';
import { isPostFileName } from '../../../shared/posts/post-file-name';
import { resolveInsideFolder } from '../disk/folder-scope';
import { ServiceError } from '../disk/service-error';
import { isBlogRoot } from './post-files';

/** Folders that never hold posts: Jekyll's output and code, and tools' folders. Hidden folders never do either. */
const foldersWithoutPosts: ReadonlySet<string> = new Set(['_site', '_plugins', '_layouts', '_includes', '_sass', '_data', 'node_modules', 'vendor']);

/**
 * The rule for every path the bridge and the CLI take: why `path` may not be
 * read or written as a post of `folder`, or null when it may. Both are
 * absolute and resolved (the real paths, when the file exists). A post is a
 * file with a post file name (`.md`, `.markdown`, ...; not hidden) inside
 * `folder`, under no hidden folder and none of `_site`, `_plugins`,
 * `_layouts`, `_includes`, `_sass`, `_data`, `node_modules`, `vendor`. In a
 * blog root (`folderIsBlog`) it must also be in a `_posts` or `_drafts`
 * folder that Jekyll reads (not under another `_` folder). So `_config.yml`,
 * `.env`, `.git/config` and `_plugins/x.rb` are never posts.
 */
export function postPathRefusal(folder: string, path: string, folderIsBlog: boolean): string | null {
  const fromFolder = relative(folder, path);
  if (fromFolder === '' || fromFolder === '..' || fromFolder.startsWith(`..${sep}`) || isAbsolute(fromFolder)) {
    return `${path} is not inside the folder ${folder}`;
  }
  const folders = fromFolder.split(sep);
  const name = folders.pop() ?? '';
  if (!isPostFileName(name)) {
    return `${path} is not a post file: Inkpost reads and writes only Markdown posts (.md, .markdown, ...), never other files of the blog`;
  }
  const excluded = folders.find((part) => part.startsWith('.') || foldersWithoutPosts.has(part));
  if (excluded !== undefined) {
    return `${path} is not a post file: it is under ${excluded}, where no post lives; Inkpost reads and writes only posts`;
  }
  if (folderIsBlog) {
    const postsAt = folders.findIndex((part) => part === '_posts' || part === '_drafts');
    if (postsAt === -1 || folders.slice(0, postsAt).some((part) => part.startsWith('_'))) {
      return `${path} is not a post file: in the blog ${folder} posts live in _posts and _drafts folders; Inkpost reads and writes only posts`;
    }
  }
  return null;
}

/** What a file that is not a regular file is, for a message. */
function kindOf(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isFIFO()) {
    return 'a named pipe (FIFO)';
  }
  if (info.isSocket()) {
    return 'a socket';
  }
  if (info.isCharacterDevice() || info.isBlockDevice()) {
    return 'a device';
  }
  return info.isDirectory() ? 'a folder' : 'not a regular file';
}

/**
 * Resolves `path` as an existing post of `folder` for reading or writing, as
 * every call that takes a post's path does: it must be inside `folder` with
 * symbolic links resolved (a link to a file elsewhere is refused, see
 * `resolveInsideFolder`), pass {@link postPathRefusal} both as named and as
 * the file it really is, and be a regular file (a FIFO or device is refused
 * before anything opens it, so nothing hangs). Returns the path as named;
 * throws a `ServiceError` whose message names the file and the reason.
 */
export async function resolvePostPath(folder: string, path: string): Promise<string> {
  const target = await resolveInsideFolder(folder, path);
  const folderIsBlog = await isBlogRoot(folder);
  const [folderReal, targetReal] = await Promise.all([realpath(folder), realpath(target)]);
  // The rule holds for the file as named and for the file it really is (a link named like a post may point at _config.yml).
  const refusal = isPostFileName(basename(target)) ? postPathRefusal(folderReal, targetReal, folderIsBlog) : postPathRefusal(dirname(target), target, false);
  if (refusal !== null) {
    throw new ServiceError('invalid-argument', `${refusal}; nothing was read or written`);
  }
  const info = await stat(targetReal);
  if (!info.isFile()) {
    throw new ServiceError('unreadable', `${target} is ${kindOf(info)}, not a post file; Inkpost reads and writes only regular files, so it was not opened`);
  }
  return target;
}
