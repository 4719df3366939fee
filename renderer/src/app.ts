import { EditorState, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { InkpostBridge } from '../../shared/contract';
import type { ConflictChoice, ExportResult } from '../../shared/export/export-result';
import type { PostListing, Workspace } from '../../shared/post';
import type { Problem } from '../../shared/problem';
import { showShortcuts } from './ui/command-tooltips';
import { createCommandRegistry } from './ui/commands';
import { registerEditHistoryCommands } from './editor/edit-history';
import { editorExtensions } from './editor/editor-extensions';
import { bindSearchCommands } from './editor/search-replace';
import { createExportControls } from './export/export-controls';
import { createFolderControls, folderName } from './sidebar/folder-controls';
import { createFormPanel } from './form/form-panel';
import { editorScrollPort } from './preview/editor-scroll';
import { createPreviewPane } from './preview/preview-pane';
import { showSaveState } from './status/save-status';
import { createSidebar } from './sidebar/sidebar';
import { createStatusCounts } from './status/status-bar';
import { createUnsavedChanges } from './safety/unsaved-changes';

/** The post open in the editor, and the disk version its text was last saved or loaded as. */
interface OpenPost {
  /** Changes when a save renames the file (a published post's new date) or the sidebar renames it. */
  path: string;
  version: string;
  savedDoc: Text;
}

function required<Element extends HTMLElement>(root: ParentNode, testId: string): Element {
  const element = root.querySelector<Element>(`[data-testid="${testId}"]`);
  if (element === null) {
    throw new Error(`the page has no element with data-testid="${testId}"`);
  }
  return element;
}

/**
 * Starts the app in `root`: lists the posts folder, opens a post in the editor
 * on click, renders the preview as the user types and saves on Ctrl/Cmd+S.
 */
export async function startApp(root: ParentNode, bridge: InkpostBridge): Promise<void> {
  const saveStatus = required(root, 'save-status');
  const statusPath = required(root, 'status-path');
  const emptyState = required(root, 'empty-state');
  const problems = required(root, 'listing-problems');
  const postProblems = required(root, 'post-problems');
  /** Shows what is wrong with the open post (invalid front matter, not UTF-8, ...), each with its line and column. */
  const showPostProblems = (found: readonly Problem[]): void => {
    postProblems.hidden = found.length === 0;
    postProblems.textContent = found.map((problem) => `Line ${problem.line}, column ${problem.column}: ${problem.message}`).join(' · ');
  };
  let assetBase: string | null = null;
  const preview = createPreviewPane(required(root, 'preview'), {
    assetBase: () => assetBase,
    openLink: (url) => {
      bridge.openExternal(url).catch((error: unknown) => reportError(error)); // eng-disable OPEN_EXTERNAL_JS_CHECK: false positive, a bridge call; main opens only what externalUrl() accepts
    },
    loadBlogStylesheet: () => bridge.readBlogStylesheet(),
  });
  const counts = createStatusCounts(saveStatus.parentElement ?? saveStatus);
  /** Posts opened before, with their editor state (undo history, unsaved edits, selection). */
  const openedPosts = new Map<string, { readonly post: OpenPost; readonly state: EditorState }>();
  let current: OpenPost | null = null;
  /** Whether a blog to export to is chosen; the export button stays disabled without one. */
  let blogChosen = false;

  const reportError = (error: unknown): void => {
    showSaveState(saveStatus, 'error', error instanceof Error ? error.message : String(error));
  };

  /** Saves the open post; true when the file now holds the editor's text. */
  const save = async (): Promise<boolean> => {
    const post = current;
    if (post === null) {
      return false;
    }
    const doc = view.state.doc;
    showSaveState(saveStatus, 'saving');
    try {
      const result = await bridge.savePost({ path: post.path, text: doc.toString(), baseVersion: post.version, renameTo: form.renameTarget() });
      if (result.status === 'conflict') {
        showSaveState(saveStatus, 'conflict');
        void unsaved.conflict(post.path, result.diskText, result.diskVersion).catch(reportError);
        return false;
      }
      post.version = result.version;
      post.savedDoc = doc;
      const savedFrom = post.path;
      if (result.path !== post.path) {
        sidebar.setUnsaved(post.path, false);
        post.path = result.path;
        sidebar.select(post.path);
        statusPath.textContent = post.path;
      }
      form.saved(post.path);
      sidebar.setUnsaved(post.path, !view.state.doc.eq(doc));
      unsaved.saved(savedFrom, view.state.doc.eq(doc));
      showPostProblems(result.problems);
      showSaveState(saveStatus, view.state.doc.eq(doc) ? 'saved' : 'unsaved');
      await refreshList();
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  /** Saves the open post, then exports it; null when there is nothing (saved) to export. */
  const exportOpenPost = async (onConflict?: ConflictChoice): Promise<ExportResult | null> => {
    const post = current;
    if (post === null || !(await save())) {
      return null;
    }
    const result = await bridge.exportPost({ path: post.path, onConflict, date: form.exportDate() });
    // A move deleted the draft: close it, unless the user typed on while it was exported (those words stay on screen).
    if ((result.status === 'written' || result.status === 'unchanged') && result.draftRemoved && current === post && view.state.doc.eq(post.savedDoc)) {
      closeOpenPost();
    }
    return result;
  };
  const exportControls = createExportControls(root, exportOpenPost);

  // A shadow root lets CodeMirror use constructed stylesheets instead of a <style> tag the CSP forbids.
  const editorRoot = required(root, 'editor').attachShadow({ mode: 'open' });
  const view = new EditorView({ parent: editorRoot, root: editorRoot, state: EditorState.create({ doc: '' }) });
  preview.followEditor(editorScrollPort(view, required(root, 'editor')));
  const commands = createCommandRegistry(window);
  commands.register('save', () => void save());
  commands.register('exportPost', () => exportControls.trigger());
  registerEditHistoryCommands(commands, view);
  const form = createFormPanel(required(root, 'form-panel'), bridge, view, () => showSaveState(saveStatus, 'unsaved'));
  commands.register('focusForm', () => form.focus());
  commands.register('togglePreviewMode', () => preview.toggleMode());
  bindSearchCommands(commands, view, () => current !== null);
  showShortcuts(root, commands.mac);
  bridge.onMenuCommand(({ command }) => {
    commands.run(command);
  });
  /** Replaces the open post's whole text as one undoable edit. */
  const replaceText = (text: string): void => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  };
  const unsaved = createUnsavedChanges(root.querySelector<HTMLElement>('.app') ?? document.body, bridge, {
    openPost: () => {
      const post = current;
      if (post === null) {
        return null;
      }
      // A date changed in the form renames the file on save: that is an unsaved change too.
      const dirty = !view.state.doc.eq(post.savedDoc) || form.renameTarget() !== undefined;
      return { path: post.path, baseVersion: post.version, dirty, text: () => view.state.doc.toString() };
    },
    save,
    open: (path) => openPost(path),
    revert: () => replaceText(current?.savedDoc.toString() ?? view.state.doc.toString()),
    restore: (text, baseVersion) => {
      if (current !== null) {
        current.version = baseVersion;
        replaceText(text);
      }
    },
    adopt: (text, version) => {
      if (current !== null) {
        replaceText(text);
        current.version = version;
        current.savedDoc = view.state.doc;
        showSaveState(saveStatus, 'saved');
      }
    },
    rebase: (version) => {
      if (current !== null) {
        current.version = version;
      }
    },
  }, reportError);
  bridge.onCloseRequested(() => {
    unsaved.closeRequested().catch(reportError);
  });
  const extensions = editorExtensions({
    change: (update) => {
      preview.show(() => update.state.doc.toString());
      form.editorChanged(update);
      counts.update(() => view.state.doc.toString());
      if (current !== null) {
        const saved = update.state.doc.eq(current.savedDoc) && form.renameTarget() === undefined;
        showSaveState(saveStatus, saved ? 'saved' : 'unsaved');
        sidebar.setUnsaved(current.path, !saved);
        unsaved.edited();
      }
    },
  });

  let opening: Promise<boolean> = Promise.resolve(true);
  /** Opens the post at `path` (asking first when the open one has unsaved changes); true when it is open now. */
  const openPost = (path: string): Promise<boolean> => {
    // One at a time: a click while a question or a save is pending waits for it, so the question is never asked twice.
    const run = opening.then(() => openPostNow(path));
    opening = run.catch(() => false);
    return run;
  };
  const openPostNow = async (path: string): Promise<boolean> => {
    if (current?.path === path) {
      return true;
    }
    if (!(await unsaved.confirmLeave())) {
      return false;
    }
    try {
      const opened = await bridge.readPost(path);
      if (current !== null) {
        openedPosts.set(current.path, { post: current, state: view.state });
      }
      // Keep the earlier state (its undo history and any unsaved edits) while the file on disk is still the one it came from.
      const kept = openedPosts.get(opened.path);
      if (kept !== undefined && kept.post.version === opened.version) {
        view.setState(kept.state);
        current = kept.post;
      } else {
        const state = EditorState.create({ doc: opened.text, extensions });
        view.setState(state);
        current = { path: opened.path, version: opened.version, savedDoc: state.doc };
        sidebar.setUnsaved(opened.path, false);
      }
      const post = current;
      exportControls.setEnabled(blogChosen);
      showPostProblems(opened.problems);
      sidebar.select(post.path);
      emptyState.hidden = true;
      statusPath.textContent = post.path;
      preview.show(() => view.state.doc.toString());
      counts.updateNow(view.state.doc.toString());
      form.open({ path: post.path, kind: opened.summary.kind });
      showSaveState(saveStatus, view.state.doc.eq(post.savedDoc) ? 'saved' : 'unsaved');
      view.focus();
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  const sidebar = createSidebar(root, bridge, commands, {
    open: (path) => void openPost(path),
    renamed: (from, to) => {
      const kept = openedPosts.get(from);
      openedPosts.delete(from);
      if (kept !== undefined) {
        kept.post.path = to;
        openedPosts.set(to, kept);
      }
      if (current?.path === from) {
        current.path = to;
        statusPath.textContent = to;
        sidebar.select(to);
      }
      refreshList().catch(reportError);
    },
    trashed: (path) => {
      openedPosts.delete(path);
      if (current?.path === path) {
        closeOpenPost();
      }
      refreshList().catch(reportError);
    },
    isUnsaved: (path) => {
      const post = current?.path === path ? { post: current, state: view.state } : openedPosts.get(path);
      return post !== undefined && !post.state.doc.eq(post.post.savedDoc);
    },
  });

  const showListing = (listing: PostListing): void => {
    sidebar.show(listing.posts);
    problems.hidden = listing.problems.length === 0;
    problems.textContent = listing.problems.map((problem) => `Could not read ${problem.path}: ${problem.message}`).join('\n');
  };

  const refreshList = async (): Promise<void> => {
    showListing(await bridge.listPosts());
  };

  /** Empties the editor: the open post's folder was closed, or the post itself was moved away or to the trash. */
  function closeOpenPost(): void {
    if (current !== null) {
      openedPosts.delete(current.path);
    }
    current = null;
    view.setState(EditorState.create({ doc: '' }));
    sidebar.select(null);
    counts.clear();
    showPostProblems([]);
    emptyState.hidden = false;
    statusPath.textContent = '';
    preview.show(() => '');
    form.close();
    showSaveState(saveStatus, 'idle');
    exportControls.setEnabled(false);
  }

  let postsDir = '';
  /** Shows the folders of the window; another posts folder closes the open post (the renderer saved it before asking to switch). */
  const showWorkspace = (workspace: Workspace): void => {
    blogChosen = workspace.blogDir !== null;
    assetBase = workspace.assetBase ?? null;
    if (workspace.postsDir !== postsDir) {
      postsDir = workspace.postsDir;
      openedPosts.clear();
      closeOpenPost();
    }
    form.blogChanged();
    exportControls.setEnabled(blogChosen && current !== null);
    required(root, 'folder-name').textContent = folderName(workspace.postsDir);
    document.title = `Inkpost — ${workspace.postsDir}`;
  };
  showWorkspace(await bridge.getWorkspace());
  bridge.onPostsChanged(() => {
    refreshList().catch(reportError);
  });
  /** Saves the open post when it has unsaved edits; false when that failed (a conflict), so a folder switch must wait. */
  const saveIfChanged = async (): Promise<boolean> => (current === null || view.state.doc.eq(current.savedDoc) ? true : save());
  const folderControls = createFolderControls(root, bridge, commands, saveIfChanged);
  bridge.onWorkspaceChanged(({ workspace }) => {
    showWorkspace(workspace);
    refreshList().catch(reportError);
    folderControls.refresh().catch(reportError);
  });
  bridge.onOpenFolderRequested(({ path }) => folderControls.openRequested(path));
  await folderControls.start();
  await refreshList();
  root.querySelector('.app')?.setAttribute('data-ready', 'true');
  unsaved.offerRestore().catch(reportError);
}
