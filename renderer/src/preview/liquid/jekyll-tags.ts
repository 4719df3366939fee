import { Tag, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import type { BlogRenderContext } from '../../../../shared/blog/render-context';
import { postUrlName } from '../../../../shared/blog/post-link';
import { relativeUrl } from './url-filters';

/** A tag class liquidjs can register. */
type TagClass = new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag;

/** Escapes text for HTML, as Rouge does for the code it shows. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Jekyll's `{% highlight lang [linenos] %}` block: its body (Liquid rendered
 * first, as in Jekyll) in `<figure class="highlight"><pre><code
 * class="language-lang" data-lang="lang">`, with `linenos` in Rouge's line
 * number table. The code is not coloured.
 */
function highlightTag(liquid: Liquid): TagClass {
  return class HighlightTag extends Tag {
    private readonly templates: Template[] = [];
    private readonly lang: string;
    private readonly linenos: boolean;

    constructor(token: TagToken, remain: TopLevelToken[], engine: Liquid) {
      super(token, remain, engine);
      const [lang = 'plaintext', ...options] = token.args.trim().split(/\s+/);
      this.lang = lang;
      this.linenos = options.some((option) => option === 'linenos' || option.startsWith('linenos='));
      const stream = liquid.parser.parseStream(remain);
      let closed = false;
      stream.on('tag:endhighlight', () => {
        closed = true;
        stream.stop();
      }).on('template', (template: Template) => {
        this.templates.push(template);
      }).on('end', () => {
        if (!closed) {
          throw new Error(`tag ${token.getText()} not closed`);
        }
      });
      stream.start();
    }

    * render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const body = (yield liquid.renderer.renderTemplates(this.templates, context)) as string;
      const code = escapeHtml(body.replace(/^(?:\r?\n)+|(?:\r?\n)+$/g, ''));
      const lang = this.lang.replace(/\+/g, '-');
      const lines = code.split('\n').length;
      const inner = this.linenos
        ? `<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">${Array.from({ length: lines }, (_, index) => `${index + 1}\n`).join('')}</pre></td><td class="code"><pre>${code}\n</pre></td></tr></tbody></table>`
        : code;
      emitter.write(`<figure class="highlight"><pre><code class="language-${lang}" data-lang="${this.lang}">${inner}</code></pre></figure>`);
    }
  };
}

/** A tag resolving a path to a URL, or failing as Jekyll fails the build when there is none. */
function urlTag(find: (argument: string, context: Context) => string | null, describe: (argument: string) => string, blog: () => BlogRenderContext): TagClass {
  return class UrlTag extends Tag {
    private readonly argument: string;

    constructor(token: TagToken, remain: TopLevelToken[], engine: Liquid) {
      super(token, remain, engine);
      this.argument = token.args.trim();
    }

    * render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const url = find(this.argument, context);
      if (url === null) {
        throw new Error(describe(this.argument));
      }
      emitter.write(relativeUrl(url, blog().config));
      yield;
    }
  };
}

/**
 * Registers Jekyll's own tags: `highlight`, `link` (a page or document of the
 * blog by its path, as `relative_url` gives it) and `post_url` (a post by its
 * date and slug). A `link` or `post_url` to nothing fails, as it fails
 * Jekyll's build. `include` is liquidjs's own, in its Jekyll mode.
 */
export function registerJekyllTags(liquid: Liquid, blog: () => BlogRenderContext): void {
  liquid.registerTag('highlight', highlightTag(liquid));
  liquid.registerTag('link', urlTag(
    (path) => blog().documents[path.replace(/^\//, '')] ?? blog().posts.find((post) => post.path === path.replace(/^\//, ''))?.url ?? null,
    (path) => `Could not find document '${path}' in tag 'link': Jekyll stops the build`,
    blog,
  ));
  liquid.registerTag('post_url', urlTag(
    (name) => blog().posts.find((post) => postUrlName(post.path) === name || postUrlName(post.path).endsWith(`/${name}`))?.url ?? null,
    (name) => `Could not find post "${name}" in tag 'post_url': Jekyll stops the build`,
    blog,
  ));
}
