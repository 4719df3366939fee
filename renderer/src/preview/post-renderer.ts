import type { BlogRenderContext } from '../../../shared/blog/render-context';
import { parseJekyllYaml } from '../../../shared/front-matter/jekyll-yaml';
import type { PreviewItem } from './block-list';
import { createKramdownBlockParser } from './kramdown/kramdown-markdown';
import { kramdownOptionsFromConfig } from './kramdown/kramdown-options';
import { createJekyllLiquid } from './liquid/jekyll-liquid';
import { createLiquidPreview } from './liquid/liquid-preview';
import { createMarkdownRenderer, type MarkdownEnv } from './markdown-renderer';

/** Renders a post's blocks as Jekyll does for one blog: Liquid first, then kramdown's Markdown. */
export interface PostRenderer {
  /**
   * Runs Liquid over the plan's blocks in post order (cached) and gives each
   * Liquid block its key. Link reference definitions that Liquid wrote
   * (`[x]: {{ site.url }}/x`) are added to `env`'s, after the post's own.
   */
  prepare(items: readonly PreviewItem[], frontMatter: string | null, env: Readonly<MarkdownEnv>): { items: PreviewItem[]; env: Readonly<MarkdownEnv> };
  /** The HTML (not sanitized) of a block by its key (see `prepare`), a Liquid error first when its Liquid failed. */
  render(key: string, env: Readonly<MarkdownEnv>): string;
  /** The Liquid errors among prepared items, by one-based post line. */
  problems(items: readonly PreviewItem[]): { readonly line: number; readonly message: string }[];
  /** The blog's `excerpt_separator` when it is a marker line (not Jekyll's default blank line), else null. */
  readonly excerptSeparator: string | null;
}

/** Escapes text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The front matter's data as Liquid's `page` sees it; empty when it does not read. */
function pageOf(frontMatter: string | null): Record<string, unknown> {
  if (frontMatter === null) {
    return {};
  }
  try {
    return { ...parseJekyllYaml(frontMatter, 2).data };
  } catch {
    return {};
  }
}

/** `site` as Liquid sees it: `_config.yml`, `site.data` and `site.posts`. */
function siteOf(blog: BlogRenderContext): Record<string, unknown> {
  return {
    ...blog.config,
    data: blog.data,
    posts: blog.posts.map((post) => ({ ...post, date: new Date(`${post.date}T00:00:00`) })),
  };
}

/**
 * Creates the renderer for `blog`: kramdown's options from its `_config.yml`,
 * Liquid with its `_includes`, `_data` and posts. Liquid runs before Markdown,
 * over each block the preview shows (a Liquid block tag's whole span is one
 * block), so `{{ x }}` in a code block renders as Jekyll renders it.
 */
export function createPostRenderer(blog: BlogRenderContext): PostRenderer {
  const markdown = createMarkdownRenderer(kramdownOptionsFromConfig(blog.config));
  const liquid = createLiquidPreview(createJekyllLiquid(() => blog, (text) => markdown(text, {})));
  const site = siteOf(blog);
  const jekyll = { environment: 'development', version: '4.3.1' };
  let lastFrontMatter: string | null | undefined;
  let scope: Record<string, unknown> = {};
  let scopeVersion = 0;
  const separator = blog.config?.['excerpt_separator'];
  const blockParser = createKramdownBlockParser();
  blockParser.core.ruler.enableOnly(['normalize', 'block']);
  let definitionsByKey = new Map<string, Readonly<NonNullable<MarkdownEnv['references']>>>();
  return {
    excerptSeparator: typeof separator === 'string' && separator.trim() !== '' && !separator.includes('\n') ? separator : null,
    prepare(items, frontMatter, env) {
      if (frontMatter !== lastFrontMatter) {
        lastFrontMatter = frontMatter;
        scope = { site, page: pageOf(frontMatter), jekyll };
        scopeVersion += 1;
      }
      const prepared = liquid.prepare(items, scope, String(scopeVersion));
      const found = new Map<string, Readonly<NonNullable<MarkdownEnv['references']>>>();
      let references: NonNullable<MarkdownEnv['references']> | null = null;
      for (const item of prepared) {
        const key = item.kind === 'block' ? item.block.key : undefined;
        const text = key === undefined ? undefined : liquid.output(key)?.outcome.text;
        if (key === undefined || text === undefined || !text.includes(']:')) {
          continue;
        }
        let definitions = definitionsByKey.get(key) ?? found.get(key);
        if (definitions === undefined) {
          const parsed: MarkdownEnv = {};
          blockParser.parse(text, parsed);
          definitions = parsed.references ?? {};
        }
        found.set(key, definitions);
        for (const [label, reference] of Object.entries(definitions)) {
          references ??= { ...env.references };
          if (!Object.hasOwn(references, label)) {
            references[label] = reference;
          }
        }
      }
      definitionsByKey = found;
      return { items: prepared, env: references === null ? env : { ...env, references } };
    },
    problems(items) {
      const found: { line: number; message: string }[] = [];
      for (const item of items) {
        const output = item.kind === 'block' && item.block.key !== undefined ? liquid.output(item.block.key) : null;
        if (output?.outcome.problem && output.problemLine !== null) {
          found.push({ line: output.problemLine, message: output.outcome.problem.message });
        }
      }
      return found;
    },
    render(key, env) {
      const output = liquid.output(key);
      if (output === null) {
        return markdown(key, env);
      }
      const html = markdown(output.outcome.text, env);
      const problem = output.outcome.problem;
      return problem === null
        ? html
        : `<div class="liquid-error" role="note">Liquid error on line ${output.problemLine ?? ''}: ${escapeHtml(problem.message)}</div>\n${html}`;
    },
  };
}
