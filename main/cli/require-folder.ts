import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { findBlogRootOf } from '../services/blog/blog-root';
import { resolvePostPath } from '../services/posts/post-path';
import { CliError } from './cli-io';

/** The absolute path of a folder given on the command line, or a CliError when it is not one. */
export async function requireFolder(argument: string): Promise<string> {
  const folder = resolve(argument);
  const info = await stat(folder).catch(() => null);
  if (info === null || !info.isDirectory()) {
    throw new CliError(`${folder}: no such folder`);
  }
  return folder;
}

/**
 * The absolute path of a post given on the command line, checked by the same
 * rule as the app's calls (`resolvePostPath`) against the folder the post is
 * in: its blog when it is in one, else its own folder. So a file that is not
 * a post (`_config.yml`, `.env`, `_plugins/x.rb`), a FIFO or device, and a
 * symbolic link to a file outside that folder are refused with the reason.
 */
export async function requirePostFile(argument: string): Promise<string> {
  const file = resolve(argument);
  const info = await stat(file).catch(() => null);
  if (info === null) {
    throw new CliError(`${file}: no such file`);
  }
  const folder = (await findBlogRootOf(dirname(file))) ?? dirname(file);
  return resolvePostPath(folder, file);
}
