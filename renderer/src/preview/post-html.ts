import { emptyRenderContext, type BlogRenderContext } from '../../../shared/blog/render-context';
import { numberHeadingIds } from './kramdown/header-ids';
import { createPostRenderer } from './post-renderer';
import { createPreviewPlanner } from './preview-plan';

const headingId = /(<h[1-6]\b[^>]*?\sid=")([^"]*)(")/g;

/**
 * Renders a whole post (front matter included) to one HTML string, not
 * sanitized, exactly as the preview renders it block by block for `blog`:
 * Liquid, then Markdown, both parts of the post without the excerpt boundary,
 * header ids numbered over the whole post. The differential tests compare
 * this with Jekyll's output.
 */
export function renderPostHtml(text: string, blog: BlogRenderContext = emptyRenderContext): string {
  return createPostHtmlRenderer(blog)(text);
}

/**
 * The same as `renderPostHtml`, but keeping the preview's caches from one
 * text to the next (the block parser re-parses around the change, Liquid runs
 * only over blocks it has not seen), as the preview does while the user types.
 */
export function createPostHtmlRenderer(blog: BlogRenderContext = emptyRenderContext): (text: string) => string {
  const renderer = createPostRenderer(blog);
  const planner = createPreviewPlanner(() => renderer.excerptSeparator);
  return (text) => {
    const plan = planner(text);
    const { items, env } = renderer.prepare(plan.items, plan.frontMatter, plan.env);
    const html = items.map((item) => (item.kind === 'block' ? renderer.render(item.block.key ?? item.block.source, env) : '')).join('');
    const ids = numberHeadingIds([...html.matchAll(headingId)].map((match) => match[2]!));
    let index = 0;
    return html.replace(headingId, (_whole, before: string, _id: string, after: string) => `${before}${ids[index++]}${after}`);
  };
}
