import type { Extension } from '@codemirror/state';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { InkpostBridge } from '../../shared/contract';
import type { ConflictChoice, ExportResult } from '../../shared/export/export-result';
import type { Workspace } from '../../shared/post';
import type { Problem } from '../../shared/problem';
import { createOpenPostModel, type OpenPostEvent, type OpenPostModel } from './document/open-post';
import { showShortcuts } from './ui/command-tooltips';
import { createCommandRegistry, type CommandRegistry } from './ui/commands';
import { registerEditHistoryCommands } from './editor/edit-history';
import { editorExtensions } from './editor/editor-extensions';
import { setLiquidProblems } from './editor/liquid-problems';
import { bindSearchCommands } from './editor/search-replace';
import { createExportControls, type ExportControls } from './export/export-controls';
import { createFolderControls, type FolderControls } from './sidebar/folder-controls';
import { createPublishedDrafts, type PublishedDrafts } from './export/published-drafts';
import { createFormPanel, type FormPanel } from './form/form-panel';
import { startLayoutControls } from './layout/layout-controls';
import { editorScrollPort } from './preview/editor-scroll';
import { postAssetsFor } from './preview/image-sources';
import { insertPicturesFromDialog, pictureFileAdder, type PictureContext } from './editor/picture-commands';
import { createPreviewPane, type PreviewPane } from './preview/preview-pane';
import { showSaveState } from './status/save-status';
import { markTiming } from './status/timing-marks';
import { createReadAhead, type ReadAhead } from './document/read-ahead';
import { createSidebar, type Sidebar } from './sidebar/sidebar';
import { createStatusCounts, type StatusCounts } from './status/status-bar';
import { isGoneError, offerToSaveGonePost } from './safety/gone-post';
import { createUnsavedChanges, type UnsavedChanges } from './safety/unsaved-changes';
import { fileName, required } from './ui/dom';
import { linkToPost } from './editor/post-link';
import { createBlogContext, type BlogContext } from './preview/blog-context';
import { createPostProblems, type PostProblems } from './sidebar/post-problems';

/** The page's fixed elements the app writes to. */
interface PageElements {
  readonly saveStatus: HTMLElement;
  readonly statusPath: HTMLElement;
  readonly emptyState: HTMLElement;
  readonly postProblems: HTMLElement;
}

/** Everything the app's pieces share: built once by {@link startApp}, then only read. */
interface AppParts {
  readonly root: ParentNode;
  readonly bridge: InkpostBridge;
  readonly page: PageElements;
  readonly view: EditorView;
  readonly model: OpenPostModel;
  readonly preview: PreviewPane;
  readonly counts: StatusCounts;
  readonly form: FormPanel;
  readonly sidebar: Sidebar;
  readonly exportControls: ExportControls;
  readonly unsaved: UnsavedChanges;
  readonly commands: CommandRegistry;
  readonly problems: PostProblems;
  readonly blog: BlogContext;
  readonly folders: FolderControls;
  readonly published: PublishedDrafts;
  /** The folders of the window, as last shown. */
  readonly workspace: { postsDir: string; blogDir: string | null; blogChosen: boolean; assetBase: string | null; postAssetBase: string | null };
  readonly reportError: (error: unknown) => void;
  readonly refreshList: () => Promise<void>;
  readonly openPost: (path: string) => Promise<boolean>;
  /** Posts read when the user presses on them in the list, for the click that follows. */
  readonly readAhead: ReadAhead;
}

/** The folders the problems panel shows paths relative to: the blog, the blog a `_posts` or `_drafts` folder is in, the posts folder. */
function blogRoots(workspace: AppParts['workspace']): string[] {
  const parent = workspace.postsDir.replace(/[\\/](_posts|_drafts)[\\/]?$/, '');
  return [workspace.blogDir, parent, workspace.postsDir].filter((root): root is string => root !== null && root !== '');
}

/** Shows what is wrong with the open post (invalid front matter, not UTF-8, ...), each with its line and column. */
function showPostProblems(page: PageElements, found: readonly Problem[]): void {
  page.postProblems.hidden = found.length === 0;
  page.postProblems.textContent = found.map((problem) => `Line ${problem.line}, column ${problem.column}: ${problem.message}`).join(' · ');
}

/** Shows the model's verdict on the open post: the save status and the sidebar's unsaved mark. */
function showDirtyState(app: AppParts): void {
  const post = app.model.current();
  if (post !== null) {
    const dirty = app.model.isDirty();
    showSaveState(app.page.saveStatus, dirty ? 'unsaved' : 'saved');
    app.sidebar.setUnsaved(post.path, dirty);
  }
}

