import { readFile, realpath, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { BlogConventions } from '../../../shared/blog/blog-conventions';
import { hasMarkerLine, markerKeys } from '../../../shared/posts/extended-marker';
import { datedPostFileName, isCalendarDate } from '../../../shared/export/export-date';
import type { ConflictChoice, DraftAfterExport, ExportResult } from '../../../shared/export/export-result';
import { isTimeOfDay, resolvePostDate } from '../../../shared/posts/post-date';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import type { Problem } from '../../../shared/problem';
import { checkContextFor, checkReadPost } from '../checks/check-post';
import { readCheckedPost, type CheckedPost } from '../checks/checked-post';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { isBlogRoot } from '../posts/post-files';
import { decodePostBytes, encodePostText, type DecodedPostText } from '../posts/post-text';
import { ServiceError } from '../disk/service-error';
import { inferBlogConventions } from './blog-conventions';
import { postsFolderOf } from '../blog/blog-root';
import { recordedPostPath, type ExportRecords } from './export-record';
import { chooseTarget, conflictResult, findEarlierExport, writeCandidate, type Candidate, type EarlierExport, type PreparedPost, type Target } from './export-target';
import { readIfExists, sha256Hex } from './file-bytes';
import { missingUsualKeys, prepareExport, type PreparedExport } from './prepare-export';
import { copyDraftImages, planDraftImages, withBlogImageLinks, type CarriedImage } from '../images/draft-images';

/** Options of {@link exportDraft}. */
export interface ExportOptions {
  /** The moment that dates a draft without a date (default: now). Local date and time are used. */
  readonly now?: Date | undefined;
  /** `YYYY-MM-DD` that overrides the draft's date. */
  readonly date?: string | undefined;
  /** `HH:MM` that overrides the draft's time. */
  readonly time?: string | undefined;
  /** What to do when the target holds other content: overwrite it, or export beside it as `slug-2`, `-3`, …; default: report a conflict. */
  readonly onConflict?: ConflictChoice | undefined;
  /** Keep the draft (default) or delete it once the post is written and verified on disk. */
  readonly draftAfterExport?: DraftAfterExport | undefined;
}

function validateOptions(options: ExportOptions): void {
  if (options.date !== undefined && !isCalendarDate(options.date)) {
    throw new ServiceError('invalid-argument', `the date must be a calendar day written YYYY-MM-DD, not "${options.date}"`);
  }
  if (options.time !== undefined && !isTimeOfDay(options.time)) {
    throw new ServiceError('invalid-argument', `the time must be HH:MM (00:00 to 23:59), not "${options.time}"`);
  }
  if (options.onConflict !== undefined && options.onConflict !== 'replace' && options.onConflict !== 'keep-both') {
    throw new ServiceError('invalid-argument', `onConflict must be "replace" or "keep-both", not ${JSON.stringify(options.onConflict)}`);
  }
  if (options.draftAfterExport !== undefined && options.draftAfterExport !== 'keep' && options.draftAfterExport !== 'move') {
    throw new ServiceError('invalid-argument', `draftAfterExport must be "keep" or "move", not ${JSON.stringify(options.draftAfterExport)}`);
  }
  if (options.now !== undefined && (!(options.now instanceof Date) || Number.isNaN(options.now.getTime()))) {
    throw new ServiceError('invalid-argument', 'now must be a valid Date');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The real path of an existing file or folder, or a `not-found` error naming it. */
async function existingPath(path: string, what: string): Promise<string> {
  try {
    return await realpath(resolve(path));
  } catch {
    throw new ServiceError('not-found', `${resolve(path)}: no such ${what}`);
  }
}

/** The site root as given, after checking it is a Jekyll site. */
async function requireBlog(blogRoot: string): Promise<string> {
  const blog = await existingPath(blogRoot, 'folder');
  if (!(await isBlogRoot(blog).catch(() => false))) {
    throw new ServiceError('not-found', `${blog} is not a Jekyll site: it has no _config.yml and no _posts folder`);
  }
  return blog;
}

/** The draft as read for the checks, or the problems that make it unexportable. */
async function readDraft(draft: string, conventions: BlogConventions, blog: string): Promise<{ post: CheckedPost; warnings: Problem[] } | { problems: Problem[] }> {
  const read = await readCheckedPost(draft);
  if (read.post === null) {
    return { problems: read.problems };
  }
  const format = locateFrontMatter(read.post.text).format;
  if (format === 'toml' || format === 'json') {
    const problem: Problem = { path: draft, line: 1, column: 1, severity: 'error', message: `the front matter is ${format.toUpperCase()}; Jekyll reads only YAML front matter (---)` };
    return { problems: [problem, ...read.problems] };
  }
  // Checked as it will be exported: with the usual keys it lacks, so a marker line is fine when the export adds
  // its marker key. A marker key added to a post without a marker line is the blog's habit, not worth a warning.
  const post = read.post;
  const context = await checkContextFor(blog, conventions.knownMarkers);
  const added = Object.entries(missingUsualKeys(post.data, conventions))
    .filter(([key, value]) => !markerKeys.includes(key) || (typeof value === 'string' && hasMarkerLine(post.body, value)));
  const asExported: CheckedPost = { ...post, data: { ...Object.fromEntries(added), ...post.data } };
  const problems = [...read.problems, ...checkReadPost(asExported, context)];
  if (problems.some((problem) => problem.severity === 'error')) {
    return { problems: [...problems.filter((problem) => problem.severity === 'error'), ...problems.filter((problem) => problem.severity !== 'error')] };
  }
  return { post, warnings: problems };
}

/**
 * Exports a draft into the `_posts` folder of the Jekyll site at `blogRoot`
 * as `YYYY-MM-DD-slug.<ext>`, following the blog's conventions
 * (`inferBlogConventions`).
 *
 * 1. {@link checkDraft}: the draft is checked as `inkpost check` checks it
 *    (against the blog's layouts and markers, with the usual keys the export
 *    adds): any error returns `invalid` with the problems, and nothing is
 *    written. TOML and JSON front matter are errors: Jekyll reads only YAML.
 * 2. {@link preparePost}: the date is `options.date`, else the draft's (file
 *    name or `date:` key), else that of the draft's earlier export (so
 *    re-exporting an undated draft never moves it to today), else
 *    `options.now`'s local day; the time likewise. The slug is the `slug`
 *    key's, else the title's, else the file name's. The text is the draft's
 *    with the blog's usual keys it lacks, its `date:` key agreeing with the
 *    name, and the time in a quoted `time` key (see `prepareExport`); the
 *    draft's BOM and line endings are kept.
 * 3. `chooseTarget`, never clobber: a target with exactly these bytes is
 *    left alone (`unchanged`); a target with other content is overwritten only
 *    when it is this draft's own earlier export, untouched since (the export
 *    record (`ExportRecords`, in the user-data folder) keeps each draft's file and the SHA-256 of
 *    what was written). Otherwise the result is a `conflict` naming the file,
 *    unless `onConflict` is `replace` (overwrite) or `keep-both` (the first
 *    free `slug-2`, `slug-3`, …). New files are created exclusively, so a file
 *    another program creates meanwhile is not overwritten either.
 * 4. {@link writePost}: when the draft was exported before under another
 *    date or slug, the new file is written and verified first and the old one
 *    removed only afterwards, and only if it is still what Inkpost wrote (an
 *    edited one is a conflict; `replace` removes it anyway, `keep-both` keeps
 *    it).
 * Pictures beside a draft outside the blog (`images/x.png`, as `addImage`
 * puts them there) are copied into the blog's images folder right before
 * the post is written, and the exported post points at them there in the
 * blog's style (`planDraftImages`); the draft keeps its own paths.
 * 5. {@link removeExportedDraft}: with `draftAfterExport: 'move'` the draft
 *    is deleted once the post is verified on disk, and only if the draft did
 *    not change meanwhile.
 *
 * Throws a `ServiceError` for a missing draft or blog, a draft already in
 * `_posts`, invalid options, or an unreadable export record; nothing is
 * written then.
 */
export async function exportDraft(draftPath: string, blogRoot: string, records: ExportRecords, options: ExportOptions = {}): Promise<ExportResult> {
  validateOptions(options);
  const blog = await requireBlog(blogRoot);
  const draft = await existingPath(draftPath, 'file');
  if (postsFolderOf(draft) !== null) {
    throw new ServiceError('invalid-argument', `${draft} is already a post (it is in a _posts folder); export takes a draft`);
  }
  const conventions = await inferBlogConventions(blog);
  const checked = await checkDraft(draft, conventions, blog);
  if ('problems' in checked) {
    return { status: 'invalid', draftPath: draft, problems: checked.problems };
  }
  const earlier = await findEarlierExport(records, blog, draft);
  const prepared = preparePost(checked, { blog, conventions, earlier, options });
  const images = await planDraftImages(draft, checked.post.text, blog, prepared.first.prepared.date);
  const post = images.length === 0 ? prepared : withImageLinks(prepared, images, checked.format);
  const target = await chooseTarget(post, earlier, options.onConflict);
  if ('conflict' in target) {
    return target.conflict;
  }
  const copied = await copyDraftImages(blog, images);
  const written = await writePost({ blog, records }, draft, target, earlier, options.onConflict);
  if ('conflict' in written) {
    return written.conflict;
  }
  const draftRemoved = options.draftAfterExport === 'move' && (await removeExportedDraft({ blog, records }, checked, target.candidate));
  const { date, time, slug } = target.candidate.prepared;
  const common = { path: target.candidate.path, date, time, slug, removedPath: written.removedPath, draftRemoved, warnings: checked.warnings, images: copied };
  return target.mode === 'unchanged' ? { status: 'unchanged', ...common } : { status: 'written', mode: target.mode, ...common };
}

/** The post with each carried picture's URL rewritten to its place in the blog, in every candidate name. */
function withImageLinks(post: PreparedPost, images: readonly CarriedImage[], format: DecodedPostText): PreparedPost {
  const rewrite = (candidate: Candidate): Candidate => {
    const text = withBlogImageLinks(candidate.prepared.text, images);
    return { ...candidate, prepared: { ...candidate.prepared, text }, bytes: encodePostText(text, format) };
  };
  return { first: rewrite(post.first), withSlug: (slug) => rewrite(post.withSlug(slug)) };
}

/** The draft, read and checked, with the bytes the checks saw and how to write its text back the same way. */
interface CheckedDraft {
  readonly path: string;
  readonly post: CheckedPost;
  readonly warnings: Problem[];
  readonly bytes: Buffer;
  readonly format: DecodedPostText;
}

/** Step 1: the draft checked as it will be exported, or the problems that make it unexportable. */
async function checkDraft(draft: string, conventions: BlogConventions, blog: string): Promise<CheckedDraft | { problems: Problem[] }> {
  const bytes = await readFile(draft);
  const read = await readDraft(draft, conventions, blog);
  if ('problems' in read) {
    return read;
  }
  let format: DecodedPostText;
  try {
    format = decodePostBytes(bytes);
  } catch (error) {
    throw new ServiceError('unreadable', `${draft}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (format.text !== read.post.text) {
    throw new ServiceError('unreadable', `${draft} changed on disk while it was being exported; nothing was written`);
  }
  return { path: draft, post: read.post, warnings: read.warnings, bytes, format };
}

/** What {@link preparePost} needs besides the draft. */
interface PostSetting {
  readonly blog: string;
  readonly conventions: BlogConventions;
  readonly earlier: EarlierExport;
  readonly options: ExportOptions;
}

/** Step 2: the post's date, slug, file name and text (see `prepareExport`), the draft's BOM and line endings kept. */
function preparePost(draft: CheckedDraft, { blog, conventions, earlier, options }: PostSetting): PreparedPost {
  const now = options.now ?? new Date();
  const dating = earlier.path === null ? undefined : earlierDating(earlier.path, earlier.bytes);
  const withSlug = (slug?: string): Candidate => {
    let prepared: PreparedExport;
    try {
      prepared = prepareExport({ post: draft.post, conventions, now, date: options.date, time: options.time, earlier: dating, slug });
    } catch (error) {
      // The front matter engine refuses edits it cannot make exactly (a flow mapping, anchors other keys alias, …).
      throw new ServiceError('invalid-argument', `${draft.path}: ${error instanceof Error ? error.message : String(error)}; nothing was written`, { cause: error });
    }
    const path = join(blog, '_posts', datedPostFileName(prepared.date, prepared.slug, conventions.extension));
    return { path, prepared, bytes: encodePostText(prepared.text, draft.format) };
  };
  const first = withSlug();
  // A draft that keep-both exported as slug-N before goes on updating that file.
  if (earlier.path !== null && earlier.state === 'intact' && dirname(earlier.path) === dirname(first.path)) {
    const { date, slug } = first.prepared;
    const suffix = new RegExp(`^${escapeRegExp(date)}-${escapeRegExp(slug)}-(\\d+)\\.${escapeRegExp(conventions.extension)}$`).exec(basename(earlier.path));
    if (suffix !== null) {
      return { first: withSlug(`${slug}-${suffix[1] ?? ''}`), withSlug };
    }
  }
  return { first, withSlug };
}

/** The blog (real path) and the records of its exports. */
interface RecordedBlog {
  readonly blog: string;
  readonly records: ExportRecords;
}

/**
 * Step 4: writes the post, verifies it on disk and records it; then removes
 * the draft's earlier export under another name, if it is still what Inkpost
 * wrote. An edited earlier export is a conflict (nothing written) unless
 * `onConflict` is `replace` (removed anyway) or `keep-both` (kept).
 */
async function writePost({ blog, records }: RecordedBlog, draft: string, target: Target, earlier: EarlierExport, onConflict: ConflictChoice | undefined): Promise<{ removedPath: string | null } | { conflict: ExportResult }> {
  const { candidate } = target;
  const old = earlier.path !== null && earlier.bytes !== null && earlier.path !== candidate.path ? { path: earlier.path, bytes: earlier.bytes } : null;
  if (old !== null && earlier.state === 'edited' && onConflict === undefined) {
    return { conflict: conflictResult(old.path, 'edited-since-export') };
  }
  await writeCandidate(candidate, target.decision);
  const written = await readFile(candidate.path);
  if (!written.equals(candidate.bytes)) {
    throw new ServiceError('internal', `${candidate.path} does not hold what was written; the draft was kept`);
  }
  const relativePost = recordedPostPath(blog, candidate.path);
  await records.update(blog, (exports) => {
    for (const [other, entry] of Object.entries(exports)) {
      if (other !== draft && entry.post === relativePost) {
        delete exports[other];
      }
    }
    exports[draft] = { post: relativePost, sha256: sha256Hex(candidate.bytes) };
  });
  if (old === null || (earlier.state === 'edited' && onConflict === 'keep-both')) {
    return { removedPath: null };
  }
  const current = await readIfExists(old.path);
  if (current === null || !current.equals(old.bytes)) {
    return { removedPath: null };
  }
  await unlink(old.path);
  return { removedPath: old.path };
}

/** Step 5 (`draftAfterExport: 'move'`): deletes the draft once the post is verified on disk, only if the draft did not change meanwhile. */
async function removeExportedDraft({ blog, records }: RecordedBlog, draft: CheckedDraft, candidate: Candidate): Promise<boolean> {
  const current = await readIfExists(draft.path);
  const onDisk = await readIfExists(candidate.path);
  if (current === null || !current.equals(draft.bytes) || onDisk === null || !onDisk.equals(candidate.bytes)) {
    return false;
  }
  await unlink(draft.path);
  await records.update(blog, (exports) => {
    delete exports[draft.path];
  });
  return true;
}

/**
 * The date and time an earlier export gave the post: its name's date, and
 * the time its front matter says (when the file is still there and readable).
 */
function earlierDating(path: string, bytes: Buffer | null): { date: string; time: string | null } | undefined {
  const date = parsePostFileName(basename(path)).date;
  if (date === null) {
    return undefined;
  }
  if (bytes === null) {
    return { date, time: null };
  }
  try {
    const { data } = parsePost(decodePostBytes(bytes).text);
    return { date, time: resolvePostDate(date, data['date'], data['time']).time };
  } catch {
    return { date, time: null };
  }
}
