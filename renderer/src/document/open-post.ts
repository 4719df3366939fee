import { EditorState, type Extension, type Text, type TransactionSpec } from '@codemirror/state';
import type { InkpostCalls } from '../../../shared/contract';
import type { SaveResult } from '../../../shared/post';
import type { Problem } from '../../../shared/problem';
import { bodyStartOffset } from '../editor/body-start';

/** Where the open post's text lives: the editor view, or a plain state holder in tests. */
export interface DocumentHost {
  readonly state: EditorState;
  setState(state: EditorState): void;
  dispatch(...specs: TransactionSpec[]): void;
}

/** A post as read from disk: what {@link OpenPostModel.show} needs. */
export interface LoadedPost {
  readonly path: string;
  readonly version: string;
  readonly text: string;
}

/** What the model knows of the open post. */
export interface OpenPostInfo {
  /** Changes when a save renames the file (a published post's new date) or the sidebar renames it. */
  readonly path: string;
  /** The disk version the editor's text was loaded or last saved as. */
  readonly version: string;
  /** The path a save will rename the post to (a published post's new date), or undefined. */
  readonly pendingRename: string | undefined;
}

/** How a save ended. */
export type SaveOutcome =
  | { readonly status: 'none' }
  | {
      readonly status: 'saved';
      /** The path the post had when the save began. */
      readonly from: string;
      /** The path it has now (another one when the save renamed it). */
      readonly path: string;
      /** True when the editor still holds exactly what was saved. */
      readonly clean: boolean;
      readonly problems: readonly Problem[];
    }
  | { readonly status: 'conflict'; readonly path: string; readonly diskText: string; readonly diskVersion: string };

/**
 * The one owner of the open post: its path, the disk version and saved text
 * its editor state was made from, the rename a save will make, and the editor
 * states of posts opened before (undo history, unsaved edits, selection).
 * Every "is it unsaved?" question is answered by {@link isDirty}.
 */
export interface OpenPostModel {
  /** The open post, or null when none is open. */
  current(): OpenPostInfo | null;
  /** The open post's text as the editor holds it now. */
  text(): string;
  /**
   * Whether `path` (the open post by default) has anything a save would
   * write: text that differs from what was loaded or saved, or a pending rename.
   */
  isDirty(path?: string): boolean;
  /** Whether the open post's text differs from what was loaded or saved: what the journal must keep. */
  hasUnsavedText(): boolean;
  /**
   * Makes `post` the open one. Its earlier editor state comes back when the
   * file on disk is still the version that state came from; otherwise it
   * starts fresh from the text read. The post open before is kept in the cache.
   */
  show(post: LoadedPost): void;
  /** Empties the editor and forgets the open post's cached state (its folder was closed, or it was moved away). */
  close(): void;
  /** Forgets every cached post (another posts folder), closing the open one. */
  closeAll(): void;
  /** Forgets the cached state of `path` (trashed); closes it when it is the open post. */
  forget(path: string): void;
  /** The post at `from` is now at `to` (renamed from the sidebar). */
  renamed(from: string, to: string): void;
  /** Sets the rename the next save makes (the form's new date of a published post), or none. */
  setPendingRename(target: string | undefined): void;
  /**
   * Saves the open post. A save asked for while another runs waits for it,
   * then saves from the version that one wrote, so the app's own save never
   * looks like a change on disk.
   */
  save(): Promise<SaveOutcome>;
  /**
   * Writes the open post's text as a new file at `path` (its own path by
   * default): its file, or its whole folder, was deleted. Queued like a save;
   * the post then lives at `path`.
   */
  recreate(path?: string): Promise<SaveOutcome>;
  /** Puts back the text the post was loaded or saved as, as one undoable edit, and drops a pending rename. */
  revert(): void;
  /** Replaces the open post's text with `text`, an unsaved edit made from `baseVersion` (a journal restored). */
  restore(text: string, baseVersion: string): void;
  /** Makes `text` at `version` the open post's text and saved state (the disk's version won a conflict). */
  adopt(text: string, version: string): void;
  /** The open post's edits now count as made from `version` (the user chose to save over it). */
  rebase(version: string): void;
  /** Calls `listener` with each {@link OpenPostEvent}; returns a function that stops it. */
  subscribe(listener: (event: OpenPostEvent) => void): () => void;
}

