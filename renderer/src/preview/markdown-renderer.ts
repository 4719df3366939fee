import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * Renders a post body to safe HTML. Raw HTML is enabled because real posts
 * mix it with Markdown; the result is then sanitized, so no script, event
 * handler or `javascript:` URL from a post can ever run in the app.
 */
export function createMarkdownRenderer(): (body: string) => string {
  const markdownIt = new MarkdownIt({ html: true, linkify: true, typographer: false });
  return (body) => DOMPurify.sanitize(markdownIt.render(body), { USE_PROFILES: { html: true } });
}
