import type { CommandId } from '../../../shared/commands';
import type { InkpostBridge } from '../../../shared/contract';
import type { PostSummary } from '../../../shared/post';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { confirm, input } from '../ui/dialog';
import { required } from '../ui/dom';
import { showShortcuts } from '../ui/command-tooltips';
import type { CommandRegistry } from '../ui/commands';
import { filterPosts } from './post-filter';
import { createPostList } from './post-list';

/** What the sidebar asks of the rest of the app. */
export interface SidebarActions {
  /** Opens the post at `path` in the editor. */
  open(path: string): void;
  /** A post was renamed on disk; the app follows it if it is open. */
  renamed(from: string, to: string): void;
  /** A post was moved to the trash; the app closes it if it is open. */
  trashed(path: string): void;
  /** Whether the post at `path` has unsaved edits in the app. */
  isUnsaved(path: string): boolean;
}

/** The posts sidebar: search, tag filter, new, rename, trash, and the grouped list. */
export interface Sidebar {
  /** Shows the posts folder's posts (newest first), applying the search and tag filter. */
  show(posts: readonly PostSummary[]): void;
  /** Marks the post at `path` as the open one (the one Rename and Delete act on). */
  select(path: string | null): void;
  /** Shows or hides the unsaved marker of the post at `path`. */
  setUnsaved(path: string, unsaved: boolean): void;
}

/** How long typing in the search box pauses before the search runs. */
const searchDelayMs = 120;

/** A tool-bar button with its accessible name; a command's button gets its shortcut in the tooltip (`showShortcuts`). */
function toolButton(testId: string, text: string, label: string, command?: CommandId): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sidebar-button';
  button.dataset['testid'] = testId;
  button.textContent = text;
  button.setAttribute('aria-label', label);
  button.title = label;
  if (command !== undefined) {
    button.dataset['command'] = command;
  }
  return button;
}

/**
 * Builds the sidebar's tools above the post list (`post-list` in `root`):
 * the search box (`post-search`, searching titles and bodies in main), the
 * tag filter (`tag-filter`, from the tag catalogue), and the New post
 * (`new-post`), Rename (`post-rename`), Delete (`post-delete`) and, for a
 * published post, Unpublish (`post-unpublish`: back to `_drafts`) buttons.
 * New, rename and delete ask in an in-app dialog first; delete moves the post
 * to the system trash. Registers the `newPost` and `searchPosts` commands.
 * In the list, F2 renames and Delete trashes the focused post.
 */
