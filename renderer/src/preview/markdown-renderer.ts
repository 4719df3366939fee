import MarkdownIt, { type Env, type MarkdownItOptions } from 'markdown-it';

/** The Markdown options of every parser the preview uses: raw HTML on, as real posts need it. */
export const markdownOptions: Readonly<MarkdownItOptions> = { html: true, linkify: true, typographer: false };

/**
 * The shared state of one render: markdown-it keeps the post's link reference
 * definitions (`[label]: url`) in `references`, found by the block splitter
 * over the whole post, so a block can use a definition written in another.
 */
export type MarkdownEnv = Env;

/**
 * Creates a function that renders one block's Markdown source to HTML (not yet
 * sanitized), resolving reference links through `env`: the definitions of the
 * whole post, not only the block's own. The env is copied, so rendering never
 * changes it.
 */
export function createMarkdownRenderer(): (source: string, env: Readonly<MarkdownEnv>) => string {
  const markdownIt = new MarkdownIt(markdownOptions);
  return (source, env) => markdownIt.render(source, { references: { ...env.references } });
}
