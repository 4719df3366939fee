import type { Env } from 'markdown-it';
import { createKramdownMarkdownIt } from './kramdown/kramdown-markdown';
import { jekyllKramdownDefaults, type KramdownOptions } from './kramdown/kramdown-options';

/**
 * The shared state of one render: markdown-it keeps the post's link reference
 * definitions (`[label]: url`) in `references`, found by the block splitter
 * over the whole post, so a block can use a definition written in another.
 */
export type MarkdownEnv = Env;

/**
 * Creates a function that renders one block's Markdown source to HTML (not yet
 * sanitized) as the blog's kramdown would (see `createKramdownMarkdownIt`),
 * resolving reference links through `env`: the definitions of the whole post,
 * not only the block's own. The env is copied, so rendering never changes it.
 */
export function createMarkdownRenderer(options: KramdownOptions = jekyllKramdownDefaults): (source: string, env: Readonly<MarkdownEnv>) => string {
  const markdownIt = createKramdownMarkdownIt(options);
  return (source, env) => markdownIt.render(source, { references: { ...env.references } });
}