export function createSidebar(root: ParentNode, bridge: InkpostBridge, commands: CommandRegistry, actions: SidebarActions): Sidebar {
  const listElement = required(root, '#post-list');
  const list = createPostList(listElement, (path) => actions.open(path));

  const search = document.createElement('input');
  search.type = 'search';
  search.className = 'post-search';
  search.dataset['testid'] = 'post-search';
  search.placeholder = 'Search posts';
  search.setAttribute('aria-label', 'Search posts by title and text');
  search.title = 'Search posts by title and text';
  search.dataset['command'] = 'searchPosts';
  const tagFilter = document.createElement('select');
  tagFilter.className = 'tag-filter';
  tagFilter.dataset['testid'] = 'tag-filter';
  tagFilter.setAttribute('aria-label', 'Show only posts with this tag');
  tagFilter.title = 'Show only posts with this tag';
  const newButton = toolButton('new-post', 'New post', 'New post', 'newPost');
  const renameButton = toolButton('post-rename', 'Rename', 'Rename the open post (F2 in the list)');
  const deleteButton = toolButton('post-delete', 'Delete', 'Move the open post to the trash (Delete in the list)');
  const unpublishButton = toolButton('post-unpublish', 'Unpublish', 'Move the open published post back to the drafts');
  const buttons = document.createElement('div');
  buttons.className = 'sidebar-buttons';
  buttons.append(newButton, renameButton, deleteButton, unpublishButton);
  const tools = document.createElement('div');
  tools.className = 'sidebar-tools';
  tools.append(search, tagFilter, buttons);
  listElement.before(tools);
  showShortcuts(tools, commands.mac);

  let posts: readonly PostSummary[] = [];
  let found: readonly string[] | null = null;
  let selectedPath: string | null = null;
  const unsaved = new Set<string>();
  let searchRun = 0;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;

  const render = (): void => {
    const tag = tagFilter.value;
    const empty = found !== null ? 'No post matches the search.' : tag !== '' ? `No post is tagged ${tag}.` : 'No posts yet.';
    list.show(filterPosts(posts, { tag, found }), unsaved, empty, found === null ? 'kind' : 'results');
  };
  const updateButtons = (): void => {
    const none = selectedPath === null || !posts.some((post) => post.path === selectedPath);
    renameButton.disabled = none;
    deleteButton.disabled = none;
    unpublishButton.disabled = none || posts.find((post) => post.path === selectedPath)?.kind !== 'published';
  };

  const runSearch = async (): Promise<void> => {
    clearTimeout(searchTimer);
    const run = ++searchRun;
    const query = search.value;
    const result = query.trim() === '' ? null : await bridge.searchPosts(query);
    if (run === searchRun) {
      found = result;
      listElement.dataset['search'] = query.trim();
      render();
    }
  };
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void runSearch().catch(() => undefined), searchDelayMs);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && search.value !== '') {
      event.preventDefault();
      search.value = '';
      void runSearch();
    }
  });

  const refreshTags = async (): Promise<void> => {
    const tags = await bridge.listTags();
    const chosen = tagFilter.value;
    const all = document.createElement('option');
    all.value = '';
    all.textContent = 'All tags';
    const options = tags.map(({ tag, count }) => {
      const option = document.createElement('option');
      option.value = tag;
      option.textContent = `${tag} (${count})`;
      return option;
    });
    if (chosen !== '' && !tags.some(({ tag }) => tag === chosen)) {
      const gone = document.createElement('option');
      gone.value = chosen;
      gone.textContent = `${chosen} (0)`;
      options.push(gone);
    }
    tagFilter.replaceChildren(all, ...options);
    tagFilter.value = chosen;
  };
  tagFilter.addEventListener('change', render);

  const summaryOf = (path: string): PostSummary | undefined => posts.find((post) => post.path === path);

  const newPost = (): void => {
    void input({
      title: 'New post',
      message: "A draft with the blog's usual front matter; the title also names the file.",
      label: 'Title',
      confirmLabel: 'Create',
      accept: async (title) => {
        const path = await bridge.createPost(title);
        actions.open(path);
      },
    });
  };

  const rename = (path: string): void => {
    const post = summaryOf(path);
    if (post === undefined) {
      return;
    }
    void input({
      title: 'Rename post',
      message: `The file ${post.fileName} gets a new name; its date, extension and text stay as they are.`,
      label: 'New name (a slug or a title)',
      value: parsePostFileName(post.fileName).slug,
      confirmLabel: 'Rename',
      accept: async (name) => {
        const renamed = await bridge.renamePost(path, name);
        if (renamed !== path) {
          if (unsaved.delete(path)) {
            unsaved.add(renamed);
          }
          if (selectedPath === path) {
            selectedPath = renamed;
          }
          actions.renamed(path, renamed);
        }
      },
    });
  };

  const trash = (path: string): void => {
    const post = summaryOf(path);
    if (post === undefined) {
      return;
    }
    const lost = actions.isUnsaved(path) ? ' Its unsaved changes will be lost.' : '';
    void confirm({
      title: 'Move to trash',
      message: `Move “${post.title}” (${post.fileName}) to the trash? You can restore it from there.${lost}`,
      confirmLabel: 'Move to trash',
      destructive: true,
      accept: async () => {
        await bridge.trashPost(path);
        unsaved.delete(path);
        actions.trashed(path);
      },
    });
  };

  const unpublish = (path: string): void => {
    const post = summaryOf(path);
    if (post === undefined || post.kind !== 'published') {
      return;
    }
    const dated = post.date === null ? '' : ` The date ${post.date.slice(0, 10)} leaves the file name; an export takes the date from the form again.`;
    void confirm({
      title: 'Unpublish',
      message: `Move “${post.title}” (${post.fileName}) back to the drafts? Its text and front matter stay byte for byte.${dated}`,
      confirmLabel: 'Unpublish',
      accept: async () => {
        if (actions.isUnsaved(path)) {
          throw new Error('Save or discard the unsaved changes first: they would stay behind in the published file.');
        }
        const result = await bridge.unpublishPost(path);
        if (selectedPath === path) {
          selectedPath = result.draftPath;
        }
        actions.renamed(path, result.draftPath);
      },
    });
  };

  newButton.addEventListener('click', newPost);
  unpublishButton.addEventListener('click', () => {
    if (selectedPath !== null) {
      unpublish(selectedPath);
    }
  });
  renameButton.addEventListener('click', () => {
    if (selectedPath !== null) {
      rename(selectedPath);
    }
  });
  deleteButton.addEventListener('click', () => {
    if (selectedPath !== null) {
      trash(selectedPath);
    }
  });
  listElement.addEventListener('keydown', (event) => {
    const item = event.target instanceof HTMLElement && event.target.classList.contains('post-item') ? event.target : null;
    const path = item?.dataset['path'];
    if (path === undefined || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.key === 'F2') {
      event.preventDefault();
      rename(path);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      trash(path);
    }
  });
  commands.register('newPost', newPost);
  commands.register('searchPosts', () => {
    search.focus();
    search.select();
  });
  updateButtons();

  return {
    show(next) {
      posts = next;
      updateButtons();
      render();
      if (search.value.trim() !== '') {
        void runSearch().catch(() => undefined);
      }
      void refreshTags().catch(() => undefined);
    },
    select(path) {
      selectedPath = path;
      list.select(path);
      updateButtons();
    },
    setUnsaved(path, isUnsaved) {
      if (unsaved.has(path) === isUnsaved) {
        return;
      }
      if (isUnsaved) {
        unsaved.add(path);
      } else {
        unsaved.delete(path);
      }
      render();
    },
  };
}