/**
 * What the model tells its listeners: `changed` after the open post, its
 * dirty state (other than by typing), path or version changed; `saving` when
 * a save starts writing; `reverted` after {@link OpenPostModel.revert}; then `saved`, `conflict` (the file changed on disk,
 * nothing was written) or `failed` (the save threw; the error is rethrown too).
 */
export type OpenPostEvent =
  | { readonly kind: 'changed' }
  | { readonly kind: 'reverted' }
  | { readonly kind: 'saving' }
  | ({ readonly kind: 'saved' } & Extract<SaveOutcome, { status: 'saved' }>)
  | ({ readonly kind: 'conflict' } & Extract<SaveOutcome, { status: 'conflict' }>)
  | { readonly kind: 'failed'; readonly error: unknown };

interface PostRecord {
  path: string;
  version: string;
  savedDoc: Text;
  pendingRename: string | undefined;
}

function isDirtyIn(post: PostRecord, state: EditorState): boolean {
  return !state.doc.eq(post.savedDoc) || post.pendingRename !== undefined;
}

/** The model behind {@link createOpenPostModel}. */
class OpenPost implements OpenPostModel {
  private open: PostRecord | null = null;
  private readonly cache = new Map<string, { readonly post: PostRecord; readonly state: EditorState }>();
  private readonly listeners = new Set<(event: OpenPostEvent) => void>();
  /** The last save asked for: the next one starts when it has settled. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: DocumentHost,
    private readonly bridge: Pick<InkpostCalls, 'savePost' | 'recreatePost'>,
    private readonly extensions: () => Extension,
  ) {}

  current(): OpenPostInfo | null {
    const post = this.open;
    return post === null ? null : { path: post.path, version: post.version, pendingRename: post.pendingRename };
  }

  text(): string {
    return this.host.state.doc.toString();
  }

  isDirty(path?: string): boolean {
    if (this.open !== null && (path === undefined || path === this.open.path)) {
      return isDirtyIn(this.open, this.host.state);
    }
    const kept = path === undefined ? undefined : this.cache.get(path);
    return kept !== undefined && isDirtyIn(kept.post, kept.state);
  }

  hasUnsavedText(): boolean {
    return this.open !== null && !this.host.state.doc.eq(this.open.savedDoc);
  }

  show(loaded: LoadedPost): void {
    if (this.open !== null) {
      this.cache.set(this.open.path, { post: this.open, state: this.host.state });
    }
    const kept = this.cache.get(loaded.path);
    if (kept !== undefined && kept.post.version === loaded.version) {
      this.host.setState(kept.state);
      this.open = kept.post;
    } else {
      // The cursor starts on the first body line: typing at once never lands in the front matter.
      const state = EditorState.create({ doc: loaded.text, extensions: this.extensions(), selection: { anchor: bodyStartOffset(loaded.text) } });
      this.host.setState(state);
      this.open = { path: loaded.path, version: loaded.version, savedDoc: state.doc, pendingRename: undefined };
    }
    this.notify();
  }

  close(): void {
    if (this.open !== null) {
      this.cache.delete(this.open.path);
    }
    this.open = null;
    this.host.setState(EditorState.create({ doc: '' }));
    this.notify();
  }

  closeAll(): void {
    this.cache.clear();
    this.close();
  }

  forget(path: string): void {
    this.cache.delete(path);
    if (this.open?.path === path) {
      this.close();
    }
  }

  renamed(from: string, to: string): void {
    const kept = this.cache.get(from);
    this.cache.delete(from);
    if (kept !== undefined) {
      kept.post.path = to;
      this.cache.set(to, kept);
    }
    if (this.open?.path === from) {
      this.open.path = to;
    }
    this.notify();
  }

  setPendingRename(target: string | undefined): void {
    if (this.open !== null && this.open.pendingRename !== target) {
      this.open.pendingRename = target;
      this.notify();
    }
  }

  save(): Promise<SaveOutcome> {
    return this.inOrder(() => this.saveNow());
  }

  recreate(path?: string): Promise<SaveOutcome> {
    return this.inOrder(async () => {
      const post = this.open;
      if (post === null) {
        return { status: 'none' };
      }
      const doc = this.host.state.doc;
      const result = await this.reported(() => this.bridge.recreatePost({ path: path ?? post.path, text: doc.toString() }));
      return result.status === 'saved' ? this.saved(post, doc, post.pendingRename, result) : { status: 'none' };
    });
  }

  revert(): void {
    if (this.open !== null) {
      this.open.pendingRename = undefined;
      this.replaceText(this.open.savedDoc.toString());
      this.notify({ kind: 'reverted' });
    }
  }

  restore(text: string, baseVersion: string): void {
    if (this.open !== null) {
      this.open.version = baseVersion;
      this.replaceText(text);
      this.notify();
    }
  }

  adopt(text: string, version: string): void {
    if (this.open !== null) {
      this.replaceText(text);
      this.open.version = version;
      this.open.savedDoc = this.host.state.doc;
      this.notify();
    }
  }

  rebase(version: string): void {
    if (this.open !== null) {
      this.open.version = version;
      this.notify();
    }
  }

  subscribe(listener: (event: OpenPostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `task` once the saves asked for before it have settled. */
  private inOrder(task: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
    const run = this.saving.then(task, task);
    this.saving = run.catch(() => undefined);
    return run;
  }

