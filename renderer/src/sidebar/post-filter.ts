import type { PostSummary } from '../../../shared/post';

/** What narrows the sidebar's list. */
export interface PostFilter {
  /** Only posts with this tag; empty for every post. */
  readonly tag: string;
  /** The paths a search found, best first; null when no search is active. */
  readonly found: readonly string[] | null;
}

/**
 * The posts to show for `filter`: without a search, `posts` in their own
 * order (the index's, newest first); with one, the posts it found in its
 * order (title matches first). Either way only those carrying `filter.tag`.
 */
export function filterPosts(posts: readonly PostSummary[], filter: PostFilter): readonly PostSummary[] {
  const tagged = filter.tag === '' ? posts : posts.filter((post) => post.tags.includes(filter.tag));
  if (filter.found === null) {
    return tagged;
  }
  const byPath = new Map(tagged.map((post) => [post.path, post]));
  return filter.found.flatMap((path) => {
    const post = byPath.get(path);
    return post === undefined ? [] : [post];
  });
}
