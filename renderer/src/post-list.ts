import type { PostSummary } from '../../shared/post';

/** The sidebar's list of posts. */
export interface PostList {
  /** Replaces the list's posts, keeping the selection when the selected post is still there. */
  show(posts: readonly PostSummary[]): void;
  /** Marks the post at `path` as the open one. */
  select(path: string | null): void;
}

/** Creates the list in `element`; `open` is called with a post's path when the user picks it. */
export function createPostList(element: HTMLElement, open: (path: string) => void): PostList {
  let selectedPath: string | null = null;
  element.addEventListener('click', (event) => {
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-testid="post-item"]') : null;
    if (item?.dataset['path'] !== undefined) {
      open(item.dataset['path']);
    }
  });
  element.addEventListener('keydown', (event) => {
    const item = event.target instanceof HTMLElement ? event.target : null;
    if ((event.key === 'Enter' || event.key === ' ') && item?.dataset['path'] !== undefined) {
      event.preventDefault();
      open(item.dataset['path']);
    }
  });
  const markSelection = (): void => {
    for (const item of element.querySelectorAll<HTMLElement>('[data-testid="post-item"]')) {
      const selected = item.dataset['path'] === selectedPath;
      item.classList.toggle('selected', selected);
      item.setAttribute('aria-current', selected ? 'true' : 'false');
    }
  };
  return {
    show(posts) {
      element.replaceChildren(...posts.map(postItem));
      markSelection();
    },
    select(path) {
      selectedPath = path;
      markSelection();
    },
  };
}

function postItem(post: PostSummary): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'post-item';
  item.dataset['testid'] = 'post-item';
  item.dataset['path'] = post.path;
  item.tabIndex = 0;
  item.title = post.fileName;
  const title = document.createElement('span');
  title.className = 'post-title';
  title.textContent = post.title;
  const date = document.createElement('span');
  date.className = 'post-date';
  date.textContent = post.date === null ? 'Draft' : [post.date, post.time].filter((part) => part !== null).join(' ');
  item.append(title, date);
  return item;
}
