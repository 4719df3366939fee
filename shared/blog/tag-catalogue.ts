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

/**
 * A front matter tags list after renaming `from` to `to`, item by item: only
 * items that read as the tag `from` (a string, or a number Jekyll reads as
 * that text) change, and a later item that already reads as `to` is dropped
 * (the two merge at the first one's place). Every other item stays the value
 * it was (numbers, `~`, booleans, nested lists), so the front matter edit
 * leaves their source text alone. Null when nothing would change, `from`
 * equal to `to` included.
 */
export function renameInTagItems(items: readonly unknown[], from: string, to: string): unknown[] | null {
  const reads = (item: unknown, tag: string): boolean => (typeof item === 'string' || typeof item === 'number') && String(item) === tag;
  if (from === to || !items.some((item) => reads(item, from))) {
    return null;
  }
  const renamed = items.map((item) => (reads(item, from) ? to : item));
  const first = renamed.findIndex((item) => reads(item, to));
  return renamed.filter((item, index) => index <= first || !reads(item, to));
}

/**
 * A space-separated tags string after renaming `from` to `to`: the spaces
 * between words stay, unless the two merge (then the words are joined by one
 * space). Null when nothing would change.
 */
export function renameInTagWords(tags: string, from: string, to: string): string | null {
  const words = tags.split(/\s+/).filter(Boolean);
  const renamed = renameInTagList(words, from, to);
  if (renamed === words || from === to) {
    return null;
  }
  if (words.includes(to)) {
    return renamed.join(' ');
  }
  return tags.split(/(\s+)/).map((part) => (part === from ? to : part)).join('');
}
