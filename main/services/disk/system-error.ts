import { basename, dirname, join } from 'node:path';
import type { InkpostErrorCode } from '../../../shared/contract';
import { temporaryFileNamePattern } from './atomic-write';

/** What a system error code means to the user, and what they can do about it. */
interface SystemErrorMeaning {
  readonly code: InkpostErrorCode;
  /** What happened, as a clause: "the disk is full". */
  readonly what: string;
  /** What to do, as a sentence. */
  readonly advice: string;
}

/** The system errors a user can meet while Inkpost reads or writes posts, in words. */
const meanings: Readonly<Record<string, SystemErrorMeaning>> = {
  ENOSPC: { code: 'unreadable', what: 'the disk is full', advice: 'Free some space, then save again.' },
  EDQUOT: { code: 'unreadable', what: 'your disk quota is used up', advice: 'Free some space, then save again.' },
  EROFS: { code: 'unreadable', what: 'the disk or folder is read-only', advice: 'Save the post somewhere writable, or make the folder writable and save again.' },
  EACCES: { code: 'unreadable', what: 'you do not have permission to write there', advice: 'Change the folder\'s or file\'s permissions, or save the post elsewhere.' },
  EPERM: { code: 'unreadable', what: 'the system does not allow this change (the file or folder may be locked or immutable)', advice: 'Unlock the file or folder, or save the post elsewhere.' },
  ELOOP: { code: 'unreadable', what: 'its path has too many symbolic links (a link may point to itself)', advice: 'Fix the links, or open the post from its real folder.' },
  ENOENT: { code: 'not-found', what: 'the file or its folder is gone (moved or deleted)', advice: 'Save the post again, or save it somewhere else.' },
  ENOTDIR: { code: 'not-found', what: 'a folder on its path is no longer a folder', advice: 'Save the post somewhere else.' },
  EISDIR: { code: 'unreadable', what: 'it is a folder, not a file', advice: 'Choose a post file.' },
  EBUSY: { code: 'unreadable', what: 'another program holds it busy', advice: 'Close that program, then try again.' },
  EMFILE: { code: 'unreadable', what: 'too many files are open', advice: 'Close some programs, then try again.' },
  EIO: { code: 'unreadable', what: 'the disk reported an input/output error', advice: 'Check the disk, and save the post somewhere else.' },
};

/** A system error as the user reads it: an error code of the contract and a sentence. */
export interface DescribedSystemError {
  readonly code: InkpostErrorCode;
  readonly message: string;
}

/**
 * Describes a system error (`ENOSPC`, `EROFS`, `EACCES`, `EPERM`, `ELOOP`,
 * `ENOENT`, ...) that `action` met ("Could not save"), in a sentence that says
 * what happened, to which file (a save's temporary file is named by the post
 * it was for; `file` when given, since a failed write may name none), that
 * `safety` ("your words are safe in Inkpost's journal"), and what to do.
 * Null for anything that is not a known system error.
 */
export function describeSystemError(error: unknown, action: string, safety: string, file?: string): DescribedSystemError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const meaning = meanings[code];
  if (meaning === undefined) {
    return null;
  }
  const path = file ?? (error as { path?: unknown }).path;
  const named = typeof path === 'string' ? ` ${postPathOf(path)}` : '';
  return { code: meaning.code, message: `${action}${named}: ${meaning.what} (${code}). ${safety}. ${meaning.advice}` };
}

/** The post a path names: itself, or the post a save's temporary file was written for. */
function postPathOf(path: string): string {
  const temporary = temporaryFileNamePattern.exec(basename(path));
  return temporary?.[1] === undefined ? path : join(dirname(path), temporary[1]);
}
