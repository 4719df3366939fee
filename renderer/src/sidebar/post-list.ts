import type { PostKind, PostSummary } from '../../../shared/post';
import { createListboxKeys } from './listbox-keys';

/** The sidebar's list of posts, in two groups: drafts, then published posts. */
export interface PostList {
  /**
   * Replaces the list's posts (already filtered and in the order to show,
   * newest first), marking those in `unsaved` as having unsaved edits, and
   * keeping the selection when the selected post is still there. `empty` is
   * said when there is no post to show.
   */
  show(posts: readonly PostSummary[], unsaved: ReadonlySet<string>, empty: string, grouping?: ListGrouping): void;
  /** Marks the post at `path` as the open one. */
  select(path: string | null): void;
  /** Puts the unsaved marker on the item of the post at `path`, or takes it off; no other item is touched. */
  markUnsaved(path: string, unsaved: boolean): void;
  /** Gives each draft in `published` (draft path → its post, blog-relative) a `published-badge`, now and after every `show`. */
  markPublished(published: ReadonlyMap<string, string>): void;
}

/** How the list groups its posts: by kind (drafts, then published), or as one ranked list of search results. */
export type ListGrouping = 'kind' | 'results';

const groups: readonly { readonly kind: PostKind; readonly label: string }[] = [
  { kind: 'draft', label: 'Drafts' },
  { kind: 'published', label: 'Published' },
];

/**
 * Creates the list in `element` (test id `post-list`). Each post is a
 * `post-item` with its path in `data-path`, inside a `post-group` per kind
 * (`data-kind`: draft or published), or in one group of search results in
 * their rank (`data-kind="results"`); a post with unsaved edits carries an
 * `unsaved-marker`, an exported draft a `published-badge`
 * (`markPublished`). `open` is called with a post's path when the user picks
 * it (click, Enter or Space), `pressed` as soon as the mouse button goes down
 * on it (the click may follow). The list is a listbox and one Tab stop (see
 * `createListboxKeys`).
 */
export function createPostList(element: HTMLElement, open: (path: string) => void, pressed: (path: string) => void = () => undefined): PostList {
  let selectedPath: string | null = null;
  let published: ReadonlyMap<string, string> = new Map();
  element.addEventListener('click', (event) => {
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('.post-item') : null;
    if (item?.dataset['path'] !== undefined) {
      open(item.dataset['path']);
    }
  });
  element.addEventListener('pointerdown', (event) => {
    const item = event.button === 0 && event.target instanceof Element ? event.target.closest<HTMLElement>('.post-item') : null;
    if (item?.dataset['path'] !== undefined) {
      pressed(item.dataset['path']);
    }
  });
  element.setAttribute('role', 'listbox');
  const keys = createListboxKeys(element, open);
  element.addEventListener('keydown', keys.keydown);
  /** The items by path, from the last `show`: a selector looking one up went through thousands of items on every open. */
  let items = new Map<string, HTMLElement>();
  const itemAt = (path: string | null): HTMLElement | null => (path === null ? null : (items.get(path) ?? null));
  return {
    show(posts, unsaved, empty, grouping = 'kind') {
      const shown =
        grouping === 'results'
          ? posts.length === 0
            ? []
            : [postGroup('results', 'Search results', posts, unsaved)]
          : groups.flatMap(({ kind, label }) => {
              const members = posts.filter((post) => post.kind === kind);
              return members.length === 0 ? [] : [postGroup(kind, label, members, unsaved)];
            });
      if (shown.length === 0) {
        const note = document.createElement('li');
        note.className = 'post-list-empty';
        note.setAttribute('role', 'option');
        note.setAttribute('aria-disabled', 'true');
        note.tabIndex = 0;
        note.dataset['testid'] = 'post-list-empty';
        note.textContent = empty;
        shown.push(note);
      }
      element.replaceChildren(...shown);
      items = new Map([...element.querySelectorAll<HTMLElement>('.post-item')].map((item) => [item.dataset['path'] ?? '', item]));
      badgePublished(element, published, itemAt);
      markSelected(itemAt(selectedPath), true);
      keys.keepOneTabStop(itemAt(selectedPath));
    },
    select(path) {
      // Only the two posts whose state changes are touched: a blog of thousands re-styles two items, not all.
      markSelected(itemAt(selectedPath), false);
      selectedPath = path;
      markSelected(itemAt(path), true);
      keys.keepOneTabStop(itemAt(path));
    },
    markUnsaved(path, unsaved) {
      const item = itemAt(path);
      if (item !== null) {
        showUnsaved(item, unsaved);
      }
    },
    markPublished(next) {
      published = next;
      badgePublished(element, published, itemAt);
    },
  };
}

