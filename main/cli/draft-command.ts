import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { jekyllDefaultConventions } from '../../shared/blog/blog-conventions';
import { findBlogRootOf } from '../services/blog/blog-root';
import { inferBlogConventions } from '../services/export/blog-conventions';
import { createDraft } from '../services/export/new-draft';
import { isBlogRoot } from '../services/posts/post-files';
import { CliError, exitCodes, type CliOutput } from './cli-io';
import { requireFolder } from './require-folder';

/** The `draft` flags, as parsed from the command line. */
export interface DraftFlags {
  /** The folder the draft goes to. */
  readonly dir?: string | undefined;
  /** The Jekyll site whose conventions the draft follows. */
  readonly blog?: string | undefined;
}

/** The site root given by `--blog`, checked. */
export async function requireBlog(argument: string): Promise<string> {
  const blog = await requireFolder(argument);
  if (!(await isBlogRoot(blog))) {
    throw new CliError(`${blog} is not a Jekyll site: it has no _config.yml and no _posts folder`);
  }
  return blog;
}

/**
 * `inkpost draft "<title>" [--dir <folder>] [--blog <blog>]`: creates the
 * draft `<slug>.<ext>` (the slug from the title) and prints its path. It goes
 * to `--dir`, else to `<blog>/_drafts` when the blog is known (`--blog`, or
 * the current folder is a site root), else to the current folder. When the
 * blog is known (also when `--dir` lies in one), the draft follows its
 * conventions: extension, usual keys, key order, title quoting; otherwise
 * Jekyll's defaults (`.md`, `layout: post`). An existing file is never
 * overwritten: that is an error and nothing is written.
 */
export async function draftCommand(title: string, flags: DraftFlags, output: CliOutput, cwd: string = process.cwd()): Promise<number> {
  if (title.trim() === '') {
    throw new CliError('draft needs a title, e.g. inkpost draft "My new post"', exitCodes.failure, true);
  }
  let blog = flags.blog === undefined ? null : await requireBlog(flags.blog);
  let folder: string;
  if (flags.dir !== undefined) {
    folder = resolve(cwd, flags.dir);
    const info = await stat(folder).catch(() => null);
    if (info !== null && !info.isDirectory()) {
      throw new CliError(`${folder} is not a folder`);
    }
    blog ??= await findBlogRootOf(folder);
  } else if (blog !== null) {
    folder = join(blog, '_drafts');
  } else if (await isBlogRoot(cwd).catch(() => false)) {
    blog = resolve(cwd);
    folder = join(blog, '_drafts');
  } else {
    folder = resolve(cwd);
  }
  const conventions = blog === null ? jekyllDefaultConventions : await inferBlogConventions(blog);
  const path = await createDraft(title, folder, conventions);
  output.out(`${path}\n`);
  return exitCodes.success;
}
