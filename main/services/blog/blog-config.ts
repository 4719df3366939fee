import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FrontMatterError } from '../../../shared/front-matter/front-matter-error';
import { parseJekyllYaml } from '../../../shared/front-matter/jekyll-yaml';
import { permalinkPattern } from '../../../shared/blog/permalink';

/** What `inkpost check` needs from a blog's `_config.yml`, with Jekyll's defaults. */
export interface BlogConfig {
  /** `future: true`: posts dated after the build are published. Jekyll's default is false. */
  readonly future: boolean;
  /** The pattern posts are published under (`collections.posts.permalink`, else `permalink`); null when Inkpost cannot follow it. */
  readonly postsPermalink: string | null;
  /** The `timezone` posts' dates are read in (an IANA name), or null for the build machine's own. */
  readonly timezone: string | null;
  /** Plugins the blog loads (`plugins`, or the older `gems`): their Liquid tags are unknown to Inkpost. */
  readonly plugins: readonly string[];
  /** `baseurl`: the path the site is served under (`/blog`), empty by default. */
  readonly baseurl: string;
  /** The `defaults:` setting as parsed (front matter values by scope; see shared/blog/front-matter-defaults.ts). */
  readonly defaults: unknown;
  /** Why `_config.yml` could not be read as Jekyll reads it, or null. */
  readonly problem: string | null;
}

const defaults: BlogConfig = { future: false, postsPermalink: permalinkPattern(undefined), timezone: null, plugins: [], baseurl: '', defaults: undefined, problem: null };

/** Reads `<blogRoot>/_config.yml` as Jekyll does (Psych's YAML); Jekyll's defaults without one, or with no blog. */
export async function readBlogConfig(blogRoot: string | null): Promise<BlogConfig> {
  if (blogRoot === null) {
    return defaults;
  }
  let text: string;
  try {
    text = await readFile(join(blogRoot, '_config.yml'), 'utf8');
  } catch {
    return defaults;
  }
  let config: Record<string, unknown>;
  try {
    config = parseJekyllYaml(text.replace(/\r\n?/g, '\n'), 1).data;
  } catch (error) {
    const reason = error instanceof FrontMatterError ? error.message : String(error);
    return { ...defaults, problem: `_config.yml: ${reason}` };
  }
  const collections = config['collections'];
  const postsCollection = typeof collections === 'object' && collections !== null && !Array.isArray(collections)
    ? (collections as Record<string, unknown>)['posts']
    : undefined;
  const collectionPermalink = typeof postsCollection === 'object' && postsCollection !== null
    ? (postsCollection as Record<string, unknown>)['permalink']
    : undefined;
  const plugins = [config['plugins'], config['gems']].flatMap((value) => (Array.isArray(value) ? value.map(String) : []));
  return {
    future: config['future'] === true,
    postsPermalink: permalinkPattern(collectionPermalink ?? config['permalink']),
    timezone: typeof config['timezone'] === 'string' ? config['timezone'] : null,
    plugins,
    baseurl: typeof config['baseurl'] === 'string' ? config['baseurl'] : '',
    defaults: config['defaults'],
    problem: null,
  };
}