/** Follows the model's saves: the status bar, the sidebar and the form learn what a save did. */
function followSaves(app: AppParts, event: OpenPostEvent): void {
  switch (event.kind) {
    case 'changed':
      showDirtyState(app);
      return;
    case 'reverted':
      app.form.discardDate();
      showDirtyState(app);
      return;
    case 'saving':
      showSaveState(app.page.saveStatus, 'saving');
      return;
    case 'conflict':
      showSaveState(app.page.saveStatus, 'conflict');
      return;
    case 'failed':
      if (isGoneError(event.error)) {
        showSaveState(app.page.saveStatus, 'error', 'the file is gone; your words are safe in the journal');
        offerToSaveGonePost(app.model, event.error).catch(app.reportError);
      } else {
        app.reportError(event.error);
      }
      return;
    case 'saved':
      if (event.path !== event.from) {
        app.sidebar.setUnsaved(event.from, false);
        app.sidebar.select(event.path);
        app.page.statusPath.textContent = event.path;
      }
      app.form.saved(event.path);
      showPostProblems(app.page, event.problems);
      app.problems.postChanged(true);
      showDirtyState(app);
      app.refreshList().catch(app.reportError);
  }
}

/** Saves the open post; true when the file now holds the editor's text. Errors are reported, never thrown. */
async function saveOpenPost(app: AppParts): Promise<boolean> {
  try {
    return (await app.model.save()).status === 'saved';
  } catch {
    return false; // reported through the model's `failed` event
  }
}

/** Saves the open post, then exports it; null when there is nothing (saved) to export. */
async function exportOpenPost(app: AppParts, onConflict?: ConflictChoice): Promise<ExportResult | null> {
  const post = app.model.current();
  if (post === null || !(await saveOpenPost(app))) {
    return null;
  }
  const path = app.model.current()?.path ?? post.path;
  const result = await app.bridge.exportPost({ path, onConflict, date: app.form.exportDate() });
  void app.published.refresh();
  // A move deleted the draft: close it, unless the user typed on while it was exported (those words stay on screen).
  if ((result.status === 'written' || result.status === 'unchanged') && result.draftRemoved && app.model.current()?.path === path && !app.model.isDirty()) {
    closeOpenPost(app);
  }
  return result;
}

/** Empties the editor: the open post's folder was closed, or the post itself was moved away or to the trash. */
function closeOpenPost(app: AppParts): void {
  app.model.close();
  app.sidebar.select(null);
  app.counts.clear();
  showPostProblems(app.page, []);
  app.page.emptyState.hidden = false;
  app.page.statusPath.textContent = '';
  app.preview.show(() => '');
  app.form.close();
  app.problems.postChanged(true);
  app.published.showFor(null);
  showSaveState(app.page.saveStatus, 'idle');
  app.exportControls.clear();
  app.exportControls.setAvailable({ blogChosen: app.workspace.blogChosen, postOpen: false });
}

/** Reads the post at `path` and shows it; the caller has settled the open post's unsaved changes. */
async function showPost(app: AppParts, path: string): Promise<void> {
  const opened = await (app.readAhead.take(path) ?? app.bridge.readPost(path));
  markTiming('open:read');
  app.model.show(opened);
  markTiming('open:editor-state');
  app.exportControls.clear();
  app.exportControls.setAvailable({ blogChosen: app.workspace.blogChosen, postOpen: true });
  showPostProblems(app.page, opened.problems);
  app.sidebar.select(opened.path);
  app.page.emptyState.hidden = true;
  app.page.statusPath.textContent = opened.path;
  // With the cursor near the top, the preview shows the top: the rest of a long post is rendered after the first paint.
  app.preview.show(() => app.view.state.doc.toString(), app.view.state.selection.main.head < 3_000);
  app.counts.updateNow(app.view.state.doc.toString());
  app.form.open({ path: opened.path, kind: opened.summary.kind });
  app.problems.postChanged(true);
  app.published.showFor(opened.path);
  showDirtyState(app);
  app.view.focus();
  markTiming('open:shown');
}

/** Opens posts one at a time: a click while a question or a save is pending waits for it, so the question is never asked twice. */
function createPostOpener(app: () => AppParts): (path: string) => Promise<boolean> {
  let opening: Promise<boolean> = Promise.resolve(true);
  const openNow = async (path: string): Promise<boolean> => {
    const parts = app();
    if (parts.model.current()?.path === path) {
      return true;
    }
    if (!(await parts.unsaved.confirmLeave())) {
      return false;
    }
    try {
      await showPost(parts, path);
      return true;
    } catch (error) {
      parts.reportError(error);
      return false;
    }
  };
  return (path) => {
    const run = opening.then(() => openNow(path));
    opening = run.catch(() => false);
    return run;
  };
}

/** Saves the open post when it has anything to save (a new date of a published post too): a folder switch waits for it. */
async function saveIfChanged(app: AppParts): Promise<boolean> {
  return !app.model.isDirty() || saveOpenPost(app);
}

