/**
 * The IPC contract: every call the renderer can make and every event main can
 * send. Main's handler table and the preload's `window.inkpost` are both typed
 * from this file, and main validates each call's arguments against
 * {@link callArgumentSchemas} before a handler sees them.
 */
import { z } from 'zod';
import type {
  PostDocument,
  PostListing,
  IndexProgressEvent,
  PostsChangedEvent,
  RecreateRequest,
  SaveRequest,
  SaveResult,
  Workspace,
} from './post';
import type { BlogInfo } from './blog/blog-info';
import type { BlogStylesheet } from './blog/blog-stylesheet';
import type { BlogRenderContext } from './blog/render-context';
import type { CommandId } from './commands';
import type { Problem } from './problem';
import type { ConflictChoice, DraftAfterExport, ExportResult, UnpublishResult } from './export/export-result';
import type { OpenedPublishedPost, PublishedDraft } from './export/published-draft';
import type { JournalListing, JournalWrite } from './journal';
import type { PreferencesView } from './preferences';
import type { TagCount, TagRenameResult } from './blog/tag-catalogue';
import { windowLayoutSchema, type WindowLayout } from './window-layout';

/** Calls the renderer makes. Each resolves to a readonly DTO or rejects with an `Error` whose message says what went wrong. */
export interface InkpostCalls {
  /** The folders this window works on. */
  getWorkspace(): Promise<Workspace>;
  /** Every post in the posts folder, newest first, plus files that could not be read. */
  listPosts(): Promise<PostListing>;
  /** Opens one post of the posts folder for editing. */
  readPost(path: string): Promise<PostDocument>;
  /** Saves a post atomically; refuses with a conflict when the file changed on disk since it was read. */
  savePost(request: SaveRequest): Promise<SaveResult>;
  /**
   * Writes `text` as a new post file at `path` in the posts folder: the open
   * post's file (or the whole posts folder) was deleted and the user saves it
   * again there, or under another name. Never overwrites a file.
   */
  recreatePost(request: RecreateRequest): Promise<SaveResult>;
  /** The blog's tags (the posts folder's when no blog is chosen) with their counts, most used first. */
  listTags(): Promise<readonly TagCount[]>;
  /** The blog's layouts, permalink pattern and key order, for the front matter form. */
  getBlogInfo(): Promise<BlogInfo>;
  /** What the preview needs of the blog to render Liquid as Jekyll does: `_config.yml`, `_data`, `_includes`, posts and document URLs (empty without a blog). */
  getRenderContext(): Promise<BlogRenderContext>;
  /** Renames or merges a tag in every post; each file changes only in its tags line. */
  renameTag(from: string, to: string): Promise<TagRenameResult>;
  /**
   * Exports a post of the posts folder into the blog's `_posts`, following the
   * blog's conventions; never overwrites other content unless `onConflict`
   * says so. Fails when no blog is chosen.
   */
  exportPost(request: ExportRequest): Promise<ExportResult>;
  /**
   * The drafts of the posts folder that were exported to the chosen blog, from
   * its export record, each with the post it became and whether that post is
   * still there (none without a blog). Separate from `listPosts`, so the list
   * never waits for it.
   */
  listPublishedDrafts(): Promise<readonly PublishedDraft[]>;
  /**
   * Finds the post the draft at `path` was last exported to, for the renderer
   * to open; when it is not in the posts folder, switches the window to the
   * blog's `_posts` holding it (`workspaceChanged` follows), so the renderer
   * saves the open post first. Fails, naming the post, when the record is
   * stale (the post no longer there).
   */
  openPublishedPost(path: string): Promise<OpenedPublishedPost>;
  /** Opens a link from the preview in the user's browser or mail program; only absolute http, https and mailto URLs, anything else is refused. */
  openExternal(url: string): Promise<void>;
  /**
   * The paths of the posts folder's posts whose title or body contains every
   * word of `query` (case-insensitive): title matches first, then body
   * matches, each newest first. An empty query matches nothing.
   */
  searchPosts(query: string): Promise<readonly string[]>;
  /**
   * Every problem `inkpost check` finds in the posts folder's posts (each
   * checked against the whole blog it belongs to), sorted by path and line:
   * what the problems panel lists.
   */
  checkPosts(): Promise<readonly Problem[]>;
  /**
   * The problems `inkpost check` would find in the post at `path` (in the
   * posts folder) if it held `text`, the editor's unsaved text, against the
   * rest of the blog: what the editor marks as the post is written.
   */
  checkPost(path: string, text: string): Promise<readonly Problem[]>;
  /**
   * The URL on the clipboard (an absolute http, https or mailto URL and
   * nothing else, as copied), or null: Ctrl/Cmd+K on a selection links it.
   * Other clipboard text never reaches the renderer.
   */
  readClipboardUrl(): Promise<string | null>;
  /** Creates a draft titled `title` with the blog's usual keys in the posts folder (its `_drafts` for a blog root) and returns its path; never overwrites a file. */
  createPost(title: string): Promise<string>;
  /** Gives a post a new slug (`name` is a slug or a title) keeping its date and extension, and returns the new path; refuses when that name is taken. */
  renamePost(path: string, name: string): Promise<string>;
  /** Moves a post to the system trash, from where the user can restore it. */
  trashPost(path: string): Promise<void>;
  /** Takes a published post of the posts folder (in a `_posts` folder) back to the `_drafts` beside it, byte for byte; the draft's path and the date its name no longer carries come back. */
  unpublishPost(path: string): Promise<UnpublishResult>;
  /** The blog's own main stylesheet (the chosen blog, else the one the posts folder is in), for the preview's blog style; null when there is none. */
  readBlogStylesheet(): Promise<BlogStylesheet | null>;
  /** Closes the window for good: the renderer calls it once the user has dealt with unsaved changes (see the `closeRequested` event). */
  closeWindow(): Promise<void>;
  /** Keeps a post's unsaved text in the journal (outside the post file, in the user-data folder), replacing its earlier journal. */
  writeJournal(write: JournalWrite): Promise<void>;
  /** Forgets a post's journaled text: after a save, or when the user discards the edit. */
  discardJournal(path: string): Promise<void>;
  /** The journaled edits of the posts folder's posts, each with the post as it is on disk now, to offer after a crash. */
  listJournal(): Promise<JournalListing>;
  /**
   * Opens another posts folder: without a path, the user picks it in the
   * system's folder dialog (null when they cancel); with one, it must be one
   * of the recent folders. Its remembered blog comes back; `workspaceChanged` follows.
   */
  openFolder(path?: string): Promise<Workspace | null>;
  /**
   * Chooses the blog (a Jekyll site root) for the open posts folder: without
   * a path, in the folder dialog (null when cancelled); with one, it must be
   * a blog remembered before. Remembered for this posts folder.
   */
  chooseBlog(path?: string): Promise<Workspace | null>;
  /** The posts folders opened before, most recent first, without those that no longer exist. */
  listRecentFolders(): Promise<readonly string[]>;
  /** The preferences for the open posts folder, with notices about the preferences file (set aside because unreadable, ...). */
  getPreferences(): Promise<PreferencesView>;
  /** Remembers whether exports from the open posts folder keep the draft or move it (delete it once the post is written). */
  setAfterExport(choice: DraftAfterExport): Promise<PreferencesView>;
  /**
   * Copies a picture into the folder the post's pictures go to (the blog's
   * images folder in the blog's path style; `images/` beside a draft outside
   * any blog) and says how the post points at it. Only PNG, JPEG, GIF, WebP,
   * SVG (sanitised) and AVIF of up to 20 MB; never overwrites a file (the
   * same bytes reuse it, others get `-2`, `-3`, …).
   */
  addImage(request: AddImageRequest): Promise<AddedImage>;
  /** Asks for pictures in the system's file dialog and adds each to the post at `postPath` as `addImage` does; empty when the user cancels. */
  insertImages(postPath: string): Promise<readonly AddedImage[]>;
  /** The window's panes as the user last set them (collapsed sidebar or form, preview placement), from the window state. */
  getWindowLayout(): Promise<WindowLayout>;
  /** Remembers the window's panes in the window state (`window-state.json`), written before the call resolves. */
  setWindowLayout(layout: WindowLayout): Promise<void>;
}

