import { splitFrontMatter } from '../../../shared/front-matter/front-matter-block';
import type { PreviewItem } from './block-list';
import type { Definition, Reference } from './block-parser';
import { createBlockSplitter } from './block-splitter';
import { markerFromFrontMatter } from './front-matter-marker';
import type { MarkdownEnv } from './markdown-renderer';
import { findMarkerLine } from './marker-line';
import type { References } from './reference-changes';

/** What one post text shows as, before anything is rendered. */
export interface PreviewPlan {
  /** The excerpt's blocks, the boundary when the post has a marker line, then the extended part's blocks. */
  readonly items: readonly PreviewItem[];
  /** True when the post has a marker line, so it has an extended part (perhaps empty). */
  readonly hasMarkerLine: boolean;
  /** The link reference definitions of the whole post, for rendering any block. */
  readonly env: Readonly<MarkdownEnv>;
  /** The link reference definitions by label (the same as `env.references`). */
  readonly references: References;
  /** The front matter's source between its fences, or null without one (the `page` Liquid sees). */
  readonly frontMatter: string | null;
}

/**
 * Creates the planner, which reads a whole post (front matter included) into
 * the preview's items. The marker is the front matter's `extended` or
 * `excerpt_separator` value; its first line of its own splits the body, and
 * the excerpt and the extended part are each cut into blocks (as Jekyll
 * renders the excerpt as a document of its own), sharing one env so links in
 * either part resolve definitions from both. The marker line itself becomes
 * the boundary, never text. A post that names no marker uses the blog's
 * `excerpt_separator` (`blogMarker`, read at each plan) when that is a line
 * of text. Line numbers are one-based lines of the post.
 */
export function createPreviewPlanner(blogMarker: () => string | null = () => null): (text: string) => PreviewPlan {
  const splitExcerpt = createBlockSplitter();
  const splitExtended = createBlockSplitter();
  let lastFrontMatter: string | null = null;
  let lastMarker: string | null = null;
  return (text) => {
    const { frontMatter, body, bodyStartLine } = splitFrontMatter(text);
    if (frontMatter !== lastFrontMatter) {
      lastFrontMatter = frontMatter;
      lastMarker = markerFromFrontMatter(frontMatter);
    }
    const marker = findMarkerLine(body, lastMarker ?? blogMarker());
    const firstLine = bodyStartLine + 1;
    const excerpt = splitExcerpt(marker === null ? body : body.slice(0, marker.start), firstLine);
    const items: PreviewItem[] = excerpt.blocks.map((block) => ({ kind: 'block', block, part: 'excerpt' }));
    let definitions: readonly Definition[] = excerpt.definitions;
    if (marker !== null) {
      items.push({ kind: 'boundary', line: firstLine + marker.line });
      const extended = splitExtended(body.slice(marker.end), firstLine + marker.line + 1);
      for (const block of extended.blocks) {
        items.push({ kind: 'block', block, part: 'extended' });
      }
      definitions = [...definitions, ...extended.definitions];
    }
    const references: Record<string, Reference> = {};
    for (const definition of definitions) {
      if (!Object.hasOwn(references, definition.label) && definition.reference !== null) {
        references[definition.label] = definition.reference;
      }
    }
    const env: MarkdownEnv = definitions.length === 0 ? {} : { references };
    return { items, hasMarkerLine: marker !== null, env, references, frontMatter };
  };
}