/** The sidebar's actions on posts: open, and follow a rename or a trashing done from it. */
function createSidebarFor(app: () => AppParts, root: ParentNode, bridge: InkpostBridge, commands: CommandRegistry): Sidebar {
  return createSidebar(root, bridge, commands, {
    open: (path) => void app().openPost(path),
    pressed: (path) => {
      const parts = app();
      if (parts.model.current()?.path !== path) {
        parts.readAhead.start(path);
      }
    },
    renamed: (from, to) => {
      const parts = app();
      const wasOpen = parts.model.current()?.path === from;
      parts.model.renamed(from, to);
      if (wasOpen) {
        parts.page.statusPath.textContent = to;
        parts.sidebar.select(to);
      }
      parts.refreshList().catch(parts.reportError);
    },
    trashed: (path) => {
      const parts = app();
      if (parts.model.current()?.path === path) {
        closeOpenPost(parts);
      }
      parts.model.forget(path);
      parts.refreshList().catch(parts.reportError);
    },
    isUnsaved: (path) => app().model.isDirty(path),
  });
}

/** Shows the folders of the window; another posts folder closes the open post (the renderer saved it before asking to switch). */
function showWorkspace(app: AppParts, workspace: Workspace): void {
  app.workspace.blogChosen = workspace.blogDir !== null;
  app.workspace.blogDir = workspace.blogDir;
  app.workspace.assetBase = workspace.assetBase ?? null;
  app.workspace.postAssetBase = workspace.postAssetBase ?? null;
  if (workspace.postsDir !== app.workspace.postsDir) {
    app.workspace.postsDir = workspace.postsDir;
    app.model.closeAll();
    closeOpenPost(app);
  }
  app.form.blogChanged();
  app.exportControls.setAvailable({ blogChosen: app.workspace.blogChosen, postOpen: app.model.current() !== null });
  required(app.root, '#folder-name').textContent = fileName(workspace.postsDir);
  document.title = `Inkpost — ${workspace.postsDir}`;
}

/** Registers the commands that act on the open post and the window's panes. */
function registerCommands(app: AppParts): void {
  const { commands, view } = app;
  commands.register('save', () => void saveOpenPost(app));
  commands.register('exportPost', () => app.exportControls.trigger());
  registerEditHistoryCommands(commands, view);
  commands.register('focusForm', () => app.form.focus());
  commands.register('focusEditor', () => view.focus());
  commands.register('togglePreviewMode', () => app.preview.toggleMode());
  commands.register('linkToPost', () => {
    if (app.model.current() !== null) {
      linkToPost(view, { blog: () => app.blog.current(), clipboardUrl: () => app.bridge.readClipboardUrl() }).catch(app.reportError);
    }
  });
  bindSearchCommands(commands, view, () => app.model.current() !== null);
  commands.register('insertImage', () => void insertPicturesFromDialog(view, picturesOf(app)));
  showShortcuts(app.root, commands.mac);
  app.bridge.onMenuCommand(({ command }) => {
    commands.run(command);
  });
}

/** What adding pictures to the open post needs. */
function picturesOf(app: AppParts): PictureContext {
  return { bridge: app.bridge, postPath: () => app.model.current()?.path ?? null, report: app.reportError };
}

/** The editor's extensions: each change goes to the preview, the form, the counts, the status and the journal; dropped and pasted pictures to the post's images folder. */
function extensionsFor(app: () => AppParts): Extension {
  return editorExtensions({
    addImage: (file) => pictureFileAdder(picturesOf(app()))(file),
    change: (update) => {
      const parts = app();
      parts.preview.show(() => update.state.doc.toString());
      parts.form.editorChanged(update);
      parts.counts.update(() => parts.view.state.doc.toString());
      if (parts.model.current() !== null) {
        showDirtyState(parts);
        parts.unsaved.edited();
        parts.problems.postChanged();
      }
    },
  });
}

/** Follows the posts folder and the window's folders: the list, the folder controls, another folder. */
async function followWorkspace(app: AppParts): Promise<void> {
  const { bridge } = app;
  /** Loads what the preview needs of the blog to render Liquid (again after a folder or blog switch), and checks the folder's posts. */
  const loadRenderContext = (): void => {
    app.blog.load().catch(app.reportError);
    app.problems.folderChanged();
  };
  showWorkspace(app, await bridge.getWorkspace());
  bridge.onPostsChanged(() => {
    app.readAhead.clear(); // a post read on a press may have changed since
    app.refreshList().catch(app.reportError);
    app.blog.stale();
    app.problems.folderChanged();
  });
  const folderControls = app.folders;
  bridge.onWorkspaceChanged(({ workspace }) => {
    showWorkspace(app, workspace);
    loadRenderContext();
    app.refreshList().catch(app.reportError);
    folderControls.refresh().catch(app.reportError);
  });
  bridge.onOpenFolderRequested(({ path }) => folderControls.openRequested(path));
  await folderControls.start();
  loadRenderContext();
}

