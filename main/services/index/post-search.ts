import { readFile } from 'node:fs/promises';
import { splitFrontMatter } from '../../../shared/front-matter/front-matter-block';
import type { PostSummary } from '../../../shared/post';

/** A post's searchable body, remembered for the file version (mtime and word count) it was read from. */
interface CachedBody {
  readonly modifiedMs: number;
  readonly words: number;
  readonly body: string;
}

/** Lowercased and NFC-normalised, so `É` typed one way finds `é` written another. */
function searchForm(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The words of a query: runs of non-space characters, in search form. */
export function queryTerms(query: string): readonly string[] {
  return searchForm(query).split(/\s+/).filter((term) => term !== '');
}

/**
 * Searches the posts of an index by title and body. Bodies are read from disk
 * on the first search and kept per path and modification time, so a second
 * search reads only the posts that changed since.
 */
export class PostSearch {
  private readonly bodies = new Map<string, CachedBody>();

  /**
   * The paths of `posts` whose title, or title and body together, contain
   * every word of `query` (case-insensitive, anywhere in a word). Posts whose
   * title alone matches come first, then those matched through their body;
   * each group keeps the order of `posts` (the index's, newest first). An
   * empty query matches nothing. A post that cannot be read any more is
   * searched by its title only.
   */
  async search(posts: readonly PostSummary[], query: string): Promise<readonly string[]> {
    const terms = queryTerms(query);
    if (terms.length === 0) {
      return [];
    }
    const titleMatches: string[] = [];
    const bodyMatches: string[] = [];
    for (const post of posts) {
      const title = searchForm(post.title);
      const missing = terms.filter((term) => !title.includes(term));
      if (missing.length === 0) {
        titleMatches.push(post.path);
        continue;
      }
      const body = await this.bodyOf(post);
      if (missing.every((term) => body.includes(term))) {
        bodyMatches.push(post.path);
      }
    }
    this.forgetOthers(posts);
    return [...titleMatches, ...bodyMatches];
  }

  private async bodyOf(post: PostSummary): Promise<string> {
    const cached = this.bodies.get(post.path);
    if (cached?.modifiedMs === post.modifiedMs && cached.words === post.words) {
      return cached.body;
    }
    let text: string;
    try {
      text = await readFile(post.path, 'utf8');
    } catch {
      return '';
    }
    const body = searchForm(splitFrontMatter(text).body);
    this.bodies.set(post.path, { modifiedMs: post.modifiedMs, words: post.words, body });
    return body;
  }

  /** Drops the bodies of posts no longer in the index (deleted or renamed). */
  private forgetOthers(posts: readonly PostSummary[]): void {
    if (this.bodies.size <= posts.length) {
      return;
    }
    const current = new Set(posts.map((post) => post.path));
    for (const path of this.bodies.keys()) {
      if (!current.has(path)) {
        this.bodies.delete(path);
      }
    }
  }
}
