import { tagCatalogue } from '../../shared/blog/tag-catalogue';
import { indexFolder } from '../services/index/post-index';
import { renameTag } from '../services/posts/tags';
import { exitCodes, type CliOutput } from './cli-io';
import { requireFolder } from './require-folder';

/** `inkpost tags <folder> [--json]`: every tag with its number of posts, most used first. */
export async function tagsCommand(folderArgument: string, json: boolean, output: CliOutput): Promise<number> {
  const listing = await indexFolder(await requireFolder(folderArgument));
  const catalogue = tagCatalogue(listing.posts);
  output.out(json ? `${JSON.stringify(catalogue, null, 2)}\n` : catalogue.map(({ tag, count }) => `${count}\t${tag}\n`).join(''));
  return exitCodes.success;
}

/** `inkpost tags rename <old> <new> <folder>`: renames or merges a tag in every post; prints each changed file. */
export async function tagsRenameCommand(from: string, to: string, folderArgument: string, output: CliOutput): Promise<number> {
  const { changed } = await renameTag(await requireFolder(folderArgument), from, to);
  for (const path of changed) {
    output.out(`${path}\n`);
  }
  output.error(`inkpost: renamed "${from}" to "${to}" in ${changed.length} post${changed.length === 1 ? '' : 's'}\n`);
  return exitCodes.success;
}
