import type { CommandId } from '../../../shared/commands';
import type { InkpostBridge } from '../../../shared/contract';
import type { PostSummary } from '../../../shared/post';
import { required } from '../ui/dom';
import { showShortcuts } from '../ui/command-tooltips';
import type { CommandRegistry } from '../ui/commands';
import { tagCatalogue, type TagCount } from '../../../shared/blog/tag-catalogue';
import { commands as commandList, shortcutLabel } from '../../../shared/commands';
import { setAvailable } from '../ui/disabled-reason';
import { filterPosts } from './post-filter';
import { createPostActions } from './post-actions';
import { createPostList } from './post-list';

/** What the sidebar asks of the rest of the app. */
export interface SidebarActions {
  /** Opens the post at `path` in the editor. */
  open(path: string): void;
  /** The mouse button went down on the post at `path` in the list: a click to open it may follow. */
  pressed(path: string): void;
  /** A post was renamed on disk; the app follows it if it is open. */
  renamed(from: string, to: string): void;
  /** A post was moved to the trash; the app closes it if it is open. */
  trashed(path: string): void;
  /** Whether the post at `path` has unsaved edits in the app. */
  isUnsaved(path: string): boolean;
}

/** The posts sidebar: search, tag filter, new, rename, trash, and the grouped list. */
export interface Sidebar {
  /** Shows the posts folder's posts (newest first), applying the search and tag filter; `folder` is the posts folder they come from. */
  show(posts: readonly PostSummary[], folder?: string): void;
  /** Marks the post at `path` as the open one (the one Rename and Delete act on). */
  select(path: string | null): void;
  /** Shows or hides the unsaved marker of the post at `path`. */
  setUnsaved(path: string, unsaved: boolean): void;
  /** Marks the drafts that were exported and whose post is there (draft path → its post, blog-relative). */
  setPublished(published: ReadonlyMap<string, string>): void;
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

/** The sidebar's tools above the list. */
interface SidebarTools {
  readonly search: HTMLInputElement;
  readonly tagFilter: HTMLSelectElement;
  readonly newButton: HTMLButtonElement;
  readonly renameButton: HTMLButtonElement;
  readonly deleteButton: HTMLButtonElement;
  readonly unpublishButton: HTMLButtonElement;
}

/** Builds the search box, the tag filter and the buttons, and puts them before `listElement`. */
function buildTools(listElement: HTMLElement, commands: CommandRegistry): SidebarTools {
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
  return { search, tagFilter, newButton, renameButton, deleteButton, unpublishButton };
}

/** Fills the tag filter from the catalogue, keeping the chosen tag (with a count of 0 once no post has it). */
function showTags(tagFilter: HTMLSelectElement, tags: readonly TagCount[]): void {
  const chosen = tagFilter.value;
  const option = (value: string, text: string): HTMLOptionElement => new Option(text, value);
  const options = [option('', 'All tags'), ...tags.map(({ tag, count }) => option(tag, `${tag} (${count})`))];
  if (chosen !== '' && !tags.some(({ tag }) => tag === chosen)) {
    options.push(option(chosen, `${chosen} (0)`));
  }
  tagFilter.replaceChildren(...options);
  tagFilter.value = chosen;
}

/**
 * Searches titles and bodies in main once typing in `search` pauses (Escape
 * clears it); `show` gets the matching paths, or null for no search, with the
 * trimmed query. Only the latest search shows. Returns a way to search now.
 */
function wireSearch(search: HTMLInputElement, bridge: InkpostBridge, show: (found: readonly string[] | null, query: string) => void): () => Promise<void> {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runSearch = async (): Promise<void> => {
    clearTimeout(timer);
    const run = ++latest;
    const query = search.value;
    const result = query.trim() === '' ? null : await bridge.searchPosts(query);
    if (run === latest) {
      show(result, query.trim());
    }
  };
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch().catch(() => undefined), searchDelayMs);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && search.value !== '') {
      event.preventDefault();
      search.value = '';
      void runSearch();
    }
  });
  return runSearch;
}

/** What an empty folder says, in the list and in the middle pane alike: what there is not, and what to do. */
function nothingYet(folder: string, mac: boolean): string {
  const shortcut = shortcutLabel(commandList.find((command) => command.id === 'newPost')?.accelerator ?? 'CmdOrCtrl+N', mac);
  return `${/[\\/]_drafts$/.test(folder) ? 'No drafts yet' : 'No posts yet'} — New post (${shortcut})`;
}