/** A picture to add to the post at `postPath`: a file on disk (a drop in Electron) or bytes with the name they came with (a paste, the harness's drop). */
export interface AddImageRequest {
  readonly postPath: string;
  readonly source: { readonly path: string } | { readonly name: string; readonly bytes: Uint8Array };
}

/** A picture added to a post's images folder, ready to be pointed at. */
export interface AddedImage {
  /** The file, absolute. */
  readonly file: string;
  /** What the post writes to point at it (`/images/x.png`, `{{ site.baseurl }}/images/x.png`, `images/x.png`, …). */
  readonly link: string;
  /** Alt text suggested by the file's name. */
  readonly alt: string;
  /** True when a file with the same bytes was there already and is used as it is. */
  readonly reused: boolean;
}

/**
 * A picture file as the renderer hands it to the preload: a dropped, picked
 * or pasted `File` (typed by what the preload uses of it, as `shared/` has no
 * DOM types).
 */
export interface PictureFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the renderer passes to `window.inkpost.addImage`: the preload turns the file into a path (Electron) or bytes. */
export interface AddImageFileRequest {
  readonly postPath: string;
  readonly file: PictureFile;
}

/** What the renderer sends to export a post. */
export interface ExportRequest {
  readonly path: string;
  /** `YYYY-MM-DD` overriding the post's date. */
  readonly date?: string | undefined;
  /** `HH:MM` overriding the post's time. */
  readonly time?: string | undefined;
  /** The user's answer to a conflict: overwrite the file in the way, or export beside it. */
  readonly onConflict?: ConflictChoice | undefined;
}