function markSelected(item: HTMLElement | null, selected: boolean): void {
  if (item !== null) {
    item.classList.toggle('selected', selected);
    item.setAttribute('aria-current', selected ? 'true' : 'false');
    item.setAttribute('aria-selected', selected ? 'true' : 'false');
  }
}

/** Puts a badge on the items of the drafts in `published`, and takes it off the others; only items with a badge, or due one, are touched. */
function badgePublished(element: HTMLElement, published: ReadonlyMap<string, string>, itemAt: (path: string) => HTMLElement | null): void {
  for (const badge of element.querySelectorAll<HTMLElement>('.published-badge')) {
    const path = badge.closest<HTMLElement>('.post-item')?.dataset['path'];
    if (path === undefined || !published.has(path)) {
      badge.remove();
    }
  }
  for (const [draft, post] of published) {
    const item = itemAt(draft);
    if (item === null) {
      continue;
    }
    const title = `Published as ${post}`;
    const current = item.querySelector<HTMLElement>('.published-badge');
    if (current?.title === title) {
      continue; // unchanged: the item is not touched, so the list is not laid out again
    }
    const badge = current ?? document.createElement('span');
    badge.className = 'published-badge';
    badge.dataset['testid'] = 'published-badge';
    badge.textContent = 'Published';
    badge.title = title;
    badge.setAttribute('aria-label', title);
    if (current === null) {
      item.querySelector('.post-date')?.before(badge);
    }
  }
}

const postsPerChunk = 50;

function postGroup(kind: PostKind | 'results', label: string, posts: readonly PostSummary[], unsaved: ReadonlySet<string>): HTMLLIElement {
  const group = document.createElement('li');
  group.className = 'post-group';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', `post-group-${kind}`);
  group.dataset['testid'] = 'post-group';
  group.dataset['kind'] = kind;
  const heading = document.createElement('h2');
  heading.className = 'post-group-heading';
  heading.id = `post-group-${kind}`;
  heading.textContent = `${label} (${posts.length})`;
  const list = document.createElement('ul');
  list.className = 'post-group-list';
  list.setAttribute('role', 'none');
  for (let start = 0; start < posts.length; start += postsPerChunk) {
    const chunk = document.createElement('li');
    chunk.className = 'post-chunk';
    chunk.setAttribute('role', 'none');
    const chunkList = document.createElement('ul');
    chunkList.className = 'post-chunk-list';
    chunkList.setAttribute('role', 'none');
    chunkList.append(...posts.slice(start, start + postsPerChunk).map((post) => postItem(post, unsaved.has(post.path))));
    chunk.append(chunkList);
    list.append(chunk);
  }
  group.append(heading, list);
  return group;
}

function postItem(post: PostSummary, unsaved: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'post-item';
  item.dataset['testid'] = 'post-item';
  item.dataset['path'] = post.path;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  item.setAttribute('aria-current', 'false');
  item.tabIndex = -1;
  item.title = post.fileName;
  const title = document.createElement('span');
  title.className = 'post-title';
  title.textContent = post.title;
  const date = document.createElement('span');
  date.className = 'post-date';
  date.textContent = post.date === null ? 'Draft' : [post.date, post.time].filter((part) => part !== null).join(' ');
  item.append(title, date);
  if (unsaved) {
    showUnsaved(item, true);
  }
  return item;
}

/** Gives `item` the unsaved marker (`unsaved-marker`, before its title) and `data-unsaved`, or takes them off. */
function showUnsaved(item: HTMLElement, unsaved: boolean): void {
  const current = item.querySelector('.unsaved-marker');
  if (!unsaved) {
    delete item.dataset['unsaved'];
    current?.remove();
    return;
  }
  item.dataset['unsaved'] = 'true';
  if (current === null) {
    const marker = document.createElement('span');
    marker.className = 'unsaved-marker';
    marker.dataset['testid'] = 'unsaved-marker';
    marker.title = 'Unsaved changes';
    marker.setAttribute('aria-label', 'Unsaved changes');
    marker.textContent = '●';
    item.querySelector('.post-title')?.prepend(marker);
  }
}