  /** Runs a bridge call, telling the listeners when it fails (`failed`), and rethrows. */
  private async reported<Result>(call: () => Promise<Result>): Promise<Result> {
    try {
      return await call();
    } catch (error) {
      this.notify({ kind: 'failed', error });
      throw error;
    }
  }

  private notify(event: OpenPostEvent = { kind: 'changed' }): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }

  private replaceText(text: string): void {
    this.host.dispatch({ changes: { from: 0, to: this.host.state.doc.length, insert: text } });
  }

  /** One save, run when the saves before it have settled: from the version the last one wrote. */
  private async saveNow(): Promise<SaveOutcome> {
    const post = this.open;
    if (post === null) {
      return { status: 'none' };
    }
    const doc = this.host.state.doc;
    const renameTo = post.pendingRename;
    this.notify({ kind: 'saving' });
    const result = await this.reported(() => this.bridge.savePost({ path: post.path, text: doc.toString(), baseVersion: post.version, renameTo }));
    if (result.status === 'conflict') {
      const conflict = { status: 'conflict', path: post.path, diskText: result.diskText, diskVersion: result.diskVersion } as const;
      this.notify({ kind: 'conflict', ...conflict });
      return conflict;
    }
    return this.saved(post, doc, renameTo, result);
  }

  /** Records a save's result on `post` (which the user may have left meanwhile) and tells the listeners. */
  private saved(post: PostRecord, doc: Text, renameTo: string | undefined, result: Extract<SaveResult, { status: 'saved' }>): SaveOutcome {
    const from = post.path;
    post.version = result.version;
    post.savedDoc = doc;
    if (post.pendingRename === renameTo) {
      post.pendingRename = undefined;
    }
    const kept = this.cache.get(from);
    if (result.path !== from) {
      post.path = result.path;
      if (kept !== undefined) {
        this.cache.delete(from);
        this.cache.set(post.path, kept);
      }
    }
    // Clean when the editor (or the cached state, if the user moved on meanwhile) still holds exactly what was saved.
    const state = this.open === post ? this.host.state : kept?.state;
    const clean = state === undefined || !isDirtyIn(post, state);
    const outcome = { status: 'saved', from, path: post.path, clean, problems: result.problems } as const;
    this.notify({ kind: 'saved', ...outcome });
    return outcome;
  }
}

/**
 * Builds the model over `host` (the editor view). New editor states get
 * `extensions()`; saves go through `bridge.savePost`.
 */
export function createOpenPostModel(host: DocumentHost, bridge: Pick<InkpostCalls, 'savePost' | 'recreatePost'>, extensions: () => Extension): OpenPostModel {
  return new OpenPost(host, bridge, extensions);
}
