import { isTimeOfDay } from '../../shared/posts/post-date';
import type { FrontMatterValue } from '../../shared/front-matter/front-matter-value';
import { setFrontMatterFields } from '../services/posts/set-fields';
import { CliError, exitCodes, type CliOutput } from './cli-io';
import { requirePostFile } from './require-folder';

/** The `set` flags, as parsed from the command line. */
export interface SetFlags {
  readonly title?: string | undefined;
  readonly time?: string | undefined;
  readonly tags?: string | undefined;
  readonly layout?: string | undefined;
}

/**
 * `inkpost set <post> [--title T] [--time HH:MM] [--tags a,b] [--layout L]`:
 * each flag changes only its own line of the front matter (a missing key is
 * added where the post's siblings put it). Invalid values are refused before
 * anything is written.
 */
export async function setCommand(postArgument: string, flags: SetFlags, output: CliOutput): Promise<number> {
  const changes: Record<string, FrontMatterValue> = {};
  if (flags.title !== undefined) {
    changes['title'] = flags.title;
  }
  if (flags.time !== undefined) {
    if (!isTimeOfDay(flags.time)) {
      throw new CliError(`--time must be HH:MM (00:00 to 23:59), not "${flags.time}"`);
    }
    changes['time'] = flags.time;
  }
  if (flags.tags !== undefined) {
    // Commas separate tags; a tag may hold spaces ("open standards"), as a YAML list keeps them.
    changes['tags'] = flags.tags.split(',').map((tag) => tag.trim().replace(/\s+/g, ' ')).filter((tag) => tag !== '');
  }
  if (flags.layout !== undefined) {
    changes['layout'] = flags.layout;
  }
  if (Object.keys(changes).length === 0) {
    throw new CliError('set needs at least one of --title, --time, --tags, --layout', exitCodes.failure, true);
  }
  const path = await requirePostFile(postArgument);
  const changed = await setFrontMatterFields(path, changes);
  output.error(`inkpost: ${changed ? 'updated' : 'already up to date:'} ${path}\n`);
  return exitCodes.success;
}