/** Enables Rename, Delete and Unpublish for the open post `selected` of `posts`; disabled, each says why. */
function updateButtons(tools: SidebarTools, posts: readonly PostSummary[], selected: string | null): void {
  const post = selected === null ? undefined : posts.find((candidate) => candidate.path === selected);
  const noPost = post === undefined ? 'Open a post first' : null;
  setAvailable(tools.renameButton, noPost === null ? null : `${noPost}: Rename renames the open post`);
  setAvailable(tools.deleteButton, noPost === null ? null : `${noPost}: Delete moves the open post to the trash`);
  setAvailable(
    tools.unpublishButton,
    noPost !== null ? `${noPost}: Unpublish moves a published post back to the drafts` : post?.kind === 'published' ? null : 'Only a published post (in _posts) can be unpublished; this one is a draft',
  );
}

/** The keys of the focused post in the list: F2 renames it, Delete trashes it. */
function onListKey(event: KeyboardEvent, rename: (path: string) => void, trash: (path: string) => void): void {
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
}

/**
 * Builds the sidebar's tools above the post list (`post-list` in `root`):
 * the search box (`post-search`, searching titles and bodies in main), the
 * tag filter (`tag-filter`, from the tag catalogue), and the New post
 * (`new-post`), Rename (`post-rename`), Delete (`post-delete`) and, for a
 * published post, Unpublish (`post-unpublish`: back to `_drafts`) buttons.
 * New, rename and delete ask in an in-app dialog first (`post-actions.ts`);
 * delete moves the post to the system trash. Registers the `newPost` and
 * `searchPosts` commands. In the list, F2 renames and Delete trashes the
 * focused post.
 */
export function createSidebar(root: ParentNode, bridge: InkpostBridge, commands: CommandRegistry, actions: SidebarActions): Sidebar {
  const listElement = required(root, '#post-list');
  const emptyState = required(root, '#empty-state');
  const list = createPostList(listElement, (path) => actions.open(path), (path) => actions.pressed(path));
  const tools = buildTools(listElement, commands);
  const { search, tagFilter } = tools;

  let posts: readonly PostSummary[] = [];
  let found: readonly string[] | null = null;
  let selectedPath: string | null = null;
  let folder = '';
  const unsaved = new Set<string>();

  const render = (): void => {
    const tag = tagFilter.value;
    const nothing = nothingYet(folder, commands.mac);
    const empty = found !== null ? 'No post matches the search.' : tag !== '' ? `No post is tagged ${tag}.` : nothing;
    list.show(filterPosts(posts, { tag, found }), unsaved, empty, found === null ? 'kind' : 'results');
    emptyState.textContent = posts.length === 0 ? nothing : 'Choose a post on the left to start writing.';
  };
  const runSearch = wireSearch(search, bridge, (result, query) => {
    found = result;
    listElement.dataset['search'] = query;
    render();
  });
  tagFilter.addEventListener('change', render);

  const postActions = createPostActions({
    bridge,
    app: actions,
    summaryOf: (path) => posts.find((post) => post.path === path),
    moved: (from, to) => {
      if (unsaved.delete(from)) {
        unsaved.add(to);
      }
      if (selectedPath === from) {
        selectedPath = to;
      }
    },
    trashed: (path) => unsaved.delete(path),
  });
  const onSelected = (act: (path: string) => void) => () => {
    if (selectedPath !== null) {
      act(selectedPath);
    }
  };
  tools.newButton.addEventListener('click', () => postActions.newPost());
  tools.renameButton.addEventListener('click', onSelected((path) => postActions.rename(path)));
  tools.deleteButton.addEventListener('click', onSelected((path) => postActions.trash(path)));
  tools.unpublishButton.addEventListener('click', onSelected((path) => postActions.unpublish(path)));
  listElement.addEventListener('keydown', (event) => onListKey(event, (path) => postActions.rename(path), (path) => postActions.trash(path)));
  commands.register('newPost', () => postActions.newPost());
  commands.register('searchPosts', () => {
    search.focus();
    search.select();
  });
  updateButtons(tools, posts, selectedPath);

  return {
    show(next, from) {
      posts = next;
      folder = from ?? folder;
      updateButtons(tools, posts, selectedPath);
      render();
      if (search.value.trim() !== '') {
        void runSearch().catch(() => undefined);
      }
      // The filter offers the tags of the posts listed here, never tags only other folders of the blog use.
      showTags(tagFilter, tagCatalogue(posts));
    },
    select(path) {
      selectedPath = path;
      list.select(path);
      updateButtons(tools, posts, selectedPath);
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
      // Only the post's own item changes: rebuilding a list of thousands made the first keystroke in a post lag.
      list.markUnsaved(path, isUnsaved);
    },
    setPublished: (published) => list.markPublished(published),
  };
}
