import { Context, Liquid, Tag, type Template, type TagToken, type TopLevelToken, type Emitter } from 'liquidjs';
import { registerJekyllTags } from './jekyll-tags';
import type { BlogRenderContext } from '../../../../shared/blog/render-context';
import { absoluteUrl, liquidText, relativeUrl } from './url-filters';

/** A tag class liquidjs can register. */
type TagClass = new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag;

/** A Liquid error in a piece of a post: where (zero-based line inside the piece) and what. */
export interface LiquidProblem {
  readonly line: number;
  readonly message: string;
}

/** What rendering a piece of a post's Liquid gives. */
export interface LiquidOutcome {
  /** The text after Liquid, for Markdown to render; the source itself when Liquid failed. */
  readonly text: string;
  readonly problem: LiquidProblem | null;
  /** The variables `assign`, `capture`, `increment` left set, for the pieces after it. */
  readonly assigns: Readonly<Record<string, unknown>>;
}

/** Escapes text for an HTML attribute or element. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The labelled stand-in for what a Jekyll plugin would have rendered. */
export function placeholder(kind: 'tag' | 'filter', name: string, markup: string): string {
  return `<span class="liquid-placeholder" title="Jekyll plugin ${kind} “${escapeHtml(name)}”: Inkpost cannot render it, the blog will">${escapeHtml(markup)}</span>`;
}

/** Tags that only end or divide a block, never stand alone. */
const innerTags = new Set(['else', 'elsif', 'when', 'break', 'continue', 'empty']);

/** A tag of a plugin Inkpost does not have: shown as a labelled placeholder, its end tag as nothing. */
function placeholderTag(end: boolean): TagClass {
  return class PlaceholderTag extends Tag {
    private readonly markup: string;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.markup = token.getText();
    }

    * render(_context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      if (!end) {
        emitter.write(placeholder('tag', this.name, this.markup));
      }
      yield;
    }
  };
}

/**
 * Creates Liquid as Jekyll runs it over a post, with liquidjs: Jekyll's tags
 * (`highlight`, `link`, `post_url`, `include` from the blog's `_includes` with
 * `include.*` parameters, `raw`) and filters (`relative_url`,
 * `absolute_url`, `markdownify`, `smartify`, and liquidjs's own Jekyll set:
 * `date_to_string`, `xml_escape`, `slugify`, `where`, `jsonify`, ...). A tag
 * or filter of a plugin Inkpost does not have renders as a labelled
 * placeholder. `render` never throws: a Liquid error comes back as a problem
 * with its line, and the source as the text.
 */
export function createJekyllLiquid(blog: () => BlogRenderContext, markdownify: (text: string) => string): (source: string, scope: Readonly<Record<string, unknown>>) => LiquidOutcome {
  const includes = (): Readonly<Record<string, string>> => blog().includes;
  const liquid = new Liquid({
    jekyllInclude: true,
    dynamicPartials: false,
    strictFilters: false,
    strictVariables: false,
    cache: false,
    root: ['_includes'],
    extname: '',
    relativeReference: false,
    fs: {
      exists: (file) => Promise.resolve(Object.hasOwn(includes(), file)),
      existsSync: (file) => Object.hasOwn(includes(), file),
      readFile: (file) => Promise.resolve(includes()[file] ?? ''),
      readFileSync: (file) => includes()[file] ?? '',
      resolve: (_dir, file) => file.replace(/^\.?\//, ''),
      sep: '/',
    },
  });
  registerJekyllTags(liquid, blog);
  liquid.registerFilter('relative_url', (value: unknown) => relativeUrl(value, blog().config));
  liquid.registerFilter('absolute_url', (value: unknown) => absoluteUrl(value, blog().config));
  liquid.registerFilter('markdownify', (value: unknown) => markdownify(liquidText(value)));
  liquid.registerFilter('smartify', (value: unknown) => markdownify(liquidText(value)).replace(/^<p>|<\/p>\n?$/g, ''));
  const known = new Set(Object.keys(liquid.filters));
  const builtInTags = new Set(Object.keys(liquid.tags));
  const knownTags = new Set(builtInTags);

  /** Registers every filter and tag of `source` that no one registered as a placeholder. */
  const registerUnknown = (source: string): void => {
    for (const markup of source.match(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g) ?? []) {
      for (const [, name] of markup.matchAll(/\|\s*([A-Za-z_][\w-]*)/g)) {
        if (name !== undefined && !known.has(name)) {
          known.add(name);
          liquid.registerFilter(name, (value: unknown) => placeholder('filter', name, `${liquidText(value)} | ${name}`));
        }
      }
      const tag = /^\{%-?\s*([A-Za-z_]\w*)/.exec(markup)?.[1];
      if (tag !== undefined && !knownTags.has(tag) && !innerTags.has(tag) && !(tag.startsWith('end') && builtInTags.has(tag.slice(3)))) {
        knownTags.add(tag);
        liquid.registerTag(tag, placeholderTag(tag.startsWith('end')));
      }
    }
  };

  const parsed = new Map<string, Template[]>();
  return (source, scope) => {
    try {
      let templates = parsed.get(source);
      if (templates === undefined) {
        registerUnknown(source);
        templates = liquid.parse(source);
        parsed.set(source, templates);
        if (parsed.size > 2000) {
          parsed.delete(parsed.keys().next().value!);
        }
      }
      const context = new Context({ ...scope }, liquid.options);
      context.sync = true;
      const text = liquid.renderSync(templates, context) as string;
      return { text, problem: null, assigns: { ...context.bottom() } };
    } catch (error) {
      const token = (error as { token?: { getPosition?: () => [number, number] } }).token;
      const line = token?.getPosition?.()[0] ?? 1;
      const message = (error as Error).message.replace(/, line:\d+, col:\d+$/, '');
      return { text: source, problem: { line: line - 1, message }, assigns: {} };
    }
  };
}
