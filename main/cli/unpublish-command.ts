import { realpath } from 'node:fs/promises';
import { postsFolderOf } from '../services/blog/blog-root';
import type { ExportRecords } from '../services/export/export-record';
import { unpublishPost } from '../services/export/unpublish-post';
import { CliError, exitCodes, type CliOutput } from './cli-io';
import { requirePostFile } from './require-folder';

/**
 * `inkpost unpublish <post>`: moves a post of a `_posts` folder back to the
 * `_drafts` folder beside it as `<slug>.<ext>`, byte for byte (see
 * `unpublishPost`), and prints the draft's path. The blog is the folder
 * holding that `_posts`. The post's date, which the draft's name no longer
 * carries, is named on stderr with the `--date` that republishes it on that day.
 */
export async function unpublishCommand(postArgument: string, records: ExportRecords, output: CliOutput): Promise<number> {
  const post = await realpath(await requirePostFile(postArgument));
  const folders = postsFolderOf(post);
  if (folders === null) {
    throw new CliError(`${post} is not in a _posts folder`);
  }
  const result = await unpublishPost(post, folders.siteFolder, records);
  output.error(`inkpost: moved ${result.removedPath} to the drafts${result.createdDraft ? '' : ' (the same draft was already there)'}\n`);
  if (result.date !== null) {
    output.error(`inkpost: it was dated ${result.date}; publish it with --date ${result.date} to keep that date\n`);
  }
  output.out(`${result.draftPath}\n`);
  return exitCodes.success;
}