/** Events main sends to the renderer, by name. */
export interface InkpostEvents {
  /** Post files were added, changed, removed or renamed on disk (by Inkpost or another program). */
  postsChanged: PostsChangedEvent;
  /** A large folder is being scanned. */
  indexProgress: IndexProgressEvent;
  /** The user chose a command from the application menu (shortcuts typed in the window are handled by the renderer itself). */
  menuCommand: MenuCommandEvent;
  /** The user asked to close the window or quit; the renderer asks about unsaved changes, then calls `closeWindow`. */
  closeRequested: CloseRequestedEvent;
  /** Another posts folder or blog was opened: the renderer reloads its workspace and post list. */
  workspaceChanged: WorkspaceChangedEvent;
  /**
   * A second launch (`inkpost-app <folder>` while Inkpost runs) asked this
   * window to open a posts folder, now one of the recent folders: the renderer
   * saves the open post first, then calls `openFolder(path)`.
   */
  openFolderRequested: OpenFolderRequestedEvent;
}

/** The posts folder a second launch named. */
export interface OpenFolderRequestedEvent {
  readonly path: string;
}

/** The folders the window works on from now on. */
export interface WorkspaceChangedEvent {
  readonly workspace: Workspace;
}

/** Why the window is asked to close. */
export interface CloseRequestedEvent {
  readonly reason: 'close' | 'quit';
}

/** A command chosen from the application menu. */
export interface MenuCommandEvent {
  readonly command: CommandId;
}

/** The name of a call in {@link InkpostCalls}. */
export type CallName = keyof InkpostCalls;
/** The name of an event in {@link InkpostEvents}. */
export type EventName = keyof InkpostEvents;

const absolutePath = z
  .string()
  .min(1, 'a path is required')
  .max(4096, 'the path is too long')
  .refine((value) => !value.includes('\0'), 'the path contains a NUL character');

const tagName = z
  .string()
  .trim()
  .min(1, 'a tag name cannot be empty')
  .max(200, 'the tag name is too long')
  .refine((value) => !value.includes(','), 'a tag name cannot contain commas');

const nonBlankText = (what: string, maxLength: number) =>
  z
    .string()
    .max(maxLength, `the ${what} is too long`)
    .refine((value) => value.trim() !== '', `a ${what} is required`);
const journalWrite = z
  .object({
    path: absolutePath,
    baseVersion: z.string().min(1, 'baseVersion is required'),
    text: z.string().max(64 * 1024 * 1024, 'the text is larger than 64 MiB'),
  })
  .strict();

const exportRequest = z
  .object({
    path: absolutePath,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the date must be YYYY-MM-DD').optional(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'the time must be HH:MM').optional(),
    onConflict: z.enum(['replace', 'keep-both']).optional(),
  })
  .strict();

const recreateRequest = z
  .object({
    path: absolutePath,
    text: z.string().max(64 * 1024 * 1024, 'the text is larger than 64 MiB'),
  })
  .strict();

const saveRequest = z
  .object({
    path: absolutePath,
    text: z.string().max(64 * 1024 * 1024, 'the text is larger than 64 MiB'),
    baseVersion: z.string().min(1, 'baseVersion is required'),
    renameTo: absolutePath.optional(),
  })
  .strict();

const addImageRequest = z
  .object({
    postPath: absolutePath,
    source: z.union([
      z.object({ path: absolutePath }).strict(),
      z.object({ name: z.string().min(1, 'the picture needs a name').max(255, 'the picture\'s name is too long'), bytes: z.instanceof(Uint8Array) }).strict(),
    ]),
  })
  .strict();

/**
 * Runtime schemas for each call's argument list. The `satisfies` clause keeps
 * them in step with {@link InkpostCalls}: a schema that accepts other
 * arguments than the interface declares fails to compile.
 */