/**
 * Starts the app in `root`: lists the posts folder, opens a post in the editor
 * on click, renders the preview as the user types and saves on Ctrl/Cmd+S.
 * The open post itself is owned by the {@link OpenPostModel}; this wires the
 * panes to it.
 */
export async function startApp(root: ParentNode, bridge: InkpostBridge): Promise<void> {
  const page: PageElements = {
    saveStatus: required(root, '#save-status'),
    statusPath: required(root, '#status-path'),
    emptyState: required(root, '#empty-state'),
    postProblems: required(root, '#post-problems'),
  };
  const workspace = { postsDir: '', blogDir: null as string | null, blogChosen: false, assetBase: null as string | null, postAssetBase: null as string | null };
  const reportError = (error: unknown): void => {
    showSaveState(page.saveStatus, 'error', error instanceof Error ? error.message : String(error));
  };
  const preview = createPreviewPane(required(root, '#preview'), {
    assetBase: () => workspace.assetBase,
    postAssets: () => postAssetsFor(workspace.postAssetBase, workspace.postsDir, model.current()?.path ?? null),
    openLink: (url) => {
      bridge.openExternal(url).catch((error: unknown) => reportError(error)); // eng-disable OPEN_EXTERNAL_JS_CHECK: false positive, a bridge call; main opens only what externalUrl() accepts
    },
    loadBlogStylesheet: () => bridge.readBlogStylesheet(),
    liquidProblems: (found) => {
      view.dispatch({ effects: setLiquidProblems.of(found) });
    },
  });
  // A shadow root lets CodeMirror use constructed stylesheets instead of a <style> tag the CSP forbids.
  const editorRoot = required(root, '#editor').attachShadow({ mode: 'open' });
  const view = new EditorView({ parent: editorRoot, root: editorRoot, state: EditorState.create({ doc: '' }) });
  preview.followEditor(editorScrollPort(view, required(root, '#editor')));
  // The pieces call each other (the sidebar opens posts, opening asks the guard, ...): each reaches the others through `app()` once all are built.
  const built: { parts?: AppParts } = {};
  const app = (): AppParts => {
    if (built.parts === undefined) {
      throw new Error('the app is still starting');
    }
    return built.parts;
  };
  const extensions = extensionsFor(app);
  const model = createOpenPostModel(view, bridge, () => extensions);
  const commands = createCommandRegistry(window);
  const layoutStarted = startLayoutControls(root, bridge, commands, { focusEditor: () => view.focus(), reportError });
  const openPost = createPostOpener(app);
  const ready: AppParts = {
    root,
    bridge,
    page,
    view,
    model,
    preview,
    commands,
    workspace,
    reportError,
    openPost,
    readAhead: createReadAhead((path) => bridge.readPost(path)),
    counts: createStatusCounts(page.saveStatus.parentElement ?? page.saveStatus),
    form: createFormPanel(required(root, '#form-panel'), bridge, view, (target) => model.setPendingRename(target)),
    sidebar: createSidebarFor(app, root, bridge, commands),
    problems: createPostProblems({
      bridge,
      view,
      panel: required(root, '#problems-panel'),
      list: required(root, '#post-list'),
      openPath: () => model.current()?.path ?? null,
      roots: () => blogRoots(workspace),
      open: openPost,
      reportError,
    }),
    blog: createBlogContext(() => bridge.getRenderContext(), (context) => preview.setBlog(context)),
    folders: createFolderControls(root, bridge, commands, () => saveIfChanged(app())),
    published: createPublishedDrafts({
      bridge,
      formPanel: required(root, '#form-panel'),
      markList: (published) => app().sidebar.setPublished(published),
      openPath: () => model.current()?.path ?? null,
      openPost,
      switchFolder: (change) => app().folders.switchTo(change),
      switched: (opened) => showWorkspace(app(), opened),
      reportError,
    }),
    exportControls: createExportControls(root, (onConflict) => exportOpenPost(app(), onConflict)),
    unsaved: createUnsavedChanges(bridge, model, openPost, reportError),
    refreshList: async () => {
      const listing = await bridge.listPosts();
      app().sidebar.show(listing.posts, listing.folder);
      void app().published.refresh();
    },
  };
  built.parts = ready;
  model.subscribe((event) => followSaves(ready, event));
  registerCommands(ready);
  bridge.onCloseRequested(() => {
    ready.unsaved.closeRequested().catch(reportError);
  });
  await followWorkspace(ready);
  await ready.refreshList();
  await layoutStarted;
  root.querySelector('.app')?.setAttribute('data-ready', 'true');
  ready.unsaved.offerRestore().catch(reportError);
}
