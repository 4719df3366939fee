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
 * this with Jekyll's output, and the bench uses it as the naive full render.
 */
export function renderPostHtml(text: string, blog: BlogRenderContext = emptyRenderContext): string {
  const renderer = createPostRenderer(blog);
  const plan = createPreviewPlanner(() => renderer.excerptSeparator)(text);
  const { items, env } = renderer.prepare(plan.items, plan.frontMatter, plan.env);
  const html = items.map((item) => (item.kind === 'block' ? renderer.render(item.block.key ?? item.block.source, env) : '')).join('');
  const ids = numberHeadingIds([...html.matchAll(headingId)].map((match) => match[2]!));
  let index = 0;
  return html.replace(headingId, (_whole, before: string, _id: string, after: string) => `${before}${ids[index++]}${after}`);
}