export const callArgumentSchemas = {
  getWorkspace: z.tuple([]),
  listPosts: z.tuple([]),
  readPost: z.tuple([absolutePath]),
  savePost: z.tuple([saveRequest]),
  recreatePost: z.tuple([recreateRequest]),
  listTags: z.tuple([]),
  getBlogInfo: z.tuple([]),
  getRenderContext: z.tuple([]),
  renameTag: z.tuple([tagName, tagName]),
  exportPost: z.tuple([exportRequest]),
  listPublishedDrafts: z.tuple([]),
  openPublishedPost: z.tuple([absolutePath]),
  openExternal: z.tuple([z.string().min(1, 'a URL is required').max(8192, 'the URL is too long')]),
  readBlogStylesheet: z.tuple([]),
  closeWindow: z.tuple([]),
  searchPosts: z.tuple([z.string().max(1000, 'the search is too long')]),
  checkPosts: z.tuple([]),
  checkPost: z.tuple([absolutePath, z.string().max(64 * 1024 * 1024, 'the text is larger than 64 MiB')]),
  readClipboardUrl: z.tuple([]),
  createPost: z.tuple([nonBlankText('title', 1000)]),
  renamePost: z.tuple([absolutePath, nonBlankText('name', 1000)]),
  trashPost: z.tuple([absolutePath]),
  unpublishPost: z.tuple([absolutePath]),
  writeJournal: z.tuple([journalWrite]),
  discardJournal: z.tuple([absolutePath]),
  listJournal: z.tuple([]),
  openFolder: z.union([z.tuple([]), z.tuple([absolutePath])]),
  chooseBlog: z.union([z.tuple([]), z.tuple([absolutePath])]),
  listRecentFolders: z.tuple([]),
  getPreferences: z.tuple([]),
  setAfterExport: z.tuple([z.enum(['keep', 'move'])]),
  addImage: z.tuple([addImageRequest]),
  insertImages: z.tuple([absolutePath]),
  getWindowLayout: z.tuple([]),
  setWindowLayout: z.tuple([windowLayoutSchema]),
} as const satisfies { [Name in CallName]: z.ZodType<Parameters<InkpostCalls[Name]>> };

/** Every call name, in a stable order. */
export const callNames = Object.keys(callArgumentSchemas) as readonly CallName[];

/** Every event name, in a stable order (a record keeps it in step with {@link InkpostEvents}). */
const eventNameRecord: { readonly [Name in EventName]: true } = { postsChanged: true, indexProgress: true, menuCommand: true, closeRequested: true, workspaceChanged: true, openFolderRequested: true };
export const eventNames = Object.keys(eventNameRecord) as readonly EventName[];

/** The IPC channel a call travels on. */
export function callChannel<Name extends CallName>(name: Name): CallChannel<Name> {
  return `inkpost:call:${name}`;
}

/** The IPC channel an event travels on. */
export function eventChannel<Name extends EventName>(name: Name): EventChannel<Name> {
  return `inkpost:event:${name}`;
}

/** What kind of failure a call ended in, so the renderer can react without parsing messages. */
export type InkpostErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'outside-folder'
  | 'unreadable'
  | 'forbidden-sender'
  | 'internal';

/** A failed call as it crosses the bridge. */
export interface InkpostErrorInfo {
  readonly code: InkpostErrorCode;
  readonly message: string;
}

/** What travels back over a call's channel: the value, or the error that replaced it. */
export type CallOutcome<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly error: InkpostErrorInfo };

/** Stops listening to an event. */
export type Unsubscribe = () => void;

/** The subscription methods: `onPostsChanged(listener)` for the `postsChanged` event, and so on. */
export type InkpostSubscriptions = {
  readonly [Name in EventName as `on${Capitalize<Name>}`]: (
    listener: (payload: InkpostEvents[Name]) => void,
  ) => Unsubscribe;
};

/**
 * `window.inkpost`: the only way the renderer reaches main. Every call as
 * declared, but `addImage`, which takes the picture as a file: the preload
 * asks Electron for the file's path (`webUtils.getPathForFile`) and sends
 * that, or, for a file with no path (a paste, a file made in the page, any
 * file in the test harness), its bytes.
 */
export type InkpostBridge = Readonly<Omit<InkpostCalls, 'addImage'>> & {
  readonly addImage: (request: AddImageFileRequest) => Promise<AddedImage>;
} & InkpostSubscriptions;

/** Main's implementation of every call, typed from {@link InkpostCalls}. */
export type HandlerTable = {
  readonly [Name in CallName]: (
    ...args: Parameters<InkpostCalls[Name]>
  ) => ReturnType<InkpostCalls[Name]>;
};

/** The channel a call travels on, as a type: lets the preload name channels without importing runtime code. */
export type CallChannel<Name extends CallName = CallName> = `inkpost:call:${Name}`;
/** The channel an event travels on, as a type. */
export type EventChannel<Name extends EventName = EventName> = `inkpost:event:${Name}`;
