// Where an export writes (never clobbering), and writing it there: the candidate files a draft can become,
// the decision for each (create, unchanged, update, conflict), and the draft's earlier export.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ConflictChoice, ExportConflictReason, ExportResult, ExportWriteMode } from '../../../shared/export/export-result';
import { writeFileAtomically } from '../disk/atomic-write';
import { ServiceError } from '../disk/service-error';
import { recordedPostLocation, type ExportRecords } from './export-record';
import { readIfExists, sha256Hex } from './file-bytes';
import type { PreparedExport } from './prepare-export';
import { FileExistsError, writeNewFileAtomically } from './write-new-file';

/** How many `-2`, `-3`, … names `keep-both` tries before giving up. */
const maxKeepBothSuffix = 999;

/** What writing a candidate would do where it goes. */
export type Decision =
  | { readonly kind: 'create' }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'update'; readonly existing: Buffer }
  | { readonly kind: 'conflict'; readonly reason: ExportConflictReason; readonly existing: Buffer };

/** One possible post file: its name, text and bytes. */
export interface Candidate {
  readonly path: string;
  readonly prepared: PreparedExport;
  readonly bytes: Buffer;
}

function conflictMessage(path: string, reason: ExportConflictReason): string {
  return reason === 'exists'
    ? `${path} already exists with other content that did not come from this draft; nothing was written`
    : `${path} was edited since this draft was exported to it; nothing was written`;
}

/** The draft's earlier export, as the export record names it. */
export interface EarlierExport {
  /** Where it was written, or null when the draft was never exported. */
  readonly path: string | null;
  /** Its bytes now, or null when it is gone (or never was). */
  readonly bytes: Buffer | null;
  /** `intact` while it still holds what was written, `edited` once changed, `missing` when there is none. */
  readonly state: 'missing' | 'intact' | 'edited';
}

/** The draft's earlier export, from the export record, and whether it still holds what was written. */
export async function findEarlierExport(records: ExportRecords, blog: string, draft: string): Promise<EarlierExport> {
  const record = await records.read(blog);
  const previous = record.exports[draft];
  const path = previous === undefined ? null : recordedPostLocation(blog, previous);
  const bytes = path === null ? null : await readIfExists(path);
  const state = previous === undefined || bytes === null ? 'missing' : sha256Hex(bytes) === previous.sha256 ? 'intact' : 'edited';
  return { path, bytes, state };
}

/** The post a draft becomes: its first candidate file, and the same post under another slug (for `keep-both`). */
export interface PreparedPost {
  readonly first: Candidate;
  withSlug(slug: string): Candidate;
}

/** Where the post goes and what writing it means there. */
export interface Target {
  readonly candidate: Candidate;
  readonly decision: Decision;
  readonly mode: ExportWriteMode | 'unchanged';
}

/** What is at a candidate's path, and so what writing it would do. */
async function decide(candidate: Candidate, earlier: EarlierExport): Promise<Decision> {
  const existing = await readIfExists(candidate.path);
  if (existing === null) {
    return { kind: 'create' };
  }
  if (existing.equals(candidate.bytes)) {
    return { kind: 'unchanged' };
  }
  if (candidate.path === earlier.path) {
    return earlier.state === 'intact' ? { kind: 'update', existing } : { kind: 'conflict', reason: 'edited-since-export', existing };
  }
  return { kind: 'conflict', reason: 'exists', existing };
}

/** Step 3, never clobber: the target file, or the conflict that stops the export (`onConflict` unset). */
export async function chooseTarget(post: PreparedPost, earlier: EarlierExport, onConflict: ConflictChoice | undefined): Promise<Target | { conflict: ExportResult }> {
  let candidate = post.first;
  let decision = await decide(candidate, earlier);
  if (decision.kind === 'conflict') {
    if (onConflict === 'replace') {
      return { candidate, decision, mode: 'replaced' };
    }
    if (onConflict !== 'keep-both') {
      return { conflict: conflictResult(candidate.path, decision.reason) };
    }
    const baseSlug = candidate.prepared.slug;
    for (let suffix = 2; decision.kind === 'conflict'; suffix += 1) {
      if (suffix > maxKeepBothSuffix) {
        throw new ServiceError('invalid-argument', `${candidate.path}: no free name up to -${maxKeepBothSuffix}; nothing was written`);
      }
      candidate = post.withSlug(`${baseSlug}-${suffix}`);
      decision = await decide(candidate, earlier);
    }
  }
  const mode = decision.kind === 'unchanged' ? 'unchanged' : decision.kind === 'update' ? 'updated' : 'created';
  return { candidate, decision, mode };
}

/** The `conflict` result for `path`, with its message. */
export function conflictResult(path: string, reason: ExportConflictReason): ExportResult {
  return { status: 'conflict', path, reason, message: conflictMessage(path, reason) };
}

/** Writes a candidate as decided: a new file exclusively; over an existing one only if it is still what was decided on. */
export async function writeCandidate(candidate: Candidate, decision: Decision): Promise<void> {
  await mkdir(dirname(candidate.path), { recursive: true });
  if (decision.kind === 'unchanged') {
    return;
  }
  if (decision.kind === 'create') {
    try {
      await writeNewFileAtomically(candidate.path, candidate.bytes);
    } catch (error) {
      if (error instanceof FileExistsError) {
        throw new ServiceError('unreadable', `${candidate.path} appeared while the draft was being exported; nothing was written`);
      }
      throw error;
    }
    return;
  }
  const current = await readIfExists(candidate.path);
  if (current === null || !current.equals(decision.existing)) {
    throw new ServiceError('unreadable', `${candidate.path} changed on disk while the draft was being exported; nothing was written`);
  }
  await writeFileAtomically(candidate.path, candidate.bytes);
}
