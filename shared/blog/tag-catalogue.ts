/** A tag and how many posts carry it. */
export interface TagCount {
  readonly tag: string;
  readonly count: number;
}

/** What a tag rename did. */
export interface TagRenameResult {
  /** The posts whose tags line changed. */
  readonly changed: readonly string[];
}

/** The tags of a set of posts with their counts, most used first, then alphabetically. A post counts once per tag. */
export function tagCatalogue(posts: readonly { readonly tags: readonly string[] }[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const post of posts) {
    for (const tag of new Set(post.tags)) {
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((left, right) => right.count - left.count || left.tag.localeCompare(right.tag));
}

/**
 * The tag list after renaming `from` to `to`: `from` takes `to`'s name in
 * place, and when the post already has `to` the two merge into one (at the
 * first one's place). Returns the list unchanged when it has no `from`.
 */
export function renameInTagList(tags: readonly string[], from: string, to: string): readonly string[] {
  if (!tags.includes(from)) {
    return tags;
  }
  const renamed = tags.map((tag) => (tag === from ? to : tag));
  return renamed.filter((tag, index) => renamed.indexOf(tag) === index);
}
