import { numberHeadingIds } from './kramdown/header-ids';
import { createMarkdownRenderer } from './markdown-renderer';
import type { KramdownOptions } from './kramdown/kramdown-options';
import { createPreviewPlanner } from './preview-plan';

const headingId = /(<h[1-6]\b[^>]*?\sid=")([^"]*)(")/g;

/**
 * Renders a whole post (front matter included) to one HTML string, not
 * sanitized, exactly as the preview renders it block by block: both parts of
 * the post, without the excerpt boundary, header ids numbered over the whole
 * post. The differential tests compare this with Jekyll's output, and the
 * bench uses it as the naive full render.
 */
export function renderPostHtml(text: string, options?: KramdownOptions): string {
  const plan = createPreviewPlanner()(text);
  const render = createMarkdownRenderer(options);
  const html = plan.items.map((item) => (item.kind === 'block' ? render(item.block.source, plan.env) : '')).join('');
  const ids = numberHeadingIds([...html.matchAll(headingId)].map((match) => match[2]!));
  let index = 0;
  return html.replace(headingId, (_whole, before: string, _id: string, after: string) => `${before}${ids[index++]}${after}`);
}
