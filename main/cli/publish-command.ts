import { basename, dirname } from 'node:path';
import { isCalendarDate } from '../../shared/export/export-date';
import { isTimeOfDay } from '../../shared/posts/post-date';
import { formatProblem } from '../../shared/problem';
import { exportDraft } from '../services/export/export-draft';
import type { ExportRecords } from '../services/export/export-record';
import { CliError, exitCodes, type CliOutput } from './cli-io';
import { requireBlog } from './draft-command';
import { requirePostFile } from './require-folder';

/** The `publish` flags, as parsed from the command line. */
export interface PublishFlags {
  readonly blog?: string | undefined;
  readonly date?: string | undefined;
  readonly time?: string | undefined;
  readonly replace?: boolean | undefined;
  readonly keepBoth?: boolean | undefined;
  readonly move?: boolean | undefined;
}

/**
 * `inkpost publish <draft> --blog <blog> [--date YYYY-MM-DD] [--time HH:MM]
 * [--replace | --keep-both] [--move]`: exports the draft into the blog's
 * `_posts` (see `exportDraft`) and prints the post's path. `--blog` may be
 * left out for a draft in a site's `_drafts` folder. The date is the
 * draft's, or `--date`; only a draft without one takes today's. Exit code 1,
 * with nothing written, when the draft has errors (printed as
 * `path:line:col: error: message`) or the target exists with other content
 * (the message names the file and the flags that resolve it).
 */
export async function publishCommand(draftArgument: string, flags: PublishFlags, records: ExportRecords, output: CliOutput): Promise<number> {
  if (flags.replace === true && flags.keepBoth === true) {
    throw new CliError('--replace and --keep-both exclude each other', exitCodes.failure, true);
  }
  if (flags.date !== undefined && !isCalendarDate(flags.date)) {
    throw new CliError(`--date must be a calendar day written YYYY-MM-DD, not "${flags.date}"`);
  }
  if (flags.time !== undefined && !isTimeOfDay(flags.time)) {
    throw new CliError(`--time must be HH:MM (00:00 to 23:59), not "${flags.time}"`);
  }
  const draft = await requirePostFile(draftArgument);
  let blog: string;
  if (flags.blog !== undefined) {
    blog = await requireBlog(flags.blog);
  } else if (basename(dirname(draft)) === '_drafts') {
    blog = await requireBlog(dirname(dirname(draft)));
  } else {
    throw new CliError('publish needs --blog <blog> for a draft outside a blog\'s _drafts folder', exitCodes.failure, true);
  }
  const result = await exportDraft(draft, blog, records, {
    date: flags.date,
    time: flags.time,
    onConflict: flags.replace === true ? 'replace' : flags.keepBoth === true ? 'keep-both' : undefined,
    draftAfterExport: flags.move === true ? 'move' : 'keep',
  });
  switch (result.status) {
    case 'invalid':
      for (const problem of result.problems) {
        output.error(`${formatProblem(problem)}\n`);
      }
      output.error(`inkpost: ${result.draftPath} was not published: fix the errors above\n`);
      return exitCodes.problems;
    case 'conflict': {
      const flagsHelp = result.reason === 'exists'
        ? 'use --replace to overwrite it, or --keep-both to publish beside it under the next free name (slug-2, …)'
        : 'use --replace to overwrite (or remove) it anyway, or --keep-both to keep it and publish beside it';
      output.error(`inkpost: ${result.message}.\n  ${flagsHelp}\n`);
      return exitCodes.problems;
    }
    case 'written':
    case 'unchanged': {
      for (const warning of result.warnings) {
        output.error(`${formatProblem(warning)}\n`);
      }
      const when = result.time === null ? result.date : `${result.date} ${result.time}`;
      const what = result.status === 'unchanged' ? 'already published, unchanged:' : result.mode === 'created' ? 'published' : result.mode === 'updated' ? 'updated' : 'replaced';
      output.error(`inkpost: ${what} ${result.path} (${when})\n`);
      if (result.removedPath !== null) {
        output.error(`inkpost: removed the earlier export ${result.removedPath}\n`);
      }
      if (result.draftRemoved) {
        output.error(`inkpost: removed the draft ${draft}\n`);
      } else if (flags.move === true) {
        output.error(`inkpost: kept the draft ${draft}: it changed while it was being published\n`);
      }
      output.out(`${result.path}\n`);
      return exitCodes.success;
    }
  }
}
